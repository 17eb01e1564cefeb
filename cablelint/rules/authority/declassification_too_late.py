"""CL508 declassification-too-late."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import (
    add_years,
    cable_range,
    declassification_date,
    describe_period,
    period,
    tables,
)
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class DeclassificationTooLate(Rule):
    """The declassification date is no more than 10 years after the cable date
    under E.O. 12958 as signed (14 Oct 1995 - 24 Mar 2003, unless an X1-X8
    exemption is given) and no more than 25 years after it from 25 Mar 2003.

    A few days of slack (``slack_days`` in the data) cover drafters who use
    the next day or date the cable before it is sent.

    Why: a longer period needs an exemption the E.O. line does not state.  An
    error: the limit is the order's, measured from the latest possible cable
    date with slack, so only a date the order forbids is reported.

    Source: ISOO Directive No. 1 (2003); E.O. 13526 sec. 1.5, 1.6(a)(4);
    E.O. 12958 sec. 1.6.

    Bad:
        P 181500Z DEC 06
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 08/18/2036

    Good:
        P 181500Z DEC 06
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 12/18/2031

    Fix: correct the date, or cite the exemption (report only).
    """

    code = "CL508"
    name = "declassification-too-late"
    summary = "The declassification date is further away than the order allows"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = declassification_date(context)
        in_force = period(context)
        bounds = cable_range(context)
        if found is None or in_force is None or in_force.max_years is None or bounds is None:
            return
        day, span = found
        limit = add_years(bounds[1], in_force.max_years) + tables(context).slack
        if day <= limit:
            return
        length = describe_period(context.cable_date.date, day)
        yield context.report(span, f"declassification {length} after the cable; "
                             f"E.O. {in_force.order} allows at most "
                             f"{in_force.max_years} years without an exemption code")
