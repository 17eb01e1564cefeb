"""CL901-CL903: paragraph-number damage done by extraction.

These are artifact rules (family CL9xx) kept next to the numbering sequence
they share (:mod:`cablelint.analysis.numbering`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from cablelint.analysis.numbering import sequence
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import Rule, RuleContext

# A pilcrow before a line-initial letter item ("¶B. MADRID 919", "¶A) ...") or a
# year ("¶2006."): the cable viewer put one before every "letter-or-number + ."
_SPURIOUS = re.compile(r"[ \t]*(\u00b6\s?)(?:[A-Za-z][.)]\s|(?:1[89]|20)\d\d\.)")
# The same from the pilcrow on: tried first, since most pilcrows number paragraphs.
_SPURIOUS_TAIL = re.compile(r"\u00b6\s?(?:[A-Za-z][.)]\s|(?:1[89]|20)\d\d\.)")


def _digits_span(context: RuleContext, paragraph) -> tuple[int, int]:
    """Offsets of the digits of a paragraph number (after any pilcrow)."""
    span = paragraph.number_span
    written = context.text[span.start:span.end]
    first = written.index(paragraph.number_text)
    return span.start + first, span.start + first + len(paragraph.number_text)


class PilcrowReadAsOne(Rule):
    """A paragraph number ``1N`` where ``N`` is the number expected next: the
    pilcrow ``¶`` became the digit "1" when the cable was extracted.

    The repair follows the sequence, not the digits: ``17.`` right after ¶6 is
    ¶7, while ``17.`` after ¶16 is a genuine 17 and is left alone.

    Why: "110." for ¶10 breaks every reference to the paragraph and every
    numbering check after it.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        6. (C) ...
        17. (C) ...
        18. (C) ...

    Good:
        6. (C) ...
        7. (C) ...
        8. (C) ...

    Fix: ``--fix`` writes the expected number (safe: only when ``1N`` is out of
    sequence and ``N`` is exactly the number expected).
    """

    code = "CL901"
    name = "pilcrow-read-as-one"
    summary = "A paragraph number carries a pilcrow misread as '1'"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        for step in sequence(context):
            if step.kind != "pilcrow":
                continue
            paragraph = step.paragraph
            start, end = _digits_span(context, paragraph)
            yield context.report(
                context.span(start, end),
                f"paragraph number '{paragraph.number_text}.' follows \u00b6{step.previous}: it "
                f"is \u00b6{step.value} with its pilcrow read as '1'; write '{step.value}.'",
                fix=context.fix(f"renumber to {step.value}", Edit(start, end, str(step.value))))


class SpuriousPilcrow(Rule):
    """A pilcrow before a line-initial letter item or year is not a paragraph mark.

    The cable viewer inserted ``¶`` before every line that began with a letter
    or number and a full stop: REF items (``¶B. MADRID 919``), lettered
    sub-items and years (``¶2006.``).  Only paragraph numbers carry it.

    Why: the stray pilcrow confuses numbering tools and readers.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        REF: A. KIEV 1186
        ¶B. 05 KIEV 4590

    Good:
        REF: A. KIEV 1186
        B. 05 KIEV 4590

    Fix: ``--fix`` removes the pilcrow (safe).
    """

    code = "CL902"
    name = "spurious-pilcrow"
    summary = "A pilcrow stands before a letter item or a year"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        starts, text = context.source.starts, context.text
        position = text.find("\u00b6")
        while position >= 0:  # a dozen pilcrows per cable: visit them, not every line
            next_position = text.find("\u00b6", position + 1)
            if _SPURIOUS_TAIL.match(text, position) is None:
                position = next_position
                continue
            line_start = starts[bisect.bisect_right(starts, position) - 1]
            found = _SPURIOUS.match(text, line_start) if position - line_start < 6 else None
            if found is not None and found.start(1) == position:
                start, end = found.start(1), found.end(1)
                label = text[end:found.end()].strip()
                yield context.report(context.span(start, start + 1),
                                     f"pilcrow before '{label}' is an extraction artifact; "
                                     "remove it",
                                     fix=context.fix("remove the pilcrow", Edit(start, end, "")))
            position = next_position


class WrappedNumber(Rule):
    """A number that ended a wrapped line was taken for a paragraph number.

    ``... a reception February`` / ``¶28. Keen for insights ...``: the "28"
    belongs to the date on the line above.  The rule fires when the number is
    out of sequence, has no portion mark, and the line above ends mid-sentence
    with a month or a word that takes a number ("paragraph", "of", "on" ...).

    Why: the false paragraph breaks the sentence and the numbering.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        ... hosted a reception February
        ¶28. Keen for insights into ...

    Good:
        ... hosted a reception February 28. Keen for insights into ...

    Fix: ``--fix`` joins the number to the line above and drops the pilcrow (safe:
    only when all three conditions hold).
    """

    code = "CL903"
    name = "wrapped-number"
    summary = "A wrapped number was taken for a paragraph number"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        source = context.source
        for step in sequence(context):
            if step.kind != "wrapped":
                continue
            paragraph = step.paragraph
            line = paragraph.number_span.line
            above_end = source.starts[line - 2] + len(source.texts[line - 2].rstrip())
            digits_start, _ = _digits_span(context, paragraph)
            edit = Edit(above_end, digits_start, " ")
            yield context.report(
                paragraph.number_span,
                f"'{paragraph.number_text}.' continues the line above (expected paragraph "
                f"{step.expected}); join it to that line",
                fix=context.fix("join the number to the line above", edit))


RULES = [PilcrowReadAsOne, SpuriousPilcrow, WrappedNumber]
