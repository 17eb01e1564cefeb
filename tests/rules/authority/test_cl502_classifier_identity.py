"""CL502 classifier-identity: hand-written cables."""

from __future__ import annotations

import pytest
from authority_helpers import GOOD_CB, only, snippet
from cable_snippets import covered
from rule_helpers import findings


@pytest.mark.parametrize(("block", "wrong", "words"), [
    ("Classified By: Ambassador, reasons 1.4 (b) and (d).", "Ambassador", "no person"),
    ("Classified By: Charge d'Affaires, for reasons 1.4 (b) and (d)", "Charge d'Affaires",
     "no person"),
    ("Classified By: Flavia Elphberg, Reasons 1.4 (b) and (d)", "Flavia Elphberg",
     "no position"),
])
def test_cl502_bad(block, wrong, words):
    text = snippet(classified_by=block)
    found = only(text, "CL502")
    assert covered(text, found.span) == wrong
    assert words in found.message


@pytest.mark.parametrize("block", [
    GOOD_CB,
    "CLASSIFIED BY: Fritz Tarlenheim, Charge, US Department of State, US Embassy Zenda; "
    "REASON: 1.4(B), (D)",
    "Classified By: RUPERT HENTZAU, DIR., INR/OPS. REASON: 1.4(C).",
    "Classified By: DCM Fritz von Tarlenheim for reasons 1.4 (b,d)",
    "Classified By: XXXXXXXXXXXX, Ambassador, U.S. Embassy Zenda",
    "Classified By: POL/Couns Sapt. Reasons: 1.4 (B,C,D)",
    # titles issue #12 and the development corpora use (rules/executive-orders.json)
    "Classified By: PDAS Rupert Hentzau, reasons 1.4 (b) and (d)",
    "Classified By: ADCM Flavia Elphberg for reasons 1.4 (b,d)",
    "Classified By: ECONMIN Fritz Tarlenheim, reasons 1.4 (b) and (d)",
    "Classified By: CG Fritz Tarlenheim, reasons 1.4 (b) and (d)",
    "Classified By: EconMinCouns Fritz Tarlenheim, reasons 1.4 (b) and (d)",
    # issue #12 audit: POLCHIEF, the political section chief, is a position
    "Classified By: POLCHIEF Fritz Tarlenheim.  REASON:  1.4 (D)",
])
def test_cl502_good(block):
    assert findings(snippet(classified_by=block), "CL502") == []


@pytest.mark.parametrize("block", [
    # issue #12 audit (04CARACAS1331, 04DJIBOUTI381): Information Officer, consular officer
    "Classified By: Flavia R. Elphberg, IO, for reasons 1.4 (b) and (d).",
    "Classified By: CONOFF RUDOLF RASSENDYLL FOR REASONS 1.4 (B) AND (D)",
    # issue #12 audit (04CARACAS3219): the whole block in lower case
    "Classified By: cda fritz v. tarlenheim FOR REASON 1.4 (d)",
])
def test_cl502_known_abbreviations_and_lower_case_names(block):
    assert findings(snippet(classified_by=block), "CL502") == []


def test_cl502_a_lower_case_position_alone_is_still_no_person():
    found = only(snippet(classified_by="Classified By: cda, reasons 1.4 (b) and (d)."), "CL502")
    assert "no person" in found.message


@pytest.mark.parametrize("block", [
    "Classified By: PolMilCouns Rupert Hentzau, reasons 1.4 (b) and (d)",
    "Classified By: DepPolCouns Flavia Elphberg for reasons 1.4 (b,d)",
    "Classified By: EconOff Fritz Tarlenheim, reason 1.4 (b)",
])
def test_cl502_run_together_title_is_a_position(block):
    assert findings(snippet(classified_by=block), "CL502") == []


def test_cl502_camel_case_surname_is_not_a_position():
    text = snippet(classified_by="Classified By: Rupert McDonald, reason 1.4 (b)")
    found = only(text, "CL502")
    assert covered(text, found.span) == "Rupert McDonald"
    assert "no position" in found.message


