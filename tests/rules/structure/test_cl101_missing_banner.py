"""CL101 missing-banner: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, where
from rule_helpers import findings
from rule_helpers import where as span_of
from structure_helpers import EO, HEADER, PREAMBLE, ROUTING, good

#: the routing lines without the ZNY line: nothing but the banner states the level
ROUTING_NO_ZN = tuple(line for line in ROUTING if not line.startswith("ZNY"))


def test_cl101_missing_banner_reported_at_the_first_header_line() -> None:
    text = cable(*HEADER, banner=None, prologue=ROUTING_NO_ZN)
    found = findings(text, "CL101")
    assert len(found) == 1 and found[0].severity == "error"
    line, column, end = where(text, EO)
    assert span_of(found[0]) == (line, column, line, end)


def test_cl101_lost_banner_names_the_level_from_the_other_evidence() -> None:
    text = cable(*HEADER, banner=None, prologue=ROUTING)  # ZNY CCCCC
    found = findings(text, "CL101", path="06ZENDA123.txt")
    assert len(found) == 1 and found[0].severity == "warning"
    assert "classified CONFIDENTIAL from the routing line's CCCCC" in found[0].message
    # the DE line's "#0123/01" alone adds no SECTION part: one cable in four whose DE
    # line names section 01 has none in its banner
    assert "(e.g. 'C O N F I D E N T I A L ZENDA 000123') above this line" in found[0].message
    line, column, end = where(text, EO)
    assert span_of(found[0]) == (line, column, line, end)


def test_cl101_suggested_banner_takes_its_section_from_the_de_line_and_page_marks() -> None:
    body = ("1. (C) The king was crowned.", "", "ZENDA 00000123 002 OF 003", "",
            "2. (C) The court rejoiced.")
    text = cable(*HEADER, banner=None, prologue=ROUTING, body=body)  # DE "#0123/01"
    [found] = findings(text, "CL101", path="06ZENDA123.txt")
    assert "(e.g. 'C O N F I D E N T I A L SECTION 01 OF 03 ZENDA 000123')" in found.message


def test_cl101_suggested_banner_spells_the_post_as_the_fm_line_does() -> None:
    # the file name drops the blank of "NEW ZENDA"; the banner keeps it (09SANSALVADOR789)
    prologue = tuple("FM AMEMBASSY NEW ZENDA" if line.startswith("FM ") else line
                     for line in ROUTING)
    text = cable(*HEADER, banner=None, prologue=prologue)
    [found] = findings(text, "CL101", path="06NEWZENDA123.txt")
    assert " NEW ZENDA 000123'" in found.message


def test_cl101_evidence_that_agrees_is_named_together() -> None:
    body = ("1. (C) The king was crowned.", "", "PAGE 02 RUEHZN0123 C O N F I D E N T I A L",
            "", "2. (C) Embassy will follow events.")
    text = cable(*HEADER, banner=None, prologue=ROUTING, body=body)
    [found] = findings(text, "CL101")
    assert "from the routing line's CCCCC and the page-break banners" in found.message


def test_cl101_damaged_banner_is_no_missing_banner() -> None:
    assert findings(good(banner="E C R E T ZENDA 000123"), "CL101") == []
    prose = "TO THE SECRETARY FROM AMBASSADOR RASSENDYLL"  # routing-like, below the banner
    assert findings(cable(prose, *HEADER, banner="S E C R E T ZENDA 000123"), "CL101") == []


def test_cl101_banner_present() -> None:
    assert findings(good(), "CL101") == []


def test_cl101_partial_extract_is_info() -> None:
    text = cable(*HEADER, banner=None, prologue=(PREAMBLE, ""))
    found = findings(text, "CL101")
    assert [d.severity for d in found] == ["info"]
    assert "partial extract" in found[0].message


def test_cl101_lost_banner_goes_above_the_caption_below_the_routing() -> None:
    text = cable(*HEADER, banner=None, prologue=(*ROUTING, "SIPDIS"))
    [found] = findings(text, "CL101", path="06ZENDA123.txt")
    line, column, end = where(text, "SIPDIS")
    assert span_of(found) == (line, column, line, end)
    assert found.message.endswith("above this line")


def test_cl101_lost_banner_goes_before_a_caption_run_onto_the_routing_line() -> None:
    routing = (*ROUTING[:-1], ROUTING[-1] + "SIPDIS")
    text = cable(*HEADER, banner=None, prologue=routing)
    [found] = findings(text, "CL101", path="06ZENDA123.txt")
    line, column, end = where(text, "SIPDIS")
    assert span_of(found) == (line, column, line, end)
    assert found.message.endswith("on a line of its own before 'SIPDIS'")


def test_cl101_example_banner_without_section_when_the_de_line_names_none() -> None:
    routing = tuple(line.replace("#0123/01", "#0123") for line in ROUTING)
    [found] = findings(cable(*HEADER, banner=None, prologue=routing), "CL101",
                       path="06ZENDA123.txt")
    assert "'C O N F I D E N T I A L ZENDA 000123')" in found.message


def test_cl101_suggested_banner_takes_the_post_and_serial_the_text_prints() -> None:
    """06AMMAN3564 (fresh-15 audit, A175): a text filed under another cable's
    routing header is restored with the post and number its own page marks print
    ('STRELSAU 00004247 002 OF 004'), not the file's id."""
    body = ("1. (C) The king was crowned.", "", "STRELSAU 00004247 002 OF 004", "",
            "2. (C) The court rejoiced.")
    text = cable(*HEADER, banner=None, prologue=ROUTING, body=body)  # DE "#0123/01"
    [found] = findings(text, "CL101", path="06ZENDA123.txt")
    assert "(e.g. 'C O N F I D E N T I A L SECTION 01 OF 04 STRELSAU 004247')" in found.message


def test_cl101_glued_banner_that_lost_its_first_letter_is_no_missing_banner() -> None:
    """06AMMAN3564 (fresh-15 audit, A175): 'INFO RUCNIRA/IRAN COLLECTIVEO N F I D E N
    T I A L SECTION 01 OF 04 ...': glued to the addressee line and lost its 'C'."""
    prologue = (*ROUTING, "TO RUEHC/SECSTATE WASHDC PRIORITY 0506",
                "INFO RUEHXX/ZENDA COLLECTIVEO N F I D E N T I A L SECTION 01 OF 04 ZENDA 000123")
    text = cable(*HEADER, banner=None, prologue=prologue)
    assert findings(text, "CL101", path="06ZENDA123.txt") == []
    messages = [d.message for d in findings(text, "CL102", path="06ZENDA123.txt")]
    assert any("lost its first letter" in m for m in messages), messages
    assert any("glued to the end of 'INFO RUEHXX/ZENDA COLLECTIVE'" in m for m in messages)
