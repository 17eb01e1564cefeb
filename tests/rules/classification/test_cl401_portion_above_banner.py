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
