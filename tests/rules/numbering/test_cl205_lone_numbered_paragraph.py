"""CL205 lone-numbered-paragraph: hand-written cables."""

from __future__ import annotations

from cable_snippets import numbered_cable
from rule_helpers import findings


def test_lone_numbered_paragraph() -> None:
    [found] = findings(numbered_cable("1"), "CL205")
    assert found.severity == "info"
    assert findings(numbered_cable("1", "2"), "CL205") == []
