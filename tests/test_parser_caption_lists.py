"""Parser tests: caption words written on one line with commas or blanks between
("SENSITIVE, SIPDIS", "SENSITIVE SIPDIS") are one caption line naming each control."""

from __future__ import annotations

import pytest
from cable_snippets import assert_span, cable

from cablelint.parser import parse_text


def _with_caption(line: str) -> str:
    text = cable("E.O. 12958: N/A", "TAGS: PREL ZI", "SUBJECT: CORONATION",
                 banner="UNCLAS ZENDA 000123", prologue=())
    return text.replace("UNCLAS ZENDA 000123\n\n", f"UNCLAS ZENDA 000123\n\n{line}\n\n", 1)


@pytest.mark.parametrize(("line", "kind", "controls"), [
    ("SENSITIVE, SIPDIS", "sensitive", ["SENSITIVE"]),
    ("SIPDIS, SENSITIVE", "sensitive", ["SENSITIVE"]),
    ("NOFORN, SIPDIS", "handling", ["NOFORN"]),
    ("SIPDIS,NOFORN", "handling", ["NOFORN"]),
    # blanks between (06ABUJA677, fresh-9 audit A142: "SENSITIVE SIPDIS")
    ("SENSITIVE SIPDIS", "sensitive", ["SENSITIVE"]),
    ("SIPDIS  SENSITIVE", "sensitive", ["SENSITIVE"]),
    ("NOFORN SIPDIS", "handling", ["NOFORN"]),
    ("SIPDIS NOFORN", "handling", ["NOFORN"]),
    ("NOFORN SENSITIVE SIPDIS", "sensitive", ["NOFORN", "SENSITIVE"]),
])
def test_comma_list_of_caption_words_is_one_caption(line, kind, controls) -> None:
    text = _with_caption(line)
    [caption] = parse_text(text).captions
    assert (caption.text, caption.kind) == (line, kind)
    assert [control.word for control in caption.controls] == controls
    assert_span(text, caption.span, line)
    word = controls[0]
    assert_span(text, caption.controls[0].span, word)


def test_a_comma_list_with_other_words_is_not_a_caption_list() -> None:
    doc = parse_text(_with_caption("SENSITIVE, SEE PARA 4"))
    assert all(caption.kind != "sensitive" for caption in doc.captions)


def test_a_doubled_sipdis_is_a_sipdis_caption() -> None:
    """09DJIBOUTI113: 'SIPDIS SIPDIS' is the SIPDIS caption written twice."""
    text = _with_caption("SIPDIS SIPDIS")
    [caption] = parse_text(text).captions
    assert (caption.kind, caption.controls) == ("sipdis", ())
    assert_span(text, caption.span, "SIPDIS SIPDIS")


@pytest.mark.parametrize("line", ["SENSITIVE MATTERS AHEAD", "SIPDIS ZENDA"])
def test_caption_words_and_other_words_are_no_caption_list(line) -> None:
    doc = parse_text(_with_caption(line))
    assert all(caption.text != line for caption in doc.captions)
    assert any(text.text == line for text in doc.header_text)
