"""CL505 invalid-reason-letter."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.authority import REASON_SECTION, authority, tables
from cablelint.diagnostics import Diagnostic, Span
from cablelint.model import Reason
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

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = authority(context).block
        if block is None:
            return
        letters_by_section = tables(context).letters
        text = context.text
        for reason in block.reasons:
            valid = letters_by_section.get(reason.section)
            if valid is None:
                continue
            last = f"({max(valid)})"
            for letter in reason.letters:
                if letter not in valid:
                    yield context.report(_letter_span(context, reason, letter),
                                         f"section {reason.section} has categories (a) to "
                                         f"{last}; ({letter}) is not one of them")
            beyond = _BEYOND.match(text, reason.span.end, block.span.end)
            if beyond:
                letter = beyond.group(1)
                yield context.report(context.span(beyond.start(1), beyond.end(1)),
                                     f"section {reason.section} has categories (a) to {last}; "
                                     f"({letter.lower()}) is not one of them")


_BEYOND = re.compile(r"(?:\s*(?:,|and|&|\+|/|or)\s*\(?|\s*\()\s*([i-zI-Z])\s*\)")


def _letter_span(context: RuleContext, reason: Reason, letter: str) -> Span:
    """The span of ``letter`` among the reason's letters (the reason's span if not found)."""
    text = context.text
    section = REASON_SECTION.match(text, reason.span.start, reason.span.end)
    start = section.end() if section else reason.span.start
    found = re.compile(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", re.IGNORECASE).search(
        text, start, reason.span.end)
    return context.span(found.start(), found.end()) if found else reason.span
