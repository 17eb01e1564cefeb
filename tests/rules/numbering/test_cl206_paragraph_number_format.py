"""CL206 paragraph-number-format: hand-written cables."""

from __future__ import annotations

from cable_snippets import line_of, numbered_cable
from iir_snippets import IIR
from rule_helpers import apply_fixes, findings, where


def test_number_format_space_and_double_full_stop() -> None:
    text = numbered_cable("1", "2", "3").replace("\u00b62. (C)", "\u00b62.(C)").replace(
        "\u00b63. (C)", "\u00b63.. (C)")
    found = findings(text, "CL206")
    assert sorted(where(d)[0] for d in found) == [line_of(1), line_of(2)]
    fixed = apply_fixes(text, found)
    assert "\u00b62. (C)" in fixed and "\u00b63. (C)" in fixed
    assert findings(fixed, "CL206") == []


def test_number_format_mixed_pilcrow_style_follows_the_majority() -> None:
    text = numbered_cable("1", "2", "3").replace("\u00b62. (C)", "2. (C)")
    [found] = findings(text, "CL206")
    assert where(found)[0] == line_of(1) and "without the pilcrow" in found.message
    assert findings(apply_fixes(text, [found]), "CL206") == []


def test_cl206_iir_field_opening_with_paragraph_1() -> None:
    """``TEXT: 1. (C) ...`` is how an IIR's field opens, not a number run into text."""
    assert findings(IIR, "CL206") == []


def test_cl206_a_number_run_onto_another_line_has_no_pilcrow_style() -> None:
    """08YEREVAN639, 09LAHORE154 (fresh-7 audit): '... 1.4 (b,d) 1. (C) ...' cannot
    carry the viewer's pilcrow; CL916 reports the line, the style check leaves it."""
    from cable_snippets import numbered_cable
    from rule_helpers import findings

    text = numbered_cable("1", "2", "3").replace(
        "\n\u00b61. (C)", " and the regent 1. (C)", 1)
    assert [d for d in findings(text, "CL206") if "pilcrow" in d.message] == []
