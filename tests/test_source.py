"""Reading files: encodings, BOM, line endings, binary and empty input."""

from __future__ import annotations

import pytest

from cablelint.parser import parse_source
from cablelint.source import BinaryFileError, SourceText, is_binary

CABLE = (
    "C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000123\n"
    "\n"
    "SIPDIS\n"
    "\n"
    "E.O. 12958: DECL: 04/01/2019\n"
    "TAGS: PREL MT\n"
    "SUBJECT: HARBOUR TALKS\n"
    "\n"
    "Classified By: Ambassador A. Person, reasons 1.4 (b) and (d)\n"
    "\n"
    "\u00b61. (C) The minister said the caf\u00e9 talks went well.\n"
    "\n"
    "PERSON\n"
)


def _positions(document):
    return [(p.span.line, p.span.column, p.span.end_line, p.span.end_column)
            for p in document.paragraphs] + [
        (document.banner.span.line, document.banner.span.end_column),
        (document.signoff.span.line, document.signoff.span.column)]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("bom", [False, True])
def test_line_endings_and_bom_keep_positions(ending: str, bom: bool) -> None:
    data = CABLE.replace("\n", ending).encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    source = SourceText.from_bytes(data, "x.txt")
    document = parse_source(source)
    reference = parse_source(SourceText.from_bytes(CABLE.encode("utf-8"), "x.txt"))
    assert _positions(document) == _positions(reference)
    assert source.bom is bom
    assert document.diagnostics == ()
    # offsets point into the decoded text as written
    paragraph = document.paragraphs[0]
    assert source.text[paragraph.number_span.start:paragraph.number_span.end] == "\u00b61."
    assert source.line(1).ending == ending
    assert source.line(source.line_count).ending == ending


def test_undecodable_bytes_fall_back_and_report() -> None:
    data = CABLE.encode("cp1252")  # a whole file saved as Windows-1252: \xb6 pilcrow, \xe9
    source = SourceText.from_bytes(data, "latin.txt")
    assert source.encoding == "cp1252"
    assert "caf\u00e9" in source.text
    document = parse_source(source)
    [diagnostic] = document.diagnostics
    assert diagnostic.code == "CL002" and diagnostic.severity == "warning"
    # the first bad byte is the pilcrow opening line 11
    assert (diagnostic.span.line, diagnostic.span.column) == (11, 1)
    assert "not valid UTF-8" in diagnostic.message and "UTF-8" in diagnostic.message
    assert document.banner is not None and len(document.paragraphs) == 1


def test_bytes_undefined_in_cp1252_use_latin1() -> None:
    source = SourceText.from_bytes(b"TAGS: PREL\x81\n", "odd.txt")
    assert source.encoding == "latin-1"
    assert source.diagnostics[0].code == "CL002"


@pytest.mark.parametrize("data", [b"", b"\n", b"\n\n\n", b"   \n\t\n", b"\xef\xbb\xbf"])
def test_empty_and_blank_files_parse_to_an_empty_document(data: bytes) -> None:
    document = parse_source(SourceText.from_bytes(data, "empty.txt"))
    assert document.banner is None and document.paragraphs == ()
    assert document.diagnostics == ()


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary", b"PK\x03\x04" + bytes(range(256)),
                                  b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_files_are_refused_with_a_clear_message(data: bytes) -> None:
    assert is_binary(data)
    with pytest.raises(BinaryFileError, match=r"blob\.bin: binary file"):
        SourceText.from_bytes(data, "blob.bin")


def test_text_with_a_few_control_characters_is_not_binary() -> None:
    assert not is_binary(CABLE.encode() + b"\x0c\x1b")


def test_lines_and_offsets() -> None:
    source = SourceText.from_text("ab\r\ncd\ref\n\ngh")
    assert source.texts == ["ab", "cd", "ef", "", "gh"]
    assert [line.ending for line in source.lines] == ["\r\n", "\r", "\n", "\n", ""]
    assert source.line_col(0) == (1, 1)
    assert source.line_col(4) == (2, 1)
    assert source.line_col(len(source.text)) == (5, 3)
    span = source.span(1, 5)
    assert (span.line, span.column, span.end_line, span.end_column) == (1, 2, 2, 2)


def test_huge_file_parses(tmp_path) -> None:
    body = "".join(f"\u00b6{i}. (C) Paragraph {i} text.\n\n" for i in range(1, 999))
    text = CABLE.replace("\u00b61. (C) The minister said the caf\u00e9 talks went well.\n", body)
    text = text * 20  # ~1.3 MB, 20 banners: the first is the banner, the rest is body
    document = parse_source(SourceText.from_text(text, "huge.txt"))
    assert len(document.paragraphs) >= 998
    assert document.banner.span.line == 1


def test_bom_in_decoded_text_is_dropped() -> None:
    """parse_text() on text that still carries U+FEFF behaves like reading the bytes."""
    from cablelint.parser import parse_text

    with_bom = parse_text("\ufeff" + CABLE)
    plain = parse_text(CABLE)
    assert _positions(with_bom) == _positions(plain)
    assert SourceText.from_text("\ufeffabc").bom
    assert parse_text("\ufeff1. (C) Text.").paragraphs[0].number_text == "1"
