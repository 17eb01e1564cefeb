"""CL202 paragraph-number-repeat: hand-written cables."""

from __future__ import annotations

import pytest
from cable_snippets import numbered_cable
from iir_snippets import IIR
from rule_helpers import findings


@pytest.mark.parametrize(("numbers", "message"), [
    (("1", "2", "2", "3"), "repeats"),
    (("1", "2", "3", "4", "2", "3"), "go back from 4 to 2"),
])
def test_repeat_and_backward_step(numbers, message) -> None:
    found = findings(numbered_cable(*numbers), "CL202")
    assert len(found) == 1 and message in found[0].message
    assert findings(numbered_cable(*numbers), "CL201") == []


def test_cl202_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL202") == []
