"""CL504 stale-reason-section: hand-written cables."""

from __future__ import annotations

from authority_helpers import GOOD_EO, SUBJECT, TAGS, only, snippet
from cable_snippets import cable, covered
from rule_helpers import apply_fixes, findings

from cablelint.parser import parse_text


def test_cl504_stale_section_with_unsafe_fix():
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.5 (b) and (d)."
    text = snippet(classified_by=block, day="181200Z JUN 08")
    found = only(text, "CL504")
    assert covered(text, found.span) == "1.5"
    assert found.fix is not None and found.fix.applicability == "unsafe"
    assert apply_fixes(text, [found]) == text  # not applied by --fix
    fixed = apply_fixes(text, [found], unsafe=True)
    assert "reasons 1.4 (b) and (d)." in fixed
    assert findings(fixed, "CL504") == []


def test_cl504_fix_conditions():
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.5 (b) and (d)."
    # letter (h) did not exist under 1.5: no fix either
    with_h = only(snippet(classified_by=block.replace("(d)", "(h)"), day="181200Z JUN 08"),
                  "CL504")
    assert with_h.fix is None


def test_cl504_good_and_silent():
    old = "Classified By: Poloff Rudolf Rassendyll, reasons 1.5 (b) and (d)."
    assert findings(snippet(classified_by=old, day="221200Z NOV 02"), "CL504") == []
    assert findings(snippet(), "CL504") == []
    # 1.4 before the 2003 amendment is stale the other way round, with no fix
    found = only(snippet(day="221200Z NOV 02"), "CL504")
    assert "cites 1.5" in found.message and found.fix is None
    # no date: silent
    assert findings(cable(GOOD_EO, TAGS, SUBJECT, old), "CL504") == []


def test_cl504_block_opening_a_paragraph_is_judged_too():
    # issue #12 item 8: a 1.5 citation in a 2003 block outside the header was missed
    body = ("1. Classified By: Ambassador Rudolf Rassendyll, reasons 1.5 (b) and (d).",
            "", "2. (C) The king was crowned.")
    text = snippet(classified_by=None, day="181200Z NOV 03", body=body)
    document = parse_text(text)
    assert document.classified_by is not None
    assert document.classified_by.recovered == "in-paragraph"
    found = only(text, "CL504")
    assert covered(text, found.span) == "1.5"
    assert "reasons 1.4 (b) and (d)." in apply_fixes(text, [found], unsafe=True)
    assert findings(text, "CL501")  # the place is reported on its own


def test_cl504_either_section_before_the_amended_marking_took_effect():
    """03THEHAGUE2137 (fresh-8 audit, A092): between E.O. 13292 (25 Mar 2003) and its
    marking section with the ISOO directive (22 Sep 2003) '1.5' is accepted, as is 1.4."""
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.5 (b) and (d)."
    for day in ("251200Z MAR 03", "011200Z JUL 03", "211200Z SEP 03"):
        assert findings(snippet(classified_by=block, day=day), "CL504") == [], day
        assert findings(snippet(day=day), "CL504") == [], day  # 1.4
    # from 22 Sep 2003 '1.5' is stale, with its (unsafe) fix
    found = only(snippet(classified_by=block, day="221200Z SEP 03"), "CL504")
    assert found.fix is not None and "a cable of 2003 cites 1.4" in found.message
