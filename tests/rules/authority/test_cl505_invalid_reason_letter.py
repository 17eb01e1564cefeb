"""CL505 invalid-reason-letter: hand-written cables."""

from __future__ import annotations

from authority_helpers import only, snippet
from cable_snippets import covered
from rule_helpers import findings


def test_cl505_letter_h_under_15_and_letter_beyond_h():
    block = "Classified By: Poloff Rudolf Rassendyll, reasons 1.5 (b) and (h)."
    text = snippet(classified_by=block, day="221200Z NOV 02")
    found = only(text, "CL505")
    assert covered(text, found.span) == "h"
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (k)."
    text = snippet(classified_by=block)
    found = only(text, "CL505")
    assert covered(text, found.span) == "k"


def test_cl505_good():
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d) and (h)."
    assert findings(snippet(classified_by=block), "CL505") == []


def test_letter_outside_a_to_h_is_an_invalid_reason_letter() -> None:
    text = ("C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 04/01/2019\n"
            "TAGS: PREL ZD\nSUBJECT: TEST\n\nClassified By: Ambassador Jane Doe, "
            "reasons 1.4 (b) and (k)\n\n\u00b61. (C) Text.\n")
    [found] = findings(text, "CL505", path="09ZENDA123.txt")
    assert "(k)" in found.message or "k" in found.message


def test_cl505_block_opening_a_paragraph_is_judged_too():
    body = ("1. Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (k).",
            "", "2. (C) The king was crowned.")
    text = snippet(classified_by=None, body=body)
    [found] = findings(text, "CL505")
    assert covered(text, found.span) == "k"
