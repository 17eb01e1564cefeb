"""CL401 portion-above-banner: hand-written cables."""

from __future__ import annotations

from classification_helpers import CONFIDENTIAL, EO, SECRET, at, make, run
from rule_helpers import where


def test_cl401_portion_above_banner() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.", "2. (S) B."))
    found = run("CL401", text)
    assert len(found) == 1 and found[0].severity == "error"
    assert where(found[0]) == at(text, "(S)")


def test_cl401_whole_text_statement_counts() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("SECRET - ENTIRE TEXT.", "1. A."))
    found = run("CL401", text)
    assert len(found) == 1 and where(found[0]) == at(text, "SECRET - ENTIRE TEXT")


def test_cl401_unnumbered_mark_counts_and_equal_levels_are_silent() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.", "(TS) B."))
    assert [where(d) for d in run("CL401", text)] == [at(text, "(TS)")]
    assert run("CL401", make(SECRET, ("SIPDIS",), EO, ("1. (S) A.", "2. (C) B."))) == []


def test_cl401_without_banner_judges_the_level_of_the_other_evidence() -> None:
    # the banner was lost: the ZNY line's CCCCC states CONFIDENTIAL
    text = "VZCZCXRO1234\nDE RUEHZN #0123/01 0891451\nZNY CCCCC ZZH\n\n" + make(
        CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.", "2. (S) B.")).replace(CONFIDENTIAL, "")
    found = run("CL401", text)
    assert len(found) == 1 and found[0].severity == "warning"
    assert where(found[0]) == at(text, "(S)")
    assert "the cable's CONFIDENTIAL (from the routing line's CCCCC; no banner)" in \
        found[0].message


def test_cl401_several_portions_above_the_banner_are_one_finding_at_the_banner() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.", "2. (S) B.", "3. (S) C."))
    [found] = run("CL401", text)
    assert where(found) == at(text, "C O N F I D E N T I A L")
    line = at(text, "(S)")[0]
    assert found.message == (f"the CONFIDENTIAL banner is below 2 portions (first '(S)' on "
                             f"line {line}) marked SECRET; raise the banner or correct the "
                             "marks")


def test_cl401_evidence_agreeing_with_the_portions_makes_the_banner_the_fault() -> None:
    """A lowered banner: the metadata says SECRET like the marks; one finding, and
    CL403 leaves that banner to CL401 (one defect, one finding)."""
    from cablelint.rules.base import Settings

    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.", "2. (S) B."))
    settings = Settings(metadata={"06ZENDA123": {"classification": "SECRET"}})
    [found] = run("CL401", text, settings)
    assert where(found) == at(text, "C O N F I D E N T I A L")
    assert found.message.endswith("marked SECRET, as the metadata say; raise the banner "
                                  "to SECRET")
    assert run("CL403", text, settings) == []
    # without the portions, the metadata's disagreement is CL403's own finding
    plain = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.", "2. (C) B."))
    assert len(run("CL403", plain, settings)) == 1


def test_cl401_section_letters_of_a_media_reaction_are_no_marks() -> None:
    """05PARIS1168 (fresh-4 audit): "(C) SUPPORTING TEXT" follows "(A) SUBJECTS
    COVERED" and "B) SUMMARY OF COVERAGE": section C, not a CONFIDENTIAL mark."""
    text = make("UNCLAS ZENDA 000123", ("SIPDIS",), "E.O. 12958: N/A", (
        "(A) SUBJECTS COVERED IN TODAY'S REPORT:", "1. (U) THE CORONATION",
        "B) SUMMARY OF COVERAGE:", "The papers praise the king.",
        "(C) SUPPORTING TEXT/BLOCK QUOTES:", "The regent left."))
    assert run("CL401", text) == []
    # a "(C)" after another letter is still a mark
    marked = make("UNCLAS ZENDA 000123", ("SIPDIS",), "E.O. 12958: N/A", (
        "(A) SUBJECTS COVERED:", "1. (U) THE CORONATION", "(C) The regent left."))
    assert len(run("CL401", marked)) == 1


def test_cl401_abbreviation_after_its_words_is_no_mark() -> None:
    """04THEHAGUE2698 (fresh-15 audit, A043): 'the Technical Secretariat' ends a
    line and '(TS) necessitated ...' opens the next: the abbreviation of the
    words before it, not a TOP SECRET mark in an UNCLAS cable."""
    text = make("UNCLAS ZENDA 000123", ("SIPDIS",), "E.O. 12958: N/A", (
        "1. (U) The king urged the council to fund the Tariff Service\n"
        "(TS) ahead of the coronation.", "2. (U) The regent left."))
    assert run("CL401", text) == []
    # initials that do not spell the mark, or a full stop before it: still a mark
    for lines in ("1. (U) The king urged the council to fund the Royal Guard\n"
                  "(TS) ahead of the coronation.",
                  "1. (U) The king met the Technical Secretariat.\n(TS) He left."):
        text = make("UNCLAS ZENDA 000123", ("SIPDIS",), "E.O. 12958: N/A", (lines,))
        [found] = run("CL401", text)
        assert where(found) == at(text, "(TS)")


def test_cl401_mark_inside_a_sentence_left_open_is_a_warning() -> None:
    """A mark opening a line that continues the sentence of the line above may be
    words of that sentence: a warning; after a full stop or a blank line it is
    an error."""
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, (
        "1. (C) The king urged the council to fund the guard\n(S) ahead of the coronation.",))
    [found] = run("CL401", text)
    assert found.severity == "warning" and where(found) == at(text, "(S)")
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, (
        "1. (C) The king urged the council to fund the guard.\n(S) The regent left.",))
    [found] = run("CL401", text)
    assert found.severity == "error"
