"""The parser's SUMMARY / COMMENT / NOTE markers when the text around them is
damaged: an END closer split by a stray SIPDIS line.  Invented snippets."""

from __future__ import annotations

from cable_snippets import cable, parse_ok
from rule_helpers import findings


def test_end_summary_split_by_a_sipdis_line_is_one_closer() -> None:
    body = ("1. (C) Summary: The Regent will stay in Zenda until December.  End", "SIPDIS",
            "Summary.", "", "2. (C) More.")
    text = cable(body=body)
    document = parse_ok(text)
    [closer] = [m for m in document.markers if m.boundary == "end"]
    assert closer.kind == "summary" and closer.raw == "End\nSIPDIS\nSummary"
    assert (closer.span.line, closer.span.end_line) == (text.split("\n").index(body[0]) + 1,
                                                        text.split("\n").index("Summary.") + 1)
    assert [m.kind for m in document.markers if m.boundary == "begin"] == ["summary"]
    assert findings(text, "CL109") == []


def test_end_then_another_line_is_no_closer() -> None:
    body = ("1. (C) Summary: The Regent will stay.  End", "of story.", "", "2. (C) More.")
    text = cable(body=body)
    assert [m for m in parse_ok(text).markers if m.boundary == "end"] == []
