"""CL501 missing-classified-by: hand-written cables."""

from __future__ import annotations

from authority_helpers import GOOD_EO, SUBJECT, TAGS, dtg, only, snippet
from cable_snippets import cable, covered
from iir_snippets import IIR
from rule_helpers import findings


def test_cl501_missing_block_points_at_the_banner_level():
    text = snippet(classified_by=None)
    found = only(text, "CL501")
    assert covered(text, found.span) == "C O N F I D E N T I A L"
    assert found.severity == "error"
    assert "CONFIDENTIAL cable has no Classified By block" in found.message


def test_cl501_good_and_exempt_cases():
    assert findings(snippet(), "CL501") == []
    # unclassified cables need no block
    assert findings(snippet(eo="E.O. 12958: N/A", classified_by=None,
                            banner="UNCLAS ZENDA 000123"), "CL501") == []
    # a 1989 cable predates E.O. 12958
    assert findings(snippet(eo="E.O. 12356: DECL: OADR", classified_by=None,
                            day="131200Z DEC 89"), "CL501") == []
    # derivative classification
    assert findings(snippet(classified_by="DERIVED FROM: DSCG 05-1 B, D"), "CL501") == []


def test_cl501_unknown_date_is_silent():
    text = cable(GOOD_EO, TAGS, SUBJECT)
    assert findings(text, "CL501") == []


def test_cl501_block_inside_a_paragraph():
    body = ("1. (U) Classified by Rudolf Rassendyll, Ambassador, reasons 1.4 (b).", "",
            "2. (C) Embassy will continue to follow events.")
    text = snippet(classified_by=None, body=body)
    found = only(text, "CL501")
    # issue #12 audit A193: the memcon habit is a warning, and not told to "move" it
    assert "written as paragraph 1" in found.message
    assert "move" not in found.message
    assert found.severity == "warning"
    assert covered(text, found.span).startswith("Classified by Rudolf")


def test_cl501_block_on_the_ref_line_or_portion_marked_counts():
    on_ref = cable(GOOD_EO, TAGS, SUBJECT,
                   "REF: A. ZENDA 100 B. ZENDA 101 Classified By: Ambassador Rudolf "
                   "Rassendyll, Reason: 1.4(d)", prologue=dtg())
    assert findings(on_ref, "CL501") == []
    assert findings(on_ref, "CL502") == []
    marked = snippet(classified_by="(U) Classified by: Rupert Hentzau, Director,\n"
                                   "INR/ZZZ, Reason: 1.4 (c, d).")
    assert findings(marked, "CL501") == []
    assert findings(marked, "CL502") == []


def test_cl501_is_info_when_the_text_stops_in_the_header():
    text = snippet(classified_by=None, body=(), signoff=None)
    assert only(text, "CL501").severity == "info"


def test_cl501_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL501") == []


def test_cl501_header_that_lost_its_subject_is_a_warning_naming_the_damage():
    # issue #12 audit (A278, 08BUENOSAIRES1305): the SUBJECT and the block lost in
    # extraction, the text resuming mid-sentence below the E.O. and TAGS lines
    body = ("the regent of Zenda would consider the offer, the envoy said.", "",
            "2. (C) Embassy will continue to follow events.")
    text = cable(GOOD_EO, TAGS, prologue=dtg(), body=body)
    found = only(text, "CL501")
    assert found.severity == "warning"
    assert "SUBJECT line is lost" in found.message
    assert covered(text, found.span) == "C O N F I D E N T I A L"
