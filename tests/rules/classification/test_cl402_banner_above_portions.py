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


def test_cl402_silent_when_a_portion_reaches_the_banner() -> None:
    assert run("CL402", make(SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. (S) B."))) == []


def test_cl402_without_banner_compares_the_level_of_the_other_evidence() -> None:
    text = "VZCZCXRO1234\nDE RUEHZN #0123/01 0891451\nZNY SSSSS ZZH\n\n" + make(
        SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. (C) B.")).replace(SECRET, "")
    found = run("CL402", text)
    assert len(found) == 1 and found[0].severity == "info"
    assert where(found[0]) == at(text, "(C)")
    assert "the cable is SECRET (from the routing line's SSSSS; no banner)" in found[0].message
