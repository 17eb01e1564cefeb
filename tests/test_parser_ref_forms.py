"""Parser tests for the REF forms issue #12 (item 4) found missed: items lettered
in lower case on one line, a REF block that goes on after a blank line, and one
REF line per item without a colon.  Names invented (Zenda, Strelsau)."""

from __future__ import annotations

from cable_snippets import assert_span, cable, covered, parse_ok

from cablelint.parser import parse_text

EO = "E.O. 12958: DECL: 03/30/2019"
TAGS = "TAGS: PREL ZD"
SUBJECT = "SUBJECT: MINISTER VISITS THE NORTH"


def test_lower_case_items_on_one_line() -> None:
    text = cable(EO, TAGS, SUBJECT, "REF: a) ZENDA 1784 b) STRELSAU 62 c) STATE 2001")
    items = parse_ok(text).references.items
    assert [(item.letter, item.text) for item in items] == [
        ("A", "ZENDA 1784"), ("B", "STRELSAU 62"), ("C", "STATE 2001")]
    assert [item.inline for item in items] == [False, True, True]
    assert_span(text, items[1].label_span, "b)")


def test_upper_case_block_ignores_a_lower_case_letter_inside_an_item() -> None:
    text = cable(EO, TAGS, SUBJECT, "REF: A. ZENDA 1784 a. k. a. STRELSAU\nB. STATE 2001")
    items = parse_ok(text).references.items
    assert [item.letter for item in items] == ["A", "B"]


def test_block_goes_on_after_a_blank_line() -> None:
    text = cable(EO, TAGS, SUBJECT, "REF: A. ZENDA 1784\nB. ZENDA 1790\n\nC. STATE 2001")
    document = parse_ok(text)
    items = document.references.items
    assert [(item.letter, item.text) for item in items] == [
        ("A", "ZENDA 1784"), ("B", "ZENDA 1790"), ("C", "STATE 2001")]
    assert_span(text, items[2].span, "C. STATE 2001")
    assert document.paragraphs[0].number == 1


def test_item_whose_label_ends_the_line_goes_on_after_a_blank_line() -> None:
    """05WELLINGTON274 (fresh-16 audit, A119): "C)" ends the REF line, its text and
    items D and E follow a blank line."""
    text = cable(EO, TAGS, SUBJECT, "REF: A) ZENDA 0234 B) ZENDA 0233 C)\n\n"
                 "     ZENDA 0157 D) 04 STRELSAU 0470 E) 04\n     ZENDA 0173")
    document = parse_ok(text)
    items = document.references.items
    assert [(item.letter, item.text) for item in items] == [
        ("A", "ZENDA 0234"), ("B", "ZENDA 0233"), ("C", "ZENDA 0157"),
        ("D", "04 STRELSAU 0470"), ("E", "04 ZENDA 0173")]
    assert_span(text, items[2].label_span, "C)")
    assert document.paragraphs[0].number == 1


def test_a_blank_line_after_a_complete_item_then_text_is_the_body() -> None:
    # the last item has its text: the unlettered line below the blank is the body's
    text = cable(EO, TAGS, SUBJECT, "REF: A) ZENDA 0234 B) ZENDA 0233 (NOTAL)", body=(
        "THE KING IS CROWNED", "", "1. (C) The king was crowned."))
    document = parse_text(text)
    assert [item.letter for item in document.references.items] == ["A", "B"]
    assert document.references.items[1].text == "ZENDA 0233 (NOTAL)"


def test_a_blank_line_then_another_letter_is_the_body() -> None:
    # "A." after the block's "A." is no next item: the body's lettered text
    text = cable(EO, TAGS, SUBJECT, "REF: A. ZENDA 1784", body=(
        "A. THE KING IS CROWNED", "", "1. (C) The king was crowned."))
    document = parse_text(text)
    assert [item.letter for item in document.references.items] == ["A"]


def test_one_ref_line_per_item_without_a_colon() -> None:
    text = cable(EO, TAGS, SUBJECT, "REF A PRESIDENT'S LETTER TO THE KING\nREF B STATE 76108")
    references = parse_ok(text).references
    first, second = references.items
    assert (first.letter, first.text) == ("A", "PRESIDENT'S LETTER TO THE KING")
    assert (second.letter, second.text, second.canonical_id) == ("B", "STATE 76108", None)
    assert_span(text, references.keyword_span, "REF")
    line = text.splitlines().index("REF B STATE 76108") + 1
    assert (covered(text, first.label_span), first.label_span.line) == ("A", line - 1)
    assert (covered(text, second.label_span), second.label_span.line) == ("B", line)
    assert first.label_span.column == second.label_span.column == len("REF ") + 1
    assert_span(text, second.span, "REF B STATE 76108")


def test_lettered_ref_line_with_a_colon_after_the_letter() -> None:
    text = cable(EO, TAGS, SUBJECT, "REF A: STATE 120288")
    [item] = parse_ok(text).references.items
    assert (item.letter, item.text) == ("A", "STATE 120288")
    assert_span(text, item.label_span, "A:")


def test_colon_form_keeps_an_article_as_text() -> None:
    text = cable(EO, TAGS, SUBJECT, "REF: A REPORT FROM ZENDA")
    [item] = parse_ok(text).references.items
    assert (item.letter, item.text) == (None, "A REPORT FROM ZENDA")



def test_items_lettered_with_a_colon_on_one_line() -> None:
    """07COLOMBO250 (fresh-9 audit, A037): 'REF A: ..., B: ...' letters two items."""
    text = cable(EO, TAGS, SUBJECT, "REF A: 06 ZENDA 2096, B: 06 ZENDA 550")
    items = parse_ok(text).references.items
    assert [(item.letter, item.canonical_id, item.inline) for item in items] == [
        ("A", "06ZENDA2096", False), ("B", "06ZENDA550", True)]
    assert_span(text, items[1].label_span, "B:")
    assert_span(text, items[1].span, "B: 06 ZENDA 550")


def test_a_capital_and_colon_inside_a_dotted_block_is_text() -> None:
    """Only after a first label with a colon: 'B:' inside an 'A.' item is no label."""
    text = cable(EO, TAGS, SUBJECT, "REF: A. ZENDA 1784, ANNEX B: TREATY TEXT")
    [item] = parse_ok(text).references.items
    assert (item.letter, item.text) == ("A", "ZENDA 1784, ANNEX B: TREATY TEXT")
