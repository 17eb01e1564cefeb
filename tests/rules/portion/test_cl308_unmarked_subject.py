"""CL308 unmarked-subject: hand-written cables."""

from __future__ import annotations

from iir_snippets import IIR
from portion_helpers import CBY, EO, SUBJECT, TAGS, UNCLAS, at, end, run
from rule_helpers import where


def test_unmarked_subject_of_classified_cable() -> None:
    text, found = run("CL308", "1. (C) The king was crowned.")
    assert len(found) == 1
    assert where(found[0]) == (*at(text, "SUBJECT:"), *end(text, "SUBJECT:"))


def test_marked_subject_or_unclas_is_silent() -> None:
    header = ("SIPDIS", EO, TAGS, "SUBJECT: (U) THE CORONATION", CBY)
    assert run("CL308", "1. (C) The king was crowned.", header=header)[1] == []
    header = ("SIPDIS", "E.O. 12958: N/A", TAGS, SUBJECT)
    assert run("CL308", "1. (U) The king.", banner=UNCLAS, header=header)[1] == []


def test_is_off_by_default() -> None:
    from rule_helpers import rule_class

    assert rule_class("CL308").enabled is False


def test_mark_at_the_end_of_the_subject_counts() -> None:
    header = ("SIPDIS", EO, TAGS, "SUBJECT: THE CORONATION IN ZENDA (C)", CBY)
    assert run("CL308", "1. (C) The king was crowned.", header=header)[1] == []


def test_cl308_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL308") == []
