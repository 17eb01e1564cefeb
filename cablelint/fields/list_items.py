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


#: a line opening with an upper-case letter label: "(B) SUMMARY", "B) ...", "B. ..."
_LETTER_LINE = re.compile(r"^[ \t]*(?:\((?P<p>[A-Z])\)|(?P<l>[A-Z])[.)])[ \t]+\S", re.MULTILINE)


def continues_lettered_list(text: str, start: int, line_start: int, letter: str) -> bool:
    """The line at ``line_start``, opening with ``(letter)``, is the next entry of a
    list lettered at line starts since ``start``: the last line above it that opens
    with a capital letter label has the letter before (``(A) SUBJECTS COVERED`` /
    ``B) SUMMARY OF COVERAGE`` / ``(C) SUPPORTING TEXT``, the sections of a media
    reaction cable).  Such a "(C)" is a section letter, not a CONFIDENTIAL mark."""
    if not "A" < letter <= "Z":
        return False
    labels = list(_LETTER_LINE.finditer(text, start, line_start))
    if not labels:
        return False
    last = labels[-1]
    return (last.group("p") or last.group("l")) == chr(ord(letter) - 1)
