"""The TAGS line: codes separated by spaces or commas, or written as markdown links.

Everything the TAGS rules judge is recognised here, once: the keyword as
written (``TAGS``, ``Tags``, the misspelt ``TAG``) and its colon, each code
with the separator written before it (and whether that separator wraps a
line), and a trailing comma.  The rules compare these parts; they never
re-slice the line.
"""

from __future__ import annotations

import re

from cablelint.diagnostics import Span, new_tuple
from cablelint.model import Tag, Tags
from cablelint.source import SourceText

_KEYWORD = re.compile(r"(?P<keyword>TAGS?)\s*(?P<colon>:)?\s*", re.IGNORECASE)
_TOKEN = re.compile(r"\[(?P<link>[^\]\n]*)\]\([^)\n]*\)|(?P<word>[^\s,;\[]+)")
# A token that could be a personal name after OVIP: letters with apostrophes,
# hyphens or full stops, maybe in brackets or before a comma ("O'NEILL", "(JR)").
_WORD = re.compile(r"[(]?[A-Z][A-Z'\-.]*[),]*")


def parse_tags(source: SourceText, text: str, offset: int) -> Tags:
    """Parse a TAGS token (keyword, codes, continuation lines)."""
    keyword = _KEYWORD.match(text)
    start = keyword.end() if keyword else 0
    items: list[Tag] = []
    span = source.span
    previous_end = start
    commas = spaces = False
    previous: Span | None = None  # the span of the tag before
    for found in _TOKEN.finditer(text, start):
        link, word = found.group("link", "word")
        code = (link if link is not None else word).strip().strip(".").upper()
        if not code:
            continue
        first, last = found.span()
        separator = text[previous_end:first]
        if items:  # between two tags: what the line's separator style is made of
            if "," in separator:
                commas = True
            elif not separator.strip():
                spaces = True
        raw = found.group()
        wraps = "\n" in separator or "\r" in separator
        if previous is not None and not wraps and "\r" not in raw \
                and previous.line == previous.end_line:
            # on the line of the tag before: its span gives the columns, no search
            line, column = previous.line, previous.column + first - previous.start + offset
            tag_span = new_tuple(Span, (line, column, line, column + last - first,
                                   offset + first, offset + last))
        else:
            tag_span = span(offset + first, offset + last)
        items.append(new_tuple(Tag, (code, raw, tag_span, link is not None, separator, wraps,
                                (code.isascii() and code.isalpha())
                                or _WORD.fullmatch(code) is not None)))
        previous = tag_span
        previous_end = last
    rest = text[previous_end:] if items else ""
    trailing_comma = None
    if rest.strip() == ",":
        comma = offset + previous_end + rest.index(",")
        trailing_comma = span(comma, comma + 1)
    separator = "comma" if commas and not spaces else "mixed" if commas else "space"
    keyword_span = colon = None
    if keyword:
        keyword_span = span(offset + keyword.start("keyword"), offset + keyword.end("keyword"))
        colon = keyword.group("colon") is not None
    return Tags(span(offset, offset + len(text)), text,
                keyword.group("keyword") if keyword else "", tuple(items), separator,
                keyword_span, bool(colon), trailing_comma)
