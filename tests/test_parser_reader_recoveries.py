"""Parser tests for the header and sign-off forms cablemap's reader recovers (issue #12):
SUBJECT without its colon, ``Ref(s):`` and ``REFTEL:`` as REF keywords, noise glued to
a sign-off (``##``, a full stop), a function word ending a cut-off text, and the
archive's declassification stamp below the sign-off.

Every snippet is invented (Zenda is a fictional post, names made up); nothing is
copied from the corpus.
"""

from __future__ import annotations

import pytest
from cable_snippets import assert_span, cable, covered

from cablelint.parser import parse_text
from cablelint.syntax.signoff import is_name, trailing_noise

EO = "E.O. 12958: DECL: 03/30/2016"
TAGS = "TAGS: PREL ZN"


def test_subject_without_colon_is_read_and_flagged() -> None:
    text = cable(EO, TAGS, "SUBJECT ZENDA CROWNS A NEW KING")
    subject = parse_text(text).subject
    assert subject is not None and subject.no_colon
    assert subject.text == "ZENDA CROWNS A NEW KING"
    assert_span(text, subject.keyword_span, "SUBJECT")


def test_subject_with_colon_is_not_flagged() -> None:
    subject = parse_text(cable(EO, TAGS, "SUBJECT: ZENDA CROWNS A NEW KING")).subject
    assert subject is not None and not subject.no_colon


@pytest.mark.parametrize("line", ["Subject to approval the king", "SUBJECT to approval"])
def test_subject_without_colon_needs_the_keyword_and_a_capital_in_capitals(line) -> None:
    # prose that begins with the word is no SUBJECT line
    assert parse_text(cable(EO, TAGS, line)).subject is None


@pytest.mark.parametrize("keyword", ["Ref(s):", "REFTEL:", "REFTELS:"])
def test_ref_keyword_forms(keyword) -> None:
    text = cable(EO, TAGS, "SUBJECT: CORONATION", f"{keyword} ZENDA 101")
    references = parse_text(text).references
    assert references is not None and references.keyword == keyword[:-1]
    assert [item.text for item in references.items] == ["ZENDA 101"]
    assert_span(text, references.keyword_span, keyword)


def test_ref_s_run_onto_the_subject_is_cut_off() -> None:
    text = cable(EO, TAGS, "SUBJECT: ZENDA CROWNS A KING Ref(s): A) 08 ZENDA 138")
    subject = parse_text(text).subject
    assert subject.text == "ZENDA CROWNS A KING"
    assert covered(text, subject.glued) == "Ref(s): A) 08 ZENDA 138"


@pytest.mark.parametrize(("written", "noise"), [("RASSENDYLL##", "##"), ("RASSENDYLL#", "#")])
def test_signoff_with_hashes(written, noise) -> None:
    text = cable(EO, signoff=written)
    signoff = parse_text(text).signoff
    assert signoff is not None and signoff.name == "RASSENDYLL" and not signoff.glued
    assert_span(text, signoff.span, "RASSENDYLL")
    assert covered(text, signoff.noise) == noise


def test_signoff_with_a_full_stop_apart() -> None:
    text = cable(EO, signoff="RASSENDYLL.")
    signoff = parse_text(text).signoff
    assert signoff is not None and signoff.name == "RASSENDYLL"
    assert covered(text, signoff.noise) == "."


def test_a_word_and_stop_below_text_is_no_name() -> None:
    # below a line of text a word in capitals and a full stop ends a sentence
    text = cable(EO, body=("1. (C) The king asked for the", "REGALIA."), signoff=None)
    assert parse_text(text).signoff is None
    assert not is_name("REGALIA.") and is_name("REGALIA.", apart=True)
    # a capitalised word apart is a name too ("Palmer.", 03TEGUCIGALPA740, issue #12
    # fresh-14); below text, or in lower case, it is none
    assert trailing_noise("Regalia.", apart=True) == 7
    assert trailing_noise("Regalia.") is None and trailing_noise("regalia.", apart=True) is None
    assert trailing_noise("END.", apart=True) is None  # a marker word is no name


def test_plain_signoff_has_no_noise() -> None:
    signoff = parse_text(cable(EO)).signoff
    assert signoff is not None and signoff.noise is None


def test_function_word_ending_a_cut_off_text_is_no_signoff() -> None:
    body = ("1. (C) The king's income rose by 5.6 percent. The",)
    assert parse_text(cable(EO, body=body, signoff=None)).signoff is None


@pytest.mark.parametrize("stamp", [
    ("Declassified/Released US Department of State EO", "Systematic Review 05 JUL 2006"),
    ("Declassified/Released US Department of State EO Systematic", "Review 30 JUN 2006"),
    ("Declassified/Released US Department of State EO Systematic Review 30 JUN 2006",),
])
def test_declassification_stamp_below_the_signoff(stamp) -> None:
    # a classification line between the name and the stamp: the name is still found
    text = cable(EO, trailer=("", "CONFIDENTIAL", "", *stamp))
    document = parse_text(text)
    assert document.signoff is not None and document.signoff.name == "RASSENDYLL"
    kinds = {line.text.strip(): line.kind for line in document.trailer}
    assert all(kinds[line] == "declassification" for line in stamp)
