"""Parser tests for a mail client's printout wrapper opening a cable file.

The wrapper (the client's header, "Cable", "Text:", the telegram's summary
form over a rule) is a prologue construct of its own: its form fields are no
header fields printed before the banner (CL105) nor a header given twice
(CL912).  Snippets invented (Zenda is a fictional post).
"""

from __future__ import annotations

from cable_snippets import assert_span, cable
from rule_helpers import findings

from cablelint.parser import parse_text

CLIENT = "Rudolf R Rassendyll  05/24/2007 04:07:03 PM  From  DB/Inbox:  Search Results"
FORM = (
    "null",
    CLIENT,
    "",
    "Cable ",
    "Text:      ",
    "",
    "UNCLASSIFIED",
    "",
    "TELEGRAM                                  May 20, 2003",
    "",
    "To:       No Action Addressee",
    "",
    "From:     AMEMBASSY ZENDA (ZENDA 123 - PRIORITY)",
    "",
    "TAGS:     PREL, PGOV",
    "",
    "Subject:  CORONATION GOES AHEAD",
    "",
    "Ref:      None",
    "_" * 60,
)
HEADER = ("E.O. 12958: N/A", "TAGS: PREL PGOV ZD", "SUBJECT: CORONATION GOES AHEAD")


def _printout_cable() -> str:
    return cable(*HEADER, banner="UNCLAS ZENDA 000123", prologue=FORM)


def test_printout_with_form_runs_from_client_header_to_rule() -> None:
    text = _printout_cable()
    document = parse_text(text)
    printout = document.printout
    assert printout is not None
    assert printout.lines[0].text == CLIENT
    assert printout.lines[-1].text == "_" * 60
    assert "Ref:      None" in [line.text for line in printout.lines]
    assert_span(text, printout.lines[0].span, CLIENT)
    assert document.duplicate_fields == ()
    assert document.banner is not None and document.banner.span.line == len(FORM) + 1
    assert [tag.code for tag in document.tags.tags] == ["PREL", "PGOV", "ZD"]


def test_printout_form_fields_are_not_misplaced_or_repeated_header() -> None:
    text = _printout_cable()
    assert findings(text, "CL105") == []
    assert findings(text, "CL912") == []


def test_printout_without_form_ends_at_text_line() -> None:
    text = cable(*HEADER, prologue=(CLIENT, "", "Cable", "Text:", ""))
    printout = parse_text(text).printout
    assert printout is not None
    assert [line.text for line in printout.lines] == [CLIENT, "Cable", "Text:"]


def test_header_fields_before_banner_without_printout_are_still_duplicates() -> None:
    text = cable(*HEADER, prologue=("TAGS: PREL PGOV", ""))
    document = parse_text(text)
    assert document.printout is None
    assert [line.text for line in document.duplicate_fields] == ["TAGS: PREL PGOV"]
