"""Long rules: runs of 45 or more ``-`` or ``*`` drawn as a line.

This is the one recogniser of such a rule, wherever it stands -- alone on
its line (around a heading or the classified-website footer) or run onto a
line of text (a cable whose line breaks were lost) -- with the spaces the
web pages inserted into it after every 45 characters; CL906 reads
:attr:`cablelint.model.Document.rule_lines`.

Why only runs of the web pages' width: those are the rules the pages broke,
and a ``find`` of 45 characters in a row skips through the text at little
cost (the parse is budgeted in instructions, see benchmarks/instructions.py);
a search for every ``---`` would cost eight times as much.  The grammar's
``RULE`` terminal still decides which body lines are rule lines for the
parse (a shorter rule under a heading is a ``rule`` body node or part of its
heading); a star line stays text there, so that the footer boxed in stars is
no heading.
"""

from __future__ import annotations

import re

from cablelint.diagnostics import Span, new_tuple
from cablelint.fields.web_breaks import BREAK_WIDTH, inserted_spaces
from cablelint.model import RuleLine
from cablelint.source import SourceText

_RULE_CHARS = "-*"
_RUNS = {char: re.compile(re.escape(char) + "*").match for char in _RULE_CHARS}


def find_rule_lines(source: SourceText) -> tuple[RuleLine, ...]:
    """Every long rule of the text, in order (one ``str.find`` loop per rule character)."""
    text, texts = source.text, source.texts
    found: list[RuleLine] = []
    for char in _RULE_CHARS:
        needle = char * BREAK_WIDTH
        start = text.find(needle)
        while start >= 0:
            end = _RUNS[char](text, start + BREAK_WIDTH).end()
            breaks: tuple[Span, ...] = ()
            if text[end:end + 2] == " " + char:  # most rules have no inserted space
                end, breaks = _through_breaks(source, start, end, char)
            span = source.span(start, end)
            found.append(new_tuple(RuleLine, (
                span, char, texts[span.line - 1].strip() == text[start:end], breaks)))
            start = text.find(needle, end)
    if len(found) > 1:
        found.sort(key=lambda rule: rule.span.start)
    return tuple(found)


def _through_breaks(source: SourceText, start: int, end: int,
                    char: str) -> tuple[int, tuple[Span, ...]]:
    """The end of the rule whose first run is ``text[start:end]``, through the spaces
    inserted into it, and those spaces.

    A rule standing clear of other text is a token of one character: its pieces
    are counted with the run pattern, without a search for each token's end.
    A rule glued to a word (``NOTE.-----``) is counted from the word, as
    :func:`~cablelint.fields.web_breaks.inserted_spaces` counts every token.
    """
    text = source.text
    run = _RUNS[char]
    breaks: tuple[Span, ...] = ()
    if start and not text[start - 1].isspace():
        for offset in inserted_spaces(text, start):
            if offset != end or text[offset + 1] != char:
                break
            breaks += (source.span(offset, offset + 1),)
            end = run(text, offset + 1).end()
        return end, breaks
    piece = start
    while end - piece == BREAK_WIDTH and text[end:end + 2] == " " + char:
        breaks += (source.span(end, end + 1),)
        piece = end + 1
        end = run(text, piece).end()
    return end, breaks
