"""CL304 whole-text-marking: hand-written cables."""

from __future__ import annotations

from portion_helpers import SECRET, at, end, run
from rule_helpers import where


def test_whole_text_after_1995_is_a_warning() -> None:
    text, found = run("CL304", "SECRET - ENTIRE TEXT.", "1. The king was crowned.",
                      "2. The regent left.", banner=SECRET)
    assert len(found) == 1 and found[0].severity == "warning"
    assert where(found[0]) == (*at(text, "SECRET - ENTIRE"), *end(text, "SECRET - ENTIRE TEXT"))


def test_whole_text_mark_before_1995_is_info() -> None:
    text, found = run("CL304", "1. (C - ENTIRE TEXT).", "2. The king was crowned.",
                      path="79ZENDA123.txt")
    assert [d.severity for d in found] == ["info"]
    assert where(found[0]) == (*at(text, "(C - ENTIRE"), *end(text, "(C - ENTIRE TEXT)"))


def test_silent_when_year_straddles_the_cutover_or_date_unknown() -> None:
    paragraphs = ("SECRET - ENTIRE TEXT.", "1. The king was crowned.")
    assert run("CL304", *paragraphs, path="95ZENDA123.txt")[1] == []
    assert run("CL304", *paragraphs, path="zenda.txt")[1] == []


def test_portion_marked_cable_is_silent() -> None:
    assert run("CL304", "1. (C) The king was crowned.")[1] == []
