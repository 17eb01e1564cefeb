"""The parser's SUMMARY / COMMENT / NOTE markers: kinds, style and closing parenthesis.

Invented snippets (Zenda, Strelsau and the Regent are fictional).  These are
the openers CL109 used to look for in the raw text itself; the parser now
records them, with what CL109 judges.
"""

from __future__ import annotations

from cable_snippets import assert_span, cable, parse_ok

from cablelint.fields.markers import introduction_heading, opens_with_label
from cablelint.model import Marker
from cablelint.parser import parse_text
from cablelint.source import SourceText


def _openers(text: str) -> list[Marker]:
    return [m for m in parse_text(text).markers if m.boundary == "begin"]


def test_summary_and_comment_opens_and_closes_both() -> None:
    text = cable(body=("1. (C) Summary and comment: The Regent will stay. End summary "
                       "and comment.", "", "2. (C) More."))
    document = parse_ok(text)
    comment = next(m for m in document.markers if m.kind == "comment" and m.boundary == "begin")
    assert comment.kinds == ("comment", "summary")
    closer = next(m for m in document.markers if m.kind == "comment" and m.boundary == "end")
    assert closer.kinds == ("comment", "summary") and closer.raw == "End summary and comment"


def test_styles_of_openers() -> None:
    text = cable(body=("1. (C) Summary: The Regent will stay. End summary.", "",
                       "2. (C) He spoke (Note: at length. End note.) and left.", "",
                       "3. (C) The talks went on. Comment: they will fail.", "",
                       "COMMENT", "", "4. (C) The Regent is weak."))
    styles = {(m.kind, m.raw): m.style for m in _openers(text)}
    assert styles == {("summary", "Summary"): "lead", ("note", "Note"): "paren",
                      ("comment", "Comment"): "inline", ("comment", "COMMENT"): "heading"}
    assert all(m.style == "" for m in parse_text(text).markers if m.boundary == "end")


def test_a_parenthesis_closes_an_inline_note() -> None:
    text = cable(body=("1. (C) He spoke (Note: at length, (twice) and loudly) and left.",
                       "", "2. (C) He came back (note: briefly.", "", "3. (C) Then left.)"))
    first, second = _openers(text)
    assert first.close_span is not None
    assert_span(text, first.close_span, ")", occurrence=3)
    assert second.close_span is None  # the ")" comes only after the next paragraph


def test_embassy_comment_is_an_opener() -> None:
    text = cable(body=("1. (C) The talks failed. (Embassy comment: as expected. End comment.)",
                       "", "2. (C) EMBASSY COMMENT: The Regent is weak."))
    assert [(m.kind, m.style) for m in _openers(text)] == [("comment", "paren"),
                                                           ("comment", "lead")]


def test_capitals_set_off_by_two_blanks_open_a_summary() -> None:
    text = cable(body=("1.  (C)  SUMMARY  During the visit the Regent agreed. End summary.",
                       "", "2. (C) More."))
    (opener,) = _openers(text)
    assert (opener.kind, opener.style) == ("summary", "lead")
    assert_span(text, opener.span, "SUMMARY")


def test_a_rule_of_dashes_around_the_word() -> None:
    text = cable(body=("------- Summary -------", "", "1. (C) The Regent agreed. End summary.",
                       "", "2. (C) More."))
    (opener,) = _openers(text)
    assert (opener.kind, opener.style) == ("summary", "heading")


def test_a_heading_that_starts_with_summary_opens_one() -> None:
    text = cable(body=("SUMMARY AND TABLE OF CONTENTS", "", "1. (C) The Regent agreed.",
                       "End summary.", "", "2. (C) More."))
    (opener,) = _openers(text)
    assert (opener.kind, opener.raw, opener.style) == ("summary",
                                                       "SUMMARY AND TABLE OF CONTENTS",
                                                       "heading")


def test_summary_caught_at_the_end_of_the_classified_by_block() -> None:
    # a "Summary" heading glued to the Classified By block is still an opener
    text = cable("Classified By: Ambassador R. Rassendyll; REASON: 1.4(B), (D)\nSummary",
                 body=("-------", "1. (C) The Regent agreed. End summary.", "",
                       "2. (C) More."))
    kinds = [(m.kind, m.boundary) for m in parse_text(text).markers]
    assert kinds == [("summary", "begin"), ("summary", "end")]


