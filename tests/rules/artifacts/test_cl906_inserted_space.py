"""CL906 inserted-space: hand-written cables."""

from __future__ import annotations

import pytest
from artifacts_helpers import cable, fixed_clean
from rule_helpers import findings, where

RULE_45 = "-" * 45


def test_space_after_45_dashes_in_a_rule() -> None:
    text = cable(f"{RULE_45} ------\nBackground\n{RULE_45} ------\n\n"
                 "\u00b61. (C) The coalition wobbles.\n")
    found = findings(text, "CL906")
    first = text.splitlines().index(f"{RULE_45} ------") + 1
    assert [where(d) for d in found] == [(first, 46, first, 47), (first + 2, 46, first + 2, 47)]
    assert found[0].severity == "info"
    fixed = fixed_clean(text, "CL906")
    assert f"{RULE_45}------\nBackground\n" in fixed


def test_long_rule_with_two_inserted_spaces() -> None:
    text = cable(f"{RULE_45} {RULE_45} ----\n\n\u00b61. (C) The coalition wobbles.\n")
    assert len(findings(text, "CL906")) == 2
    assert "-" * 94 + "\n" in fixed_clean(text, "CL906")


def test_space_inserted_into_a_url_near_the_end() -> None:
    url = "http://www.state.sgov.gov/p/eur/strelsau/index.html"
    broken = url[:45] + " " + url[45:]
    text = cable(f"\u00b61. (C) The coalition wobbles.\n\nVisit our site at\n{broken}\n")
    [found] = findings(text, "CL906")
    assert text[found.span.start] == " " and found.fix.applicability == "safe"
    assert f"\n{url}\n" in fixed_clean(text, "CL906")


def test_url_part_ending_in_punctuation_is_an_unsafe_fix() -> None:
    part = ("http://www.zenda.example.gov/reports/" + "x" * 20)[:44] + "."
    text = cable(f"\u00b61. (C) See {part} Then the Regent spoke.\n")
    [found] = findings(text, "CL906")
    assert found.fix.applicability == "unsafe"


@pytest.mark.parametrize("line", [
    "-" * 60,  # a long rule, no space
    "-" * 44 + " ------",  # 44 characters
    "-" * 46 + " ------",  # 46 characters
    "-" * 45 + "  ------",  # two spaces
    "-" * 45 + " ",  # nothing after the space
])
def test_rules_without_the_45_character_space(line) -> None:
    assert findings(cable(f"{line}\n\n\u00b61. (C) The coalition wobbles.\n"), "CL906") == []


def test_space_inserted_into_a_url_far_from_the_end() -> None:
    url = "http://www.zenda.example.gov/embassy/political/index.html"
    broken = url[:45] + " " + url[45:]
    filler = "\n\n".join(f"\u00b6{n}. (C) The coalition wobbles again." + " More." * 60
                         for n in range(3, 12))
    text = cable(f"\u00b61. (C) The report is at {broken} today.\n\n"
                 f"\u00b62. (C) The Regent spoke.\n\n{filler}\n")
    assert len(text) - text.index(broken) > 3000
    [found] = findings(text, "CL906")
    assert found.message.startswith("space inserted into a URL")
    assert f"at {url} today" in fixed_clean(text, "CL906")


def test_url_of_45_characters_before_a_prose_dash_is_left_alone() -> None:
    url = ("http://www.zenda.example.gov/docs/" + "r" * 20)[:45]
    text = cable(f"\u00b61. (C) Sources: {url} -- the Regent's site.\n")
    assert findings(text, "CL906") == []
