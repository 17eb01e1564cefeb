"""Parser tests for damaged banners (issue #12): a lost first letter, text glued
before the banner or run on after it, and a banner that routing-like prose
follows.  The one recogniser is cablelint.fields.banner.find_banner; the region
search, the lexer and the model all read the banner through it."""

from __future__ import annotations

import pytest
from cable_snippets import assert_span, cable

from cablelint.fields.banner import find_banner, is_banner_line
from cablelint.parser import parse_text

EO = "E.O. 12958: DECL: 03/30/2019"
TAGS = "TAGS: PREL ZN"
ROUTING = ("VZCZCXRO1234", "DE RUEHZN #0473/01 0891451", "ZNY SSSSS ZZH",
           "O 301451Z MAR 09", "FM AMEMBASSY ZENDA")
TO_LINE = "TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234"


@pytest.mark.parametrize(("line", "start", "end", "glued"), [
    ("C O N F I D E N T I A L ZENDA 000473", 0, 36, False),
    ("E C R E T ZENDA 000473", 0, 22, False),
    ("ONFIDENTIAL SECTION 01 OF 02 ZENDA 000473", 0, 41, False),
    ("NCLAS ZENDA 000473", 0, 18, False),
    ("S E C R E T ZENDA 000473 SIPDIS", 0, 24, False),
    ("S E C R E T ZENDA 000473SIPDIS", 0, 24, False),
    ("WASHDC 1234CO N F I D E N T I A L ZENDA 000473", 11, 46, True),
    ("INFO RUEHXX/AMEMBASSY STRELSAU S E C R E T ZENDA 000473", 31, 55, True),
])
def test_find_banner_places_damaged_banners(line: str, start: int, end: int,
                                            glued: bool) -> None:
    place = find_banner(line)
    assert place is not None
    assert (place.start, place.end, place.glued) == (start, end, glued)


@pytest.mark.parametrize("line", [
    "SECRETARY RASSENDYLL MET THE KING",
    "Secret talks with Zenda 2009 went on",  # lower case: no text may run on
    "SECRET//NOFORN",
    "TO SECSTATE WASHDC 1234",
    "ECRETARY ZENDA 000473",
])
def test_find_banner_rejects_text(line: str) -> None:
    assert find_banner(line) is None


def test_is_banner_line_only_for_a_whole_banner_line() -> None:
    assert is_banner_line("  S E C R E T ZENDA 000473")
    assert not is_banner_line("S E C R E T ZENDA 000473 SIPDIS")
    assert not is_banner_line("WASHDC S E C R E T ZENDA 000473")


def test_lost_first_letter_is_a_recovered_banner() -> None:
    text = cable(EO, banner="E C R E T ZENDA 000473", prologue=ROUTING)
    doc = parse_text(text)
    banner = doc.banner
    assert banner is not None and banner.dropped_initial and not banner.doubled_initial
    assert (banner.classification.level, banner.level_word) == ("S", "SECRET")
    assert_span(text, banner.level_span, "E C R E T")
    assert banner.text_before is None and banner.text_after is None


def test_banner_glued_to_the_routing_line_without_a_blank() -> None:
    glued = TO_LINE + "CO N F I D E N T I A L ZENDA 000473"
    text = cable(EO, banner=None, prologue=(*ROUTING, glued))
    doc = parse_text(text)
    banner = doc.banner
    assert banner is not None and banner.classification.level == "C"
    assert_span(text, banner.span, "CO N F I D E N T I A L ZENDA 000473")
    assert banner.text_before is not None
    assert_span(text, banner.text_before, TO_LINE)
    assert doc.routing is not None and doc.routing.to == (TO_LINE.removeprefix("TO "),)
    assert doc.eo is not None


