"""CL513 executive-order-date."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import ONE_DAY, period, tables
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class ExecutiveOrderDate(Rule):
    """The executive order cited fits the cable date: E.O. 12065 (Dec 1978-1982),
    12356 (1982 - 13 Oct 1995), 12958 (14 Oct 1995 - the E.O. 13526 cut-over),
    13526 (from the cut-over).  A re-marked old cable (``AS AMENDED;
    DECLASSIFIED ...``) may cite a later order.  Cables before 1 Dec 1978 are
    not checked.

    Why: the order on the E.O. line governs the rest of the marking; a wrong
    order is a template left unchanged or a typing slip.  A warning: the
    cut-over dates are those of the data and a setting, and a cable re-marked
    without saying so cites a later order lawfully.

    Source: E.O. 12065, 12356, 12958 and 13526 (signing and effective dates
    in ``rules/executive-orders.json``).

    Bad:
        P 151200Z JUL 08
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12356: DECL: 07/15/2018

    Good:
        P 151200Z JUL 08
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 07/15/2018

    Fix: cite the order in force (report only).
    """

    code = "CL513"
    name = "executive-order-date"
    summary = "The executive order cited does not fit the cable date"
    severity = "warning"
    basis = "heuristic"
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        date = context.cable_date
        if eo.order is None or eo.order_span is None or date is None:
            return
        if eo.declassification.kind == "declassified":
            return
        data = tables(context)
        first = data.orders.get(12065)
        if first is None or first.start is None or not date.on_or_after(first.start):
            return
        window = data.orders.get(eo.order)
        if window is None:
            in_force = period(context)
            expected = f"; cite E.O. {in_force.order}" if in_force else ""
            yield context.report(eo.order_span, f"E.O. {eo.order} is not an order on "
                                 f"classified information{expected}")
            return
        early = window.start is not None and date.before(window.start)
        late = window.end is not None and date.on_or_after(window.end + ONE_DAY)
        if not (early or late):
            return
        in_force = period(context)
        when = (f"took effect on {window.start.isoformat()}" if early else
                f"was replaced on {(window.end + ONE_DAY).isoformat()}")
        expected = f"; cite E.O. {in_force.order}" if in_force else ""
        dated = date.date.isoformat() if date.precision == "day" else str(date.date.year)
        yield context.report(eo.order_span, f"E.O. {eo.order} {when}, but the cable is dated "
                             f"{dated}{expected}")
