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


def test_number_without_its_full_stop_before_a_portion_mark() -> None:
    """08ASMARA546 (fresh-6 audit; 09PARIS1349, 09BRUSSELS1399, 07DUBAI355 in the dev
    corpora): '2 (S/NF) ...' opening its line is paragraph 2 with its full stop
    lost, not a missing paragraph (CL201), and CL206 restores the full stop."""
    from cable_snippets import numbered_cable
    from rule_helpers import apply_fixes, findings

    text = numbered_cable("1", "2", "3").replace("\u00b62. (C)", "2 (C)")
    assert findings(text, "CL201") == []
    [found] = [d for d in findings(text, "CL206") if "malformed" in d.message]
    assert found.message == "'2' is paragraph number 2 written malformed; write '2.'"
    assert "2. (C) The king" in apply_fixes(text, [found])
    # a figure in a sentence is no number: "... some 2 (C) ..." mid-line
    prose = numbered_cable("1", "3").replace("spoke of the harbour.",
                                             "spoke of the harbour.\nit has 2 (C) berths.", 1)
    assert findings(prose, "CL201")


def test_split_number_model_and_spans() -> None:
    """find_split_number: '... ------ 1' / '¶0. (C)' is ¶10, its span from the
    digit left above to the number's end, ``digits`` the digit left above."""
    from cable_snippets import numbered_cable

    from cablelint.fields.body import find_split_number
    from cablelint.parser import parse_source

    numbers = [str(n) for n in range(1, 12)]
    text = numbered_cable(*numbers).replace("\u00b610. (C)",
                                            "ZENDA/HAITI ------ 1\n\n\u00b60. (C)")
    source = SourceText.from_text(text, "<test>")
    [paragraph] = [p for p in parse_source(source).paragraphs if p.number == 0]
    stray = find_split_number(source, paragraph, 10)
    assert stray is not None and stray.form == "split" and stray.number == 10
    line = text.count("\n", 0, text.index("ZENDA/HAITI")) + 1
    assert (stray.digits.line, stray.digits.column, stray.digits.end_column) == (line, 20, 21)
    assert text[stray.digits.start:stray.digits.end] == "1"
    assert text[stray.span.start:stray.span.end] == "1\n\n\u00b60."
    assert find_split_number(source, paragraph, 11) is None  # 1 + 0 makes 10 only
