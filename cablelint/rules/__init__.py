"""Built-in rules, one module per family, each rule documented in place.

Modules: ``structure`` (CL1xx), ``numbering`` (CL2xx), ``portion`` (CL3xx),
``consistency`` (CL4xx), ``authority`` (CL5xx), ``fields`` (CL6xx) and
``artifacts`` (CL9xx).  Every family module lists its rules in ``RULES``;
:mod:`cablelint.rules.registry` collects them and the third-party rules
registered under the ``cablelint.rules`` entry-point group.
"""

from cablelint.rules.base import Rule, RuleContext, Settings

__all__ = ["Rule", "RuleContext", "Settings"]
