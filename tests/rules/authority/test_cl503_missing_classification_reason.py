"""CL503 missing-classification-reason: hand-written cables."""

from __future__ import annotations

from authority_helpers import only, snippet
from cable_snippets import covered, parse_ok
from rule_helpers import apply_fixes, findings


def test_cl503_no_reason():
    text = snippet(classified_by="Classified By: RUPERT HENTZAU, DIRECTOR, INR/OPS")
    found = only(text, "CL503")
    assert covered(text, found.span) == "Classified By: RUPERT HENTZAU, DIRECTOR, INR/OPS"


def test_cl503_letters_without_section():
    text = snippet(classified_by="Classified By: CDA Fritz Tarlenheim for reasons b, d.")
    found = only(text, "CL503")
    assert covered(text, found.span) == "reasons b, d"
    assert "no section" in found.message


def test_cl503_good_and_wrapped_reasons():
    assert findings(snippet(), "CL503") == []
    # the section split at the wrap ("1." / "4 (b/d)") is still a reason
    split = "Classified By: Political Counselor Fritz Tarlenheim.  Reasons 1. \n4 (b/d)."
    assert findings(snippet(classified_by=split), "CL503") == []
    # the continuation line holds the reason
    wrapped = "Classified By: EUR/ZZ ACTING DIRECTOR FLAVIA\nELPHBERG FOR REASONS 1.4 (B) AND (D)."
    text = snippet(classified_by=wrapped)
    assert findings(text, "CL503") == []
    assert findings(text, "CL502") == []


def test_cl503_suggests_the_section_of_the_cable_date():
    # issue #12 audit A228: a September 2002 block is told to cite 1.5, not 1.4
    block = "CLASSIFIED BY: CHARGE D'AFFAIRES, FRITZ TARLENHEIM"
    old = only(snippet(classified_by=block, day="121451Z SEP 02",
                       eo="E.O. 12958: DECL: 09/12/2012"), "CL503")
    assert "'Reason: 1.5 (x)'" in old.message
    new = only(snippet(classified_by=block), "CL503")  # March 2006
    assert "'Reason: 1.4 (x)'" in new.message
    letters = only(snippet(classified_by="Classified By: CDA Fritz Tarlenheim for reasons b, d.",
                           day="121451Z SEP 02", eo="E.O. 12958: DECL: 09/12/2012"), "CL503")
    assert "write '1.5 (x)'" in letters.message


def test_cl503_derivative_classification_owes_no_reason():
    # a derivatively classified cable cites its sources, not a 1.4 reason
    text = snippet(classified_by="Classified By: Derived from Multiple Sources")
    assert findings(text, "CL503") == []
    assert findings(text, "CL502") == []


def test_cl503_a_block_cut_off_with_an_ellipsis_is_damage_not_a_missing_reason():
    text = snippet(classified_by="Classified By: Political Counselor ...")
    assert findings(text, "CL503") == []
    assert findings(text, "CL502") == []  # the classifier may be cut short too


def _backslashed(text: str) -> str:
    """``text`` as some extractions give it: every line ends with " \\"."""
    return "".join(line + " \\\n" for line in text.split("\n"))


def test_cl503_reasons_read_through_line_end_backslashes():
    # issue #12 audit (05BOGOTA9257): "reasons 1.4 \" / "(b) and (d) \"
    block = "Classified By: Ambassador Rudolf Rassendyll; reasons 1.4\n(b) and (d)"
    text = _backslashed(snippet(classified_by=block))
    assert findings(text, "CL503") == []
    document = parse_ok(text)
    assert document.classified_by.reasons[0].letters == ("b", "d")
    # a line holding only the backslash is a blank line: the block ends above it
    assert document.classified_by.span.end_line == document.classified_by.span.line + 1
    assert findings(text, "CL102") == []  # the backslash is no text run onto the banner


def test_cl503_a_section_cut_short_is_named_not_read_as_no_reason():
    # issue #12 audit A096: the reason is given with its letters, its section cut
    # to "1": a warning at the "1", completed to the section of the cable's date
    text = snippet(classified_by="Classified By: CDA FRITZ TARLENHEIM FOR REASONS 1 (B) AND (D)")
    found = only(text, "CL503")
    assert covered(text, found.span) == "1"
    assert found.severity == "warning"
    assert found.message == "reason section '1' is cut short; write '1.4'"
    assert found.fix is not None and found.fix.applicability == "unsafe"
    fixed = apply_fixes(text, [found], unsafe=True)
    assert "FOR REASONS 1.4 (B) AND (D)" in fixed
    assert findings(fixed, "CL503") == []
