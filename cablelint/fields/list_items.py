"""List items written without a pilcrow: ``a. Name``, ``b) ...``, ``(c) ...``, ``3) ...``.

The grammar's LETTER_ITEM takes a lettered item only with a pilcrow or a
portion mark (``¶A. ...``, ``B. (C) ...``); plain list entries of a paragraph
(a traveller list: ``a. Rudolf Rassendyll`` / ``b. Flavia Elphberg``) stay text
lines of the paragraph.  Rules that must not read such an entry as the rest
of a broken sentence (CL908) ask this one recogniser.
"""

from __future__ import annotations

import re

#: a letter (or up to three lower-case roman numerals) or one or two digits, then
#: "." or ")", or the same in parentheses, then a blank and a word: "a. Name",
#: "ii) text", "(c) text", "3) text".  "i.e. text" and "a.m." are no items (no blank).
_LABEL = r"(?:[A-Za-z]|[ivx]{2,3}|\d{1,2})"
_ITEM = re.compile(r"[ \t]*(?:" + _LABEL + r"[.)]|\(" + _LABEL + r"\))[ \t]+\S")


def opens_list_item(line: str) -> bool:
    """``line`` starts with a list item's letter or number (``b.  Brig General ...``)."""
    return _ITEM.match(line) is not None
