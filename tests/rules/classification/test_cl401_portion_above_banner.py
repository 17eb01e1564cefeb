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
