"""The E.O. line: executive order cited and the declassification instruction.

This module is the one place that reads the parts of the line the grammar's
``EO_LINE`` terminal found: the "E.O." keyword and order number, the text in
front of it, the DECL keyword, the instruction (date, N/A, OADR, exemption
code, event) and TAGS run onto the line.  It records a span for each part so
that rules point at them and fixes edit them without searching the text again.
"""

from __future__ import annotations

import re
from functools import cache

from cablelint.diagnostics import Span
from cablelint.fields.dates import match_numeric_date
from cablelint.fields.pilcrows import stray_pilcrows
from cablelint.model import Declassification, ExecutiveOrderLine
from cablelint.source import SourceText
from cablelint.syntax.grammar import line_patterns

# The keyword and order as the grammar's EO_LINE finds them (a word boundary
# before the E).  The keyword stops at the O or its full stop: "EO 12958" is
# keyword "EO", not "EO ".
# A digit zero for the O ("E.0.") is read between full stops only, as EO_LINE
# reads it; two blanks before the order ("E.O.  12958") are the same keyword.
# A keyword glued to a word before it (a lost line break: "... FOR TSOUE.O. 12958:")
# only in that exact form, as EO_LINE reads it.
_EO = re.compile(r"(?:\b|(?<=[a-z])(?=E\.O\. ?1[0-9]{4}:))"
                 r"(?P<keyword>E\s?\.?\s?O(?:\s?\.)?|E\s?\.\s?(?P<zero>0)\s?\.)"
                 r"\s{0,2}(?P<order>1[0-9]{4})\b\s*:?\s*", re.IGNORECASE)
_DECL = re.compile(r"(?P<kw>DECL[A-Za-z]*)\s*:?\s*", re.IGNORECASE)
# N/A, also written without the slash ("E.O. 12958: NA", 05BEIRUT654): the same
# instruction, not an event (CL512 notes the spelling)
_NA = re.compile(r"N\s*/\s*A\b|NA\b", re.IGNORECASE)
_OADR = re.compile(r"OADR\b", re.IGNORECASE)
# An exemption code: X1-X9 (E.O. 12958 sec. 1.6(d), written "X1" or "1.6 X1"), a
# 25X code, or a code with a suffix ("50X1-HUM", "25X1-HUMAN"); which codes are
# valid when is data (rules/executive-orders.json), not syntax.
_EXEMPTION = re.compile(r"(?:1\.6\s?)?(?P<code>X[1-9]|(?:25|50)X[1-9](?:-[A-Z]+)?)\b",
                        re.IGNORECASE)
_GDS = re.compile(r"(?P<kw>GDS)\s*", re.IGNORECASE)
_DECLASSIFIED = re.compile(r".*\bDECLASSIFIED\b", re.IGNORECASE)
_AS_AMENDED = re.compile(r"\bAS AMENDED\b", re.IGNORECASE)


@cache
def _trailing_tags() -> re.Pattern[str]:
    """The grammar's TAGS_LINE, searched after white space: TAGS run onto the line;
    or glued to the declassification date ("DECL: 01/04/2016TAGS: PGOV": a lost
    line break), then with its colon.

    Built from the terminal so that a TAGS line is recognised by one pattern
    whether it stands on its own line or follows the declassification.
    """
    tags_line = line_patterns()["TAGS_LINE"]
    return re.compile(rf"(?:(?<=\s)|(?<=\d)(?=TAGS:))(?:{tags_line.pattern})", tags_line.flags)


def runs_on_tags(text: str) -> bool:
    """Whether the E.O. line ``text`` has TAGS run onto it (its continuation lines
    are then the TAGS'): the same search :func:`parse_eo_line` makes."""
    return "tag" in text.lower() and _trailing_tags().search(text) is not None


