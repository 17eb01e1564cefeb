"""CL105 header-order: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, where
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from structure_helpers import CLASSIFIED, EO, REF, ROUTING, SUBJECT, TAGS


def test_cl105_tags_on_the_eo_line_fix() -> None:
    text = cable(f"{EO} {TAGS}", SUBJECT, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1
    line, column, _ = where(text, "TAGS:")
    assert span_of(found[0]) == (line, column, line, column + 4)
    repaired = apply_fixes(text, found)
    assert f"{EO}\n{TAGS}\n" in repaired
    assert findings(repaired, "CL105") == []


def test_cl105_tags_on_the_eo_line_with_a_continuation_line() -> None:
    # the TAGS run onto the E.O. line go on below it: still TAGS on the E.O. line
    text = cable(f"{EO} {TAGS}\nPGOV ZN", SUBJECT, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1
    line, column, _ = where(text, "TAGS:")
    assert span_of(found[0]) == (line, column, line, column + 4)
    assert f"{EO}\n{TAGS}\nPGOV ZN\n" in apply_fixes(text, found)


def test_cl105_addressee_prefix_on_the_eo_line() -> None:
    text = cable(f"DEPT FOR EUR/ZZ {EO}", TAGS, SUBJECT, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1
    line, column, end = where(text, "DEPT FOR EUR/ZZ")
    assert span_of(found[0]) == (line, column, line, end)


def test_cl105_classified_by_before_ref() -> None:
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED, REF, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1 and "REF" in found[0].message
    assert found[0].span.line == where(text, REF)[0]


def test_cl105_good_order_with_ref() -> None:
    assert findings(cable(EO, TAGS, SUBJECT, REF, CLASSIFIED, prologue=ROUTING), "CL105") == []


def test_cl105_header_printed_twice_is_left_to_cl912() -> None:
    banner = "C O N F I D E N T I A L ZENDA 000123"
    text = cable(EO, TAGS, SUBJECT, banner, EO, TAGS, SUBJECT, CLASSIFIED, prologue=ROUTING,
                 banner=banner)
    assert findings(text, "CL105") == []


def test_cl105_ref_line_directly_below_classified_by() -> None:
    # the parser reads a REF line wherever it sits in the header (Document.references)
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED + "\n" + REF, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1 and "REF block comes after the Classified By block" in \
        found[0].message
    assert found[0].span.line == where(text, REF)[0]


def test_cl105_ref_with_a_full_stop_is_text() -> None:
    # "REF." is no REF keyword (no corpus cable writes it in a header)
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED, "REF. ZENDA 101", prologue=ROUTING)
    assert findings(text, "CL105") == []
