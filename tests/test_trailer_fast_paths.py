"""The trailer's fast paths give what the slow ones gave: a level word read from
its capitals (encode + translate, not re.sub), and FOOTER_LINE asked only of
lines that may hold its words (``may_be_footer_line``)."""

from __future__ import annotations

import re

import pytest

from cablelint.fields.banner import read_level_word
from cablelint.syntax.body_lexer import may_be_footer_line
from cablelint.syntax.grammar import line_patterns
from cablelint.syntax.trailer import trailer_kind


@pytest.mark.parametrize(("text", "word"), [
    ("-- S e c r e t --", "SECRET"),
    ("\u00b6 CONFIDENTIAL \u2019", "CONFIDENTIAL"),  # characters beyond Latin-1 dropped
    ("Unclassified", "UNCLASSIFIED"),
    ("SS E C R E T", "SECRET"),
])
def test_level_word_from_capitals(text: str, word: str) -> None:
    found = read_level_word(text)
    assert found is not None and found.word == word


def test_level_word_ignores_letters_that_only_upper_case_to_ascii() -> None:
    # "\u017f" (long s) upper-cases to "S": as the regular expression read it
    assert read_level_word("\u017fecret") is not None
    assert read_level_word("ZENDA " * 300) is None  # a paragraph-long line


@pytest.mark.parametrize("text", [
    "See the classified web site at ZENDA.example",
    "INTELINK: go.zenda.example",
    "Classified website at zenda",
    "SIPR NET and sipr net",
    "http://zenda.example/a",
    "WWW.ZENDA.EXAMPLE",
    # letters that IGNORECASE matches to an ASCII letter
    "the \u0131ntelink site",
    "\u017f\u0131pr net",
    "intelin\u212a",
])
def test_footer_gate_passes_every_footer_line(text: str) -> None:
    assert line_patterns()["FOOTER_LINE"].fullmatch(text)
    assert may_be_footer_line(text)
    assert trailer_kind(text) == "footer"


def test_footer_gate_stops_prose() -> None:
    line = "The Regent of Zenda met Rassendyll on Tuesday; " * 40
    assert not may_be_footer_line(line)
    assert not line_patterns()["FOOTER_LINE"].fullmatch(line)
    assert trailer_kind(line) is None
    assert re.search("web", "cobweb") and may_be_footer_line("cobweb")  # a hint, not a proof


def test_level_word_gate_counts_ascii_letters_only() -> None:
    # a long rule around the word is no reason to give up: few letters
    assert read_level_word("-" * 80 + " SECRET " + "-" * 80) is not None
    # twenty letters and more: no level word (the longest has nineteen)
    assert read_level_word("SECRET AND MORE WORDS HERE") is None
