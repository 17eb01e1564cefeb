"""CL604 subject-defect: hand-written cables (fictional names)."""

from __future__ import annotations

from cable_snippets import where
from rule_helpers import findings
from rule_helpers import where as span_of
from tags_subject_ref_helpers import tagged


def test_cl604_truncated_subject() -> None:
    text = tagged("TAGS: PREL ZI", "SUBJECT: (C) MINISTER TAKES ACTION ON SHIPMENT OF ...")
    [found] = findings(text, "CL604")
    line, column, end = where(text, "...")
    assert span_of(found) == (line, column, line, end)


def test_cl604_empty_subject() -> None:
    text = tagged("TAGS: PREL ZI", "SUBJECT:")
    [found] = findings(text, "CL604")
    assert "empty" in found.message
    assert span_of(found)[:2] == where(text, "SUBJECT:")[:2]


def test_cl604_good_subjects() -> None:
    assert findings(tagged("TAGS: PREL ZI"), "CL604") == []
    assert findings(tagged("TAGS: PREL ZI", "SUBJECT: THE KING IS CROWNED\nIN STRELSAU"),
                    "CL604") == []
    # a doubled keyword is CL106's finding
    assert findings(tagged("TAGS: PREL ZI", "SUBJECT: SUBJECT: THE KING"), "CL604") == []
