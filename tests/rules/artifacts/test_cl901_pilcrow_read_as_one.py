"""CL901 pilcrow-read-as-one: hand-written cables."""

from __future__ import annotations

from cable_snippets import line_of, numbered_cable
from rule_helpers import apply_fixes, findings, where


def test_pilcrow_read_as_one_follows_the_sequence() -> None:
    numbers = ["1", "2", "3", "4", "5", "6", "17", "18", "19", "110", "111", "112", "113",
               "14", "15", "16", "17", "18"]
    text = numbered_cable(*numbers, pilcrow=False)
    found = findings(text, "CL901")
    assert [where(d)[0] for d in found] == [line_of(i) for i in range(6, 13)]
    first = found[0]
    assert where(first) == (line_of(6), 1, line_of(6), 3)  # the digits "17"
    assert "\u00b67" in first.message and "write '7.'" in first.message
    fixed = apply_fixes(text, found)
    assert [line.split(".")[0] for line in fixed.splitlines()
            if line[:1].isdigit()] == [str(n) for n in range(1, 19)]
    assert findings(fixed, "CL901") == []


def test_genuine_seventeen_after_sixteen_is_left_alone() -> None:
    text = numbered_cable(*[str(n) for n in range(1, 18)])
    assert findings(text, "CL901") == []


def test_pilcrow_number_with_pilcrow_kept_is_fixed_after_the_pilcrow() -> None:
    text = numbered_cable("1", "12", "3")
    [found] = findings(text, "CL901")
    assert where(found) == (line_of(1), 2, line_of(1), 4)
    assert "\u00b62. (C)" in apply_fixes(text, [found])


def test_the_seed_cable_has_thirteen_pilcrow_numbers() -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parents[3] / "examples" / "ottawa-1502.txt"
    found = findings(example.read_text(encoding="utf-8"), "CL901",
                     path="examples/ottawa-1502.txt")
    assert [d.span.line for d in found] == [42, 44, 48, 50, 52, 56, 58, 72, 76, 80, 84, 88, 92]
