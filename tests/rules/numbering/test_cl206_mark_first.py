"""CL206 paragraph-number-format: a portion mark written before the number (``(C) 1.``).

The mark counts as the paragraph's: numbering and portion rules judge such a
paragraph like any other, and CL206 alone reports the order, once per paragraph.
"""

from __future__ import annotations

from cable_snippets import cable, where
from rule_helpers import apply_fixes, findings
from rule_helpers import where as found_at


def _cable(*body: str, banner: str = "C O N F I D E N T I A L ZENDA 000123") -> str:
    return cable("SUBJECT: ZENDA: THE CORONATION", banner=banner, body=body)


def test_mark_first_is_reported_once_and_fixed_by_swapping() -> None:
    text = _cable("(C) 1. The king was crowned today.", "",
                  "(S/NF)  2. The regent left the city.", "",
                  "3. (C) Rassendyll stayed.")
    first, second = findings(text, "CL206")
    line, column, end = where(text, "(C) 1.")
    assert found_at(first) == (line, column, line, end)
    assert first.message == "portion mark '(C)' is written before the number '1.'; write '1. (C)'"
    line, column, end = where(text, "(S/NF)  2.")
    assert found_at(second) == (line, column, line, end)
    fixed = apply_fixes(text, [first, second])
    assert "1. (C) The king" in fixed and "2.  (S/NF) The regent" in fixed
    assert sorted(fixed) == sorted(text)  # the fix moves characters, losing none
    assert findings(fixed, "CL206") == []


def test_mark_first_paragraph_is_numbered_and_marked() -> None:
    text = _cable("(C) 1. The king was crowned today.", "",
                  "(C) 3. The regent left the city.")
    [gap] = findings(text, "CL201")
    assert found_at(gap)[0] == where(text, "(C) 3.")[0]
    assert findings(text, "CL301") == []  # the mark before the number is its mark


def test_mark_first_mark_above_the_banner_is_judged() -> None:
    text = _cable("(S) 1. The king was crowned today.")
    [above] = findings(text, "CL401")
    line, column, end = where(text, "(S)")
    assert found_at(above) == (line, column, line, end)


def test_no_finding_for_lettered_item_or_parenthesised_number() -> None:
    text = _cable("1. (C) The king listed his terms:", "", "(A) 1. The harbour stays open.",
                  "", "(1) 2. The regent leaves.")
    assert [d.message for d in findings(text, "CL206")] == []
