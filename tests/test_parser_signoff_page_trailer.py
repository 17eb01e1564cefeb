"""A sign-off followed by a teletype page trailer, or by a stray quote (issue #12).

The classification line, ``PAGE nn <post> <serial> <time>``, the viewer's ``>``
mark and stamp and a lone quote are trailer lines: the name above them is the
sign-off, and CL111 does not ask for one.  Invented names only.
"""

from __future__ import annotations

from cable_snippets import assert_span, cable
from rule_helpers import findings

from cablelint.parser import parse_text
from cablelint.syntax.trailer import trailer_kind

UNCLAS_BANNER = "UNCLAS ZENDA 000808"


def test_page_trailer_below_the_signoff() -> None:
    text = cable("E.O. 12958: N/A", "TAGS: PREL ZD", "SUBJECT: CORONATION",
                 banner=UNCLAS_BANNER,
                 trailer=("                       UNCLASSIFIED", "",
                          "PAGE 03        ZENDA  00808  271503Z", "",
                          "                       UNCLASSIFIED", "", ">"))
    document = parse_text(text)
    assert document.signoff is not None and document.signoff.name == "RASSENDYLL"
    assert [line.kind for line in document.trailer] == [
        "classification", "page-header", "classification", "page-mark"]
    assert findings(text, "CL111") == [] and findings(text, "CL911") == []


def test_viewer_stamp_and_quote_below_the_signoff() -> None:
    text = cable("E.O. 12958: DECL: 09/12/2012", "TAGS: PREL ZD", "SUBJECT: CORONATION",
                 trailer=("", "CONFIDENTIAL", "", ">", "", "",
                          " 2002ZENDA00123 - Classification: CONFIDENTIAL", "", '"'))
    document = parse_text(text)
    assert document.signoff is not None and document.signoff.name == "RASSENDYLL"
    assert findings(text, "CL111") == [] and findings(text, "CL911") == []


def test_name_with_a_stray_quote() -> None:
    text = cable("E.O. 12958: DECL: 09/12/2015", "TAGS: PREL ZD", "SUBJECT: CORONATION",
                 signoff='RASSENDYLL "')
    signoff = parse_text(text).signoff
    assert signoff is not None and signoff.name == "RASSENDYLL"
    assert_span(text, signoff.span, "RASSENDYLL")
    assert findings(text, "CL111") == []


def test_text_lines_are_no_page_trailer() -> None:
    assert trailer_kind("PAGE 3 of the report was missing") is None
    assert trailer_kind("> quoted text") is None
    assert trailer_kind('"Long live the king," he said.') is None
