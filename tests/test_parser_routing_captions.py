"""The captions below the routing header of a cable that lost its banner
(cablelint.syntax.routing_captions), and the DE line's section number."""

from __future__ import annotations

from cablelint.parser import parse_text

ROUTING = (
    "VZCZCXRO0042",
    "OO RUEHZN",
    "DE RUEHZN #0042/01 0891451",
    "ZNY SSSSS ZZH",
    "O 301451Z MAR 07",
    "FM AMEMBASSY ZENDA",
    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0101",
    "INFO RUEHSTR/AMEMBASSY STRELSAU 0202",
)
HEADER = ("", "E.O. 12958: DECL: 03/30/2017", "TAGS: PREL ZN",
          "SUBJECT: RASSENDYLL RETURNS", "", "1. (S) The king is back.")


def parse(*lines: str):
    return parse_text("\n".join(lines) + "\n")


def test_a_sipdis_line_below_the_routing_is_a_caption_not_an_addressee() -> None:
    document = parse(*ROUTING, "SIPDIS", *HEADER)
    assert document.banner is None
    [caption] = document.captions
    assert (caption.text, caption.kind, caption.glued) == ("SIPDIS", "sipdis", False)
    assert (caption.span.line, caption.span.column) == (9, 1)
    assert document.routing.info == ("RUEHSTR/AMEMBASSY STRELSAU 0202",)
    assert document.routing.span.end_line == 8


def test_a_sipdis_run_onto_the_last_routing_line_is_a_glued_caption() -> None:
    document = parse(*ROUTING[:-1], ROUTING[-1] + "SIPDIS", *HEADER)
    [caption] = document.captions
    assert caption.glued and caption.text == "SIPDIS"
    assert (caption.span.line, caption.span.column, caption.span.end_column) == (8, 37, 43)
    assert document.routing.info == ("RUEHSTR/AMEMBASSY STRELSAU 0202",)


def test_with_a_banner_the_routing_lines_are_left_alone() -> None:
    document = parse(*ROUTING, "S E C R E T SECTION 01 OF 02 ZENDA 000042", "", "SIPDIS",
                     *HEADER)
    assert [c.span.line for c in document.captions] == [11]
    assert document.routing.info == ("RUEHSTR/AMEMBASSY STRELSAU 0202",)


def test_an_addressee_ending_in_other_letters_is_no_caption() -> None:
    document = parse(*ROUTING, *HEADER)
    assert document.captions == ()
    assert document.routing.info == ("RUEHSTR/AMEMBASSY STRELSAU 0202",)


def test_the_de_line_section_number() -> None:
    assert parse(*ROUTING, *HEADER).routing.transmission_section == "01"
    routing = tuple(line.replace("#0042/01", "#0042") for line in ROUTING)
    assert parse(*routing, *HEADER).routing.transmission_section is None
