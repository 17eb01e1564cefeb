"""CL503 missing-classification-reason."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import authority, period
from cablelint.diagnostics import Diagnostic, Span
from cablelint.rules.base import Rule, RuleContext


class MissingReason(Rule):
    """The Classified By block gives a reason: the section of the order (1.4, or
    1.5 before 2003) and the category letter(s).

    Why: the reason ties the classification to a category the order allows;
    without it the classification has no stated basis.  An error: the order
    requires the reason, and a reason wrapped or split by extraction is
    recovered before the block is judged.  A block cut off with "..."
    (``ClassifiedBy.truncated``: the text as released stops there) is not
    reported for a missing reason: extraction damage explains it.

    Not reported for a derivatively classified cable ("Classified By: Derived
    from Multiple Sources"): it cites the sources it was derived from, which
    carry the reasons.

    The section the message suggests is the one in force on the cable date
    (``rules/executive-orders.json``): 1.5 under E.O. 12958 as first written
    (14 Oct 1995 - 24 Mar 2003: the handbook's "Reason 1.5 (b) and (d)"
    template), 1.4 from E.O. 13292 on (25 Mar 2003), the section CL504 holds
    the cable to; 1.4 when the date is unknown.  A September 2002 block
    without a reason is still reported (the 1995 order asked for a reason
    citing its categories), but told to write 1.5, not 1.4.

    Source: 32 CFR 2001.21(a)(3) (2004); E.O. 13526 sec. 1.6(a)(5);
    5 FAH-1 H-246 (the "Reason 1.5 (b) and (d)" line before paragraph 1).

    Bad:
        Classified By: Jane Roe, Director, INR/OPS
        Classified By: Jane Roe, Director, for reasons b, d.

    Good:
        Classified By: Jane Roe, Director, INR/OPS. Reason: 1.4 (c).

    A reason whose section is cut short ("FOR REASONS 1 (B) AND (D)":
    ``Reason.section_cut``) gives its letters: it is reported at the cut
    section, as a warning (a typo or damage explains it), with the section of
    the cable's date offered as an unsafe fix (the section is a guess).

    Fix: add the reason, e.g. ``Reason: 1.4 (b) and (d)``.
    """

    code = "CL503"
    name = "missing-classification-reason"
    summary = "The Classified By block gives no reason section and letters"
    severity = "error"
    basis = "marking-rule"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = authority(context).block
        if block is None or block.derived is not None:
            return  # a derivative classification cites its sources, not a reason
        in_force = period(context)
        section = in_force.reason_section if in_force is not None and \
            in_force.reason_section else "1.4"  # the section of the cable's date
        for reason in block.reasons:
            if reason.section_cut is not None:  # given, but its section is damaged
                yield _cut_section(context, reason.section_cut, section)
            elif reason.section is None:
                yield context.report(reason.span, "the reason gives letters but no section; "
                                     f"write '{section} (x)'")
            elif not reason.letters:
                yield context.report(reason.span, f"reason {reason.section} gives no "
                                     f"category letter; write e.g. '{reason.section} (b)'")
        if not block.reasons and block.truncated is None:  # (cut off: damage, not a lack)
            yield context.report(block.span, "the Classified By block gives no reason; add "
                                 f"'Reason: {section} (x)' with the category letter(s)")


def _cut_section(context: RuleContext, cut: Span, section: str) -> Diagnostic:
    """The reason's section cut short ("1" of "REASONS 1 (B)"): complete it."""
    written = context.source.text[cut.start:cut.end]
    return context.report(
        cut, f"reason section '{written}' is cut short; write '{section}'",
        severity="warning",
        fix=context.fix(f"write the section as '{section}'",
                        context.replace(cut, section), safe=False))
