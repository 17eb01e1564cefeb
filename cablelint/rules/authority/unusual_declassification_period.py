"""CL509 unusual-declassification-period."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import (
    add_years,
    declassification_date,
    describe_period,
    period,
    tables,
)
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class DeclassificationPeriod(Rule):
    """Report declassification periods other than 10 or 25 years (within a few
    days' slack).  Off by default: periods under 10 years and between 10 and
    25 years are lawful.

    Why: an unusual period is sometimes a typing slip in the year; this helps
    review those dates.  Info: the period is lawful, so the finding only
    points a reviewer at a date worth a second look.

    Source: ISOO Directive No. 1 (2003) lists the options: under 10 years, 10
    years, 10-25 years, 25 years.

    Bad:
        P 101200Z JUL 09
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 07/10/2024

    Good:
        P 101200Z JUL 09
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 07/10/2019

    Fix: none needed when the period is intended (report only).
    """

    code = "CL509"
    name = "unusual-declassification-period"
    summary = "The declassification period is neither 10 nor 25 years"
    severity = "info"
    basis = "heuristic"
    enabled = False
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = declassification_date(context)
        date = context.cable_date
        in_force = period(context)
        if found is None or date is None or date.precision != "day" or in_force is None \
                or in_force.max_years is None:
            return
        day, span = found
        data = tables(context)
        for years in (10, 25):
            target = add_years(date.date, years)
            if target - data.drafting_slack <= day <= target + data.slack:
                return
        if day <= date.date or day > add_years(date.date, in_force.max_years) + data.slack:
            return  # CL507 / CL508
        yield context.report(span, f"declassification {describe_period(date.date, day)} after "
                             "the cable; check the date (10 or 25 years is usual)")
