"""The TAGS line: codes separated by spaces or commas, or written as markdown links."""

from __future__ import annotations

import re

from cablelint.model import Tag, Tags
from cablelint.source import SourceText

_KEYWORD = re.compile(r"(?P<keyword>TAGS?)\s*:?\s*", re.IGNORECASE)
_TOKEN = re.compile(r"\[(?P<link>[^\]\n]*)\]\([^)\n]*\)|(?P<word>[^\s,;\[]+)")


def parse_tags(source: SourceText, text: str, offset: int) -> Tags:
    """Parse a TAGS token (keyword, codes, continuation lines)."""
    keyword = _KEYWORD.match(text)
    start = keyword.end() if keyword else 0
    items: list[Tag] = []
    for found in _TOKEN.finditer(text, start):
        raw = found.group()
        code = found.group("link") if found.group("link") is not None else found.group("word")
        code = code.strip().strip(".").upper()
        if not code:
            continue
        items.append(Tag(code, raw, source.span(offset + found.start(), offset + found.end()),
                         markdown_link=found.group("link") is not None))
    body = text[start:]
    has_comma = "," in body
    has_space_only = bool(re.search(r"[^,\s]\s+[^,\s]", body))
    separator = "comma" if has_comma and not has_space_only else "mixed" if has_comma else "space"
    return Tags(source.span(offset, offset + len(text)), text,
                keyword.group("keyword") if keyword else "", tuple(items), separator)
