"""Character offsets <-> LSP positions, counted in the negotiated code units.

Why its own module: cablelint counts columns in code points, LSP counts them
in UTF-16 code units by default (UTF-8 or UTF-32 when both sides agree).
Cables are full of ``¶`` and curly quotes (one unit either way) and now and
then a character outside the Basic Multilingual Plane (two UTF-16 units);
getting this wrong puts every finding after such a character one column off.

Lines are split at ``\\n``, ``\\r\\n`` and ``\\r`` only, as LSP specifies (and
as :class:`cablelint.source.SourceText` does) -- not at form feeds or U+2028
as ``str.splitlines`` would.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from lsprotocol import types

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units of ``encoding`` the string ``text`` takes."""
    if text.isascii() or encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _char_units(char: str, encoding: str) -> int:
    code = ord(char)
    if encoding == UTF16:
        return 2 if code > 0xFFFF else 1
    if encoding == UTF8:
        return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4
    return 1


class LineIndex:
    """Where each line of a text starts, for converting offsets and positions.

    ``starts`` has one entry per LSP line, including the empty line after a
    final line break (a position there is valid and means "end of text").
    """

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        if "\r" in text:
            self.starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]
        else:  # LF only: computed in C, no Python step per line
            lengths = (len(line) + 1 for line in text.split("\n")[:-1])
            self.starts = [0, *accumulate(lengths)]

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_end(self, line: int) -> int:
        """Offset just past the last character of ``line`` (before its line break)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1] - 1
            if end > self.starts[line] and self.text[end] == "\n" and \
                    self.text[end - 1] == "\r":
                end -= 1
            return end
        return len(self.text)

    def position(self, offset: int) -> types.Position:
        """The LSP position of character ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        stop = min(offset, self.line_end(line))  # an offset inside "\r\n": the line's end
        return types.Position(line=line, character=units(self.text[start:stop], self.encoding))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP ``position``.

        A line past the end means the end of the text; a character past the
        end of its line means the line's end (as LSP specifies); a position in
        the middle of a character (half a surrogate pair) means its start.
        """
        line, character = position.line, position.character
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.line_end(line)
        if character <= 0:
            return start
        segment = self.text[start:end]
        if segment.isascii() or self.encoding == UTF32:
            return start + min(character, len(segment))
        counted = 0
        for index, char in enumerate(segment):
            counted += _char_units(char, self.encoding)
            if counted > character:
                return start + index
        return end
