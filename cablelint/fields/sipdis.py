"""SIPDIS tokens written inside the body's text (``The Secretary SIPDIS will arrive``).

A SIPDIS line of its own is the grammar's ``SIPDIS_LINE`` terminal; this is
the one recogniser of the token inside a line of text, so that CL910 reads
:attr:`cablelint.model.Document.inline_sipdis` instead of searching the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from cablelint.diagnostics import Span
from cablelint.model import BodyNode
from cablelint.source import SourceText

_TOKEN = "SIPDIS"


def find_inline_sipdis(source: SourceText, body: Sequence[BodyNode]) -> tuple[Span, ...]:
    """Spans of every whole-word ``SIPDIS`` from the start of the ``body`` nodes to
    the end of the text, except on the body's stand-alone SIPDIS lines.

    Upper case only, as every in-line token in the corpus is: a case-blind
    search would cost twice as much.  ``SIPDISTRIBUTION`` is a word, not a token.
    """
    if not body:
        return ()
    text = source.text
    position = text.find(_TOKEN, body[0].span.start)
    if position < 0:
        return ()
    lines = [node.span for node in body if node.kind == "sipdis"]
    found: list[Span] = []
    while position >= 0:
        end = position + len(_TOKEN)
        if not any(line.start <= position < line.end for line in lines) and \
                (position == 0 or not text[position - 1].isalnum()) and \
                (end == len(text) or not text[end].isalnum()):
            found.append(source.span(position, end))
        position = text.find(_TOKEN, end)
    return tuple(found)
