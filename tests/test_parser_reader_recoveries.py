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
