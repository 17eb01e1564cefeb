"""The cable viewer's pilcrows before body lines that are no numbered paragraph.

The viewer put ``¶`` before every line that began with a letter or number and a
full stop: paragraph numbers (``¶3.``, read by :func:`cablelint.fields.body.parse_paragraph`),
but also lettered sub-items (``¶A. (C) ...``, the grammar's LETTER_ITEM) and
years opening a line (``¶2008. The ...``, a line of text folded into the
paragraph above).  This is the one recogniser of such a pilcrow in the body;
the REF block's item labels are read by :mod:`cablelint.fields.references`.
CL902 reads the result (``Document.stray_pilcrows``).
"""

from __future__ import annotations

import re

from cablelint.model import StrayPilcrow
from cablelint.source import SourceText

_PILCROW = "\u00b6"
# After the pilcrow and one blank: a letter item label ("A.", "b)") before a blank,
# or a year from 1800 to 2099 with its full stop ("2008.")
_LABEL = re.compile(r"[A-Za-z][.)](?=\s)|(?:1[89]|20)\d\d\.")
#: at most this many blanks of indentation before the pilcrow
_MAX_INDENT = 5


def stray_pilcrows(source: SourceText, value: str, offset: int) -> list[StrayPilcrow]:
    """The stray pilcrows at the starts of the lines of a body token (``value``,
    starting at ``offset`` in the text, its first line starting there).

    Only tokens that hold a pilcrow are looked at (a ``str.find``): most have none.
    """
    found: list[StrayPilcrow] = []
    position = value.find(_PILCROW)
    while position >= 0:
        # the line break is looked for only as far back as an indentation reaches
        window = position - _MAX_INDENT - 1 if position > _MAX_INDENT else 0
        line_start = value.rfind("\n", window, position) + 1
        if (line_start or not window) and not value[line_start:position].strip(" \t"):
            after = position + 1
            if after < len(value) and value[after].isspace():
                after += 1
            label = _LABEL.match(value, after)
            if label is not None:
                found.append(StrayPilcrow(source.span(offset + position, offset + after),
                                          label.group()))
            position = value.find(_PILCROW, position + 1)
        else:
            # no later pilcrow of this line starts it (this one stands before it): on
            # from the next line, where trying each pilcrow of a long line of them
            # took quadratic time
            newline = value.find("\n", position)
            position = value.find(_PILCROW, newline) if newline >= 0 else -1
    return found
