"""CL204 first-paragraph-number: hand-written cables."""

from __future__ import annotations

from cable_snippets import line_of, numbered_cable
from rule_helpers import findings, where


def test_first_number_is_one() -> None:
    [found] = findings(numbered_cable("2", "3"), "CL204")
    assert where(found)[0] == line_of(0) and found.severity == "warning"
    # a partial extract lost its opening paragraphs: no finding
    assert findings(numbered_cable("2", "3", preamble=True), "CL204") == []
    assert findings(numbered_cable("1", "2"), "CL204") == []
