"""CL305 unnumbered-portion-mark: hand-written cables."""

from __future__ import annotations

from portion_helpers import SECRET, at, end, run
from rule_helpers import where


def test_malformed_unnumbered_mark() -> None:
    text, found = run("CL305", "1. (C) The king was crowned.", "(/NF) The regent left.")
    assert len(found) == 1 and "no classification level" in found[0].message
    assert where(found[0]) == (*at(text, "(/NF)"), *end(text, "(/NF)"))


def test_lettered_items_with_good_marks_are_silent() -> None:
    _, found = run("CL305", "1. (C) Questions:", "A. (U) Who was crowned?",
                   "B. (C) Who left?")
    assert found == []


def test_list_letter_c_is_not_a_mark() -> None:
    _, found = run("CL305", "1. (C) Options:\n(a) stay;\n(b) leave;\n(c) wait.")
    assert found == []


def test_unmarked_unnumbered_paragraph_among_marked_ones() -> None:
    text, found = run("CL305", "(C) The king was crowned in the cathedral.",
                      "(S) The regent left the city at night.",
                      "The ambassador will call on the new king next week.", banner=SECRET)
    assert len(found) == 1 and "no portion mark" in found[0].message
    assert found[0].span.line == at(text, "The ambassador")[0]
