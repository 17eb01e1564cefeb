"""CL406 control-caption-on-classified."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import banner_level, caption, level_name
from cablelint.analysis.portion_marks import tables
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class ControlOnClassified(Rule):
    """SBU, FOUO and LOU designations are not the classification of a classified
    cable: a ``SENSITIVE`` (or SBU/FOUO/LOU) caption on a CONFIDENTIAL or SECRET
    cable is reported for review.

    Why: these designations mark unclassified information; on a classified
    cable they are redundant at best and confuse handling.  Info: the cable
    is still protected at its banner's level, so nothing is under-protected.

    Source: 32 CFR 2001.23(a); 2000 STATE 018029.

    Bad:
        C O N F I D E N T I A L ZENDA 000123
        SENSITIVE

    Good:
        C O N F I D E N T I A L ZENDA 000123
        SIPDIS

    Fix: remove the caption, or use (SBU) portion marks where meant (no autofix).
    """

    code = "CL406"
    name = "control-caption-on-classified"
    summary = "An SBU/FOUO/LOU caption on a classified cable"
    severity = "info"
    basis = "convention"
    requires = frozenset({"banner", "captions"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        if not context.classified:
            return
        for word in tables(context).control_captions:
            found = caption(context, word)
            if found is not None:
                level = level_name(context, banner_level(context))
                yield context.report(found[1].span,
                                     f"'{word}' caption on a {level} cable: it marks "
                                     "unclassified information; review it")
                return
