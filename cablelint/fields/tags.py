"""The TAGS line: codes separated by spaces or commas, or written as markdown links."""

from __future__ import annotations

import re

from cablelint.model import Tag, Tags
from cablelint.source import SourceText

_KEYWORD = re.compile(r"(?P<keyword>TAGS?)\s*:?\s*", re.IGNORECASE)
_SPACE_ONLY = re.compile(r"[^,\s]\s+[^,\s]")
#: A named tuple made without the Python-level ``__new__`` (what ``_make`` does).
_new = tuple.__new__
_TOKEN = re.compile(r"\[(?P<link>[^\]\n]*)\]\([^)\n]*\)|(?P<word>[^\s,;\[]+)")


def parse_tags(source: SourceText, text: str, offset: int) -> Tags:
    """Parse a TAGS token (keyword, codes, continuation lines)."""
    keyword = _KEYWORD.match(text)
    start = keyword.end() if keyword else 0
    items: list[Tag] = []
    span = source.span
    for found in _TOKEN.finditer(text, start):
        link, word = found.group("link", "word")
        code = (link if link is not None else word).strip().strip(".").upper()
        if not code:
            continue
        first, last = found.span()
        items.append(_new(Tag, (code, found.group(), span(offset + first, offset + last),
                                link is not None)))
    body = text[start:]
    has_comma = "," in body
    has_space_only = _SPACE_ONLY.search(body) is not None
    separator = "comma" if has_comma and not has_space_only else "mixed" if has_comma else "space"
    return Tags(source.span(offset, offset + len(text)), text,
                keyword.group("keyword") if keyword else "", tuple(items), separator)
