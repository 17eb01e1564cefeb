"""CL306 mixed-caveat-separators: hand-written cables."""

from __future__ import annotations

from portion_helpers import PATH, SECRET, at, end, run
from rule_helpers import apply_fixes, findings, where


def test_minority_separator_is_rewritten() -> None:
    text, found = run("CL306", "1. (S//NF) A.", "2. (S//NF) B.", "3. (S/REL TO USA, GBR) C.",
                      banner=SECRET)
    assert len(found) == 1
    assert where(found[0]) == (*at(text, "(S/REL"), *end(text, "(S/REL TO USA, GBR)"))
    repaired = apply_fixes(text, found)
    assert "(S//REL TO USA, GBR)" in repaired
    assert findings(repaired, "CL306", path=PATH) == []


def test_one_style_is_silent() -> None:
    assert run("CL306", "1. (S/NF) A.", "2. (S/NF) B.", banner=SECRET)[1] == []
