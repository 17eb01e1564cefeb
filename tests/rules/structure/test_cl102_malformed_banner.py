"""CL102 malformed-banner: hand-written cables."""

from __future__ import annotations

import pytest
from cable_snippets import where
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from structure_helpers import good


@pytest.mark.parametrize(("banner", "written", "fixed"), [
    ("SS E C R E T ZENDA 000123", "SS E C R E T", "S E C R E T ZENDA 000123"),
    ("UUNCLAS ZENDA 000123", "UUNCLAS", "UNCLAS ZENDA 000123"),
    ("CO N F I D E N T I A L ZENDA 000123", "CO N F I D E N T I A L",
     "C O N F I D E N T I A L ZENDA 000123"),
    ("S e c r e t section 01 of 02 zenda 000123", "S e c r e t",
     "S E C R E T SECTION 01 OF 02 ZENDA 000123"),
])
def test_cl102_malformed_banner_and_fix(banner: str, written: str, fixed: str) -> None:
    text = good(banner=banner)
    found = findings(text, "CL102")
    assert len(found) == 1
    line, column, end = where(text, written)
    assert span_of(found[0]) == (line, column, line, end)
    repaired = apply_fixes(text, found)
    assert fixed in repaired.splitlines()
    assert findings(repaired, "CL102") == []


@pytest.mark.parametrize("banner", [
    "C O N F I D E N T I A L ZENDA 000123", "CONFIDENTIAL ZENDA 000123",
    "UNCLAS SECTION 01 OF 02 ZENDA 000123", "SECRET ZENDA 000123",
    "UNCLASSIFIED ZENDA 000123"])
def test_cl102_well_formed_banners(banner: str) -> None:
    assert findings(good(banner=banner), "CL102") == []
