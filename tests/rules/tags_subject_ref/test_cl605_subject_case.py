"""CL605 subject-case: hand-written cables (fictional names)."""

from __future__ import annotations

from cable_snippets import where
from rule_helpers import findings, rule_class
from rule_helpers import where as span_of
from tags_subject_ref_helpers import fixed_clean, tagged


def test_cl605_is_off_by_default() -> None:
    assert rule_class("CL605").enabled is False


def test_cl605_mixed_case_subject() -> None:
    text = tagged("TAGS: PREL ZI", "Subject: minister convoked over border incident")
    [found] = findings(text, "CL605")
    line, column, end = where(text, "Subject: minister convoked over border incident")
    assert span_of(found) == (line, column, line, end)
    assert "SUBJECT: MINISTER CONVOKED OVER BORDER INCIDENT" in fixed_clean(text, "CL605")
    assert findings(tagged("TAGS: PREL ZI"), "CL605") == []


def test_cl605_ignores_editorial_brackets() -> None:
    text = tagged("TAGS: PREL ZI", "SUBJECT: ZENDA: [Source removed] CALLS FOR CALM")
    assert findings(text, "CL605") == []
    text = tagged("TAGS: PREL ZI", "SUBJECT: [Source removed] calls for calm")
    assert "SUBJECT: [Source removed] CALLS FOR CALM" in fixed_clean(text, "CL605")
