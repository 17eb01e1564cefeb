"""The parser's in-line SIPDIS tokens (``Document.inline_sipdis``); invented snippets."""

from __future__ import annotations

from cable_snippets import assert_span, cable, parse_ok


def test_a_token_inside_a_sentence_is_recorded_with_its_span() -> None:
    text = cable(body=("1. (C) The Secretary SIPDIS will arrive on Monday.",))
    (token,) = parse_ok(text).inline_sipdis
    assert_span(text, token, "SIPDIS")


def test_the_header_caption_and_a_standalone_line_are_not_inline_tokens() -> None:
    text = cable("SIPDIS", body=("1. (C) He met the Deputy Secretary", "", "SIPDIS", "",
                                 "earlier in the day.",))
    document = parse_ok(text)
    assert document.inline_sipdis == ()
    assert [node.kind for node in document.body].count("sipdis") == 1


def test_a_word_that_starts_with_sipdis_is_not_a_token() -> None:
    text = cable(body=("1. (C) The coalition wobbles over SIPDISTRIBUTION and sipdis.",))
    assert parse_ok(text).inline_sipdis == ()
