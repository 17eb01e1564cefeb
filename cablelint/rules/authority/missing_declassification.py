"""CL506 missing-declassification."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import classified_on_any_evidence, level_name, period
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class MissingDeclassification(Rule):
    """A classified cable's E.O. line carries a declassification instruction: a
    date, an event, or a code its order allows.

    ``N/A`` on a classified cable is CL407's finding; a date with no ``DECL``
    keyword counts as an instruction (CL512 reports the form).

    Why: without the instruction nobody can tell when the cable may be released.
    An error: the E.O. line is there and says nothing after ``DECL:``, which
    the order forbids and no extraction damage explains.

    Source: E.O. 12958 sec. 1.6; E.O. 13526 sec. 1.6(a)(4).

    Bad:
        P 301451Z MAR 06
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL:

    Good:
        P 301451Z MAR 06
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 03/30/2016

    Fix: add the declassification date or event (report only).
    """

    code = "CL506"
    name = "missing-declassification"
    summary = "A classified cable's E.O. line has no declassification instruction"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        if eo.declassification.kind != "missing" or not classified_on_any_evidence(context) \
                or period(context) is None:
            return
        yield context.report(eo.span, f"the E.O. line of this {level_name(context)} cable gives "
                             "no declassification instruction; add 'DECL: MM/DD/YYYY'")
