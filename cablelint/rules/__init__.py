"""Built-in rules: one package per family, one module per rule.

Families: ``structure`` (CL1xx), ``numbering`` (CL2xx), ``portion`` (CL3xx),
``classification`` (CL4xx), ``authority`` (CL5xx), ``tags_subject_ref``
(CL6xx), ``artifacts`` (CL9xx) and ``parse`` (CL0xx, the parser's own
findings).  Each family package lists its rules in ``RULES``;
:mod:`cablelint.rules.registry` collects them and the third-party rules
registered under the ``cablelint.rules`` entry-point group.  What several
rules read about a cable is computed once, in :mod:`cablelint.analysis`.
"""

from cablelint.rules.base import Basis, FixAvailability, Rule, RuleContext, Settings

__all__ = ["Basis", "FixAvailability", "Rule", "RuleContext", "Settings"]
