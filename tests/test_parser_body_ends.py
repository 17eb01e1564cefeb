"""Parser tests for the ends of the body: page-break marks and trailer lines.

Every snippet is invented (Strelsau and Zenda are fictional posts, names and
serials made up); nothing is copied from the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablelint.parser import parse_text
from cablelint.syntax.trailer import TRAILER_KINDS, trailer_kind

BANNER = "C O N F I D E N T I A L SECTION 01 OF 02 STRELSAU 000733"
HEADER = (f"{BANNER}\n\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n"
          "SUBJECT: THE COALITION WOBBLES\n\n"
          "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)\n\n")


def _cable(body: str, trailer: str = "\nSAPT\n") -> str:
    return HEADER + body + trailer


def _text_of(text: str, span) -> str:
    return text[span.start:span.end]


# ------------------------------------------------------------------ page breaks


def test_page_break_line_in_the_telegrams_form() -> None:
    text = _cable("1. (C) The Regent asked for\n\nSTRELSAU 00000733 002 OF 002\n\n"
                  "support for the coronation.\n")
    [brk] = parse_text(text).page_breaks
    assert (brk.originator, brk.serial, brk.page, brk.total) == ("STRELSAU", "00000733", 2, 2)
    assert brk.glued is None and not brk.malformed
    assert _text_of(text, brk.span) == "STRELSAU 00000733 002 OF 002"


def test_page_break_with_lower_case_of_is_malformed() -> None:
    text = _cable("1. (C) The Regent asked for\n\nStrelsau 00000733 002 of 002\n\n"
                  "support for the coronation.\n")
    [brk] = parse_text(text).page_breaks
    assert brk.malformed and brk.glued is None
    assert (brk.originator, brk.page, brk.total) == ("Strelsau", 2, 2)
    assert _text_of(text, brk.span) == "Strelsau 00000733 002 of 002"


def test_page_break_mark_glued_before_text() -> None:
    text = _cable("1. (C) Half of the money will go to\n\n"
                  "STRELSAU 00000733 002 OF 002 local firms and half to the army.\n")
    [brk] = parse_text(text).page_breaks
    assert brk.glued == "before"
    assert _text_of(text, brk.span) == brk.raw == "STRELSAU 00000733 002 OF 002"


def test_page_break_mark_glued_after_prose_spans_the_mark_only() -> None:
    mark = "STRELSAU 00000733 002 OF 002"
    text = _cable("1. (C) The battle group will rotate out of the south, he said,\n"
                  f"and the last troops leave Kandahar in March. {mark}\n\n"
                  "Strelsau will decide by June.\n")
    [brk] = parse_text(text).page_breaks
    assert brk.glued == "after" and brk.originator == "STRELSAU"
    assert _text_of(text, brk.span) == brk.raw == mark


def test_a_mark_of_another_place_is_text() -> None:
    text = _cable("1. (C) The troops leave Kandahar in March. ZENDA 00000733 002 OF 002\n")
    assert parse_text(text).page_breaks == ()


def test_page_breaks_are_in_text_order_and_body_nodes_point_at_theirs() -> None:
    banner = BANNER.replace("01 OF 02", "01 OF 03")
    text = _cable("1. (C) One\n\nStrelsau 00000733 002 of 003\n\n2. (C) Two\n\n"
                  "STRELSAU 00000733 003 OF 003\n\n3. (C) Three.\n").replace(BANNER, banner)
    doc = parse_text(text)
    assert [brk.page for brk in doc.page_breaks] == [2, 3]
    [node] = [node for node in doc.body if node.kind == "page_break"]
    assert doc.page_breaks[node.index].page == 3


# --------------------------------------------------------------------- trailer


@pytest.mark.parametrize(("line", "kind"), [
    ("NNNN", "nnnn"),
    ("End Cable Text", "end-cable-text"),
    ("..", "dots"),
    ("CONFIDENTIAL", "classification"),
    ("S E C R E T", "classification"),  # read by fields.banner.read_level_word
    ("UNCLAS", "classification"),
    ("SELECT * FROM `cable` WHERE `id` = '123'", "query"),
    ("Track impresión: editor @ Sat Dec 4 19:20:36 2010. Este documento", "tracking"),
    ("Anna Z Smith 03/12/2009 04:04:14 PM From DB/Inbox: X", "mail-header"),
    ("http://www.example.org/cables", "footer"),
    ("Visit Zenda's Classified Website at http://example", "footer"),
    ("Zenda's pages on Intelink", "footer"),  # the grammar's FOOTER_LINE
    ("gov.gov/wiki/Portal:Zenda\"", "footer"),  # a footer's broken-off tail
    ("THE COALITION WOB...", "echo"),
])
def test_trailer_kinds(line: str, kind: str) -> None:
    assert trailer_kind(line) == kind
    text = _cable("1. (C) The coalition wobbles.\n", trailer=f"\nSAPT\n\n{line}\n")
    doc = parse_text(text)
    assert doc.signoff is not None and doc.signoff.name == "SAPT"
    assert [(line_.text, line_.kind) for line_ in doc.trailer] == [(line, kind)]


@pytest.mark.parametrize("prose", [
    "Select officials from the ministry will attend the talks.",
    "SELECT OFFICIALS FROM THE MINISTRY WILL ATTEND THE TALKS.",
    "Track impressions of the visit were mixed, he said.",
    "The minister called at 04:04:14 PM and left.",
])
def test_prose_is_no_trailer_junk(prose: str) -> None:
    assert trailer_kind(prose) is None
    # without a sign-off, the last lines of text stay text
    text = _cable(f"1. (C) The coalition wobbles.\n\n{prose}\n", trailer="")
    doc = parse_text(text)
    assert doc.trailer == ()
    assert doc.body[-1].span.end_line == text.splitlines().index(prose) + 1


def test_tracking_id_line_belongs_to_the_tracking_line() -> None:
    assert trailer_kind("ID:\t1234") is None
    assert trailer_kind("ID:\t1234", "tracking") == "tracking-id"
    text = _cable("1. (C) The coalition wobbles.\n",
                  trailer="\nSAPT\n\nTrack impresion: editor @ Sat Dec 4 19:20:36 2010.\n"
                          "ID:\t1234\n")
    doc = parse_text(text)
    assert doc.signoff.name == "SAPT"  # the sign-off search steps over both lines
    assert [line.kind for line in doc.trailer] == ["tracking", "tracking-id"]


def test_junk_ends_a_cable_without_signoff() -> None:
    text = _cable("1. (C) The coalition wobbles.\n",
                  trailer="\nSELECT * FROM `cable` WHERE `id` = '123'\n")
    doc = parse_text(text)
    assert doc.signoff is None
    assert [line.kind for line in doc.trailer] == ["query"]


def test_an_echoed_subject_is_never_the_signoff() -> None:
    text = _cable("1. (C) The coalition wobbles.\n", trailer="\nSAPT\n\nCOALITION WOB...\n")
    doc = parse_text(text)
    assert doc.signoff.name == "SAPT"
    assert [line.kind for line in doc.trailer] == ["echo"]


def test_schema_lists_every_trailer_kind() -> None:
    """The JSON schema's enum of trailer-line kinds is the lexer's own list, so a
    new kind cannot make ``cablelint parse --output-format json`` fail validation."""
    schema = json.loads((Path(__file__).parent.parent / "cablelint" / "schemas"
                         / "document.schema.json").read_text(encoding="utf-8"))
    enums = [node["enum"] for node in _walk(schema)
             if isinstance(node, dict) and isinstance(node.get("enum"), list)
             and "end-cable-text" in node["enum"]]
    assert len(enums) == 1
    assert sorted(enums[0]) == sorted(TRAILER_KINDS)


def _walk(node):
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        yield from _walk(child)
