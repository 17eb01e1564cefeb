"""CL108 section-count: hand-written cables."""

from __future__ import annotations

import pytest
from cable_snippets import where
from rule_helpers import findings
from structure_helpers import good

BODY3 = ("1. (C) The king was crowned.", "", "ZENDA 00000123 002 OF 003", "",
         "2. (C) The court rejoiced.", "", "ZENDA 00000123 003 OF 003", "",
         "3. (C) Embassy will follow events.")


def test_cl108_total_disagrees() -> None:
    text = good(banner="C O N F I D E N T I A L SECTION 01 OF 04 ZENDA 000123", body=BODY3)
    found = findings(text, "CL108")
    assert [d.span.line for d in found] == [where(text, "ZENDA 00000123 002")[0],
                                           where(text, "ZENDA 00000123 003")[0]]


def test_cl108_pages_backwards_and_banner_section() -> None:
    body = (BODY3[6], "", *BODY3[:4])
    text = good(banner="C O N F I D E N T I A L SECTION 02 OF 03 ZENDA 000123", body=body)
    messages = [d.message for d in findings(text, "CL108")]
    assert any("section 2 of 3" in m for m in messages)
    assert any("comes after page 3" in m for m in messages)


def test_cl108_agreeing_and_missing_break_lines() -> None:
    banner = "C O N F I D E N T I A L SECTION 01 OF 03 ZENDA 000123"
    assert findings(good(banner=banner, body=BODY3), "CL108") == []
    assert findings(good(banner=banner, body=BODY3[4:]), "CL108") == []  # lost page 2 line


@pytest.mark.parametrize("section", ["SECTION 03 OF 02", "SECTION 01 OF 00", "SECTION 00 OF 02"])
def test_impossible_section_numbers(section: str) -> None:
    text = ("C O N F I D E N T I A L " + section + " ZENDA 000123\n\nE.O. 12958: DECL: "
            "04/01/2019\nTAGS: PREL ZD\nSUBJECT: TEST\n\n\u00b61. (C) Text.\n")
    [found] = findings(text, "CL108")
    assert "impossible" in found.message and found.span.line == 1
    assert text[found.span.start:found.span.end] == section
