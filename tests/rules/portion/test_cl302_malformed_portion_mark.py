"""CL302 malformed-portion-mark: hand-written cables."""

from __future__ import annotations

import pytest
from portion_helpers import CBY, EO, PATH, SECRET, TAGS, at, end, run
from rule_helpers import apply_fixes, findings, where


@pytest.mark.parametrize(("written", "fixed"), [("(c)", "(C)"), ("(s/NF)", "(S/NF)")])
def test_lower_case_level_is_fixed(written: str, fixed: str) -> None:
    text, found = run("CL302", f"1. {written} The king was crowned.", "2. (C) He spoke.")
    assert len(found) == 1
    assert where(found[0]) == (*at(text, written), *end(text, written))
    assert fixed in found[0].message
    repaired = apply_fixes(text, found)
    assert f"1. {fixed} The king" in repaired
    assert findings(repaired, "CL302", path=PATH) == []


def test_lost_opening_parenthesis_is_restored() -> None:
    text, found = run("CL302", "1. (C) The king was crowned.", "2.  C) The regent left.")
    assert len(found) == 1 and "no opening parenthesis" in found[0].message
    line, column = at(text, " C) The regent")
    assert where(found[0]) == (line, column + 1, line, column + 3)
    repaired = apply_fixes(text, found)
    assert "2.  (C) The regent" in repaired
    assert findings(repaired, "CL302", path=PATH) == []


def test_missing_level_has_no_fix() -> None:
    _, found = run("CL302", "1. (/Rel UK) The team met.", "2. (C) He spoke.")
    assert len(found) == 1 and "no classification level" in found[0].message
    assert found[0].fix is None


def test_subject_mark_is_checked() -> None:
    header = ("SIPDIS", EO, TAGS, "SUBJECT: (c) THE CORONATION", CBY)
    _, found = run("CL302", "1. (C) The king was crowned.", header=header)
    assert len(found) == 1 and found[0].span.line == 9


def test_good_marks_are_silent() -> None:
    _, found = run("CL302", "1. (S/NF) A.", "2. (S//REL TO USA, GBR) B.", "3. (SBU) C.",
                   "4. (U) D.", banner=SECRET)
    assert found == []


@pytest.mark.parametrize(("written", "fixed"), [("(s/nf)", "(S/NF)"), ("(s//nf)", "(S//NF)"),
                                                ("(S/nf)", "(S/NF)")])
def test_lower_case_control_is_upper_cased_too(written: str, fixed: str) -> None:
    # issue #12 item 7: the suggestion was "(S/nf)", still not a canonical mark
    text, found = run("CL302", f"1. {written} The king was crowned.", "2. (S/NF) He spoke.",
                      banner=SECRET)
    [mark] = found
    assert "'nf' in lower case" in mark.message and mark.message.endswith(f"write {fixed}")
    repaired = apply_fixes(text, found)
    assert f"1. {fixed} The king" in repaired
    assert findings(repaired, "CL302", path=PATH) == []


def test_level_and_control_run_together_get_the_separator_back() -> None:
    text, found = run("CL302", "1. (C) The king was crowned.", "2.  (SNF)  The regent left.",
                      banner=SECRET)
    assert len(found) == 1
    assert where(found[0]) == (*at(text, "(SNF)"), *end(text, "(SNF)"))
    assert "runs the level and the control together; write (S/NF)" in found[0].message
    repaired = apply_fixes(text, found)
    assert "2.  (S/NF)  The regent" in repaired
    assert findings(repaired, "CL302", path=PATH) == []


def test_con_abbreviation_is_a_malformed_mark_not_a_missing_one() -> None:
    # issue #12 audit (05OTTAWA490): "(CON/NOFORN)" is a damaged (C/NF), not no mark
    text, found = run("CL302", "1. (C) The king was crowned.",
                      "2. (CON/NOFORN) ZENDA HOST COUNTRY CAPABILITIES")
    assert len(found) == 1
    assert where(found[0]) == (*at(text, "(CON/NOFORN)"), *end(text, "(CON/NOFORN)"))
    assert "'CON'" in found[0].message and "(C)" in found[0].message
    assert findings(text, "CL301", path=PATH) == []


def test_truncated_sbu_is_a_malformed_mark_not_a_missing_one() -> None:
    # issue #12 third audit (A148): "(SB)" among (SBU) neighbours
    text, found = run("CL302", "1. (SBU) The king was crowned.", "2. (SB) The regent left.",
                      "3. (SBU) He spoke.")
    assert len(found) == 1 and found[0].message == "portion mark '(SB)' is cut short; write (SBU)"
    assert where(found[0]) == (*at(text, "(SB)"), *end(text, "(SB)"))
    repaired = apply_fixes(text, found)
    assert "2. (SBU) The regent" in repaired
    assert findings(repaired, "CL302", path=PATH) == []
    assert findings(text, "CL301", path=PATH) == []


def test_unknown_level_before_a_control_is_a_malformed_mark_not_a_missing_one() -> None:
    """06BEIRUT2541 (fresh-8 audit, A066): '(A/NF)' among (C/NF) paragraphs: CL302 (a
    warning) reports the damaged level, CL301 (an error) no missing mark."""
    text, found = run("CL302", "1. (C/NF) The king was crowned.",
                      "2. (A/NF) The regent left.", banner=SECRET)
    [mark] = found
    assert where(mark) == (*at(text, "(A/NF)"), *end(text, "(A/NF)"))
    assert mark.severity == "warning" and mark.fix is None
    assert "uses 'A' as the level" in mark.message
    assert findings(text, "CL301", path=PATH) == []
