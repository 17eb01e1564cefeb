"""The E.O. line: executive order cited and the declassification instruction."""

from __future__ import annotations

import re

from cablelint.fields.dates import match_numeric_date
from cablelint.model import Declassification, ExecutiveOrderLine
from cablelint.source import SourceText

# the keyword stops at the O or its full stop: "EO 12958" is keyword "EO", not "EO "
_EO = re.compile(r"(?P<keyword>E\s?\.?\s?O(?:\s?\.)?)\s?(?P<order>1[0-9]{4})\b\s*:?\s*",
                 re.IGNORECASE)
_TAGS_ON_LINE = re.compile(r"\s+(TAGS?\s*:?\s.*)$", re.IGNORECASE)
_DECL = re.compile(r"(?P<kw>DECL[A-Za-z]*)\s*:?\s*", re.IGNORECASE)
_NA = re.compile(r"N\s*/\s*A\b", re.IGNORECASE)
_OADR = re.compile(r"OADR\b", re.IGNORECASE)
_EXEMPTION = re.compile(r"(?:1\.6\s?|25)?X[1-9]\b", re.IGNORECASE)
_GDS = re.compile(r"(?P<kw>GDS)\s*", re.IGNORECASE)
_DECLASSIFIED = re.compile(r".*\bDECLASSIFIED\b", re.IGNORECASE)


def parse_eo_line(source: SourceText, text: str, offset: int) -> ExecutiveOrderLine:
    """Parse the E.O. line token ``text`` (which may include continuation lines)."""
    found = _EO.search(text)
    if found is None:  # the lexer matched a looser form; keep the text
        span = source.span(offset, offset + len(text))
        return ExecutiveOrderLine(span, text, None, None, "", None,
                                  Declassification("missing", text, span=span), "", None)
    rest_start = found.end()
    rest = text[rest_start:]
    trailing_tags = None
    tags_match = _TAGS_ON_LINE.search(rest)
    if tags_match:
        trailing_tags = tags_match.group(1)
        rest = rest[: tags_match.start()]
    decl_keyword = None
    position = 0
    kw = _DECL.match(rest) or _GDS.match(rest)
    if kw:
        decl_keyword = kw.group("kw")
        position = kw.end()
    declassification = _declassification(source, rest, position, offset + rest_start,
                                         gds=bool(kw and kw.group("kw").upper() == "GDS"))
    return ExecutiveOrderLine(
        span=source.span(offset, offset + len(text)),
        raw=text,
        order=int(found.group("order")),
        order_span=source.span(offset + found.start("order"), offset + found.end("order")),
        keyword=found.group("keyword"),
        decl_keyword=decl_keyword,
        declassification=declassification,
        prefix=text[: found.start()].strip(),
        trailing_tags=trailing_tags,
    )


def _declassification(source: SourceText, rest: str, position: int, base: int,
                      gds: bool) -> Declassification:
    value = rest[position:].strip()
    value_start = base + position + (len(rest[position:]) - len(rest[position:].lstrip()))
    span = source.span(value_start, value_start + len(value)) if value else None
    if not value:
        return Declassification("missing", rest.strip(), span=span)
    if _DECLASSIFIED.match(value) or re.search(r"\bAS AMENDED\b", value, re.IGNORECASE):
        return Declassification("declassified", value, span=span)
    if _NA.match(value):
        return Declassification("n/a", value, span=span)
    if _OADR.match(value):
        return Declassification("oadr", value, span=span)
    exemption = _EXEMPTION.match(value)
    if exemption:
        return Declassification("exemption", value, exemption=exemption.group().upper(), span=span)
    dated = match_numeric_date(value)
    if dated:
        _, date_format, iso = dated
        return Declassification("gds" if gds else "date", value, date=iso, date_format=date_format,
                                span=span)
    return Declassification("gds" if gds else "event", value, span=span)
