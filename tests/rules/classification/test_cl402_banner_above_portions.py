"""CL402 banner-above-portions: hand-written cables."""

from __future__ import annotations

from classification_helpers import CONFIDENTIAL, EO, SECRET, at, make, run
from rule_helpers import where


def test_cl402_banner_above_highest_mark() -> None:
    text = make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. (C/NF) A.", "2. (U) B."))
    found = run("CL402", text)
    assert len(found) == 1 and found[0].severity == "warning"
    assert where(found[0]) == at(text, "S E C R E T")
    assert "(C/NF)" in found[0].message


def test_cl402_sbu_counts_as_unclassified() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (SBU) A.", "2. (U) B."))
    assert len(run("CL402", text)) == 1


def test_cl402_silent_when_most_paragraphs_are_unmarked() -> None:
    text = make(SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. B.", "3. C."))
    assert run("CL402", text) == []


def test_cl402_silent_when_one_paragraph_is_unmarked() -> None:
    # the unmarked paragraph may be the SECRET one: CL301 reports it, once
    text = make(SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. (C) B.", "3. The king left.",
                                          "4. (U) D."))
    assert run("CL402", text) == []
    assert [d.span.line for d in run("CL301", text)] == [text[:text.index("3. The")].count(
        "\n") + 1]


def test_cl402_silent_when_a_paragraph_is_lost() -> None:
    # paragraph 3 is missing (CL201): it may have carried the SECRET mark
    text = make(SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. (C) B.", "4. (C) D."))
    assert run("CL402", text) == []
    assert len(run("CL201", text)) == 1


def test_cl402_silent_without_a_subject_line() -> None:
    text = make(SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. (U) B.")).replace(
        "SUBJECT: THE CORONATION\n", "")
    assert run("CL402", text) == []


def test_cl402_a_marked_lead_in_whose_items_carry_marks_is_seen() -> None:
    text = make(SECRET, ("SIPDIS",), EO, ("1. KEY POINTS:\n-- (C) The king left.",
                                          "2. (C) B."))
    assert len(run("CL402", text)) == 1


def test_cl402_silent_when_a_portion_reaches_the_banner() -> None:
    assert run("CL402", make(SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. (S) B."))) == []


def test_cl402_without_banner_compares_the_level_of_the_other_evidence() -> None:
    text = "VZCZCXRO1234\nDE RUEHZN #0123/01 0891451\nZNY SSSSS ZZH\n\n" + make(
        SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. (C) B.")).replace(SECRET, "")
    found = run("CL402", text)
    assert len(found) == 1 and found[0].severity == "info"
    assert where(found[0]) == at(text, "(C)")
    assert "the cable is SECRET (from the routing line's SSSSS; no banner)" in found[0].message


def test_cl402_silent_when_marked_paragraphs_are_run_into_the_last() -> None:
    # the line breaks were lost: "2. (C)" is a paragraph of its own, glued into ¶1
    glued = ("1. (SBU) The king left Zenda.  ---------- Strelsau ---------- "
             "2. (C) Rassendyll stayed behind.")
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, (glued,))
    assert run("CL402", text) == []
    assert [d.message for d in run("CL206", text)] == [
        "paragraph 2 ('2.') is run into the text above; start it on a new line"]


def test_cl402_silent_when_a_section_run_into_a_line_carries_the_mark() -> None:
    """09TRIPOLI190 (fresh-5 audit): sections flattened into their paragraph's line
    keep their own marks after their labels ('... TERRORISM I. (S/NF) ANTI-...'):
    the highest mark is not seen by the inventory, so no finding from its absence."""
    from classification_helpers import EO, SECRET, make, run

    text = make(SECRET, ("SIPDIS",), EO, (
        "1. (C) The king was crowned.",
        "2. (U) INDIGENOUS GROUPS I. (S/NF) RURITANIAN GROUPS: A. ARE THERE ANY?"))
    assert run("CL402", text) == []
    plain = make(SECRET, ("SIPDIS",), EO, ("1. (C) The king was crowned.",
                                           "2. (U) INDIGENOUS GROUPS: A. ARE THERE ANY?"))
    assert len(run("CL402", plain)) == 1
