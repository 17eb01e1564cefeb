"""Redaction runs: the ``XXXXXXXXXXXX`` the publishers put where they removed a name.

This is the one recogniser of a redaction run; the numbering, portion-mark
and artifact rules read :attr:`cablelint.model.Document.redactions`.

A run is five or more ``X`` or ``x`` in a row (the publishers wrote twelve;
extraction and hand edits left 5 to 24, in either case, sometimes glued to
a word: ``XXXXXXXXXXXXs``).  Shorter runs are left alone: ``XXX`` and
``XXXX`` are also Roman numerals.  A run written right after ``[`` whose
bracket is not closed on its line (before another ``[``) is flagged: the
redaction swallowed the closing bracket with part of the sentence.

The other form of the publishers' removals is a note in brackets,
``[DETAILS REMOVED]``, ``[Name removed]`` or ``[TEXT REMOVED BY AFTENPOSTEN ]``;
:func:`removal_note` reads one that stands for a whole paragraph or a whole
classifier.
"""

from __future__ import annotations

import re

from cablelint.diagnostics import Span, new_tuple
from cablelint.model import Redaction
from cablelint.source import SourceText

#: the shortest run taken for a redaction
_RUN = b"xxxxx"
_MORE_X = re.compile(rb"x*")
#: a publisher's note for removed words: "[DETAILS REMOVED]", "[Name removed]", also
#: naming the publisher: "[TEXT REMOVED BY AFTENPOSTEN ]" (07OSLO480)
_REMOVAL_NOTE = re.compile(r"\s*(\[[A-Za-z ]{0,30}\bremoved(?: by [A-Za-z ]{1,30})?\])\s*",
                           re.IGNORECASE)


def find_redactions(source: SourceText) -> tuple[Redaction, ...]:
    """Every redaction run of the text, in order.

    Searched with ``bytes.find`` in the shared lower-cased text (one byte per
    character, so offsets are the text's); most cables have no run.  (Going
    from one ``x`` to the next at memchr speed costs more: capitals cables
    are full of NEXT and EXPECT.)
    """
    lowered = source.lowered()
    position = lowered.find(_RUN)
    if position < 0:
        return ()
    text = source.text
    found: list[Redaction] = []
    while position >= 0:
        end = _MORE_X.match(lowered, position + len(_RUN)).end()
        bracket: Span | None = None
        unclosed = False
        if position and text[position - 1] == "[":
            bracket = source.span(position - 1, position)
            line_end = text.find("\n", end)
            if line_end < 0:
                line_end = len(text)
            close = text.find("]", end, line_end)
            reopen = text.find("[", end, line_end)
            unclosed = close < 0 or 0 <= reopen < close
        found.append(new_tuple(Redaction, (source.span(position, end), text[position:end],
                                      bracket, unclosed)))
        position = lowered.find(_RUN, end)
    return tuple(found)


def removal_note(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``text[start:end]`` is nothing but a publisher's removal note
    (``[DETAILS REMOVED]``, blanks around it), the note's start and end; else None."""
    found = _REMOVAL_NOTE.fullmatch(text, start, end)
    return found.span(1) if found is not None else None
