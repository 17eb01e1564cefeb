"""Paragraphs written with the portion mark before the number: ``(C) 1. ...``."""

from __future__ import annotations

from cable_snippets import assert_span, cable, parse_ok

from cablelint.parser import parse_text


def _body(*lines: str) -> str:
    return cable("SUBJECT: ZENDA: THE CORONATION", body=lines)


def test_mark_before_the_number_opens_a_paragraph() -> None:
    text = _body("(C) 1. The king was crowned today.", "",
                 "(S/NF) 12. The regent left the city.", "",
                 "(SBU) \u00b63. Rassendyll stayed.")
    document = parse_ok(text)
    first, second, third = document.paragraphs
    assert [p.number for p in document.paragraphs] == [1, 12, 3]
    assert all(p.mark_first for p in document.paragraphs)
    assert_span(text, first.portion_mark.span, "(C)")
    assert_span(text, first.number_span, "1.")
    assert first.portion_mark.level == "C" and first.portion_mark.well_formed
    assert_span(text, second.portion_mark.span, "(S/NF)")
    assert second.portion_mark.caveats == ("NF",)
    assert_span(text, second.number_span, "12.")
    assert third.pilcrow and third.portion_mark.level == "SBU"
    assert_span(text, third.number_span, "\u00b63.")
    assert first.opening == first.number_span.end  # the words follow the number
    assert [node.kind for node in document.body] == ["paragraph"] * 3


def test_number_before_the_mark_is_not_mark_first() -> None:
    document = parse_ok(_body("1. (C) The king was crowned today."))
    [paragraph] = document.paragraphs
    assert not paragraph.mark_first
    assert paragraph.opening == paragraph.portion_mark.span.end


def test_mark_first_line_right_below_text_starts_a_paragraph() -> None:
    """Like ``2. (C)``, a ``(C) 2.`` line is no continuation of the text above."""
    text = _body("(C) 1. The king was crowned", "in the cathedral.",
                 "(C) 2. The regent left the city.")
    document = parse_ok(text)
    assert [p.number for p in document.paragraphs] == [1, 2]
    assert document.paragraphs[0].span.end_line == document.paragraphs[1].span.line - 1


def test_lettered_item_and_parenthesised_number_are_no_mark() -> None:
    text = _body("1. (C) The king listed his terms:", "",
                 "(A) 1. The harbour stays open.", "",
                 "(1) 2. The regent leaves.")
    document = parse_text(text)
    assert [p.number for p in document.paragraphs] == [1]
    assert not document.paragraphs[0].mark_first


def test_mark_opening_prose_without_a_number_is_no_paragraph() -> None:
    text = _body("1. (C) The king was crowned.", "",
                 "(C) The regent left the city in 1. class.")
    document = parse_text(text)
    [paragraph] = document.paragraphs
    assert paragraph.span.end_line == 7  # the marked text is paragraph 1's


def test_malformed_mark_before_a_number_is_no_paragraph() -> None:
    """Only a well-formed mark is read before a number: ``(c) 1.`` stays text."""
    document = parse_text(_body("(c) 1. The king was crowned."))
    assert document.paragraphs == ()
