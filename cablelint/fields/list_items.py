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

    The labels of a letter are found once per text (see :func:`_labels_opening_lines`):
    asked for each "(C)" of a file, a search back through the text per question
    took quadratic time on a file of many cables."""
    if not "A" < letter <= "Z":
        return False
    labels = _labels_opening_lines(text, start, chr(ord(letter) - 1))
    return bool(labels) and labels[0] < line_start


#: the labels found in the last text asked about: (text, start, {letter: offsets});
#: the text is compared by identity, so a stale entry is only ever missed
_LAST: tuple[str, int, dict[str, list[int]]] | None = None


def _labels_opening_lines(text: str, start: int, before: str) -> list[int]:
    """Offsets, in order, of the labels ``(before)``, ``before)`` and ``before.`` that
    open a line of ``text`` from ``start`` on (blanks only before them on the line,
    a blank and more text after).  Found with ``str.find`` (most cables hold none)
    and kept for the text's other questions."""
    global _LAST
    last = _LAST
    if last is None or last[0] is not text or last[1] != start:
        last = _LAST = (text, start, {})
    found = last[2].get(before)
    if found is not None:
        return found
    found = []
    for label in (f"({before})", f"{before})", f"{before}."):
        at = text.find(label, start)
        while at >= 0:
            opening = text.rfind("\n", start, at) + 1
            after = at + len(label)
            if not text[max(opening, start):at].strip(" \t") and \
                    text[after:after + 1] in (" ", "\t") and text[after:after + 2].strip():
                found.append(at)
            at = text.find(label, after)
    found.sort()
    last[2][before] = found
    return found
