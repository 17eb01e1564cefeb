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


def continues_lettered_list(text: str, start: int, line_start: int, letter: str) -> bool:
    """The line at ``line_start``, opening with ``(letter)``, is the next entry of a
    list lettered at line starts since ``start``: a line above it opens with the
    letter before, as ``(B) ...``, ``B) ...`` or ``B. ...`` (``(A) SUBJECTS COVERED``
    / ``B) SUMMARY OF COVERAGE`` / ``(C) SUPPORTING TEXT``, the sections of a media
    reaction cable).  Such a "(C)" is a section letter, not a CONFIDENTIAL mark.

    Looked for with ``str.rfind`` of the three labels (most cables hold none), each
    hit checked for standing at a line start before a blank and text."""
    if not "A" < letter <= "Z":
        return False
    before = chr(ord(letter) - 1)
    for label in (f"({before})", f"{before})", f"{before}."):
        end = line_start
        while (found := text.rfind(label, start, end)) >= 0:
            opening = text.rfind("\n", start, found) + 1
            after = found + len(label)
            if not text[max(opening, start):found].strip(" \t") and \
                    text[after:after + 1] in (" ", "\t") and text[after:after + 2].strip():
                return True
            end = found
    return False
