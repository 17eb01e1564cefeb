"""CL511 exemption-code-out-of-period."""

from __future__ import annotations

import re
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
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        declassification = context.document.eo.declassification
        in_force = period(context)
        if in_force is None or declassification.span is None:
            return
        special = _SPECIAL.search(declassification.raw)
        if special:
            date = context.cable_date
            data = tables(context)
            if date is not None and date.before(data.special_from):
                start = declassification.span.start + special.start()
                yield context.report(context.span(start, start + len(special.group())),
                                     f"'{special.group()}' belongs to E.O. 13526 (from "
                                     f"{data.special_from.isoformat()}); give a date")
            return
        if declassification.kind != "exemption" or not declassification.exemption:
            return
        code = _X_CODE.match(declassification.exemption.replace(" ", ""))
        if code is None:
            return  # 25X codes: not checked
        span = context.span(declassification.span.start,
                            declassification.span.start + len(declassification.exemption))
        label = declassification.exemption
        if code.group(1) not in "12345678":
            yield context.report(span, f"'{label}' is not an exemption code (X1-X8)")
        elif f"X{code.group(1)}" not in in_force.exemption_codes:
            data = tables(context)
            reason = ("X1-X8 came with E.O. 12958 (14 Oct 1995)"
                      if in_force.start is None or in_force.start < data.eo12958_start else
                      "ISOO Directive No. 1 ended X1-X8 on 22 Sep 2003")
            yield context.report(span, f"'{label}' is not valid on this cable: {reason}; give "
                                 "a declassification date")


_SPECIAL = re.compile(r"\b(50X[12]-(?:HUM|WMD)|25X1-HUMAN)\b", re.IGNORECASE)
_X_CODE = re.compile(r"(?:1\.6\s?)?X(\d)$", re.IGNORECASE)
