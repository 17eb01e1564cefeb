"""CL309 unmarked-unclassified-cable: hand-written cables (off by default)."""

from __future__ import annotations

from portion_helpers import SUBJECT, TAGS, UNCLAS, at, end, run
from rule_helpers import where

from cablelint.rules.portion.unmarked_unclassified_cable import UnmarkedUnclassifiedCable

UNCLAS_HEADER = ("SIPDIS", "E.O. 12958: N/A", TAGS, SUBJECT)


def test_cl309_is_off_by_default() -> None:
    assert UnmarkedUnclassifiedCable.enabled is False


def test_cl309_one_info_for_an_unclassified_cable_marking_nothing() -> None:
    text, found = run("CL309", "1. The king was crowned.", "2. The regent left.",
                      "3. Embassy will follow events.", banner=UNCLAS, header=UNCLAS_HEADER)
    assert [(d.severity, d.message) for d in found] == [
        ("info", "this unclassified cable marks no paragraph; write (U) or (SBU) after "
                 "each paragraph number")]
    assert where(found[0]) == (*at(text, "1."), *end(text, "1."))


def test_cl309_silent_when_some_paragraph_is_marked_or_the_cable_is_classified() -> None:
    _, found = run("CL309", "1. (U) The king was crowned.", "2. The regent left.",
                   banner=UNCLAS, header=UNCLAS_HEADER)
    assert found == []  # CL301's warning
    _, found = run("CL309", "1. The king was crowned.", "2. The regent left.")
    assert found == []  # CL301's error


def test_cl309_silent_before_2004() -> None:
    _, found = run("CL309", "1. The king was crowned.", "2. The regent left.",
                   banner=UNCLAS, header=UNCLAS_HEADER, path="01ZENDA123.txt")
    assert found == []
