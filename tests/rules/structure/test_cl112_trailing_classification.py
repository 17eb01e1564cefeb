"""CL112 trailing-classification: hand-written cables."""

from __future__ import annotations

from rule_helpers import findings
from structure_helpers import good


def test_cl112_off_by_default_and_fires_without_trailing_line() -> None:
    from rule_helpers import rule_class

    assert rule_class("CL112").enabled is False
    assert len(findings(good(), "CL112")) == 1
    assert findings(good(trailer=("CONFIDENTIAL",)), "CL112") == []


def test_cl112_asks_no_closing_line_of_an_unclassified_cable() -> None:
    # issue #12: the bottom marking is for classified documents; an UNCLAS
    # (or UNCLAS SENSITIVE) cable is not asked to end with UNCLASSIFIED
    assert findings(good(banner="UNCLAS ZENDA 000123"), "CL112") == []
    assert findings(good(banner="UNCLAS ZENDA 000123", trailer=("SENSITIVE",)), "CL112") == []
