"""Reading cable files into text with an exact position table.

Why a module of its own: every span cablelint reports must point into the file
*as written* (BOM, CRLF or CR line endings, undecodable bytes included), while
the parser wants clean ``str`` lines.  :class:`SourceText` keeps both views and
converts between character offsets and 1-based line/column pairs.
"""

from __future__ import annotations

import bisect
import codecs
import re
from itertools import accumulate, repeat
from operator import add
from pathlib import Path
from typing import Any, NamedTuple

from cablelint.diagnostics import Diagnostic, Span, new_tuple

#: Bytes that never occur in a text cable; finding one marks the file as binary.
_BINARY_MARKERS = (b"\x00",)
#: Share of C0 control bytes (other than tab/CR/LF/FF) above which a file is binary.
_CONTROL_SHARE_LIMIT = 0.10
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Byte-order marks of UTF-16 (little and big endian; UTF-32 LE starts like UTF-16 LE).
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


_bisect_right = bisect.bisect_right


class BinaryFileError(ValueError):
    """The input looks like binary data, not cable text."""


class Line(NamedTuple):
    """One physical line without its line ending.

    ``start`` is the character offset of the first character in the decoded
    text; ``ending`` is the line break as written ("\\n", "\\r\\n", "\\r" or "").
    """

    number: int
    start: int
    text: str
    ending: str

    @property
    def end(self) -> int:
        """Offset just past the last character (before the line ending)."""
        return self.start + len(self.text)