def parse_eo_line(source: SourceText, text: str, offset: int) -> ExecutiveOrderLine:
    """Parse the E.O. line token ``text`` (which may include continuation lines)."""
    found = _EO.search(text)
    span = source.span(offset, offset + len(text))
    if found is None:  # the lexer matched a looser form; keep the text
        return ExecutiveOrderLine(span, text, None, None, "", None,
                                  Declassification("missing", text, span=span), "", None)
    rest_start = found.end()
    rest = text[rest_start:]
    trailing_tags = trailing_tags_span = None
    # (TAGS_LINE begins with "TAG" in any case: most lines are decided without it)
    tags_match = _trailing_tags().search(rest) if "tag" in rest.lower() else None
    if tags_match:
        # from the keyword to the end of the token: its continuation lines are the TAGS'
        trailing_tags = rest[tags_match.start():]
        tags_start = offset + rest_start + tags_match.start()
        trailing_tags_span = source.span(tags_start, tags_start + len(trailing_tags))
        rest = rest[: tags_match.start()]
    decl_keyword = decl_keyword_span = None
    position = 0
    kw = _DECL.match(rest) or _GDS.match(rest)
    if kw:
        decl_keyword = kw.group("kw")
        decl_keyword_span = source.span(offset + rest_start + kw.start("kw"),
                                        offset + rest_start + kw.end("kw"))
        position = kw.end()
    declassification = _declassification(source, rest, position, offset + rest_start,
                                         gds=bool(kw and kw.group("kw").upper() == "GDS"))
    prefix = text[: found.start()]
    # the viewer's pilcrow before "E. O." (it read "E." as a letter item) is no prefix
    pilcrow = None
    if prefix.strip() == "\u00b6":
        pilcrows = stray_pilcrows(source, text, offset)
        if pilcrows and pilcrows[0].span.start < offset + found.start():
            pilcrow = pilcrows[0]
            prefix = ""
    stripped = prefix.strip()
    prefix_span = None
    if stripped:
        prefix_start = offset + len(prefix) - len(prefix.lstrip())
        prefix_span = source.span(prefix_start, prefix_start + len(stripped))
    return ExecutiveOrderLine(
        span=span,
        raw=text,
        order=int(found.group("order")),
        order_span=source.span(offset + found.start("order"), offset + found.end("order")),
        keyword=found.group("keyword"),
        decl_keyword=decl_keyword,
        declassification=declassification,
        prefix=stripped,
        trailing_tags=trailing_tags,
        keyword_span=source.span(offset + found.start("keyword"),
                                 offset + found.end("keyword")),
        decl_keyword_span=decl_keyword_span,
        prefix_span=prefix_span,
        trailing_tags_span=trailing_tags_span,
        zero_for_o=source.span(offset + found.start("zero"), offset + found.end("zero"))
        if found.group("zero") else None,
        pilcrow=pilcrow,
    )


def _declassification(source: SourceText, rest: str, position: int, base: int,
                      gds: bool) -> Declassification:
    """The instruction after the DECL (or GDS) keyword; ``base`` is ``rest``'s offset."""
    value = rest[position:].strip()
    if not value:
        return Declassification("missing", rest.strip())
    value_start = base + position + (len(rest[position:]) - len(rest[position:].lstrip()))
    span = source.span(value_start, value_start + len(value))

    def part(found: re.Match[str]) -> Span:
        return source.span(value_start + found.start(), value_start + found.end())

    if _DECLASSIFIED.match(value) or _AS_AMENDED.search(value):
        return Declassification("declassified", value, span=span)
    found = _NA.match(value)
    if found:
        return Declassification("n/a", value, span=span, keyword_span=part(found))
    found = _OADR.match(value)
    if found:
        return Declassification("oadr", value, span=span, keyword_span=part(found))
    found = _EXEMPTION.match(value)
    if found:
        return Declassification("exemption", value, exemption=found.group("code").upper(),
                                span=span, exemption_span=part(found))
    dated = match_numeric_date(value)
    if dated:
        found, date_format, iso = dated
        return Declassification("gds" if gds else "date", value, date=iso,
                                date_format=date_format, span=span, date_span=part(found))
    return Declassification("gds" if gds else "event", value, span=span)
