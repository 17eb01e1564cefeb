"""CL902 spurious-pilcrow: hand-written cables."""

from __future__ import annotations

from cable_snippets import FIRST_BODY_LINE, NUMBERED_HEADER
from rule_helpers import apply_fixes, findings


def test_spurious_pilcrow_before_ref_letters_and_years() -> None:
    text = NUMBERED_HEADER.replace("Classified By", "REF: A. ZENDA 100\n\u00b6B. ZENDA 200\n\n"
                          "Classified By") + "\u00b61. (C) Text.\n\n\u00b62006. Text.\n"
    found = findings(text, "CL902")
    assert [(d.span.line, d.span.column, d.span.end_column) for d in found] == [
        (10, 1, 2), (FIRST_BODY_LINE + 5, 1, 2)]  # 3 REF lines shift the body
    fixed = apply_fixes(text, found)
    assert "\nB. ZENDA 200" in fixed and "\n2006. Text." in fixed
    assert "\u00b61. (C)" in fixed  # a real paragraph keeps its pilcrow
    assert findings(fixed, "CL902") == []


def test_spurious_pilcrow_before_a_letter_item_inside_a_paragraph() -> None:
    text = NUMBERED_HEADER + "1. (C) Two points:\n\u00b6A. (C) the crown;\n\u00b6b) the army.\n"
    found = findings(text, "CL902")
    assert [d.message.split("'")[1] for d in found] == ["A.", "b)"]
    fixed = apply_fixes(text, found)
    assert "\nA. (C) the crown;\nb) the army." in fixed and findings(fixed, "CL902") == []


FIRST_LINE = "1. (C) Text.\n"


def test_spurious_pilcrow_before_the_eo_line_is_no_prefix() -> None:
    text = NUMBERED_HEADER.replace("E.O. 12958", "\u00b6E. O. 12958") + FIRST_LINE
    found = findings(text, "CL902")
    assert [(d.span.line, d.span.column, d.span.end_column) for d in found] == [(5, 1, 2)]
    assert findings(text, "CL105") == []  # not text run onto the E.O. line
    fixed = apply_fixes(text, found)
    assert "\nE. O. 12958: DECL" in fixed and findings(fixed, "CL902") == []
