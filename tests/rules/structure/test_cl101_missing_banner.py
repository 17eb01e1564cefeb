"""CL101 missing-banner: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, where
from rule_helpers import findings
from rule_helpers import where as span_of
from structure_helpers import EO, HEADER, PREAMBLE, ROUTING, good


def test_cl101_missing_banner_reported_at_the_first_header_line() -> None:
    text = cable(*HEADER, banner=None, prologue=ROUTING)
    found = findings(text, "CL101")
    assert len(found) == 1 and found[0].severity == "error"
    line, column, end = where(text, EO)
    assert span_of(found[0]) == (line, column, line, end)


def test_cl101_banner_present() -> None:
    assert findings(good(), "CL101") == []


def test_cl101_partial_extract_is_info() -> None:
    text = cable(*HEADER, banner=None, prologue=(PREAMBLE, ""))
    found = findings(text, "CL101")
    assert [d.severity for d in found] == ["info"]
    assert "partial extract" in found[0].message
