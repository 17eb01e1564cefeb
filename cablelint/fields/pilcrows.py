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
# A pilcrow at the start of a line, after at most five blanks of indentation: one
# scan of the token (looking back from every pilcrow to its line's start took
# quadratic time on a long line of them)
_LINE_START_PILCROW = re.compile(r"^[ \t]{0,5}" + _PILCROW, re.MULTILINE)


def stray_pilcrows(source: SourceText, value: str, offset: int) -> list[StrayPilcrow]:
    """The stray pilcrows at the starts of the lines of a body token (``value``,
    starting at ``offset`` in the text, its first line starting there).

    Only tokens that hold a pilcrow are looked at (a ``str.find``): most have none.
    """
    found: list[StrayPilcrow] = []
    if _PILCROW not in value:
        return found
    for pilcrow in _LINE_START_PILCROW.finditer(value):
        after = pilcrow.end()
        if after < len(value) and value[after].isspace():
            after += 1
        label = _LABEL.match(value, after)
        if label is not None:
            found.append(StrayPilcrow(source.span(offset + pilcrow.end() - 1, offset + after),
                                      label.group()))
    return found
