"""``--show-source``: the flagged line under a line-number gutter, with a caret span.

Why a display-column map: spans count code points, but a terminal shows a
tab as several cells, an East Asian wide character as two and a combining
mark as none.  Tabs are expanded to a fixed stop and control characters are
shown as their Unicode "control picture", and the carets are placed with the
same map, so they stay under the characters they mean.  Lines longer than
:data:`WIDTH` cells (extracted cables often hold a whole paragraph on one line)
are cut to a window around the span, with ``…`` where text was left out.
"""

from __future__ import annotations

import unicodedata

from cablelint.diagnostics import Diagnostic
from cablelint.reports.style import Style
from cablelint.source import SourceText

TAB_STOP = 4
#: Cells of a source line shown before it is cut to a window around the span.
WIDTH = 100
#: Cells kept before the span when the window does not start at the line's beginning.
LEAD = 20


_WIDTHS: dict[str, tuple[str, int]] = {}


def _cell(character: str, column: int) -> tuple[str, int]:
    """How ``character`` is drawn at display ``column`` (0-based): its text and width."""
    if character == "\t":
        width = TAB_STOP - column % TAB_STOP
        return " " * width, width
    cell = _WIDTHS.get(character)
    if cell is None:
        cell = _WIDTHS[character] = _measure(character)
    return cell


def _measure(character: str) -> tuple[str, int]:
    code = ord(character)
    if code < 0x20:
        return chr(0x2400 + code), 1  # control picture: ␌ for a form feed
    if code == 0x7F:
        return "\u2421", 1
    if unicodedata.combining(character):
        return character, 0
    if unicodedata.east_asian_width(character) in ("W", "F"):
        return character, 2
    return character, 1


def display_line(text: str) -> tuple[str, list[int]]:
    """The line as drawn, and the display column of each character (plus one past the end)."""
    if text.isascii() and text.isprintable():  # the common case: one cell per character
        return text, list(range(len(text) + 1))
    drawn: list[str] = []
    columns: list[int] = []
    column = 0
    for character in text:
        columns.append(column)
        cell, width = _cell(character, column)
        drawn.append(cell)
        column += width
    columns.append(column)
    return "".join(drawn), columns


def underline(columns: list[int], start: int, end: int | None) -> tuple[int, int]:
    """Display offset and caret count for characters ``start:end`` (0-based) of a line.

    ``columns`` is the line's column map from :func:`display_line`.  ``end``
    None means "to the end of the line" (a span that continues on later
    lines).  An empty span, or one past the end of the line, gets one caret.
    """
    length = len(columns) - 1
    start = min(max(start, 0), length)
    stop = length if end is None else min(max(end, start), length)
    offset = columns[start]
    return offset, max(columns[stop] - offset, 1)


def window(drawn: str, columns: list[int], offset: int, width: int) -> tuple[str, int]:
    """The part of a drawn line to show, and the caret offset within it."""
    if columns[-1] <= WIDTH:
        return drawn, offset
    left = 0 if offset + width <= WIDTH - LEAD else max(offset - LEAD, 0)
    right = max(left + WIDTH, offset + width)
    if drawn.isascii() and drawn.isprintable():
        kept = drawn[left:right]
    else:  # characters whose cells start inside [left, right)
        kept = "".join(cell for cell, column in display_cells(drawn) if left <= column < right)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < columns[-1] else ""
    return prefix + kept + suffix, offset - left + len(prefix)


def display_cells(drawn: str) -> list[tuple[str, int]]:
    """Each character of an already drawn line with its display column."""
    cells: list[tuple[str, int]] = []
    column = 0
    for character in drawn:
        cells.append((character, column))
        column += _cell(character, column)[1]
    return cells


def render(source: SourceText | None, diagnostic: Diagnostic, style: Style,
           indent: str = "") -> list[str]:
    """The snippet lines for ``diagnostic`` (none when its line is not in ``source``)."""
    span = diagnostic.span
    if source is None or not 1 <= span.line <= len(source.texts):
        return []
    text = source.texts[span.line - 1]
    drawn, columns = display_line(text)
    end = span.end_column - 1 if span.end_line == span.line else None
    offset, width = underline(columns, span.column - 1, end)
    shown, offset = window(drawn, columns, offset, width)
    number = str(span.line)
    blank = " " * len(number)
    bar = style.gutter("|")
    carets = style.severity(diagnostic.severity, "^" * width + " " + diagnostic.code)
    lines = [
        f"{indent}{blank} {bar}",
        f"{indent}{style.gutter(number)} {bar} {shown}".rstrip(),
        f"{indent}{blank} {bar} {' ' * offset}{carets}",
        f"{indent}{blank} {bar}",
    ]
    if diagnostic.fix is not None:
        lines.append(f"{indent}{blank} {style.gutter('=')} help: {diagnostic.fix.message}")
    return lines
