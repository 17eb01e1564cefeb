"""CL105/CL106 on a collapsed header line: the E.O. line glued to an addressee
(no blank, no space) and the TAGS glued to the declassification date.  The
fields are there, so CL106 reports nothing missing; CL105 reports the shared
line and its fixes break it.  Invented names (Zenda, Rassendyll)."""

from __future__ import annotations

from cable_snippets import cable, where
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of

from cablelint.parser import parse_text

SUBJECT = "SUBJECT: CORONATION GOES AHEAD"
GLUED = "LONDON FOR RASSENDYLLE.O. 12958: DECL: 01/04/2016TAGS: PGOV PREL ZD"


def test_glued_eo_and_tags_are_parsed() -> None:
    text = cable(GLUED, SUBJECT)
    document = parse_text(text)
    assert document.eo is not None and document.eo.order == 12958
    assert document.eo.prefix == "LONDON FOR RASSENDYLL"
    assert document.eo.declassification.date == "2016-01-04"
    assert [tag.code for tag in document.tags.tags] == ["PGOV", "PREL", "ZD"]
    line, column, _ = where(text, "TAGS:")
    assert (document.tags.span.line, document.tags.span.column) == (line, column)


def test_glued_eo_and_tags_are_not_missing() -> None:
    assert findings(cable(GLUED, SUBJECT), "CL106") == []


def test_glued_eo_and_tags_share_a_line_and_the_fixes_break_it() -> None:
    text = cable(GLUED, SUBJECT)
    found = findings(text, "CL105")
    assert len(found) == 2
    line, column, end = where(text, "LONDON FOR RASSENDYLL")
    assert span_of(found[0]) == (line, column, line, end)
    assert "shares the E.O. line" in found[0].message
    repaired = apply_fixes(text, found)
    assert "LONDON FOR RASSENDYLL\nE.O. 12958: DECL: 01/04/2016\nTAGS: PGOV PREL ZD\n" \
        in repaired
    assert findings(repaired, "CL105") == []


def test_eo_glued_needs_its_exact_form() -> None:
    # "...SE.O 12958" without the colon is not read as a glued E.O. line
    text = cable("LONDON FOR RASSENDYLLE.O. 12958 DECL", "TAGS: PREL ZD", SUBJECT)
    assert parse_text(text).eo is None


def test_a_spaced_prefix_keeps_a_report_without_fix() -> None:
    text = cable("DEPT FOR EUR/ZZ E.O. 12958: N/A", "TAGS: PREL ZD", SUBJECT)
    found = findings(text, "CL105")
    assert len(found) == 1 and found[0].fix is None
