"""Parser tests for page-break marks glued inside a line of text (issue #12:
08BRASILIA43, 09TUNIS492 knew only their marks on a line of their own).  Every
snippet is invented (Strelsau and Tarlenheimstadt are fictional posts)."""

from __future__ import annotations

from cablelint.parser import parse_text


def _cable(place: str, serial: str, body: str) -> str:
    banner = f"C O N F I D E N T I A L SECTION 01 OF 03 {place} {serial}"
    return (f"{banner}\n\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n"
            "SUBJECT: THE COALITION WOBBLES\n\n" + body + "\n\nSAPT\n")


def _glued(text: str) -> list[tuple[str, str | None, int, int]]:
    return [(text[b.span.start:b.span.end], b.glued, b.page, b.total)
            for b in parse_text(text).page_breaks]


def test_marks_inside_lines_of_text_are_found_with_their_spans() -> None:
    body = ("1. (C) On 12 May the regent, (in private), met the STRELSAU 00000733 002 OF 003 "
            "king and two of his 14 ministers.\n\n"
            "2. (C) He asked for 3.5 million; we said no. STRELSAU 00000733 003 OF 003")
    text = _cable("STRELSAU", "000733", body)
    assert _glued(text) == [("STRELSAU 00000733 002 OF 003", "after", 2, 3),
                            ("STRELSAU 00000733 003 OF 003", "after", 3, 3)]
    first = parse_text(text).page_breaks[0]
    assert first.originator == "STRELSAU" and first.serial == "00000733"
    assert first.span.line == 7 and first.span.column == text.splitlines()[6].index("STRELSAU") + 1


def test_a_place_cut_to_ten_characters_is_the_originator() -> None:
    body = "1. (C) The regent met the TARLENHEIM 00000042 002 OF 003 king on 2 May."
    text = _cable("TARLENHEIMSTADT", "000042", body)
    assert _glued(text) == [("TARLENHEIM 00000042 002 OF 003", "after", 2, 3)]


def test_no_mark_without_the_originator_or_the_serial() -> None:
    # another post's serial, or the banner's serial after a word that is no place
    body = ("1. (C) The regent met the ZENDA 00000733 002 OF 003 king.\n\n"
            "2. (C) Order 00000733 002 OF 003 was signed.")
    assert _glued(_cable("STRELSAU", "000733", body)) == []
