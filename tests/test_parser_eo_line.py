"""The E.O. line's parts as the parser records them: one span per part.

Rules point at these spans and fixes edit them; none searches the line again
(issue #11).  Every snippet is invented (Zenda is a fictional post).
"""

from __future__ import annotations

import pytest
from cable_snippets import assert_span, cable, covered, parse_ok

from cablelint.parser import parse_text


def eo_of(line: str, *more: str):
    text = cable("SIPDIS", line, *more, "SUBJECT: TEST")
    return text, parse_ok(text).eo


@pytest.mark.parametrize(("line", "keyword", "decl_keyword"), [
    ("E.O. 12958: DECL: 03/30/2016", "E.O.", "DECL"),
    ("EO 12958 DECL: 03/30/2016", "EO", "DECL"),
    ("E. O. 12958: decl: 03/30/2016", "E. O.", "decl"),
    ("E.O.12958: DECLl: 03/30/2016", "E.O.", "DECLl"),
    ("E.O. 12065: GDS 8/12/85", "E.O.", "GDS"),
])
def test_keyword_spans(line: str, keyword: str, decl_keyword: str) -> None:
    text, eo = eo_of(line)
    assert_span(text, eo.keyword_span, keyword)
    assert_span(text, eo.decl_keyword_span, decl_keyword)
    assert eo.prefix_span is None and eo.trailing_tags_span is None


def test_no_decl_keyword() -> None:
    text, eo = eo_of("E.O. 12958: 05/06/2015")
    assert eo.decl_keyword is None and eo.decl_keyword_span is None
    assert_span(text, eo.declassification.date_span, "05/06/2015")


def test_prefix_span() -> None:
    text, eo = eo_of("DEPT FOR WHA/BSC  E.O. 12958: DECL: 11/22/2012")
    assert eo.prefix == "DEPT FOR WHA/BSC"
    assert_span(text, eo.prefix_span, "DEPT FOR WHA/BSC")
    assert_span(text, eo.keyword_span, "E.O.")


@pytest.mark.parametrize(("value", "date", "date_format", "written"), [
    ("03/30/2016", "2016-03-30", "MM/DD/YYYY", "03/30/2016"),
    ("3/30/2016 (EVENT)", "2016-03-30", "M/D/YYYY", "3/30/2016"),
    ("2016/03/30 AFTER", "2016-03-30", "YYYY/MM/DD", "2016/03/30"),
    ("02/30/2016", None, "MM/DD/YYYY", "02/30/2016"),  # impossible: the span still found
])
def test_date_span_covers_the_date_only(value: str, date: str | None, date_format: str,
                                        written: str) -> None:
    text, eo = eo_of(f"E.O. 12958: DECL: {value}")
    decl = eo.declassification
    assert (decl.kind, decl.date, decl.date_format) == ("date", date, date_format)
    assert_span(text, decl.span, value)
    assert_span(text, decl.date_span, written)
    assert decl.exemption_span is None and decl.keyword_span is None


def test_gds_date_span() -> None:
    text, eo = eo_of("E.O. 12065: GDS 8/12/85 (HENTZAU, RUPERT) OR-P")
    decl = eo.declassification
    assert decl.kind == "gds"
    assert_span(text, decl.date_span, "8/12/85")


@pytest.mark.parametrize(("value", "code", "written"), [
    ("X1", "X1", "X1"),
    ("x6", "X6", "x6"),
    ("1.6X1", "X1", "1.6X1"),
    ("1.6 X5", "X5", "1.6 X5"),
    ("X9", "X9", "X9"),
    ("25X1", "25X1", "25X1"),
    ("25X1-HUMAN", "25X1-HUMAN", "25X1-HUMAN"),
    ("50X1-HUM", "50X1-HUM", "50X1-HUM"),
    ("50x2-wmd, AFTER", "50X2-WMD", "50x2-wmd"),
])
def test_exemption_code_normalised_with_its_span(value: str, code: str, written: str) -> None:
    text, eo = eo_of(f"E.O. 12958: DECL: {value}")
    decl = eo.declassification
    assert (decl.kind, decl.exemption) == ("exemption", code)
    assert_span(text, decl.exemption_span, written)
    assert decl.date_span is None


@pytest.mark.parametrize(("line", "kind", "word"), [
    ("E.O. 12356: DECL: OADR", "oadr", "OADR"),
    ("E.O.12356: DECL:OADR (REVIEW)", "oadr", "OADR"),
    ("E.O. 12958: N / A", "n/a", "N / A"),
    ("E.O. 12958: n/a", "n/a", "n/a"),
    # N/A without its slash (05BEIRUT654, fresh-8 audit A073): the same instruction
    ("E.O. 12958: NA", "n/a", "NA"),
    ("E.O. 12958: DECL: NA", "n/a", "NA"),
])
def test_keyword_instruction_span(line: str, kind: str, word: str) -> None:
    text, eo = eo_of(line)
    decl = eo.declassification
    assert decl.kind == kind
    assert_span(text, decl.keyword_span, word)


def test_missing_instruction_has_no_spans() -> None:
    _, eo = eo_of("E.O. 12958: DECL:")
    decl = eo.declassification
    assert decl.kind == "missing"
    assert (decl.span, decl.date_span, decl.exemption_span, decl.keyword_span) == (
        None, None, None, None)


def test_trailing_tags_span() -> None:
    text, eo = eo_of("E.O. 12958: DECL: 01/11/2020 TAGS: ECON PREL")
    assert eo.trailing_tags == "TAGS: ECON PREL"
    assert_span(text, eo.trailing_tags_span, "TAGS: ECON PREL")
    assert_span(text, eo.declassification.span, "01/11/2020")
    doc = parse_ok(text)
    assert doc.tags.span.start == eo.trailing_tags_span.start


def test_trailing_tags_without_a_space_after_the_colon() -> None:
    # the grammar's TAGS_LINE takes "TAGS:ECON" on a line of its own, so on the E.O. line too
    text, eo = eo_of("E.O. 12958: N/A TAGS:ECON PREL")
    assert_span(text, eo.trailing_tags_span, "TAGS:ECON PREL")
    assert eo.declassification.kind == "n/a"


def test_trailing_tags_with_a_continuation_line() -> None:
    # the line below the E.O. line continues the TAGS run onto it, as below a TAGS line
    text = cable("E.O. 12958: DECL: 02/14/2018 TAGS: PREL ZD\nPGOV, MARR", "SUBJECT: TEST")
    doc = parse_text(text)
    eo = doc.eo
    assert eo.trailing_tags == "TAGS: PREL ZD\nPGOV, MARR"
    assert covered(text, eo.trailing_tags_span) == "TAGS: PREL ZD\nPGOV, MARR"
    assert eo.declassification.date == "2018-02-14"
    assert_span(text, eo.declassification.span, "02/14/2018")
    assert [tag.code for tag in doc.tags.tags] == ["PREL", "ZD", "PGOV", "MARR"]


def test_a_word_beginning_with_na_is_no_n_a() -> None:
    _, eo = eo_of("E.O. 12958: DECL: NATO ACCESSION")
    assert eo.declassification.kind == "event"