@pytest.mark.parametrize("block", [
    # fresh-9 audit A003 (04HELSINKI1482): APAO, assistant public affairs officer
    "Classified By: APAO FLAVIA ELPHBERG FOR REASONS 1.4 (B) and (D)",
    "Classified By: DPAO Rupert Hentzau, reasons 1.4 (b) and (d)",
    "Classified By: ARSO Fritz Tarlenheim for reasons 1.4 (b,d)",
    "Classified By: DCG Fritz Tarlenheim, reason 1.4 (d)",
])
def test_cl502_prefixed_title_initials_are_a_position(block):
    """A letter before a title's initials (A: acting or assistant, D: deputy) makes a
    title: the block names both."""
    assert findings(snippet(classified_by=block), "CL502") == []


def test_cl502_a_prefix_letter_needs_title_initials_after_it():
    """'Amin' is A + MIN (minister's truncation, no initials): a name, not a title."""
    text = snippet(classified_by="Classified By: Amin Hentzau, reason 1.4 (b)")
    found = only(text, "CL502")
    assert covered(text, found.span) == "Amin Hentzau"
    assert "no position" in found.message


def test_cl502_defense_attache_office_before_the_name_is_a_position():
    """fresh-12 audit A225 (07HELSINKI636): DAO, the Defense Attache Office, is the
    classifier's office written before the name."""
    block = "Classified By: DAO RUDOLF RASSENDYLL FOR REASONS 1.4 (B) AND (D)"
    assert findings(snippet(classified_by=block), "CL502") == []


def test_cl502_dao_alone_still_names_no_person():
    found = only(snippet(classified_by="Classified By: DAO, reasons 1.4 (b) and (d)."), "CL502")
    assert "no person" in found.message


@pytest.mark.parametrize("block", [
    # fresh-12 audit A287 (07OSLO480): the publisher removed the whole classifier
    "Classified By: [TEXT REMOVED BY AFTENPOSTEN ], Reasons 1.4 (b) and (d)",
    "Classified By: [NAME REMOVED], reasons 1.4 (b) and (d)",
])
def test_cl502_a_classifier_replaced_by_a_removal_note_is_not_judged(block):
    assert findings(snippet(classified_by=block), "CL502") == []


def test_cl502_a_removal_note_with_a_title_left_is_still_judged_as_a_name():
    """Only a note standing for the whole classifier silences the rule: a note
    beside a title reads as the (removed) name, and the block names both."""
    block = "Classified By: Ambassador [NAME REMOVED], reasons 1.4 (b) and (d)"
    assert findings(snippet(classified_by=block), "CL502") == []


@pytest.mark.parametrize("block", [
    # fresh-14 audit A234 (08BERLIN424): EMIN, the economic minister(-counselor)
    "Classified By: EMIN Rudolf Rassendyll for reasons 1.4 (b)\nand (d).",
    "Classified By: POLMIN Flavia Elphberg, reasons 1.4 (b) and (d).",
    "Classified By: EconCouns Fritz Tarlenheim, reasons 1.4 (b) and (d).",
    "Classified By: Emboff Fritz Tarlenheim, reasons 1.4 (b) and (d).",
])
def test_cl502_section_and_rank_shorthand_is_a_position(block):
    assert findings(snippet(classified_by=block), "CL502") == []


def test_cl502_a_section_rank_shorthand_alone_still_names_no_person():
    found = only(snippet(classified_by="Classified By: EMIN, reasons 1.4 (b) and (d)."), "CL502")
    assert "no person" in found.message


@pytest.mark.parametrize("block", [
    # 10ABUDHABI69 (fresh-15 audit, A104): a title misspelt by one letter is a title
    "CLASSIFIED BY: Rupert Hentzau, Ambasador; REASON: 1.4(A), (B), (C), (D)",
    "Classified By: Flavia Elphberg, Cousnelor, reasons 1.4 (b) and (d)",
    "Classified By: Dirctor Fritz Tarlenheim, reasons 1.4 (b) and (d)",
])
def test_cl502_title_with_a_one_letter_typo_is_a_position(block):
    assert findings(snippet(classified_by=block), "CL502") == []


@pytest.mark.parametrize(("block", "wrong"), [
    # a surname one letter from a title, right after a given name, stays a surname
    ("Classified By: Flavia Minster, reasons 1.4 (b) and (d)", "Flavia Minster"),
    # a short word one letter from a short title is no title ("Consul" / "Consol")
    ("Classified By: Rupert Consol, reasons 1.4 (b) and (d)", "Rupert Consol"),
])
def test_cl502_surname_near_a_title_is_still_a_name(block, wrong):
    text = snippet(classified_by=block)
    found = only(text, "CL502")
    assert covered(text, found.span) == wrong and "no position" in found.message
