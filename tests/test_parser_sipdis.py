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


def test_sipdis_under_a_later_sections_banner_is_that_headers_caption() -> None:
    # the teletype printed section 2's own header again inside the body
    body = ("1. (U) The Regent spoke.", "", "PAGE 03 ZENDA 00123 01 OF 02 011200Z", "",
            "UNCLAS SECTION 02 OF 02 ZENDA 000123", "", "SIPDIS", "", "SENSITIVE", "",
            "E.O. 12958: N/A", "TAGS: PREL ZD", "", "2. (U) He left.", "", "SIPDIS", "",
            "3. (U) More.")
    document = parse_ok(text := cable(body=body))
    kinds = [(node.kind, node.span.line) for node in document.body
             if node.kind in ("sipdis", "section_caption")]
    lines = text.splitlines()
    first = lines.index("UNCLAS SECTION 02 OF 02 ZENDA 000123") + 3
    second = lines.index("2. (U) He left.") + 3
    assert kinds == [("section_caption", first), ("sipdis", second)]
    assert document.inline_sipdis == ()


def test_sipdis_under_the_first_sections_banner_in_the_body_stays_a_body_line() -> None:
    body = ("1. (U) The Regent spoke.", "", "UNCLAS SECTION 01 OF 02 ZENDA 000123", "",
            "SIPDIS", "", "2. (U) More.")
    document = parse_ok(cable(body=body))
    assert [node.kind for node in document.body].count("sipdis") == 1


def test_a_header_sipdis_after_a_line_naming_the_secretary_is_inserted() -> None:
    # below the E.O. line, after "SECRETARY" (blank lines between): the release's
    # insertion, as in the body; the captions above the E.O. line are not
    text = cable("SIPDIS", "E.O. 12958: DECL: 09/18/2017", "TAGS: PREL ZD",
                 "SUBJECT: TALKS WITH THE ZENDA DEFENSE\nSECRETARY AND STAFF", "SIPDIS",
                 "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 b, d")
    first, second = parse_ok(text).captions
    assert (first.kind, first.inserted) == ("sipdis", False)
    assert (second.kind, second.inserted) == ("sipdis", True)
    assert_span(text, second.span, "SIPDIS", 2)


def test_a_header_sipdis_below_the_eo_line_after_other_text_is_not_inserted() -> None:
    text = cable("E.O. 12958: DECL: 09/18/2017", "TAGS: PREL ZD",
                 "SUBJECT: TALKS WITH THE ZENDA DEFENSE MINISTER", "SIPDIS")
    (caption,) = parse_ok(text).captions
    assert not caption.inserted


def test_a_caption_after_an_addressee_naming_the_secretary_is_a_caption() -> None:
    # above the E.O. line captions belong there, whatever the line before says
    text = cable("FOR THE SECRETARY FROM AMBASSADOR RASSENDYLL", "SIPDIS",
                 "E.O. 12958: DECL: 09/18/2017", "TAGS: PREL ZD", "SUBJECT: TALKS")
    (caption,) = parse_ok(text).captions
    assert not caption.inserted
