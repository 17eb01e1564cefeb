"""Parser tests for the parts of the SUBJECT, TAGS and REF lines the rules judge.

Every snippet is invented (Zenda and Strelsau are fictional posts).  Each test
checks the model's flags and the exact text their spans cover: the rules read
these instead of re-reading the raw text (issue #11).
"""

from __future__ import annotations

from cable_snippets import assert_span, cable, covered, parse_ok

from cablelint.parser import parse_text

EO = "E.O. 12958: DECL: 03/30/2019"
TAGS = "TAGS: PREL ZD"
SUBJECT = "SUBJECT: MINISTER VISITS THE NORTH"


# ------------------------------------------------------------------ SUBJECT


def test_subject_keyword_and_its_span() -> None:
    text = cable(EO, TAGS, "Subject: (C) minister visits the north")
    subject = parse_ok(text).subject
    assert subject.keyword == "Subject"
    assert_span(text, subject.keyword_span, "Subject:")
    assert subject.doubled_keyword is None
    assert subject.text == "minister visits the north"
    assert subject.portion_mark is not None


def test_doubled_subject_keyword_is_flagged_and_skipped() -> None:
    text = cable(EO, TAGS, "SUBJECT: SUBJECT: MINISTER VISITS THE NORTH")
    subject = parse_ok(text).subject
    assert_span(text, subject.keyword_span, "SUBJECT:")
    assert covered(text, subject.doubled_keyword) == "SUBJECT: "
    assert subject.doubled_keyword.start == subject.keyword_span.end + 1
    assert subject.text == "MINISTER VISITS THE NORTH"


def test_editorial_insertions_are_spans() -> None:
    text = cable(EO, TAGS, "SUBJECT: [Source removed] MEETS [DETAILS [X] REMOVED] IN ZENDA")
    subject = parse_ok(text).subject
    assert [covered(text, span) for span in subject.editorial] == [
        "[Source removed]", "[DETAILS [X] REMOVED]"]


def test_portion_mark_ending_the_subject() -> None:
    text = cable(EO, TAGS, "SUBJECT: ZENDA BUYS TEST EQUIPMENT FROM\nSTRELSAU FIRMS (S)")
    subject = parse_ok(text).subject
    assert subject.mark_at_end
    assert_span(text, subject.portion_mark.span, "(S)")
    assert subject.text == "ZENDA BUYS TEST EQUIPMENT FROM STRELSAU FIRMS"


def test_an_acronym_ending_the_subject_is_no_mark() -> None:
    subject = parse_ok(cable(EO, TAGS, "SUBJECT: ZENDA OFFERS GAS TO STRELSAU (ZGC)")).subject
    assert subject.portion_mark is None and not subject.mark_at_end
    assert subject.text.endswith("(ZGC)")
    number = parse_ok(cable(EO, TAGS, "SUBJECT: ZENDA TALKS (C-ZD9-01234)")).subject
    assert number.portion_mark is None and number.text.endswith("(C-ZD9-01234)")
    lead = parse_ok(cable(EO, TAGS, "SUBJECT: (C) ZENDA TALKS (U)")).subject
    assert not lead.mark_at_end and lead.text == "ZENDA TALKS (U)"


def test_truncated_subject() -> None:
    text = cable(EO, TAGS, "SUBJECT: MINISTER TAKES ACTION ON SHIPMENT OF ...")
    subject = parse_ok(text).subject
    assert_span(text, subject.truncated, "...")
    assert parse_ok(cable(EO, TAGS, SUBJECT)).subject.truncated is None


def test_subject_ends_before_a_repeated_dateline_and_banner() -> None:
    text = cable(EO, TAGS, "SUBJECT: MINISTER VISITS\nTHE NORTH\nFriday, 18 December 2009, 11:04\n"
                 "C O N F I D E N T I A L ZENDA 000123")
    document = parse_text(text)
    subject = document.subject
    assert subject.text == "MINISTER VISITS THE NORTH"
    assert covered(text, subject.span) == "SUBJECT: MINISTER VISITS\nTHE NORTH"
    assert [line.text for line in document.header_text] == [
        "Friday, 18 December 2009, 11:04\nC O N F I D E N T I A L ZENDA 000123"]


