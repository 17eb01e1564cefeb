"""CL907 page-break-line: hand-written cables."""

from __future__ import annotations

from artifacts_helpers import cable, fixed_clean
from rule_helpers import findings, where


def test_page_break_inside_a_sentence_is_removed_and_rejoined() -> None:
    text = cable("\u00b61. (C) The Regent has asked for Embassy logistical\n\n"
                 "STRELSAU 00000733 002 OF 002\n\n\nsupport for the coronation.\n\n"
                 "\u00b62. (C) Embassy will follow events.\n")
    [found] = findings(text, "CL907")
    line = text.splitlines().index("STRELSAU 00000733 002 OF 002") + 1
    assert where(found) == (line, 1, line, 29) and found.severity == "info"
    fixed = fixed_clean(text, "CL907")
    assert "Embassy logistical\nsupport for the coronation.\n\n\u00b62." in fixed


def test_page_break_between_paragraphs_keeps_the_blank_line() -> None:
    text = cable("\u00b61. (C) The Regent named a cabinet.\n\nSTRELSAU 00000733 002 OF 002\n\n"
                 "\u00b62. (C) Embassy will follow events.\n")
    fixed = fixed_clean(text, "CL907")
    assert "named a cabinet.\n\n\u00b62. (C)" in fixed


def test_page_break_with_lower_case_of_is_found() -> None:
    # the parser does not take this form for a page break; the rule finds it by the serial
    text = cable("\u00b61. (C) The Regent has asked for Embassy logistical\n\n"
                 "Strelsau 00000733 002 of 002\n\nsupport for the coronation.\n")
    [found] = findings(text, "CL907")
    assert "Strelsau 00000733 002 of 002" in found.message
    assert "logistical\nsupport" in fixed_clean(text, "CL907")


def test_page_break_mark_glued_to_text() -> None:
    text = cable("\u00b61. (C) Half of the money will go to\n\n"
                 "STRELSAU 00000733 002 OF 002 local firms and half to the army.\n")
    [found] = findings(text, "CL907")
    assert text[found.span.start:found.span.end] == "STRELSAU 00000733 002 OF 002"
    assert "\nlocal firms and half" in fixed_clean(text, "CL907")


def test_page_break_mark_glued_to_the_end_of_prose_removes_only_the_mark() -> None:
    # issue #13: the safe fix deleted the whole line, the sentence with it
    mark = "STRELSAU 00000733 002 OF 002"
    text = cable("\u00b61. (C) The battle group will rotate out of the south, he said,\n"
                 f"and the last troops leave Kandahar in March. {mark}\n\n"
                 "Strelsau will decide on the follow-on mission by June.\n")
    [found] = findings(text, "CL907")
    assert text[found.span.start:found.span.end] == mark
    fixed = fixed_clean(text, "CL907")
    assert "and the last troops leave Kandahar in March.\n\nStrelsau will decide" in fixed
    assert fixed == text.replace(f" {mark}", "")  # no word outside the mark is lost


def test_page_break_mark_between_two_parts_of_a_line_keeps_both() -> None:
    mark = "STRELSAU 00000733 002 OF 002"
    text = cable("\u00b61. (C) The battle group will rotate out of the south, he said,\n"
                 f"and the troops leave Kandahar in March. {mark} Strelsau will decide\n"
                 "on the follow-on mission by June.\n")
    [found] = findings(text, "CL907")
    assert text[found.span.start:found.span.end] == mark
    fixed = fixed_clean(text, "CL907")
    assert "in March. Strelsau will decide\non the follow-on" in fixed
    assert fixed == text.replace(f" {mark}", "")  # no word outside the mark is lost


def test_page_break_mark_of_another_place_is_not_taken_for_this_cables() -> None:
    # the words before the serial are not this cable's originator: they may be text
    text = cable("\u00b61. (C) The battle group will rotate out of the south, he said,\n"
                 "and the troops leave Kandahar in March. ZENDA 00000733 002 OF 002\n")
    assert findings(text, "CL907") == []


def test_cl907_heading_with_the_mark_glued_after_it_keeps_the_heading() -> None:
    """09ASTANA1541 (fresh-7 audit): 'WITH POWER COMES RESPONSIBILITY ASTANA 00001541
    003 OF 004' -- the fix removed the whole line, heading words and all."""
    from artifacts_helpers import cable
    from rule_helpers import apply_fixes, findings

    body = ("\u00b61. (C) The coalition wobbles.\n\n"
            "THE REGENT'S PLAN STRELSAU 00000733 002 OF 002\n\n"
            "\u00b62. (C) The harbour stayed calm.\n")
    text = cable(body)
    [found] = findings(text, "CL907")
    assert found.message == ("page-break mark 'STRELSAU 00000733 002 OF 002' is glued to the "
                             "text; remove it")
    fixed = apply_fixes(text, [found])
    assert "THE REGENT'S PLAN\n" in fixed and "00000733" not in fixed
