"""Parser tests for the header constructs artifact and structure rules judge:
datelines, the web-page metadata block, header lines repeated, late REF lines.

Every snippet is invented (Zenda and Strelsau are fictional posts).  Each test
checks the model's fields and the exact text their spans cover: the rules read
these instead of re-reading the raw text (issue #11).
"""

from __future__ import annotations

from cable_snippets import assert_span, cable, parse_ok

EO = "E.O. 12958: DECL: 03/30/2019"
TAGS = "TAGS: PREL ZD"
SUBJECT = "SUBJECT: MINISTER VISITS THE NORTH"


# ------------------------------------------------------------------ dateline


def test_dateline_carries_its_date_and_weekday() -> None:
    text = cable(EO, prologue=("Tuesday, 20 January 2004, 09:44",))
    dateline = parse_ok(text).dateline
    assert dateline.date == "2004-01-20"
    assert dateline.weekday == "Tuesday"
    assert_span(text, dateline.weekday_span, "Tuesday")
    assert_span(text, dateline.date_span, "20 January 2004")


def test_dateline_with_an_impossible_date_keeps_its_weekday() -> None:
    text = cable(EO, prologue=("Monday, 30 February 2004, 09:44",))
    dateline = parse_ok(text).dateline
    assert dateline.date is None
    assert dateline.weekday == "Monday"
    assert_span(text, dateline.date_span, "30 February 2004")