def test_a_weekday_in_the_subject_continues_it() -> None:
    text = cable(EO, TAGS, "SUBJECT: MINISTER TO VISIT ON\nThursday, February 28")
    subject = parse_ok(text).subject
    assert subject.text == "MINISTER TO VISIT ON Thursday, February 28"


# --------------------------------------------------------------------- TAGS


def test_tags_keyword_colon_and_separators() -> None:
    text = cable(EO, "TAGS: PREL,  PGOV\nZD", SUBJECT)
    tags = parse_ok(text).tags
    assert_span(text, tags.keyword_span, "TAGS")
    assert tags.colon is True
    assert [tag.separator_before for tag in tags.tags] == ["", ",  ", "\n"]
    assert [tag.wrapped for tag in tags.tags] == [False, False, True]
    assert tags.separator == "mixed"
    assert tags.trailing_comma is None


def test_smart_tags_without_colon_and_trailing_comma() -> None:
    text = cable(EO, "Tag PREL, PGOV, ZD,", SUBJECT)
    tags = parse_ok(text).tags
    assert tags.keyword == "Tag"
    assert_span(text, tags.keyword_span, "Tag")
    assert tags.colon is False
    assert tags.separator == "comma"
    assert covered(text, tags.trailing_comma) == ","
    assert tags.trailing_comma.start == tags.tags[-1].span.end


def test_tags_word_flag() -> None:
    tags = parse_ok(cable(EO, "TAGS: OVIP O'NEILL 2009 PREL", SUBJECT)).tags
    assert [(tag.code, tag.word) for tag in tags.tags] == [
        ("OVIP", True), ("O'NEILL", True), ("2009", False), ("PREL", True)]


# ---------------------------------------------------------------------- REF


def test_ref_keyword_and_labels() -> None:
    text = cable(EO, TAGS, SUBJECT, "REF: A. ZENDA 1784\n\u00b6B. (B) STRELSAU 1790")
    references = parse_ok(text).references
    assert_span(text, references.keyword_span, "REF:")
    first, second = references.items
    assert_span(text, first.label_span, "A.")
    assert covered(text, second.label_span) == "\u00b6B."
    assert first.inner_label is None
    assert_span(text, second.inner_label, "(B)")
    assert [(label.letter, label.in_sequence) for label in references.labels] == [
        ("A", True), ("B", True)]


def test_out_of_order_labels_are_kept() -> None:
    text = cable(EO, TAGS, SUBJECT, "REF: A. ZENDA 1784\nC. ZENDA 1790\nB. ZENDA 1800")
    references = parse_ok(text).references
    assert [label.letter for label in references.labels] == ["A", "C", "B"]
    assert [label.in_sequence for label in references.labels] == [True, False, True]
    label = references.labels[1].span
    assert (covered(text, label), label.column) == ("C", 1)
    assert [item.letter for item in references.items] == ["A", "B"]


def test_item_lettered_on_the_previous_line_is_split() -> None:
    text = cable(EO, TAGS, SUBJECT,
                 "REF: A. ZENDA 1784\nB. ZENDA 1790\nC. ZENDA 633 D. STATE 436\nE. ZENDA 9")
    items = parse_ok(text).references.items
    assert [item.letter for item in items] == ["A", "B", "C", "D", "E"]
    assert [item.inline for item in items] == [False, False, False, True, False]
    assert items[2].text == "ZENDA 633"
    assert items[3].text == "STATE 436"
    assert_span(text, items[3].label_span, "D.")


def test_ref_citations_with_ranges() -> None:
    body = ("1. (C) As reported in ref B, and reftels A through C, the minister (REF D).",)
    text = cable(EO, TAGS, SUBJECT, "REF: A. ZENDA 1784\nB. ZENDA 1790", body=body)
    citations = parse_ok(text).ref_citations
    assert [citation.letters for citation in citations] == [("B",), ("A", "B", "C"), ("D",)]
    second = citations[1]
    assert [covered(text, span) for span in second.letter_spans] == ["A", "C", "C"]


def test_unlettered_ref_block_has_no_citations() -> None:
    body = ("1. (C) As reported in ref A, the minister.",)
    document = parse_ok(cable(EO, TAGS, SUBJECT, "REF: ZENDA 1784", body=body))
    assert document.references.items[0].letter is None
    assert document.ref_citations == ()