def test_header_flattened_onto_the_banner_line() -> None:
    flat = f"S E C R E T ZENDA 000473 SIPDIS {EO} {TAGS}"
    text = cable("SUBJECT: THE KING IS CROWNED", banner=flat, prologue=ROUTING)
    doc = parse_text(text)
    banner = doc.banner
    assert banner is not None and banner.classification.level == "S"
    assert_span(text, banner.span, "S E C R E T ZENDA 000473")
    assert banner.text_after is not None
    assert_span(text, banner.text_after, f"SIPDIS {EO} {TAGS}")
    assert doc.eo is not None and doc.eo.order == 12958
    assert doc.subject is not None


def test_caption_run_onto_the_banner_line() -> None:
    text = cable(EO, banner="S E C R E T ZENDA 000473 NOFORN", prologue=ROUTING)
    doc = parse_text(text)
    assert doc.banner is not None and doc.banner.text_after is not None
    assert [c.text for c in doc.captions] == ["NOFORN"]


@pytest.mark.parametrize("prose", [
    "TO THE SECRETARY FROM AMBASSADOR RASSENDYLL",
    "INFO EUROPEAN POLITICAL COLLECTIVE",
])
def test_banner_followed_by_routing_like_prose_stays_the_banner(prose: str) -> None:
    text = cable(prose, EO, banner="S E C R E T ZENDA 000473")
    doc = parse_text(text)
    assert doc.banner is not None and doc.banner.classification.level == "S"
    assert doc.pseudo_banners == ()


def test_pseudo_banner_above_a_banner_that_prose_follows() -> None:
    prologue = ("S E C R E T   ZENDA   00000473", "", *ROUTING)
    text = cable("INFO EUROPEAN POLITICAL COLLECTIVE", EO, banner="S E C R E T ZENDA 000473",
                 prologue=prologue)
    doc = parse_text(text)
    assert len(doc.pseudo_banners) == 1 and doc.pseudo_banners[0].span.line == 1
    assert doc.banner is not None and doc.banner.span.line == len(prologue) + 1


def test_pseudo_banner_before_the_routing_of_a_later_banner() -> None:
    prologue = ("S E C R E T   ZENDA   00000473", "", *ROUTING)
    doc = parse_text(cable(EO, banner="S E C R E T ZENDA 000473", prologue=prologue))
    assert [p.banner.serial_value for p in doc.pseudo_banners if p.banner] == [473]
    assert doc.banner is not None and doc.banner.span.line == len(prologue) + 1


def test_page_header_states_its_level() -> None:
    body = ("1. (S) The king was crowned.", "", "PAGE 02 RUEHZN0473 S E C R E T", "",
            "2. (S) Embassy will follow events.")
    doc = parse_text(cable(EO, banner=None, prologue=ROUTING, body=body))
    assert [brk.level for brk in doc.page_breaks] == ["S"]


@pytest.mark.parametrize(("line", "start"), [
    # 06AMMAN3564 (fresh-15 audit, A175): glued to an addressee line and lost its "C"
    ("INFO RUEHXX/ZENDA COLLECTIVEO N F I D E N T I A L SECTION 01 OF 04 ZENDA 000123", 28),
    ("TO RUEHC/SECSTATE WASHDC IMMEDIATEE C R E T ZENDA 000473", 34),
])
def test_find_banner_glued_and_lost_its_first_letter(line: str, start: int) -> None:
    place = find_banner(line)
    assert place is not None and place.glued
    assert (place.start, place.end) == (start, len(line))


def test_glued_banner_that_lost_its_first_letter_in_the_model() -> None:
    prologue = (*ROUTING, "INFO RUEHXX/ZENDA COLLECTIVEO N F I D E N T I A L ZENDA 000473")
    text = cable(EO, TAGS, banner=None, prologue=prologue)
    banner = parse_text(text).banner
    assert banner is not None and banner.dropped_initial
    assert (banner.classification.level, banner.originator, banner.serial) == (
        "C", "ZENDA", "000473")
    assert_span(text, banner.level_span, "O N F I D E N T I A L")
    assert banner.text_before is not None
    assert_span(text, banner.text_before, "INFO RUEHXX/ZENDA COLLECTIVE")
