"""Header items present but damaged: the parser recognises them (issue #12).

An E.O. line glued after an addressee or run onto the banner line, written with
two blanks or a digit zero, and a SMART copy's lower-case banner glued to the
routing line are recoveries of the model, never missing items.  Every snippet
is invented (Zenda is a fictional post).
"""

from __future__ import annotations

from cable_snippets import assert_span, cable
from rule_helpers import apply_fixes, findings

from cablelint.parser import parse_text

ADDRESSEES = ("DEPT FOR EUR/ZENDA - RUDOLF RASSENDYLL DEPT ALSO FOR DRL/MLGA - "
              "FLAVIA ELPHBERG DEPT ALSO FOR IO")


def test_eo_with_two_blanks() -> None:
    text = cable("SIPDIS", "E.O.  12958: N/A", "TAGS: PREL ZD", "SUBJECT: CORONATION")
    eo = parse_text(text).eo
    assert eo is not None and eo.order == 12958 and eo.declassification.kind == "n/a"
    assert_span(text, eo.keyword_span, "E.O.")
    assert eo.zero_for_o is None
    assert findings(text, "CL106") == [] and findings(text, "CL512") == []


def test_eo_with_digit_zero_is_flagged_and_fixed() -> None:
    text = cable("SIPDIS", "E.0. 12958: N/A", "TAGS: PREL ZD", "SUBJECT: CORONATION")
    eo = parse_text(text).eo
    assert eo is not None and eo.keyword == "E.0."
    assert_span(text, eo.zero_for_o, "0", occurrence=1 + text[:text.index("E.0.")].count("0"))
    assert findings(text, "CL106") == []
    found = findings(text, "CL512")
    assert [d.message for d in found] == [
        "'E.0.' has a digit zero for the letter O; write 'E.O.'"]
    repaired = apply_fixes(text, found)
    assert "E.O. 12958: N/A" in repaired.splitlines() and findings(repaired, "CL512") == []


def test_eo_glued_after_a_long_addressee_line() -> None:
    text = cable("SIPDIS", f"{ADDRESSEES} E.O. 12958: DECL: 09/10/2018", "TAGS: PREL ZD",
                 "SUBJECT: CORONATION")
    eo = parse_text(text).eo
    assert eo is not None and eo.declassification.date == "2018-09-10"
    assert_span(text, eo.prefix_span, ADDRESSEES)
    assert findings(text, "CL106") == []
    assert [d.message for d in findings(text, "CL105")] == [
        f"'{ADDRESSEES}' shares the E.O. line; put it on its own line above"]


def test_eo_run_onto_the_banner_line() -> None:
    banner = ("C O N F I D E N T I A L SECTION 01 OF 02 ZENDA 000755 SIPDIS DEPARTMENT FOR "
              "EUR/ZENDA, EUR/RUR NSC FOR R. RASSENDYLL LONDON FOR POL/SAPT E.O. 12958:")
    text = cable("SUBJECT: CORONATION", banner=f"{banner}\nDECL: 05-06-13\nTAGS: PREL ZD")
    document = parse_text(text)
    eo = document.eo
    assert eo is not None and eo.order == 12958
    assert eo.declassification.kind == "date" and eo.declassification.date == "2013-05-06"
    assert document.banner is not None and document.banner.serial == "000755"
    assert findings(text, "CL106") == []


def test_lower_case_banner_glued_to_the_routing_line() -> None:
    routing = ("R 131200Z JAN 09", "FM AMEMBASSY ZENDA",
               "TO SECSTATE WASHDC PRIORITY 0123",
               "RUEKJCS/SECDEF WASHDC PRIORITYS e c r e t section 01 of 02 zenda 000020")
    text = cable("Noforn\nsipdis", "E.o. 12958: decl: 01/13/2029", "Tags: prel, zd",
                 "Subject: coronation", banner=None, prologue=routing)
    banner = parse_text(text).banner
    assert banner is not None and banner.classification.level == "S"
    assert banner.section is not None and banner.section.total == 2
    assert_span(text, banner.span, "S e c r e t section 01 of 02 zenda 000020")
    assert banner.text_before is not None
    assert findings(text, "CL101") == []


def test_lower_case_level_words_in_routing_text_are_no_banner() -> None:
    text = cable("E.O. 12958: DECL: 01/13/2029", "TAGS: PREL ZD", "SUBJECT: CORONATION",
                 prologue=("R 131200Z JAN 09", "FM AMEMBASSY ZENDA",
                           "TO SECSTATE WASHDC PRIORITY 0123 s e c r e t and 12 more 000020"))
    assert parse_text(text).banner is not None  # the snippet's own banner, not the routing's
    assert parse_text(text).banner.originator == "ZENDA"


def test_originator_lost_as_a_mark() -> None:
    banner = "S E C R E T SECTION 01 OF 02 > 001450"
    body = ("1. (S) The regent spoke at length about the treaty and", "",
            "> 00001450 002 of 002", "",
            "its consequences for the succession.")
    text = cable("SIPDIS", "E.O. 12958: DECL: 07/25/2032", "TAGS: PREL ZD",
                 "SUBJECT: CORONATION", banner=banner, body=body)
    document = parse_text(text)
    assert document.banner is not None and document.banner.originator_lost
    assert [page.page for page in document.page_breaks] == [2]
    assert document.page_breaks[0].malformed
    assert findings(text, "CL103", path="07ZENDA1450.txt") == []
    assert findings(text, "CL908") == []
