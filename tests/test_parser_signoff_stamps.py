"""Parser tests for sign-offs with something run onto their line (issue #12): an
export's date stamp after the name, and a name glued after a page-break mark
ending the last line of text.  Every snippet is invented (Strelsau is a
fictional post, its serial and names made up)."""

from __future__ import annotations

from cablelint.parser import parse_text

BANNER = "C O N F I D E N T I A L SECTION 01 OF 02 STRELSAU 000733"
HEADER = (f"{BANNER}\n\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n"
          "SUBJECT: THE COALITION WOBBLES\n\n"
          "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)\n\n")
BODY = "1. (C) The regent met the king on Monday and promised to stay neutral."


def _covered(text: str, span) -> str:
    return text[span.start:span.end]


def test_a_name_with_a_date_stamp_on_its_line_is_the_signoff() -> None:
    text = HEADER + BODY + "\nSAPT 2009-03-14\n"
    doc = parse_text(text)
    signoff = doc.signoff
    assert signoff is not None and signoff.name == "SAPT" and not signoff.glued
    assert _covered(text, signoff.span) == "SAPT"
    assert signoff.noise is not None and _covered(text, signoff.noise) == "2009-03-14"
    assert signoff.noise_kind == "date-stamp"
    assert (signoff.noise.line, signoff.noise.column) == (signoff.span.line, 6)


def test_a_glued_name_with_a_date_stamp_is_the_signoff() -> None:
    text = HEADER + BODY + " SAPT 2009-03-14\n"
    doc = parse_text(text)
    signoff = doc.signoff
    assert signoff is not None and signoff.glued and signoff.after_stop
    assert _covered(text, signoff.span) == "SAPT"
    assert _covered(text, signoff.noise) == "2009-03-14"
    assert signoff.noise_kind == "date-stamp"


def test_a_name_glued_after_the_last_page_mark_is_the_signoff() -> None:
    text = HEADER + BODY + " STRELSAU 00000733 002 OF 002 SAPT\n"
    doc = parse_text(text)
    signoff = doc.signoff
    assert signoff is not None and signoff.name == "SAPT" and signoff.glued
    assert signoff.after_mark and not signoff.after_stop
    assert _covered(text, signoff.span) == "SAPT"
    assert signoff.noise is None and signoff.noise_kind is None


def test_a_cut_off_place_before_the_mark_still_counts() -> None:
    # the telegram cuts the place to ten characters: "RIO DE JAN" for RIO DE JANEIRO
    text = HEADER + BODY + " STRELSAU C 00000733 002 OF 002 SAPT\n"
    assert parse_text(text).signoff.after_mark


def test_no_signoff_where_text_goes_on_or_no_mark_stands() -> None:
    # a date at the end of prose, a lower-case word after a mark, a figure before a name
    for tail in (" It was signed on 2009-03-14", " STRELSAU 00000733 002 OF 002 the",
                 " The count was 00000733 002 SAPT"):
        assert parse_text(HEADER + BODY + tail + "\n").signoff is None, tail


def test_noise_kinds_of_the_old_forms_are_kept() -> None:
    for name, kind in (("SAPT##", "hashes"), ("SAPT..", "stops")):
        doc = parse_text(HEADER + BODY + "\n\n" + name + "\n")
        assert doc.signoff is not None and doc.signoff.noise_kind == kind, name
    assert parse_text(HEADER + BODY + "\n\nSAPT\n").signoff.noise_kind is None
