"""CL903 wrapped-number: hand-written cables."""

from __future__ import annotations

from cable_snippets import FIRST_BODY_LINE, NUMBERED_HEADER
from rule_helpers import apply_fixes, findings, where


def test_wrapped_number_after_a_month() -> None:
    text = NUMBERED_HEADER + ("\u00b61. (C) The palace held a reception on\nFebruary\n"
                     "\u00b628. Guests asked about the harbour.\n\n\u00b62. (C) More.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 2
    assert findings(text, "CL201") == [] and findings(text, "CL202") == []
    fixed = apply_fixes(text, [found])
    assert "February 28. Guests" in fixed
    assert findings(fixed, "CL903") == []


def test_out_of_sequence_number_after_a_full_stop_is_not_wrapped() -> None:
    text = NUMBERED_HEADER + ("\u00b61. (C) The palace held a reception.\n"
                     "\u00b628. Guests asked about the harbour.\n")
    assert findings(text, "CL903") == []
    assert len(findings(text, "CL201")) == 1


def test_wrapped_number_after_blank_lines_joins_the_last_line_of_text() -> None:
    # a page break inside the sentence left a blank line between the word and the number
    text = NUMBERED_HEADER + ("\u00b61. (C) Post asks about the request posed in paragraph\n"
                              "\n\u00b63. Guests asked about the harbour.\n\n"
                              "\u00b62. (C) More.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 2
    assert findings(text, "CL202") == [] and findings(text, "CL301") == []
    fixed = apply_fixes(text, [found])
    assert "posed in paragraph 3. Guests" in fixed


def test_the_last_word_above_is_read_before_trailing_punctuation_of_a_long_line() -> None:
    # the line above is a long word run, then the wrap word and its punctuation: the
    # last word is looked for from the end of the line, not from each letter
    above = "x" * 3000 + " paragraph --"
    text = NUMBERED_HEADER + (f"\u00b61. (C) Post asks about the request in\n{above}\n"
                              "\u00b63. Guests asked about the harbour.\n\n\u00b62. (C) More.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 2
