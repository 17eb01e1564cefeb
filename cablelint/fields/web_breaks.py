"""The spaces the cable-viewer web pages inserted into long tokens.

The pages broke every run of non-blank characters after 45 of them, so a
dash rule reads ``-----...----- ------`` and a URL ``.../politica l/index.html``.
This is the one place that knows the width; the URL and rule recognisers ask
it where such spaces are and record them on their nodes.
"""

from __future__ import annotations

import re

#: the web pages' line width for one token
BREAK_WIDTH = 45
_NON_BLANK = re.compile(r"\S*")


def inserted_spaces(text: str, position: int) -> list[int]:
    """Offsets of the spaces inserted into the token holding ``text[position]``.

    The token is counted from its first non-blank character (rarely before
    ``position``: a rule or URL glued to a word).  A space is inserted when the
    token runs exactly 45 characters and one space and more non-blank text
    follow; a long token may carry several ("45 45 10").
    """
    start = position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    length = len(text)
    found: list[int] = []
    while True:
        end = _NON_BLANK.match(text, start).end()
        if end - start != BREAK_WIDTH or end + 1 >= length or text[end] != " " or \
                text[end + 1].isspace():
            return found
        found.append(end)
        start = end + 1
