"""CL505 invalid-reason-letter."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import reason_block, tables
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class ReasonLetters(Rule):
    """Reason letters are categories of the cited section: (a)-(g) under 1.5,
    (a)-(h) under 1.4 ((h), weapons of mass destruction, came in 2003).

    Why: a letter outside the list cites no category at all.  An error: the
    letter is read as written, and no extraction damage makes up a category.

    Source: E.O. 12958 sec. 1.5(a)-(g); E.O. 13292 and E.O. 13526 sec. 1.4(a)-(h).

    Bad:
        Classified By: Jane Roe, Ambassador, reasons 1.5 (b) and (h).
        Classified By: Jane Roe, Ambassador, reasons 1.4 (b) and (k).

    Good:
        Classified By: Jane Roe, Ambassador, reasons 1.4 (b) and (h).

    Fix: cite the right letter (report only).
    """

    code = "CL505"
    name = "invalid-reason-letter"
    summary = "A reason letter is not a category of the cited section"
    severity = "error"
    basis = "marking-rule"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = reason_block(context)
        if block is None:
            return
        letters_by_section = tables(context).letters
        for reason in block.reasons:
            valid = letters_by_section.get(reason.section) if reason.section else None
            if valid is None:
                continue
            last = f"({max(valid)})"
            for letter, span in zip(reason.letters, reason.letter_spans, strict=True):
                if letter not in valid:
                    yield context.report(span, f"section {reason.section} has categories (a) to "
                                         f"{last}; ({letter}) is not one of them")