def test_a_heading_records_the_sections_it_opens() -> None:
    """The markers' heading recogniser sets ``Heading.kinds``: CL110 reads it."""
    text = cable(body=("SUMMARY AND COMMENT", "", "1. (C) The Regent agreed.", "",
                       "ZENDA AND STRELSAU", "", "2. (C) More."))
    document = parse_text(text)
    assert [(h.text, h.kinds) for h in document.headings] == [
        ("SUMMARY AND COMMENT", ("comment", "summary")), ("ZENDA AND STRELSAU", ())]


def test_ruled_heading_run_into_an_unwrapped_line() -> None:
    # the line breaks around "Comment" and its rule of dashes became blanks
    text = cable(body=("1. (C) The Regent left.   ZENDA 00000123  002 OF 002   Comment -------"
                       "  2.  (C) He will not return.  End comment", "", "3. (C) More."))
    comment = [m for m in _openers(text) if m.kind == "comment"]
    assert [(m.raw, m.style) for m in comment] == [("Comment", "heading")]
    assert_span(text, comment[0].span, "Comment")


def test_a_word_before_dashes_inside_a_sentence_opens_nothing() -> None:
    text = cable(body=("1. (C) He said no comment -------  and left.", "", "2. (C) More."))
    assert [m for m in _openers(text) if m.kind == "comment"] == []


def test_key_points_open_a_summary() -> None:
    text = cable(body=("1. (C) Key points: the Regent stays.  End key points.", "",
                       "2. (C) The key points of the talks: none.", "", "3. (C) More."))
    markers = parse_ok(text).markers
    assert [(m.kind, m.raw, m.kinds, m.boundary, m.style) for m in markers] == [
        ("key points", "Key points", ("summary",), "begin", "lead"),
        ("key points", "End key points", ("summary",), "end", "")]
    assert_span(text, markers[0].span, "Key points")


def test_key_points_are_read_only_as_the_first_paragraphs_label() -> None:
    text = cable(body=("1. (C) The Regent stays.", "", "2. (C) Key points: none.", "",
                       "3. (C) More."))
    assert [m for m in parse_ok(text).markers if m.kind == "key points"] == []


def test_summary_and_an_item_of_three_words_is_an_opener() -> None:
    """06TOKYO5568 (fresh-8 audit): 'Summary and Table of Contents.'; four words
    after 'and' are a sentence, not a second item."""
    text = cable(body=("1. (C) Summary and Table of Contents.  The Regent stays.", "",
                       "2. (C) Note and two more things here.  He left."))
    assert [(m.kind, m.style) for m in _openers(text)] == [("summary", "lead")]


def test_a_paragraph_opening_with_a_label_is_told() -> None:
    """05GENEVA2414 (fresh-8 audit): 'Post:', 'Date and Time:', 'Probable Target:'
    open a form's paragraphs (CL109 asks it of a summary's neighbours)."""
    text = cable(body=("1. (U) Post: Embassy Zenda", "",
                       "2. (SBU) Summary: A couple watched the gate.", "",
                       "3. (SBU) Probable Target: The chancery gate.", "",
                       "4. (C) The Regent said nothing of it: he left."))
    document, source = parse_ok(text), SourceText.from_text(text)
    assert [opens_with_label(source, p) for p in document.paragraphs] == [
        True, True, True, False]


def test_an_introduction_heading_is_told_apart() -> None:
    """'Introduction' / 'OVERVIEW' headings (CL110 counts one above the first
    paragraph as the summary) are no markers; the recogniser tells them."""
    text = cable(body=("Introduction", "------------", "", "1. (C) The Regent stays.", "",
                       "The Harbour", "-----------", "", "2. (C) More."))
    document = parse_ok(text)
    assert document.markers == ()
    assert [introduction_heading(h.text) for h in document.headings] == [True, False]
    assert introduction_heading("INTRODUCTION/COMMENT") and introduction_heading("Overview")
    assert not introduction_heading("Introductory remarks")


def test_note_named_for_its_writer_opens_a_parenthesised_note() -> None:
    """'(LEGATT NOTE: ... END NOTE)' (06PANAMA1578): one word naming the note's
    writer between '(' and NOTE; the opener is written in parentheses, closed there."""
    text = cable(body=("1. (C) He spoke (LEGATT NOTE: at length. END NOTE). He left.",))
    [note] = [m for m in parse_text(text).markers if m.kind == "note" and m.boundary == "begin"]
    assert note.raw == "NOTE" and note.style == "paren" and note.close_span is not None
