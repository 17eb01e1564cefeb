"""Parser tests for the sign-off: every recovery the model records (glued, after a
full stop, written twice, stray text below it, a body-less cable).

Every snippet is invented (Zenda is a fictional post, names made up); nothing is
copied from the corpus.
"""

from __future__ import annotations

import pytest
from cable_snippets import cable, covered, where

from cablelint.parser import parse_text
from cablelint.syntax.signoff import glued_name, is_name

EO = "E.O. 12958: DECL: 03/30/2016"


def _signoff(text: str):
    signoff = parse_text(text).signoff
    assert signoff is not None
    return signoff


def test_glued_after_a_full_stop() -> None:
    text = cable(EO, body=("1. (C) Embassy will follow events. RASSENDYLL",), signoff=None)
    signoff = _signoff(text)
    assert (signoff.name, signoff.glued, signoff.after_stop) == ("RASSENDYLL", True, True)
    line, column, end = where(text, "RASSENDYLL")
    assert signoff.span[:4] == (line, column, line, end)
    assert signoff.repeated is None


def test_glued_after_an_end_marker_is_not_after_a_stop() -> None:
    text = cable(EO, body=("1. (C) Comment: events will decide. END COMMENT Rassendyll",),
                 signoff=None)
    signoff = _signoff(text)
    assert (signoff.name, signoff.glued, signoff.after_stop) == ("Rassendyll", True, False)
    assert covered(text, signoff.span) == "Rassendyll"


def test_a_name_after_a_sentence_on_its_own_line_is_glued() -> None:
    # the lexer once took "End Text. CLINTON" whole for the name
    text = cable(EO, signoff="End Text. RASSENDYLL")
    signoff = _signoff(text)
    assert (signoff.name, signoff.glued, signoff.after_stop) == ("RASSENDYLL", True, True)
    assert covered(text, signoff.span) == "RASSENDYLL"


def test_glued_name_above_a_closing_classification_line() -> None:
    text = cable(EO, body=("1. (C) Embassy will follow events. RASSENDYLL", "CONFIDENTIAL"),
                 signoff=None)
    doc = parse_text(text)
    assert doc.signoff.name == "RASSENDYLL" and doc.signoff.glued
    assert [(line.text, line.kind) for line in doc.trailer] == [
        ("CONFIDENTIAL", "classification")]
    # the paragraph keeps its glued name and ends with it
    assert covered(text, doc.paragraphs[0].span).endswith("events. RASSENDYLL")


def test_glued_name_after_a_redaction() -> None:
    text = cable(EO, body=("1. (C) He agreed to meet. XXXXXXXXXXXX RASSENDYLL",), signoff=None)
    signoff = _signoff(text)
    assert (signoff.name, signoff.glued, signoff.after_stop) == ("RASSENDYLL", True, False)


def test_glued_name_at_the_end_of_a_footer_line() -> None:
    body = ("1. (C) Text.", "",
            "Visit Zenda's Classified Website: http://www.state.sgov.gov/p/eur/zenda **** SAPT")
    signoff = _signoff(cable(EO, body=body, signoff=None))
    assert (signoff.name, signoff.glued) == ("SAPT", True)


def test_name_written_twice_on_one_line() -> None:
    text = cable(EO, signoff="RASSENDYLL Rassendyll")
    signoff = _signoff(text)
    assert signoff.name == "RASSENDYLL" and not signoff.glued
    assert covered(text, signoff.span) == "RASSENDYLL"
    assert covered(text, signoff.repeated) == "Rassendyll"
    assert signoff.repeated.line == signoff.span.line


def test_name_written_again_on_the_next_line() -> None:
    text = cable(EO, signoff="Rassendyll", trailer=("", "rassendyll", "NNNN"))
    doc = parse_text(text)
    assert doc.signoff.name == "Rassendyll"
    assert [line.kind for line in doc.trailer] == ["signoff", "nnnn"]
    assert doc.signoff.repeated == doc.trailer[0].span


def test_stray_text_below_the_signoff_is_trailer() -> None:
    text = cable(EO, trailer=("", "ZEN @ DA P"))
    doc = parse_text(text)
    assert doc.signoff.name == "RASSENDYLL" and doc.signoff.span.line == where(
        text, "RASSENDYLL")[0]
    assert [(line.text, line.kind) for line in doc.trailer] == [("ZEN @ DA P", "text")]


def test_a_paragraph_below_a_name_is_no_stray_text() -> None:
    # a bare heading ("Coronation Plans") above the last paragraph is no sign-off
    body = ("Coronation Plans", "", "1. (C) The cathedral is ready and so is the king.")
    doc = parse_text(cable(EO, body=body, signoff=None))
    assert doc.signoff is None


def test_a_lone_redaction_is_no_signoff() -> None:
    assert parse_text(cable(EO, signoff="XXXXXXXXXXXX")).signoff is None


def test_signoff_of_a_cable_whose_text_ran_on_below_the_header() -> None:
    text = ("UNCLAS ZENDA 000123\nSUBJECT: THE KING IS CROWNED\nREF: ZENDA 101\n"
            " (SBU) The king was crowned today in the cathedral.\nRASSENDYLL\n")
    doc = parse_text(text)
    assert doc.signoff.name == "RASSENDYLL" and doc.signoff.span.line == 5


def test_an_addressee_ending_a_body_less_cable_is_no_signoff() -> None:
    text = "UNCLAS ZENDA 000123\nSUBJECT: THE KING IS CROWNED\nNSC FOR SAPT\nOSD FOR DETCHARD\n"
    assert parse_text(text).signoff is None


