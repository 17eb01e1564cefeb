"""CL504 stale-reason-section."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import period, reason_block, tables
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class ReasonSection(Rule):
    """The reason cites the section valid on the cable date: 1.5 from 14 Oct 1995
    to 24 Mar 2003 (E.O. 12958), 1.4 from 25 Mar 2003 (E.O. 13292 renumbered the
    categories; E.O. 13526 kept them).  Judged wherever the parser found the
    block, also where it opens a numbered paragraph (CL501 reports the place).

    Between 25 Mar and 21 Sep 2003 either section is accepted: E.O. 13292 moved
    the categories to 1.4 at once, but its marking section (1.6, which asks the
    reason to cite 1.4) and ISOO Directive No. 1 took effect only on 22 Sep 2003,
    so a cable of August 2003 citing "1.5" followed the marking rules then in
    force (03THEHAGUE2137, fresh-8 audit A092).

    Why: drafters kept copying the old "1.5" template for years after the
    amendment, so the citation points at the wrong section of the order in force.
    A warning: the letters still name the right categories, and the finding
    rests on a cable date that may be off.

    Source: E.O. 12958 sec. 1.5; E.O. 13292; ISOO Directive No. 1 (22 Sep 2003).

    Bad:
        P 181200Z JUN 08
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 06/18/2018
        SUBJECT: TRADE TALKS

        Classified By: Jane Roe, Ambassador, reasons 1.5 (b) and (d).

    Good:
        P 181200Z JUN 08
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 06/18/2018
        SUBJECT: TRADE TALKS

        Classified By: Jane Roe, Ambassador, reasons 1.4 (b) and (d).

    Fix: ``--unsafe-fixes`` changes 1.5 to 1.4 on cables dated from 22 Sep 2003
    whose letters are all a-g (the seven 1995 categories kept their letters);
    unsafe because the cable is a historical record.
    """

    code = "CL504"
    name = "stale-reason-section"
    summary = "The reason cites a section not valid on the cable date"
    severity = "warning"
    basis = "marking-rule"
    fixable = FixAvailability.UNSAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = reason_block(context)
        in_force = period(context)
        if block is None or in_force is None or in_force.reason_section is None:
            return
        data = tables(context)
        date = context.cable_date
        expected = in_force.reason_section
        for reason in block.reasons:
            if reason.section is None or reason.section == expected:
                continue
            if reason.section == "1.5" and date is not None and \
                    not date.on_or_after(data.isoo_2003):
                continue  # the 1995 marking, still in force until 22 Sep 2003
            span = reason.section_span or reason.span
            fix = None
            if reason.section == "1.5" and expected == "1.4" and date is not None and \
                    date.on_or_after(data.isoo_2003) and reason.letters and \
                    set(reason.letters) <= set("abcdefg"):
                digit = span.end - 1
                fix = context.fix("cite section 1.4", Edit(digit, digit + 1, "4"), safe=False)
            yield context.report(span, f"reason cites section {reason.section}; a cable of "
                                 f"{date.date.year if date else 'this date'} cites {expected} "
                                 f"(E.O. {in_force.order}"
                                 f"{' as amended' if in_force.id.startswith('eo12958-') else ''})",
                                 fix=fix)

