"""Parser tests for the banner-like constructs the rules read from the model:
level words, pseudo banners, the closing classification line, captions and
their controls, the whole-text statement, page headers and the cable id."""

from __future__ import annotations

import pytest
from cable_snippets import assert_span, cable, covered, parse_ok

from cablelint.fields.banner import read_label, read_level_word
from cablelint.fields.cable_id import parse_cable_id
from cablelint.parser import parse_text

EO = "E.O. 12958: DECL: 03/30/2016"


# ------------------------------------------------------------------- level words


@pytest.mark.parametrize(("text", "word", "level", "doubled"), [
    ("C O N F I D E N T I A L", "CONFIDENTIAL", "C", False),
    ("SS E C R E T", "SECRET", "S", True),
    ("-- secret --", "SECRET", "S", False),
    ("TOP SECRET", "TOPSECRET", "TS", False),
    ("UNCLAS", "UNCLAS", "U", False),
    ("LIMITED OFFICIAL USE", "LIMITEDOFFICIALUSE", "SBU", False),
])
def test_read_level_word(text: str, word: str, level: str, doubled: bool) -> None:
    found = read_level_word(text)
    assert found is not None
    assert (found.word, found.level, found.doubled_initial) == (word, level, doubled)


@pytest.mark.parametrize("text", ["SECRETARY", "NOFORN", "", "CONFIDENTIAL ZENDA"])
def test_read_level_word_rejects_other_text(text: str) -> None:
    assert read_level_word(text) is None


def test_banner_carries_its_level_word_and_a_doubled_initial() -> None:
    doc = parse_text(cable(EO, banner="SS E C R E T ZENDA 000123"))
    assert doc.banner.level_word == "SECRET" and doc.banner.doubled_initial
    doc = parse_ok(cable(EO))
    assert doc.banner.level_word == "CONFIDENTIAL" and not doc.banner.doubled_initial


@pytest.mark.parametrize(("label", "level", "controls"), [
    ("SECRET//NOFORN", "SECRET", ("NOFORN",)),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLASSIFIED", ("FOR OFFICIAL USE ONLY",)),
    ("confidential", "CONFIDENTIAL", ()),
    ("TOP  SECRET // NOFORN", "TOP SECRET", ("NOFORN",)),
])
def test_read_label(label: str, level: str, controls: tuple[str, ...]) -> None:
    assert read_label(label) == (level, controls)


# ----------------------------------------------------------------- pseudo banners


def test_pseudo_banner_is_read_as_a_banner() -> None:
    prologue = ("S E C R E T   STATE   00119085", "O 171200Z NOV 09", "FM SECSTATE WASHDC",
                "TO AMEMBASSY ZENDA IMMEDIATE 0002")
    text = cable("NOFORN", EO, prologue=prologue, banner="S E C R E T STATE 119085")
    [pseudo] = parse_ok(text).pseudo_banners
    assert pseudo.text == "S E C R E T   STATE   00119085"
    assert pseudo.banner.classification.level == "S"
    assert pseudo.banner.originator == "STATE" and pseudo.banner.serial == "00119085"
    assert_span(text, pseudo.banner.level_span, "S E C R E T")


# ---------------------------------------------------- the closing classification


def test_closing_classification_after_the_signoff() -> None:
    text = cable(EO, trailer=("", "C O N F I D E N T I A L"))
    closing = parse_ok(text).closing_classification
    assert closing is not None
    assert (closing.level, closing.level_word) == ("C", "CONFIDENTIAL")
    assert_span(text, closing.span, "C O N F I D E N T I A L", occurrence=2)


def test_closing_classification_below_a_glued_signoff() -> None:
    body = ("1. (S) The king was crowned. RASSENDYLL", "SECRET")
    text = cable(EO, banner="S E C R E T ZENDA 000123", body=body, signoff=None)
    closing = parse_text(text).closing_classification
    assert closing is not None and closing.level == "S"
    assert covered(text, closing.span) == "SECRET"


def test_no_closing_classification() -> None:
    assert parse_ok(cable(EO)).closing_classification is None


def test_closing_classification_is_among_the_last_four_lines() -> None:
    text = cable(EO, trailer=("SECRET", "", "NNNN", "", "", "NNNN"))
    assert parse_text(text).closing_classification is None
    text = cable(EO, trailer=("SECRET", "", "NNNN", "NNNN"))
    assert parse_text(text).closing_classification.level == "S"


# ---------------------------------------------------------------------- captions


@pytest.mark.parametrize(("caption", "kind", "controls"), [
    ("SIPDIS", "sipdis", ()),
    ("sipdis", "sipdis", ()),
    ("NOFORN", "handling", ("NOFORN",)),
    ("Noforn", "handling", ("NOFORN",)),
    ("SIPDIS NOFORN", "handling", ("NOFORN",)),
    ("STADIS", "handling", ("STADIS",)),
    ("SENSITIVE", "sensitive", ("SENSITIVE",)),
    ("SENSITIVE.", "sensitive", ("SENSITIVE",)),
    ("SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY", "sbu", ("SENSITIVE",)),
    ("SECRET//NOFORN", "level", ("NOFORN",)),
    ("SECRET NOFORN", "level", ("NOFORN",)),
    ("CONFIDENTIAL NOFORN", "level", ("NOFORN",)),
    ("C O R R E C T E D C O P Y (NOFORN CAPTION ADDED)", "corrected_copy", ("NOFORN",)),
    ("(U) THIS CABLE IS SENSITIVE BUT UNCLASSIFIED AND NOT FOR INTERNET DISTRIBUTION.",
     "sensitivity_note", ("SENSITIVE",)),
])
def test_caption_kind_and_controls(caption: str, kind: str, controls: tuple[str, ...]) -> None:
    text = cable(caption, EO, "TAGS: PREL ZD")
    [line] = parse_ok(text).captions
    assert line.text == caption and line.kind == kind
    assert tuple(control.word for control in line.controls) == controls
    for control in line.controls:
        assert covered(text, control.span).upper() == control.word


