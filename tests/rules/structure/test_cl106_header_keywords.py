"""CL106 header-keywords: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, where
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from structure_helpers import CLASSIFIED, EO, PREAMBLE, ROUTING, SUBJECT, TAGS, good


def test_cl106_tag_keyword_fix() -> None:
    text = cable(EO, "TAG PREL, PGOV, ZN", SUBJECT, prologue=ROUTING)
    found = findings(text, "CL106")
    assert len(found) == 1
    line, column, _ = where(text, "TAG PREL")
    assert span_of(found[0]) == (line, column, line, column + 3)
    repaired = apply_fixes(text, found)
    assert "TAGS PREL, PGOV, ZN" in repaired and findings(repaired, "CL106") == []


def test_cl106_doubled_subject_fix() -> None:
    text = cable(EO, TAGS, "SUBJECT: SUBJECT: THE KING IS CROWNED", prologue=ROUTING)
    found = findings(text, "CL106")
    assert len(found) == 1
    repaired = apply_fixes(text, found)
    assert SUBJECT in repaired.splitlines() and findings(repaired, "CL106") == []


def test_cl106_missing_subject_reported_at_the_next_item() -> None:
    text = cable(EO, TAGS, CLASSIFIED, prologue=ROUTING)
    found = findings(text, "CL106")
    assert len(found) == 1 and "SUBJECT" in found[0].message
    assert found[0].span.line == where(text, "Classified By")[0]
    assert found[0].severity == "warning"


def test_cl106_missing_in_partial_extract_is_info() -> None:
    text = cable(EO, TAGS, CLASSIFIED, prologue=(PREAMBLE, ""))
    assert [d.severity for d in findings(text, "CL106")] == ["info"]


def test_cl106_good_header() -> None:
    assert findings(good(), "CL106") == []
