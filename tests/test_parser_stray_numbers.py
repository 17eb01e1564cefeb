"""find_stray_number: paragraph numbers written out of their place (model and spans)."""

from __future__ import annotations

import pytest
from cable_snippets import assert_span

from cablelint.fields.body import find_stray_number
from cablelint.source import SourceText


def _find(text: str, number: int):
    return find_stray_number(SourceText.from_text(text, "<test>"), 0, len(text), number)


@pytest.mark.parametrize(("text", "number", "written", "form"), [
    ("The king spoke. 12. (C) The Regent replied.", 12, "12.", "glued"),
    ("The king spoke. \u00b64. (C) The Regent replied.", 4, "\u00b64.", "glued"),
    ("XXXXXXXXXXXX10. (C) The Regent replied.", 10, "10.", "glued"),
    ("ZENDA 00000123 002 OF 002 5. (C) The Regent replied.", 5, "5.", "glued"),
    ("for reasons 1.4 (b) and (d) 1.(C) Summary.", 1, "1.", "glued"),
    ("The king spoke.\n7, (C) The Regent replied.", 7, "7,", "malformed"),
    ("The king spoke.\n(11. The Regent replied.", 11, "(11.", "malformed"),
    ("The king spoke.\n(13) (C) The Regent replied.", 13, "(13)", "malformed"),
    ("The king spoke.\n15.UK officials replied.", 15, "15.", "malformed"),
])
def test_stray_numbers_and_their_spans(text, number, written, form) -> None:
    stray = _find(text, number)
    assert stray is not None and stray.form == form and stray.number == number
    # the written number is the last of its kind in the text ("1.4 ... 1.(C)")
    assert_span(text, stray.span, written, text.count(written))
    assert_span(text, stray.digits, str(number), text.count(str(number)))


@pytest.mark.parametrize(("text", "number"), [
    ("The king spoke.\n15. UK officials replied.", 15),  # well formed: the lexer's
    ("The talks ended on January 13.", 13),  # a date ends the sentence
    ("as posed in paragraph 12. The Regent", 12),  # no sentence end before it
    ("The king read para 112. (C) Text", 12),  # part of a longer number
    ("The king spoke.\n7, 8 and 9 were read.", 7),  # a list of numbers
    ("The king spoke.\n        7, The Regent", 7),  # indented too far for a number
])
def test_numbers_that_are_not_stray_paragraph_numbers(text, number) -> None:
    assert _find(text, number) is None
