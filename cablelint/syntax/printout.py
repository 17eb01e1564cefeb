"""Where a mail client's printout wrapper ends: the one recogniser of the wrapper.

Why a construct of its own: some archive files are a cable printed from a
mail client's inbox.  The printout opens with the client's header ("<name>
<date> <time> From DB/Inbox: Search Results", "Cable", "Text:") and may hold
a summary form of the telegram ("TELEGRAM <date>", then To:, Action:,
From:, TAGS:, Captions:, Subject:, Ref: over a rule of underscores).  The
form's TAGS and Subject are no header fields printed before the banner
(CL105) nor a header given twice (CL912): the telegram follows with its own
header.  The region search asks :func:`printout_end` once per cable and the
line lexer makes the wrapper's lines ``PRINTOUT_LINE`` tokens (grammar:
``printout``); the builder keeps them as :class:`cablelint.model.Printout`.

The client's header line is the trailer's "mail-header" line
(:func:`cablelint.syntax.trailer.trailer_kind`: the same line closes other
printouts), so it is recognised there.
"""

from __future__ import annotations

import re

from cablelint.syntax.grammar import line_patterns
from cablelint.syntax.trailer import trailer_kind

#: how far below the client's header its "Text:" line may be (a subject cut
#: short onto its own line, "Cable", blank lines)
_INTRO_LINES = 6
#: how far below the client's header the form's rule may be
_FORM_LINES = 40
#: the first non-blank lines of a file the client's header may be (a dump's
#: "null" may come first)
_FIRST_LINES = 2
_TEXT_LINE = re.compile(r"Text:")
#: the form's title line: "TELEGRAM", then the date ("May 20, 2003")
_TELEGRAM = re.compile(r"TELEGRAM(?:[ \t]+[A-Z][a-z]+ \d{1,2}, \d{4})?")


def printout_end(texts: list[str], start: int) -> tuple[int, int] | None:
    """The first and last line (0-based) of the printout wrapper opening the
    cable ``texts`` (right-stripped lines; ``start``: the first non-blank one),
    or None.  The wrapper runs from the client's header to the form's rule,
    or, without a form, to the "Text:" line (or the header alone)."""
    first = _client_header(texts, start)
    if first is None:
        return None
    last = first
    rule = line_patterns()["RULE"].fullmatch
    telegram = False
    for i in range(first + 1, min(first + _FORM_LINES, len(texts))):
        text = texts[i].strip()
        if not telegram:
            if i <= first + _INTRO_LINES and _TEXT_LINE.fullmatch(text):
                last = i
            telegram = bool(_TELEGRAM.fullmatch(text))
        elif rule(text):
            return first, i
    return first, last


def _client_header(texts: list[str], start: int) -> int | None:
    """The mail client's header line among the file's first non-blank lines."""
    seen = 0
    for i in range(start, len(texts)):
        text = texts[i].strip()
        if not text:
            continue
        if "Inbox" in text and trailer_kind(text) == "mail-header":
            return i
        seen += 1
        if seen >= _FIRST_LINES:
            return None
    return None
