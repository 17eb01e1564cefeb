"""CL112 trailing-classification: hand-written cables."""

from __future__ import annotations

from rule_helpers import findings
from structure_helpers import good


def test_cl112_off_by_default_and_fires_without_trailing_line() -> None:
    from rule_helpers import rule_class

    assert rule_class("CL112").enabled is False
    assert len(findings(good(), "CL112")) == 1
    assert findings(good(trailer=("CONFIDENTIAL",)), "CL112") == []