@pytest.mark.parametrize(("line", "name"), [
    ("... as planned. RASSENDYLL", "RASSENDYLL"),
    ("... restructuring. .RASSENDYLL", "RASSENDYLL"),
    ("... the end of it.\u201d Sapt", "Sapt"),
    ("... END NOTE TIMKEN JR", "TIMKEN JR"),
])
def test_glued_name_forms(line: str, name: str) -> None:
    found = glued_name(line)
    assert found is not None and line[found.start:found.end] == name


@pytest.mark.parametrize("line", ["... as planned. END COMMENT", "... as planned. Ok",
                                  "... he said Rassendyll", "... restructuring. .Sapt"])
def test_not_glued_names(line: str) -> None:
    assert glued_name(line) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("RASSENDYLL", True), ("von Tarlenheim", True), ("THANKS", False), ("End Text. SAPT", False),
    ("REGENT NAMES A...", False), ("XXXXXXXXXXXX", False)])
def test_is_name(text: str, expected: bool) -> None:
    assert is_name(text) is expected


def test_name_after_the_website_address_of_a_footer_line() -> None:
    """``Visit London's Classified Website: http://.../index. cfm Tuttle``: the address
    ends no sentence, yet the name after it is the sign-off (four London cables)."""
    footer = "Visit Zenda's Classified Website: http://www.state.sgov.gov/p/eur/zenda/index. cfm"
    document = parse_text(cable("TAGS: PREL ZD", body=("1. (C) The king spoke.", "",
                                                        f"{footer} Rassendyll"), signoff=None))
    assert document.signoff is not None and document.signoff.name == "Rassendyll"
    assert document.signoff.glued
    assert glued_name(f"{footer} Rassendyll") is None  # not on a line of plain text


@pytest.mark.parametrize("text", ["SECRET", "Confidential", "UNCLAS", "TOP SECRET",
                                  "LIMITED OFFICIAL USE", "SSECRET"])
def test_a_level_word_is_no_name(text: str) -> None:
    """The banner module's level-word reader tells the sign-off a level word: alone,
    in title case, two words long or with its initial doubled by the extraction."""
    assert is_name(text) is False


@pytest.mark.parametrize("line", ["... as planned. SECRET", "... as planned. Confidential"])
def test_a_glued_level_word_is_no_name(line: str) -> None:
    assert glued_name(line) is None


def test_name_after_a_redacted_web_address_is_glued() -> None:
    """07LONDON3923 (fresh-8 audit, A053): '16. (C) XXXXXXXXXXXX. cfm Tuttle': a
    redaction took the footer's address but its page's type."""
    text = cable(EO, body=("1. (C) XXXXXXXXXXXX. cfm Rassendyll",), signoff=None)
    signoff = _signoff(text)
    assert (signoff.name, signoff.glued, signoff.after_stop) == ("Rassendyll", True, False)
    assert covered(text, signoff.span) == "Rassendyll"
    assert glued_name("1. (C) See zenda. cfm Rassendyll") is None  # no redaction: text


def test_two_stray_full_stops_after_a_name_below_text() -> None:
    """08LONDON3062 (fresh-8 audit, A100): 'TUTTLE..' right below the last line of text."""
    text = cable(EO, body=("1. (C) Embassy will follow events.", "RASSENDYLL.."), signoff=None)
    signoff = _signoff(text)
    assert signoff.name == "RASSENDYLL" and not signoff.glued
    assert covered(text, signoff.noise) == ".."
    assert is_name("RASSENDYLL..") and not is_name("TIMELINES...") and not is_name("RASSENDYLL.")
    assert not is_name("COMMENT..")


@pytest.mark.parametrize("remnant", [" \\", " \\v", " \\f"])
def test_line_end_backslash_is_no_part_of_the_name(remnant: str) -> None:
    """09BERN98 (fresh-9 audit, A212): an export that ends every line with " \\" left
    "CARTER \\v" on the last line: the backslash and its escape letter are debris."""
    text = cable(EO, body=("1. (C) Embassy will follow events.",), signoff=None)
    text = text.replace("\n", " \\\n") + "RASSENDYLL" + remnant
    signoff = _signoff(text)
    assert (signoff.name, signoff.glued, signoff.noise) == ("RASSENDYLL", False, None)
    assert covered(text, signoff.span) == "RASSENDYLL"


def test_a_backslash_before_a_word_is_no_line_end_remnant() -> None:
    from cablelint.fields.line_end import without_line_end_backslash

    assert without_line_end_backslash("RASSENDYLL \\v") == "RASSENDYLL"
    assert without_line_end_backslash("RASSENDYLL \\x") == "RASSENDYLL \\x"
    assert without_line_end_backslash("path C:\\v") == "path C:\\v"
    assert without_line_end_backslash("") == ""


@pytest.mark.parametrize("word", ["Rassendyll's", "RASSENDYLL'S", "Rassendyll\u2019s"])
def test_a_possessive_is_no_name(word: str) -> None:
    """06PANAMA360 (fresh-9 audit, A236): a cut-off text's last word ("... Law. Moscoso's")."""
    assert not is_name(word)
    assert glued_name(f"the decree that impeded the Zenda Law. {word}") is None
    text = cable(EO, body=(f"1. (C) The decree impeded the Zenda Law. {word}",), signoff=None)
    assert parse_text(text).signoff is None
