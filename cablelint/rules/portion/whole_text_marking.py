"""CL304 whole-text-marking."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.portion_marks import inventory, portion_marking_required, vocabulary
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class WholeTextStatement(Rule):
    """Whole-text statements (``SECRET - ENTIRE TEXT``, ``(C - ENTIRE TEXT)``)
    replace portion marks only in cables written before E.O. 12958 took effect
    (14 Oct 1995).

    Why: E.O. 12958 required each portion to be marked; a single statement for
    the whole text no longer shows which parts may be released.  A warning,
    not an error: the statement still classifies every paragraph, only too
    coarsely (and before the cut-over it was the rule, hence info).

    Source: E.O. 12958 (portion marking).

    Bad:
        Sensitive but unclassified - entire text.   (a 2007 cable)
        ¶1. The Ambassador ...

    Good:
        ¶1. (SBU) The Ambassador ...

    Fix: mark every paragraph instead.  Severity: warning for cables from
    14 Oct 1995 on, info before; silent when the date is unknown or a
    year-only date straddles the cut-over.
    """

    code = "CL304"
    name = "whole-text-marking"
    summary = "A whole-text statement stands in for portion marks"
    severity = "warning"
    basis = "marking-rule"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (few cables have a whole-text statement): a
        # generator made for nothing costs the engine more than the whole test
        if inventory(context).whole_text is None:
            return iter(())
        return self._whole_text(context)

    def _whole_text(self, context: RuleContext) -> Iterator[Diagnostic]:
        whole = inventory(context).whole_text
        if whole is None:
            return
        required = portion_marking_required(context)
        if required is None:
            return
        cutover = vocabulary(context)["portion_marking_required_from"]
        if required:
            yield context.report(whole.span, f"whole-text statement '{whole.raw}' replaces "
                                 f"portion marks, which are required since {cutover}; "
                                 "mark each paragraph")
        else:
            yield context.report(whole.span, f"whole-text statement '{whole.raw}' instead "
                                 f"of portion marks (normal before {cutover})",
                                 severity="info")
