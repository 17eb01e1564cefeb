"""CL104 pseudo-banner: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable
from rule_helpers import findings
from rule_helpers import where as span_of
from structure_helpers import HEADER, ROUTING, good


def test_cl104_pseudo_banner() -> None:
    prologue = ("S E C R E T   STATE   00000789", *ROUTING[4:])
    text = cable(*HEADER, prologue=prologue, banner="C O N F I D E N T I A L STATE 000789")
    found = findings(text, "CL104")
    assert len(found) == 1 and found[0].severity == "info"
    assert span_of(found[0])[:2] == (1, 1)
    assert "says CONFIDENTIAL" in found[0].message


def test_cl104_no_pseudo_banner() -> None:
    assert findings(good(), "CL104") == []
