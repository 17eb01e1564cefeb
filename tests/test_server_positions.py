"""Offsets <-> LSP positions, incremental changes and fix-all edits, without a process."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from cablelint.server.actions import whole_text_edit
from cablelint.server.documents import OpenDocument
from cablelint.server.linting import Lint
from cablelint.server.positions import UTF8, UTF16, UTF32, LineIndex, units


def pos(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


def test_units_per_encoding() -> None:
    text = "a¶“😀"
    assert units(text, UTF16) == 5  # the emoji is a surrogate pair
    assert units(text, UTF8) == 1 + 2 + 3 + 4
    assert units(text, UTF32) == 4


def test_positions_count_utf16_units() -> None:
    text = "6. (C) x\n¶😀 17. (C) “quoted”\n"
    index = LineIndex(text)
    seventeen = text.index("17.")
    assert index.position(seventeen) == pos(1, 4)  # ¶ = 1, 😀 = 2, space = 1
    assert index.offset(pos(1, 4)) == seventeen
    assert index.position(len(text)) == pos(2, 0)  # the empty line after the last break
    assert index.line_count == 3


def test_other_encodings() -> None:
    text = "¶😀x"
    assert LineIndex(text, UTF8).position(2) == pos(0, 6)
    assert LineIndex(text, UTF32).position(2) == pos(0, 2)
    assert LineIndex(text, UTF8).offset(pos(0, 6)) == 2


def test_line_breaks_are_lf_crlf_and_cr_only() -> None:
    text = "a\r\nb\rc\nd\x0ce\u2028f"
    index = LineIndex(text)
    assert index.starts == [0, 3, 5, 7]
    assert index.position(text.index("e")) == pos(3, 2)  # a form feed is no line break
    assert index.line_end(0) == 1  # before "\r\n"
    assert index.position(2) == pos(0, 1)  # inside "\r\n": the end of the line


def test_positions_out_of_range_are_clamped() -> None:
    text = "ab\n¶😀\n"
    index = LineIndex(text)
    assert index.offset(pos(0, 99)) == 2  # past the line's end: its end
    assert index.offset(pos(99, 0)) == len(text)
    assert index.offset(pos(1, 2)) == 4  # inside the surrogate pair: the emoji's start
    assert index.position(-5) == pos(0, 0)
    assert index.position(10_000) == pos(2, 0)


@given(st.text(alphabet=st.sampled_from("ab¶“😀\r\n\x0c"), max_size=40))
def test_offset_position_round_trip(text: str) -> None:
    index = LineIndex(text)
    for offset in range(len(text) + 1):
        inside_crlf = 0 < offset < len(text) and text[offset - 1:offset + 1] == "\r\n"
        if not inside_crlf:
            assert index.offset(index.position(offset)) == offset


def test_incremental_changes_apply_in_order() -> None:
    document = OpenDocument("file:///x.txt", "¶😀 abc\nline two\n")
    document.apply([
        types.TextDocumentContentChangePartial(
            range=types.Range(start=pos(0, 4), end=pos(0, 7)), text="XYZ"),
        types.TextDocumentContentChangePartial(
            range=types.Range(start=pos(1, 0), end=pos(1, 4)), text="LINE"),
        types.TextDocumentContentChangePartial(
            range=types.Range(start=pos(2, 0), end=pos(2, 0)), text="three"),
    ], version=2)
    assert document.text == "¶😀 XYZ\nLINE two\nthree"
    assert document.version == 2
    document.apply([types.TextDocumentContentChangeWholeDocument(text="new")], version=3)
    assert document.text == "new" and document.index.line_count == 1


@pytest.mark.parametrize(("old", "new"), [
    ("abc", "abc"),
    ("1. a\n17. b\n18. c\n", "1. a\n7. b\n8. c\n"),
    ("x\r\ny\r\n", "x\ny\r\n"),
    ("x\r\ny", "x\r\n\r\ny"),
    ("", "UNCLASSIFIED\n"),
    ("¶😀a", "¶😀b"),
])
def test_fix_all_edit_changes_only_the_middle(old: str, new: str) -> None:
    index = LineIndex(old)
    edit = whole_text_edit(Lint("file:///x", 1, old, index), new)
    start, end = index.offset(edit.range.start), index.offset(edit.range.end)
    assert old[:start] + edit.new_text + old[end:] == new
    assert len(edit.new_text) <= len(new)
