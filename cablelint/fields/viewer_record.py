"""The cable viewer's record block printed inside a cable's text: the one place that knows it.

Some web pages print a preview of the cable (its first few hundred characters,
cut anywhere: "¶1. (C) Summar"), then the viewer's record of the cable, one
field a line::

    id: 137434
    date: 1/15/2008 22:55
    refid: 08LIMA72
    ...
    ----------------- header ends ----------------

and then the complete cable again.  The record's first line ("id:" and a
number, the next non-blank line "date: ...") is what tells the preview from the
cable: the line above it is where the preview was cut.  (The ">"-and-date form
of the viewer's metadata before the routing header is another block: the
grammar's ``web_metadata``.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_RECORD_ID = re.compile(r"id: *\d+")
_RECORD_DATE = re.compile(r"date: *\d")
#: how many lines below the preview's last line the record may start (blank lines)
_REACH = 3
#: a preview is cut after a few hundred characters: at most this many lines of its
#: first paragraph stand above the record
_PREVIEW_LINES = 8


def is_record_start(text: str, following: str) -> bool:
    """Is ``text`` (a line, stripped) the first line of the viewer's record, with
    ``following`` (the next non-blank line, stripped) its date line?"""
    return _RECORD_ID.fullmatch(text) is not None and _RECORD_DATE.match(following) is not None


def record_follows(texts: Sequence[str], index: int) -> bool:
    """Does the viewer's record start within a few blank lines below line ``index``
    of ``texts``?  Then line ``index`` is the last line of a preview cut off there."""
    end = min(len(texts), index + 1 + _REACH)
    below = index + 1
    while below < end and not texts[below].strip():
        below += 1
    if below == end or not texts[below].lstrip().startswith("id:"):
        return False  # (almost every cable: asked once, of its first paragraph)
    after = below + 1
    while after < len(texts) and not texts[after].strip():
        after += 1
    return after < len(texts) and is_record_start(texts[below].strip(), texts[after].strip())


def preview_paragraph(texts: Sequence[str], index: int) -> bool:
    """Is the paragraph starting at line ``index`` of ``texts`` the first paragraph of
    a preview, cut off on any of its lines with the viewer's record below it?

    The preview stops after a fixed number of characters, so the cut may fall on
    the paragraph's first line ("\u00b61. (C) Summar", 08LIMA72) or a few lines
    down ("18, the Government exte...", 05LIMA1388, issue #12): the paragraph's
    lines up to the first blank line or the record's "id:" line are walked (a few,
    once per cable) and the record looked for below the last of them."""
    last = index
    end = min(len(texts), index + _PREVIEW_LINES)
    while last + 1 < end:
        below = texts[last + 1].lstrip()
        if not below or below.startswith("id:"):  # the paragraph ends, or the record
            break
        last += 1
    return record_follows(texts, last)
