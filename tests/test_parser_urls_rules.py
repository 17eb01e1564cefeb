"""The parser's URLs (``Document.urls``) and rules (``Document.rule_lines``).

Invented snippets (Zenda is fictional).  Each test checks the node's span, its
text or character, and the spaces the web pages inserted after 45 characters
(``breaks``) that CL906 reports.
"""

from __future__ import annotations

from cable_snippets import assert_span, cable, covered, parse_ok

URL = "http://www.zenda.example.gov/embassy/political/index.html"
BROKEN = URL[:45] + " " + URL[45:]


def test_a_url_in_a_paragraph_with_its_inserted_space() -> None:
    text = cable(body=(f"1. (U) The report is at {BROKEN} and in the pouch.",))
    (url,) = parse_ok(text).urls
    assert_span(text, url.span, BROKEN)
    assert url.text == URL and not url.autolink
    (space,) = url.breaks
    assert space.start == text.index(BROKEN) + 45 and covered(text, space) == " "


def test_an_autolink_spans_its_brackets_and_sentence_punctuation_is_left_out() -> None:
    text = cable(body=("1. (U) See <https://zenda.example.gov/a> or FTP://strelsau.example.org.",))
    first, second = parse_ok(text).urls
    assert_span(text, first.span, "<https://zenda.example.gov/a>")
    assert first.autolink and first.text == "https://zenda.example.gov/a"
    assert_span(text, second.span, "FTP://strelsau.example.org")
    assert not second.autolink and second.breaks == ()


def test_only_urls_with_a_scheme_are_urls() -> None:
    text = cable(body=("1. (U) The TFTP://x talks, time 10:30, http:// alone, "
                       "(http://www.zenda.example.gov) and www.rassendyll.example.com went on.",))
    urls = parse_ok(text).urls
    assert [url.text for url in urls] == ["http://www.zenda.example.gov"]


def test_a_prose_dash_after_a_45_character_url_is_no_part_of_it() -> None:
    url = ("http://www.zenda.example.gov/docs/" + "r" * 20)[:45]
    text = cable(body=(f"1. (U) Sources: {url} -- the Regent's own site.",))
    (found,) = parse_ok(text).urls
    assert found.text == url and found.breaks == ()


def test_rules_alone_on_their_line_and_run_onto_text() -> None:
    rule = "-" * 45 + " ------"
    stars = "*" * 50
    text = cable(body=(rule, "BACKGROUND", rule, "",
                       f"1. (U) The Regent spoke -- briefly. {stars} Visit our site.",))
    first, second, third = parse_ok(text).rule_lines
    assert_span(text, first.span, rule)
    assert first.char == "-" and first.alone and len(first.breaks) == 1
    assert covered(text, first.breaks[0]) == " " and first.breaks[0].column == 46
    assert_span(text, second.span, rule, occurrence=2)
    assert_span(text, third.span, stars)
    assert third.char == "*" and not third.alone and third.breaks == ()


def test_runs_shorter_than_45_are_left_to_the_grammar() -> None:
    text = cable(body=("1. (U) The Regent --- and the court --- left.", "", "-" * 44, ""))
    assert parse_ok(text).rule_lines == ()
