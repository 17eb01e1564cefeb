"""CL510 oadr-after-1995."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import period
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class OadrAfter1995(Rule):
    """``OADR`` (Originating Agency's Determination Required) is not used on
    cables dated from 14 October 1995.  On an older cable (``E.O. 12356: DECL:
    OADR`` of 1989) it is right.

    Why: E.O. 12958 ended indefinite classification; every cable needs a date
    or event.  An error: OADR is read from the E.O. line as written, and the
    period in force is only taken from a certain cable date.

    Source: E.O. 12356 (OADR); E.O. 12958 sec. 1.6.

    Bad:
        P 011200Z JUN 98
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: OADR

    Good:
        P 011200Z JUN 98
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 06/01/2008

    Fix: give a declassification date (report only).
    """

    code = "CL510"
    name = "oadr-after-1995"
    summary = "OADR is used on a cable dated from 14 October 1995"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        if eo.declassification.kind != "oadr":
            return
        in_force = period(context)
        if in_force is None or "oadr" in in_force.declassification:
            return
        span = eo.declassification.keyword_span  # the word OADR
        yield context.report(span, "OADR was abolished by E.O. 12958 (14 Oct 1995); give a "
                             "declassification date or event")