class SourceText(NamedTuple):
    """Decoded text of one file plus the facts needed to write it back.

    ``texts[i]`` is line ``i + 1`` without its ending and ``starts[i]`` its
    offset.  Plain lists, not objects, because a corpus run splits millions
    of lines; :meth:`line` builds a :class:`Line` when one is wanted.
    """

    text: str
    path: str = "<string>"
    encoding: str = "utf-8"
    bom: bool = False
    texts: list[str] = []  # noqa: RUF012 - always passed by from_text
    starts: list[int] = []  # noqa: RUF012
    diagnostics: tuple[Diagnostic, ...] = ()
    memo: dict[str, Any] = {}  # noqa: RUF012 - per-instance, made by from_text
    #: the text as written when ``text`` is the LF view (:meth:`analysed`), else None
    written: str | None = None

    @classmethod
    def from_text(cls, text: str, path: str = "<string>", *, encoding: str = "utf-8",
                  bom: bool = False, diagnostics: tuple[Diagnostic, ...] = ()) -> SourceText:
        """Split ``text`` into lines at LF, CRLF or CR (and nothing else).

        A leading U+FEFF is a byte-order mark, not text: it is dropped (and
        remembered in ``bom``), as when reading bytes.
        """
        if text.startswith("\ufeff"):
            text, bom = text[1:], True
        # the common case (LF only) splits without a regular expression; whether
        # there is a CR is asked once (each ``in`` is a pass over the whole text)
        has_cr = "\r" in text
        texts = _LINE_BREAK.split(text) if has_cr else text.split("\n")
        if len(texts) > 1 and texts[-1] == "":
            texts.pop()  # a final line break ends the last line; it does not start one
        if has_cr:
            starts = [match.end() for match in _LINE_BREAK.finditer(text)]
            starts.insert(0, 0)
            del starts[len(texts):]
        else:  # LF only: each line starts one past the end of the previous one
            # (all in C: no Python-level step per line; adding the 1 to each length
            # before summing makes one new int per line where adding a range made three)
            starts = [0, *accumulate(map(add, map(len, texts), repeat(1, len(texts) - 1)))]
        return cls(text=text, path=path, encoding=encoding, bom=bom, texts=texts,
                   starts=starts, diagnostics=diagnostics, memo={})

    def lowered(self) -> bytes:
        """The text with ASCII letters lower-cased, one byte per character, made once.

        For finding ASCII keywords ("summary", "http") regardless of case: byte
        ``i`` is character ``i`` (characters outside Latin-1 become ``?``), and
        this is four times cheaper than ``str.lower()`` on text with a pilcrow.
        """
        lowered = self.memo.get("lowered")
        if lowered is None:
            lowered = self.plain().encode("latin-1", "replace").lower()
            self.memo["lowered"] = lowered
        return lowered

    def plain(self) -> str:
        """The text with every line break written as one LF at the same offsets, made once.

        For searching across lines whatever the file's line endings: a CR line
        ending becomes "\\n" and a CRLF one " \\n" (the CR read as a trailing blank,
        which every pattern allows at a line end), so offsets, spans and the
        lines are those of ``text`` and a pattern needs to know only "\\n".  Slice
        replacement text from ``text``, never from this view.  An LF-only text
        is its own view (no copy).
        """
        plain = self.memo.get("plain")
        if plain is None:
            text = self.text
            plain = text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text
            self.memo["plain"] = plain
        return plain

    def analysed(self) -> SourceText:
        """This source as the parser and the rules read it: ``text`` is :meth:`plain`.

        Why: every pattern of the lexer, the fields and the rules was written for
        LF, and the same cable must give the same findings (positions, messages)
        whether its lines end in LF, CRLF or CR.  Offsets, lines and spans are
        unchanged, so findings and fix edits apply to the text as written; the
        fixer turns the "\\n" of a replacement into the file's own line break.
        Made once per source; an LF-only source is its own view.
        """
        plain = self.plain()
        if plain is self.text:
            return self  # (not kept in the memo: the source would hold itself)
        view = self.memo.get("analysed")
        if view is None:
            view = self._replace(text=plain, memo={"plain": plain}, written=self.text)
            self.memo["analysed"] = view
        return view

    @classmethod
    def from_bytes(cls, data: bytes, path: str = "<bytes>") -> SourceText:
        """Decode ``data``: UTF-8 (BOM optional), else Windows-1252 with a diagnostic.

        Raises :class:`BinaryFileError` for data that is clearly not text.
        """
        if data.startswith(_UTF16_BOMS):  # its ASCII letters alternate with NUL bytes
            raise BinaryFileError(f"{path}: UTF-16 is not supported; re-save as UTF-8")
        if is_binary(data):
            raise BinaryFileError(f"{path}: binary file (contains NUL or control bytes); skipped")
        bom = data.startswith(codecs.BOM_UTF8)
        body = data[len(codecs.BOM_UTF8):] if bom else data
        try:
            return cls.from_text(body.decode("utf-8"), path, encoding="utf-8", bom=bom)
        except UnicodeDecodeError as error:
            text = _decode_fallback(body)
            source = cls.from_text(text, path, encoding=_fallback_name(body), bom=bom)
            # the fallback codecs read one character per byte: the bad byte's offset
            # in ``text`` is its offset in the body (decoding the valid UTF-8 before
            # it, as once done, counted a multi-byte character as one and misplaced it)
            bad_offset = error.start
            span = source.span(bad_offset, min(bad_offset + 1, len(text)))
            note = Diagnostic(
                code="CL002",
                message=(f"file is not valid UTF-8 (byte 0x{body[error.start]:02X} at byte "
                         f"{error.start + (3 if bom else 0)}); read it as {source.encoding}: "
                         "re-save the file as UTF-8"),
                span=span,
                severity="warning",
            )
            return cls.from_text(text, path, encoding=source.encoding, bom=bom,
                                 diagnostics=(note,))

    @classmethod
    def from_path(cls, path: str | Path) -> SourceText:
        """Read a file from disk (see :meth:`from_bytes`)."""
        return cls.from_bytes(Path(path).read_bytes(), str(path))

    # -- positions -----------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self.texts)

    def line(self, number: int) -> Line:
        """Line ``number`` (1-based) with its ending as written."""
        start = self.starts[number - 1]
        end = start + len(self.texts[number - 1])
        text = self.text if self.written is None else self.written
        width = 2 if text.startswith("\r\n", end) else 1
        ending = text[end:end + width]
        return Line(number, start, self.texts[number - 1], ending)

    @property
    def lines(self) -> list[Line]:
        """All lines as :class:`Line` objects (slow path, for tools and tests)."""
        return [self.line(number) for number in range(1, len(self.texts) + 1)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            index = 0
        return index + 1, offset - self.starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        """The :class:`Span` covering ``text[start:end]``."""
        starts = self.starts
        line = _bisect_right(starts, start) or 1  # 1-based (an offset before 0 is on line 1)
        line_start = starts[line - 1]
        # most spans lie within one line: skip the second search when they do
        if line < len(starts) and end >= starts[line]:
            end_line = _bisect_right(starts, end, line)
            return new_tuple(Span, (line, start - line_start + 1, end_line,
                                    end - starts[end_line - 1] + 1, start, end))
        return new_tuple(Span, (line, start - line_start + 1, line,
                                end - line_start + 1, start, end))

    def line_span(self, number: int, first: int = 0, last: int | None = None) -> Span:
        """Span of characters ``first:last`` of line ``number`` (whole line by default)."""
        start = self.starts[number - 1]
        stop = len(self.texts[number - 1]) if last is None else last
        return self.span(start + first, start + stop)


def is_binary(data: bytes) -> bool:
    """Heuristic used by git and file(1): NUL bytes or many control bytes."""
    sample = data[:8192]
    for marker in _BINARY_MARKERS:
        if marker in sample:
            return True
    if not sample:
        return False
    # Text cables hold no control byte at all: 28 ``memchr`` calls tell that for a
    # quarter of the instructions ``translate`` spends on looking at every byte
    # (``in`` with an int: with a one-byte ``bytes`` it first fails as a number).
    if not any(map(sample.__contains__, _CONTROL_BYTES)):
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _CONTROL_SHARE_LIMIT


def _fallback_name(body: bytes) -> str:
    try:
        body.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _decode_fallback(body: bytes) -> str:
    """Decode as cp1252 (common for extracted web text) or latin-1, which never fails."""
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:
        return body.decode("latin-1")
