"""CL503 missing-classification-reason."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import authority
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class MissingReason(Rule):
    """The Classified By block gives a reason: the section of the order (1.4, or
    1.5 before 2003) and the category letter(s).

    Why: the reason ties the classification to a category the order allows;
    without it the classification has no stated basis.  An error: the order
    requires the reason, and a reason wrapped or split by extraction is
    recovered before the block is judged.

    Source: 32 CFR 2001.21(a)(3) (2004); E.O. 13526 sec. 1.6(a)(5).

    Bad:
        Classified By: Jane Roe, Director, INR/OPS
        Classified By: Jane Roe, Director, for reasons b, d.

    Good:
        Classified By: Jane Roe, Director, INR/OPS. Reason: 1.4 (c).

    Fix: add the reason, e.g. ``Reason: 1.4 (b) and (d)``.
    """

    code = "CL503"
    name = "missing-classification-reason"
    summary = "The Classified By block gives no reason section and letters"
    severity = "error"
    basis = "marking-rule"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = authority(context).block
        if block is None:
            return
        for reason in block.reasons:
            if reason.section is None:
                yield context.report(reason.span, "the reason gives letters but no section; "
                                     "write '1.4 (x)'")
            elif not reason.letters:
                yield context.report(reason.span, f"reason {reason.section} gives no "
                                     f"category letter; write e.g. '{reason.section} (b)'")
        if not block.reasons:
            yield context.report(block.span, "the Classified By block gives no reason; add "
                                 "'Reason: 1.4 (x)' with the category letter(s)")
