"""Parser tests: caption words written on one line with commas between
("SENSITIVE, SIPDIS") are one caption line naming each control."""

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
