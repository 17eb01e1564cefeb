"""CL303 mark-after-lead-in: hand-written cables."""

from __future__ import annotations

from portion_helpers import PATH, at, end, run
from rule_helpers import apply_fixes, findings, where


def test_mark_after_lead_in_is_moved() -> None:
    text, found = run("CL303", "1. Summary: (C) The king was crowned.", "2. (C) He spoke.")
    assert len(found) == 1
    assert where(found[0]) == (*at(text, "(C) The"), *end(text, "(C)"))
    repaired = apply_fixes(text, found)
    assert "1. (C) Summary: The king was crowned." in repaired
    assert findings(repaired, "CL303", path=PATH) == []
    assert findings(repaired, "CL301", path=PATH) == []


def test_mark_first_is_silent() -> None:
    _, found = run("CL303", "1. (C) Summary: The king was crowned.")
    assert found == []
