"""Body fields: paragraph numbers, page-break lines, sign-off (markers: :mod:`.markers`)."""

from __future__ import annotations

import re

from cablelint.diagnostics import Span
from cablelint.fields.banner import parse_banner
from cablelint.fields.portion import parse_portion_mark
from cablelint.model import PageBreak, Paragraph, SignOff
from cablelint.source import SourceText

_NUMBER = re.compile(r"[ \t]*(?P<pilcrow>\u00b6\s?)?(?P<digits>\d{1,3})\s?\.{1,2}")
_PAGE_BREAK = re.compile(
    r"(?P<origin>[A-Z][A-Z .'\-]*?) (?P<serial>\d{8}) {1,2}"
    r"(?P<page>\d{3})(?:\.\d)? OF (?P<total>\d{3})")
_PAGE_HEADER = re.compile(r"PAGE (?P<page>\d{2,3}) \S+ (?P<banner>.+)")
_GLUED_SIGNOFF = re.compile(
    r"(?<=[.!?)\"\u201d])\s+(?!(?:END|COMMENT|NOTE|SUMMARY|SIPDIS|NOFORN)\b)"
    r"(?P<name>[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]+)?)$")


def parse_paragraph(source: SourceText, text: str, offset: int, span: Span,
                    line: int | None = None, column: int = 0) -> Paragraph:
    """A PARA token (number, pilcrow, portion mark); ``span`` covers the whole paragraph.

    ``line`` and ``column`` (1-based), when given, say where ``text`` starts:
    spans that do not cross a line break are then made without a search in
    the line table.
    """
    number = _NUMBER.match(text)
    assert number is not None, "the lexer only emits PARA for numbered lines"
    pilcrow, digits = number.group("pilcrow", "digits")
    number_end = number.end()
    mark = parse_portion_mark(source, text, offset, number_end, line, column)
    number_start = number.start("pilcrow") if pilcrow else number.start("digits")
    if line is not None and "\n" not in text[:number_end] and "\r" not in text[:number_end]:
        number_span = _new(Span, (line, column + number_start, line, column + number_end,
                                  offset + number_start, offset + number_end))
    else:
        number_span = source.span(offset + number_start, offset + number_end)
    return _new(Paragraph, (span, digits, int(digits), number_span, bool(pilcrow), mark))


#: A named tuple made without the Python-level ``__new__`` (what ``_make`` does).
_new = tuple.__new__


def parse_page_break(source: SourceText, text: str, offset: int) -> PageBreak:
    found = _PAGE_BREAK.fullmatch(text)
    span = source.span(offset, offset + len(text))
    if found is None:
        # older page header: "PAGE 02 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440"
        header = _PAGE_HEADER.fullmatch(text)
        banner = parse_banner(source, header.group("banner"), offset + header.start("banner")) \
            if header else None
        if header is None or banner is None:
            return PageBreak(span, text, None, None, None, None)
        return PageBreak(span, text, banner.originator, banner.serial,
                         int(header.group("page")), None)
    return PageBreak(span, text, found.group("origin"), found.group("serial"),
                     int(found.group("page")), int(found.group("total")))


def glued_signoff(source: SourceText, text: str, offset: int) -> SignOff | None:
    """A sign-off written at the end of the last paragraph: ``... to the Taliban. BODDE``."""
    last_line_start = text.rfind("\n") + 1
    found = _GLUED_SIGNOFF.search(text, last_line_start)
    if found is None:
        return None
    return SignOff(source.span(offset + found.start("name"), offset + found.end("name")),
                   found.group("name"), glued=True)
