"""SIPDIS tokens written inside the body's text (``The Secretary SIPDIS will arrive``).

A SIPDIS line of its own is the grammar's ``SIPDIS_LINE`` terminal; this is
the one recogniser of the token inside a line of text, so that CL910 reads
:attr:`cablelint.model.Document.inline_sipdis` instead of searching the text.

The token is extraction debris: the telegram system inserted it after a line
naming the Secretary, and extraction ran it into the text.  A sentence that
talks about the caption (``Please include SIPDIS in all replies``, ``the
SIPDIS caption``) uses it as a word: such a mention is no token (issue #12,
item 7: removing it would destroy the instruction).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter

from cablelint.diagnostics import Span
from cablelint.model import BodyNode
from cablelint.source import SourceText

_TOKEN = "SIPDIS"
# A mention: quoted, or next to a word that speaks of the caption's use ("include
# SIPDIS", "captioned SIPDIS", "SIPDIS caption", "SIPDIS channel").  The words
# that precede debris in the corpora ("the", "been", "when", "Advisor" ...) are
# none of these.
_MENTION_BEFORE = re.compile(
    r"(?:[\"'\u2018\u201c]|\b(?:include[sd]?|including|add(?:ed)?|us(?:e[sd]?|ing)|"
    r"caption(?:ed|s)?|mark(?:ed)?|slug(?:ged)?|tag(?:ged)?)\s+)$", re.IGNORECASE)
_MENTION_AFTER = re.compile(
    r"(?:[\"'\u2019\u201d]|\s+(?:caption|channel|distribution|slug|marking|tag|"
    r"cables?|messages?|telegrams?|traffic)s?\b)", re.IGNORECASE)


_START = attrgetter("start")
#: body nodes that are a SIPDIS line: in the text, or a caption of a section's header
_LINE_KINDS = frozenset({"sipdis", "section_caption"})


def find_inline_sipdis(source: SourceText, body: Sequence[BodyNode]) -> tuple[Span, ...]:
    """Spans of every whole-word ``SIPDIS`` from the start of the ``body`` nodes to
    the end of the text, except on the body's stand-alone SIPDIS lines (and those
    captioning a section's header printed again).

    Upper case only, as every in-line token in the corpus is: a case-blind
    search would cost twice as much.  ``SIPDISTRIBUTION`` is a word, not a token.
    """
    if not body:
        return ()
    text = source.text
    position = text.find(_TOKEN, body[0].span.start)
    if position < 0:
        return ()
    # the SIPDIS lines (in text order, as the body's nodes are), looked up by
    # bisection: testing every line for every token took quadratic time on a cable
    # of thousands of SIPDIS lines
    lines = [node.span for node in body if node.kind in _LINE_KINDS]
    found: list[Span] = []
    while position >= 0:
        end = position + len(_TOKEN)
        # the last line starting at or before the token
        below = bisect_right(lines, position, key=_START) - 1
        if not (below >= 0 and position < lines[below].end) and \
                (position == 0 or not text[position - 1].isalnum()) and \
                (end == len(text) or not text[end].isalnum()) and \
                not is_mention(text, position, end):
            found.append(source.span(position, end))
        position = text.find(_TOKEN, end)
    return tuple(found)


def is_mention(text: str, position: int, end: int) -> bool:
    """True when SIPDIS at ``position``-``end`` is a word of a sentence about the
    caption (quoted, or next to "include", "caption", "channel" ...), not debris."""
    return _MENTION_BEFORE.search(text, max(0, position - 12), position) is not None or \
        _MENTION_AFTER.match(text, end) is not None
