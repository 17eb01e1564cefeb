"""CL511 exemption-code-out-of-period."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import period, tables
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class ExemptionCodePeriod(Rule):
    """X1-X8 exemption codes are used only from 14 Oct 1995 to 21 Sep 2003, and the
    E.O. 13526 human-source / WMD marking (``50X1-HUM``, ``50X2-WMD``; spelling
    unverified) only from the cut-over.  ``X9`` is not a code.  25X codes are
    not checked here.

    Why: the codes belong to one order's duration rules; outside its period
    they state an exemption that did not exist.  An error: the code is read
    as written and the period only from a certain cable date.

    Source: E.O. 12958 sec. 1.6(d); ISOO Directive No. 1 (2003); E.O. 13526
    sec. 1.6(a)(4)(D).

    Bad:
        P 301451Z MAR 06
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: X1

    Good:
        P 301451Z MAR 06
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 03/30/2031

    Fix: replace the code by a declassification date (report only).
    """

    code = "CL511"
    name = "exemption-code-out-of-period"
    summary = "An exemption code is used outside the period it was valid"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        declassification = context.document.eo.declassification
        code = declassification.exemption
        span = declassification.exemption_span
        if code is None or span is None:
            return
        in_force = period(context)
        if in_force is None:
            return
        written = context.text[span.start:span.end]
        data = tables(context)
        if code in data.special_codes:
            date = context.cable_date
            if date is not None and date.before(data.special_from):
                yield context.report(span, f"'{written}' belongs to E.O. 13526 (from "
                                     f"{data.special_from.isoformat()}); give a date")
            return
        if not code.startswith("X"):
            return  # 25X codes: not checked
        if code not in _DURATION_CODES:
            yield context.report(span, f"'{written}' is not an exemption code (X1-X8)")
        elif code not in in_force.exemption_codes:
            reason = ("X1-X8 came with E.O. 12958 (14 Oct 1995)"
                      if in_force.start is None or in_force.start < data.eo12958_start else
                      "ISOO Directive No. 1 ended X1-X8 on 22 Sep 2003")
            yield context.report(span, f"'{written}' is not valid on this cable: {reason}; give "
                                 "a declassification date")


#: the exemptions from the 10-year limit of E.O. 12958 sec. 1.6(d)
_DURATION_CODES = frozenset(f"X{digit}" for digit in range(1, 9))
