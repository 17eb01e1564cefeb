"""The whole-text statement: ``SECRET - ENTIRE TEXT`` or ``(C - ENTIRE TEXT)``.

Older cables marked every paragraph at once with one statement after the
banner (or as the first paragraph's mark).  The parser reads it here, once,
so that it is a node of the document and never a paragraph's portion mark.
The level spellings are the classification vocabulary's (``level_spellings``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cablelint.model import WholeText
from cablelint.source import SourceText

_KEYWORD = b"entire text"
_KEYWORD_TEXT = "ENTIRE TEXT"


@lru_cache(maxsize=1)
def _spellings() -> tuple[dict[str, str], re.Pattern[str]]:
    """The vocabulary's level spellings, and the pattern of a spelling before the keyword."""
    from cablelint.vocabulary import load_vocabulary  # only for the few cables with one

    spellings = load_vocabulary("classification")["level_spellings"]
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return spellings, re.compile(rf"(\(\s*)?\b({alternatives})\s*[-\u2013:]+\s*$", re.IGNORECASE)


def parse_whole_text(source: SourceText, begin: int, end: int) -> WholeText | None:
    """The statement in ``source.text[begin:end]`` (from the banner to the second
    paragraph): a level spelling, a dash or colon, ``ENTIRE TEXT``, in parentheses
    or not; the first ``entire text`` there decides."""
    found = source.lowered().find(_KEYWORD, begin, end)
    if found < 0:
        return None
    spellings, pattern = _spellings()
    text = source.text
    line_start = text.rfind("\n", 0, found) + 1
    before = pattern.search(text, line_start, found)
    if before is None:
        return None
    start = before.start()
    stop = found + len(_KEYWORD_TEXT)
    if before.group(1) and text[stop:stop + 1] == ")":
        stop += 1
    level = spellings.get(re.sub(r"\s+", " ", before.group(2).upper()))
    return WholeText(source.span(start, stop), text[start:stop], level)
