"""Parser tests for ``Paragraph.blank_lines``: the blank lines inside a paragraph.

The builder records them from the gaps between a paragraph's tokens (CL908
judges only paragraphs that hold one).  Snippets invented (Zenda is fictional).
"""

from __future__ import annotations

from tests.cable_snippets import cable, parse_ok, where


def test_blank_lines_between_the_lines_of_a_paragraph() -> None:
    text = cable("SUBJECT: CORONATION", body=(
        "1. (C) The Regent had invested a great deal, he said,",
        "",
        "   ",
        "but it was unclear whether the trend would last.",
        "",
        "2. (C) Embassy will continue to follow events.",
    ))
    first, second = parse_ok(text).paragraphs
    line = where(text, "1. (C) The Regent")[0]
    assert first.blank_lines == (line + 1, line + 2)  # the blank line and the blanks-only one
    assert second.blank_lines == ()


def test_blank_lines_after_the_last_line_of_text_are_not_the_paragraphs() -> None:
    text = cable("SUBJECT: CORONATION", body=(
        "1. (C) The Regent spoke of the harbour",
        "and of the coronation.",
        "",
        "ZENDA 00000123 002 OF 002",
        "",
        "2. (C) Embassy will continue to follow events.",
    ))
    first, _ = parse_ok(text).paragraphs
    assert first.blank_lines == ()  # the span ends with the paragraph's text
    assert first.span.end_line == where(text, "and of the coronation.")[0]


def test_a_paragraph_on_wrapped_lines_has_no_blank_line() -> None:
    text = cable("SUBJECT: CORONATION")  # paragraph 1 runs over two lines
    first, _ = parse_ok(text).paragraphs
    assert first.span.end_line > first.span.line and first.blank_lines == ()
