"""Recognisers rewritten to run in linear time still read what they read before.

Issue #13: a dotted last line ("1.1.1.…"), a TAGS line of "[[[[…" or
"[a]([a](…", and a cable of thousands of SIPDIS lines took quadratic time.
These are small inputs of each family asserting the model and findings; the
time itself is measured by ``benchmarks/pathological.py`` (see
``test_pathological_benchmark.py``), not here.
"""

from __future__ import annotations

import pytest
from cable_snippets import assert_span, cable, parse_ok
from rule_helpers import findings

from cablelint.parser import parse_text
from cablelint.syntax.trailer import trailer_kind


@pytest.mark.parametrize(("line", "kind"), [
    ("www.zenda.gov", "footer"),
    ("/zenda", "footer"),
    ("gov.gov/wiki/Portal:Zenda\"", "footer"),
    ("1.1.1.1", "footer"),  # a dotted word not ending in a dot: as before
    ("1." * 2000 + "1", "footer"),
    ("1." * 2000, None),  # ends in a dot: no footer's tail
    ("zenda/", None),  # its only "/" is its last character
    ("zenda", None),
    ("zenda. gov/x", None),  # two words
])
def test_a_footers_broken_off_tail_is_a_dotted_word_not_ending_in_a_dot(
        line: str, kind: str | None) -> None:
    assert trailer_kind(line) == kind


def test_a_long_dotted_last_line_is_a_footer_tail_after_the_signoff() -> None:
    text = cable(trailer=("", "1." * 3000 + "Z"))
    (line,) = parse_text(text).trailer
    assert line.kind == "footer"


def test_a_link_text_stops_at_the_next_bracket() -> None:
    text = cable("TAGS: [PREL](#) [[ZD](#)")
    tags = parse_ok(text).tags
    assert [tag.code for tag in tags.tags] == ["PREL", "ZD"]
    assert_span(text, tags.tags[1].span, "[ZD](#)")


def test_a_line_of_open_brackets_has_no_codes() -> None:
    tags = parse_text(cable("TAGS: " + "[" * 3000)).tags
    assert tags.tags == ()


def test_unclosed_link_addresses_are_words_and_a_later_link_is_read() -> None:
    text = cable("TAGS: " + "[a](" * 3 + "[PREL](#)")
    tags = parse_text(text).tags
    assert [(tag.code, tag.markdown_link) for tag in tags.tags] == [
        ("A](", False), ("A](", False), ("A](", False), ("PREL", True)]


def test_thousands_of_sipdis_lines_leave_only_the_inline_tokens() -> None:
    body = ("1. (C) The Secretary SIPDIS will arrive on Monday.", "",
            *["SIPDIS"] * 2000, "", "2. (C) He left SIPDIS on Tuesday.")
    text = cable(body=body)
    first, second = parse_text(text).inline_sipdis
    assert_span(text, first, "SIPDIS", 1)
    assert_span(text, second, "SIPDIS", 2002)
    messages = [(d.span.line, d.message) for d in findings(text, "CL910")]
    assert messages[0] == (3, "SIPDIS token inside a sentence; remove it")
    assert messages[-1] == (2006, "SIPDIS token inside a sentence; remove it")
    assert messages[1:-1] == [(line, "SIPDIS line inside the body; remove it")
                              for line in range(5, 2005)]


def test_pilcrows_count_only_at_a_line_start_within_five_blanks() -> None:
    body = ("1. (C) The king spoke of two things:", "     \u00b6A. (C) the crown;",
            "      \u00b6B. (C) the army;", "\u00b6" * 3000 + " C. (C) and nothing",
            "\t\u00b6 2008. was the year.")
    text = cable(body=body)
    found = parse_text(text).stray_pilcrows
    assert [pilcrow.label for pilcrow in found] == ["A.", "2008."]
    assert_span(text, found[0].span, "\u00b6")
    assert_span(text, found[1].span, "\u00b6 ", 2)


def test_reason_letters_read_through_blanks_and_stop_where_no_letter_follows() -> None:
    letters = parse_text(cable("Classified By: R. Rassendyll, reasons 1.4  ( b )   and  d"))
    assert letters.classified_by.reasons[0].letters == ("b", "d")
    blanks = parse_text(cable("Classified By: R. Rassendyll, reasons 1.4" + " " * 3000 + "9"))
    (reason,) = blanks.classified_by.reasons
    assert (reason.section, reason.letters) == ("1.4", ())


def test_ref_citations_read_blanks_and_a_bracket_and_none_after_blanks_alone() -> None:
    body = ("1. (C) As ref  (  b ) and reftel\ta, said, ref" + " " * 3000 + "9 left.",)
    text = cable("REF: A. ZENDA 100\nB. ZENDA 200", body=body)
    citations = parse_ok(text).ref_citations
    assert [citation.letters for citation in citations] == [("B",), ("A",)]
    assert_span(text, citations[0].span, "ref  (  b")
    assert_span(text, citations[1].span, "reftel\ta")


def _sectioned(*body: str) -> str:
    return cable(banner="C O N F I D E N T I A L SECTION 01 OF 02 ZENDA 000123",
                 body=("1. (C) The Regent left.", *body))


def test_a_glued_page_mark_is_found_after_a_long_run_of_blanks_in_its_place() -> None:
    text = _sectioned("The court stayed in" + " " * 3000 + "ZENDA 00000123 002 of 002")
    (mark,) = parse_text(text).page_breaks
    assert (mark.glued, mark.malformed, mark.originator) == ("after", True, "ZENDA")
    assert_span(text, mark.span, "ZENDA 00000123 002 of 002")
    assert parse_text(_sectioned("ZENDA" + " " * 3000 + "X 00000123 002 of 002")).page_breaks == ()


def test_a_line_of_many_page_marks_gives_one_mark() -> None:
    text = _sectioned("ZENDA 00000123 002 of 002 " * 500)
    (mark,) = parse_text(text).page_breaks
    assert (mark.glued, mark.page, mark.total) == ("before", 2, 2)
    assert_span(text, mark.span, "ZENDA 00000123 002 of 002")


def test_a_banner_originator_of_several_words_after_a_long_run_of_blanks() -> None:
    text = cable(banner="C O N F I D E N T I A L" + " " * 3000 + "SAN  ZENDA 000123")
    banner = parse_text(text).banner
    assert (banner.originator, banner.serial) == ("SAN ZENDA", "000123")  # normalised
    assert_span(text, banner.originator_span, "SAN  ZENDA")