def test_caption_control_span_points_at_the_word() -> None:
    text = cable("SECRET//NOFORN", EO, banner="S E C R E T ZENDA 000123")
    [line] = parse_ok(text).captions
    [control] = line.controls
    line_number = text[:text.index("SECRET//")].count("\n") + 1
    assert control.span[:4] == (line_number, 9, line_number, 15)


# ------------------------------------------------------------ whole-text statement


def test_whole_text_statement_before_the_first_paragraph() -> None:
    body = ("SECRET - ENTIRE TEXT.", "", "1. The king was crowned.", "", "2. More.")
    text = cable(EO, banner="S E C R E T ZENDA 000123", body=body)
    whole = parse_ok(text).whole_text
    assert whole is not None and whole.level == "S" and whole.paragraph is None
    assert_span(text, whole.span, "SECRET - ENTIRE TEXT")


def test_whole_text_statement_as_the_first_paragraphs_mark_is_no_portion_mark() -> None:
    body = ("1. (C - ENTIRE TEXT). The king was crowned.", "", "2. More.")
    text = cable(EO, body=body)
    doc = parse_ok(text)
    assert doc.whole_text is not None
    assert (doc.whole_text.level, doc.whole_text.paragraph) == ("C", 0)
    assert_span(text, doc.whole_text.span, "(C - ENTIRE TEXT)")
    assert doc.paragraphs[0].portion_mark is None


def test_entire_text_after_the_second_paragraph_is_no_statement() -> None:
    body = ("1. (C) One.", "", "2. (C) SECRET - ENTIRE TEXT.")
    assert parse_ok(cable(EO, body=body)).whole_text is None


# --------------------------------------------------------- page headers, cable id


@pytest.mark.parametrize(("line", "originator", "serial"), [
    ("PAGE 02 RUEHFRA2440 C O N F I D E N T I A L ZENDA 000123", "ZENDA", "000123"),
    ("PAGE 02 RUEHZN0123 ZENDA 000123", "ZENDA", "000123"),
])
def test_old_page_header(line: str, originator: str, serial: str) -> None:
    body = ("1. (C) The king was crowned.", "", line, "", "2. (C) More.")
    [page] = parse_text(cable(EO, body=body)).page_breaks
    assert (page.originator, page.serial, page.page) == (originator, serial, 2)


def test_cable_id_from_the_file_name() -> None:
    assert parse_cable_id("/x/05OTTAWA1502.txt") == ("05OTTAWA1502", 2005, "OTTAWA", 1502, "")
    assert parse_cable_id("/x/notes.txt") is None
    doc = parse_text(cable(EO), path="/x/09STATE100153.txt")
    assert doc.cable_id == ("09STATE100153", 2009, "STATE", 100153, "")


def test_portion_mark_field_parser_still_reads_a_whole_text_mark() -> None:
    """The builder recognises ``1. (C - ENTIRE TEXT)`` by the mark the portion
    parser reads there, and then moves it to ``Document.whole_text``."""
    from cablelint.fields.portion import parse_portion_mark
    from cablelint.source import SourceText

    text = "(C - ENTIRE TEXT) The king was crowned."
    mark = parse_portion_mark(SourceText.from_text(text), text, 0)
    assert (mark.raw, mark.level, mark.caveats) == ("(C - ENTIRE TEXT)", "C", ("ENTIRE TEXT",))


@pytest.mark.parametrize(("line", "kind", "controls"), [
    # captions issue #12's reader found on unseen cables (rules/classification.json READER-12)
    ("DEA SENSITIVE", "sbu", ["SENSITIVE"]),
    ("SENSITIVE BUT UNCLASSIFIED", "sbu", ["SENSITIVE"]),
    ("NOFORN, NOT FOR INTERNET DISTRIBUTION", "handling", ["NOFORN"]),
    ("SBU - NOT FOR INTERNET DISTRIBUTION", "handling", ["SBU"]),
    ("FOR OFFICIAL USE ONLY", "handling", ["FOR OFFICIAL USE ONLY"]),
])
def test_public_caption_forms(line, kind, controls) -> None:
    text = cable("E.O. 12958: N/A", "TAGS: PREL ZI", "SUBJECT: CORONATION",
                 banner="UNCLAS ZENDA 000123", prologue=())
    text = text.replace("UNCLAS ZENDA 000123\n\n", f"UNCLAS ZENDA 000123\n\n{line}\n\n", 1)
    [caption] = parse_text(text).captions
    assert (caption.text, caption.kind) == (line, kind)
    assert [control.word for control in caption.controls] == controls
