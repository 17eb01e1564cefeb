"""Small hand-written cables for the block tests (no corpus text: names and serials invented).

``cable()`` assembles a snippet from a banner, header items, body lines and a
sign-off; ``where()`` finds a piece of text so a test can compare the parser's
spans with an independent search; ``parse_ok()`` parses and checks that a
well-formed snippet produces no diagnostics.
"""

from __future__ import annotations

from cablelint.diagnostics import Span
from cablelint.model import Document
from cablelint.parser import parse_text

BANNER = "C O N F I D E N T I A L ZENDA 000123"
BODY = (
    "1. (C) The king's coronation went ahead as planned in the",
    "cathedral of the capital.",
    "",
    "2. (C) Embassy will continue to follow events.",
)
SIGNOFF = "RASSENDYLL"


def cable(*header: str, banner: str | None = BANNER, prologue: tuple[str, ...] = (),
          body: tuple[str, ...] = BODY, signoff: str | None = SIGNOFF,
          trailer: tuple[str, ...] = ()) -> str:
    """A snippet cable: prologue lines, banner, header items (blank line after each), body.

    A header item may span several lines (use "\\n" inside it).
    """
    lines: list[str] = list(prologue)
    if banner is not None:
        lines += [banner, ""]
    for item in header:
        lines += [item, ""]
    lines += list(body)
    if signoff is not None:
        lines += ["", signoff]
    lines += list(trailer)
    return "\n".join(lines) + "\n"


def where(text: str, needle: str, occurrence: int = 1) -> tuple[int, int, int]:
    """(line, column, end_column) of the ``occurrence``-th ``needle`` in ``text`` (1-based)."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    assert "\n" not in needle, "where() locates one-line needles"
    return line, column, column + len(needle)


def covered(text: str, span: Span) -> str:
    """The text a span covers."""
    return text[span.start:span.end]


def assert_span(text: str, span: Span, needle: str, occurrence: int = 1) -> None:
    """``span`` covers exactly ``needle`` (one line) where an independent search finds it."""
    line, column, end_column = where(text, needle, occurrence)
    assert (span.line, span.column, span.end_line, span.end_column) == (
        line, column, line, end_column), f"span {span} is not {needle!r} at {line}:{column}"
    assert covered(text, span) == needle


def parse_ok(text: str) -> Document:
    """Parse a well-formed snippet: it must come out without diagnostics."""
    document = parse_text(text)
    assert document.diagnostics == (), document.diagnostics
    return document


NUMBERED_HEADER = ("C O N F I D E N T I A L SECTION 01 OF 02 ZENDA 000123\n\nSIPDIS\n\n"
                   "E.O. 12958: DECL: 04/01/2019\nTAGS: PREL ZD\nSUBJECT: CORONATION\n\n"
                   "Classified By: Ambassador R. Rassendyll, reasons 1.4 (b) and (d)\n\n")
FIRST_BODY_LINE = NUMBERED_HEADER.count("\n") + 1


def numbered_cable(*numbers: str, marks: bool = True, pilcrow: bool = True,
                   between: str = "\n", preamble: bool = False) -> str:
    """A cable whose paragraphs are numbered as given (strings, as written)."""
    lines = []
    sign = "\u00b6" if pilcrow else ""
    for number in numbers:
        mark = " (C)" if marks else ""
        lines.append(f"{sign}{number}.{mark} The king spoke of the harbour.{between}")
    start = ("This record is a partial extract of the original cable. The full text of the "
             "original cable is not available.\n\n") if preamble else ""
    return start + NUMBERED_HEADER + "\n".join(lines) + "\nRASSENDYLL\n"


def line_of(index: int) -> int:
    """Line of the index-th paragraph in ``numbered_cable()`` (a blank line between them)."""
    return FIRST_BODY_LINE + 2 * index
