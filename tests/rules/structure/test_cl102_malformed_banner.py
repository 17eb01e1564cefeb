"""CL102 malformed-banner: hand-written cables."""

from __future__ import annotations

import pytest
from cable_snippets import cable, where
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from structure_helpers import EO, HEADER, ROUTING, good


@pytest.mark.parametrize(("banner", "written", "fixed"), [
    ("SS E C R E T ZENDA 000123", "SS E C R E T", "S E C R E T ZENDA 000123"),
    ("UUNCLAS ZENDA 000123", "UUNCLAS", "UNCLAS ZENDA 000123"),
    ("CO N F I D E N T I A L ZENDA 000123", "CO N F I D E N T I A L",
     "C O N F I D E N T I A L ZENDA 000123"),
    ("S e c r e t section 01 of 02 zenda 000123", "S e c r e t",
     "S E C R E T SECTION 01 OF 02 ZENDA 000123"),
    ("E C R E T ZENDA 000123", "E C R E T", "S E C R E T ZENDA 000123"),
    ("ONFIDENTIAL ZENDA 000123", "ONFIDENTIAL", "CONFIDENTIAL ZENDA 000123"),
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


def test_cl102_lost_letter_names_the_evidence_that_confirms_it() -> None:
    [found] = findings(good(banner="ONFIDENTIAL ZENDA 000123"), "CL102")  # ZNY CCCCC
    assert found.severity == "warning"
    assert "has lost its first letter" in found.message
    assert "(CONFIDENTIAL, as the routing line's CCCCC says)" in found.message


def test_cl102_banner_glued_to_the_routing_line() -> None:
    routing = (*ROUTING[:-1], ROUTING[-1] + "C O N F I D E N T I A L ZENDA 000123")
    text = cable(*HEADER, banner=None, prologue=routing)
    [found] = findings(text, "CL102")
    assert found.severity == "warning" and found.fix is None
    assert found.message.startswith("banner glued to the end of 'TO RUEHC/SECSTATE WASHDC")
    line, column, end = where(text, "C O N F I D E N T I A L ZENDA 000123")
    assert span_of(found) == (line, column, line, end)


def test_cl102_header_run_onto_the_banner_line() -> None:
    text = good(banner=f"C O N F I D E N T I A L ZENDA 000123 SIPDIS {EO}")
    [found] = findings(text, "CL102")
    assert "is run onto the banner line" in found.message
    line, column, end = where(text, f"SIPDIS {EO}")
    assert span_of(found) == (line, column, line, end)


@pytest.mark.parametrize("stray", [",", '","'])
def test_cl102_stray_punctuation_before_the_banner_is_deleted(stray: str) -> None:
    # fresh-14 audit A155 (',C O N F I D E N T I A L ...'): punctuation alone is
    # debris, not a line the banner was glued to; the fix deletes it, no break
    text = good(banner=f"{stray}C O N F I D E N T I A L ZENDA 000123")
    [found] = findings(text, "CL102")
    assert found.message == f"stray '{stray}' before the banner; delete it"
    line, column, _ = where(text, f"{stray}C O N F")
    assert span_of(found) == (line, column, line, column + len(stray))
    assert found.fix is not None and found.fix.applicability == "safe"
    fixed = apply_fixes(text, [found])
    assert fixed == good(banner="C O N F I D E N T I A L ZENDA 000123")
    assert findings(fixed, "CL102") == []
