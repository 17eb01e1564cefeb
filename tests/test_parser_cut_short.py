"""A released text cut short (Document.cut_short) and the header printed again on
one line below it (trailer kind header-echo): hand-written cables."""

from __future__ import annotations

from rule_helpers import findings

from cablelint.parser import parse_text

HEAD = ("S E C R E T ZENDA 000290\n\nNOFORN\nSIPDIS\n\nE.O. 12958: DECL: 01/05/2017\n"
        "TAGS: PREL ZN\nSUBJECT: THE KING\n\n"
        "Classified By: Ambassador Rudolf Rassendyll for reasons 1.4 (b), (d)\n\n")
ECHO = ("S E C R E T ZENDA 000290 NOFORN SIPDIS E.O. 12958: DECL: 01/05/2017 "
        "TAGS: PREL ZN SUBJECT: THE KING")


def test_preview_cut_short_with_the_header_echoed_below() -> None:
    """08USNATO290 (fresh-5 audit): '¶1. (S/NF) Summa...' then the header on one line."""
    text = HEAD + "\u00b61. (S/NF) Summa...\n\n" + ECHO + "\n"
    document = parse_text(text)
    cut = document.cut_short
    assert cut is not None and text[cut.start:cut.end] == "..."
    [echo] = document.trailer
    assert echo.kind == "header-echo" and echo.span.line == text.count("\n")
    assert document.inline_sipdis == ()  # the echo's SIPDIS is its caption
    for code in ("CL111", "CL205", "CL910"):
        assert findings(text, code) == [], code


def test_a_text_ending_normally_is_not_cut_short() -> None:
    document = parse_text(HEAD + "\u00b61. (S/NF) The king was crowned.\n\nRASSENDYLL\n")
    assert document.cut_short is None
    assert parse_text(HEAD + "\u00b61. (S/NF) The king waited....\n").cut_short is None


def test_text_stopping_in_its_header_above_the_echo_is_cut_short() -> None:
    """08BAKU768 (fresh-6 audit): 'Classified By: ... for re...' and the header
    echoed below it: no body, no signer to ask for."""
    head = HEAD.replace("Classified By: Ambassador Rudolf Rassendyll for reasons 1.4 (b), (d)",
                        "Classified By: Ambassador Rudolf Rassendyll for re...")
    text = head + ECHO + "\n"
    document = parse_text(text)
    assert document.cut_short is not None and text[document.cut_short.start - 2:
                                                   document.cut_short.end] == "re..."
    assert findings(text, "CL111") == []
