"""CL902 spurious-pilcrow."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext

# A pilcrow before a line-initial letter item ("¶B. MADRID 919", "¶A) ...") or a
# year ("¶2006."): the cable viewer put one before every "letter-or-number + ."
_SPURIOUS = re.compile(r"[ \t]*(\u00b6\s?)(?:[A-Za-z][.)]\s|(?:1[89]|20)\d\d\.)")
# The same from the pilcrow on: tried first, since most pilcrows number paragraphs.
_SPURIOUS_TAIL = re.compile(r"\u00b6\s?(?:[A-Za-z][.)]\s|(?:1[89]|20)\d\d\.)")


class SpuriousPilcrow(Rule):
    """A pilcrow before a line-initial letter item or year is not a paragraph mark.

    The cable viewer inserted ``¶`` before every line that began with a letter
    or number and a full stop: REF items (``¶B. MADRID 919``), lettered
    sub-items and years (``¶2006.``).  Only paragraph numbers carry it.

    Why: the stray pilcrow confuses numbering tools and readers.  Info: it is
    a harmless extraction artifact; the text reads the same.

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
    basis = "extraction"
    fixable = FixAvailability.SAFE

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
