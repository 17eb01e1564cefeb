"""CL507 declassification-before-cable."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import cable_range, declassification_date
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class DeclassificationBeforeCable(Rule):
    """The declassification date falls after the cable date.

    Why: a cable cannot be declassified before it was written; such a date is
    a typing slip (wrong year) that would release the cable at once.  An
    error: both dates are certain (a year-only cable date must be wholly
    after the declassification date), so the marking is wrong as written.

    Source: E.O. 12958 sec. 1.6; E.O. 13526 sec. 1.5.

    Bad:
        P 301451Z MAR 06
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 03/30/2005

    Good:
        P 301451Z MAR 06
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 03/30/2016

    Fix: correct the date (report only).
    """

    code = "CL507"
    name = "declassification-before-cable"
    summary = "The declassification date is not after the cable date"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = declassification_date(context)
        bounds = cable_range(context)
        if found is None or bounds is None or found[0] > bounds[0]:
            return
        day, span = found
        when = "the same day as" if day == bounds[0] else "before"
        yield context.report(span, f"declassification date {day.isoformat()} is {when} "
                             f"the cable ({context.cable_date.date.isoformat()}); "
                             "give a later date")
