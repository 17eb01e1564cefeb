"""CL903 wrapped-number: hand-written cables."""

from __future__ import annotations

from cable_snippets import FIRST_BODY_LINE, NUMBERED_HEADER
from rule_helpers import apply_fixes, findings, where
from wrapped_day_snippets import WRAPPED_DAY


def test_wrapped_number_after_a_month() -> None:
    text = NUMBERED_HEADER + ("\u00b61. (C) The palace held a reception on\nFebruary\n"
                     "\u00b628. Guests asked about the harbour.\n\n\u00b62. (C) More.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 2
    assert findings(text, "CL201") == [] and findings(text, "CL202") == []
    fixed = apply_fixes(text, [found])
    assert "February 28. Guests" in fixed
    assert findings(fixed, "CL903") == []


def test_out_of_sequence_number_after_a_full_stop_is_not_wrapped() -> None:
    text = NUMBERED_HEADER + ("\u00b61. (C) The palace held a reception.\n"
                     "\u00b628. Guests asked about the harbour.\n")
    assert findings(text, "CL903") == []
    assert len(findings(text, "CL201")) == 1


def test_wrapped_number_after_blank_lines_joins_the_last_line_of_text() -> None:
    # a page break inside the sentence left a blank line between the word and the number
    text = NUMBERED_HEADER + ("\u00b61. (C) Post asks about the request posed in paragraph\n"
                              "\n\u00b63. Guests asked about the harbour.\n\n"
                              "\u00b62. (C) More.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 2
    assert findings(text, "CL202") == [] and findings(text, "CL301") == []
    fixed = apply_fixes(text, [found])
    assert "posed in paragraph 3. Guests" in fixed


def test_the_last_word_above_is_read_before_trailing_punctuation_of_a_long_line() -> None:
    # the line above is a long word run, then the wrap word and its punctuation: the
    # last word is looked for from the end of the line, not from each letter
    above = "x" * 3000 + " paragraph --"
    text = NUMBERED_HEADER + (f"\u00b61. (C) Post asks about the request in\n{above}\n"
                              "\u00b63. Guests asked about the harbour.\n\n\u00b62. (C) More.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 2


def test_a_number_repeated_under_a_heading_is_a_paragraph_not_a_wrap() -> None:
    """05BEIRUT654 (fresh-8 audit, A090): a biography's heading and its rule of
    dashes, then '¶5.' again with ¶6 below: the drafter repeated the number (CL202);
    the rule ends no sentence, and joining the number to it would damage the text."""
    text = NUMBERED_HEADER + (
        "\u00b61. (C) Rudolf Rassendyll is a candidate.\n\n"
        "Flavia Elphberg, Member of Parliament\n"
        "-------------------------------------\n\n"
        "\u00b62.  Flavia was born in Strelsau in 1952.\n\n"
        "Fritz von Tarlenheim, former Minister of Justice\n"
        "------------------------------------------------\n\n"
        "\u00b62.  Tarlenheim was born in Zenda in 1929.\n\n"
        "\u00b63.  Sapt is the third candidate.\n")
    assert findings(text, "CL903") == []
    [repeat] = findings(text, "CL202")
    assert where(repeat)[0] == FIRST_BODY_LINE + 10


def test_a_wrapped_number_above_the_expected_one_is_still_found_without_a_heading() -> None:
    """The same numbers with the line above running on mid-sentence: a wrap."""
    text = NUMBERED_HEADER + (
        "\u00b61. (C) Rudolf Rassendyll is a candidate.\n\n"
        "\u00b62.  Flavia was born in Strelsau and has\n"
        "\u00b62.  Tarlenheim was born in Zenda in 1929.\n\n"
        "\u00b63.  Sapt is the third candidate.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 3


def test_wrapped_day_after_an_abbreviated_month_and_its_dot() -> None:
    """07HELSINKI848 (fresh-9 audit, A059/A163): '... on Jan.' / '¶1.': the day of
    the date wrapped onto its own line; the dot of "Jan." ends no sentence."""
    text = WRAPPED_DAY
    [found] = findings(text, "CL903")
    assert where(found) == (FIRST_BODY_LINE + 3, 1, FIRST_BODY_LINE + 3, 4)
    assert "(expected paragraph 3)" in found.message
    for code in ("CL201", "CL202", "CL203"):
        assert findings(text, code) == []
    fixed = apply_fixes(text, [found])
    assert "chair on Jan. 1.\n" in fixed
    assert findings(fixed, "CL903") == [] and findings(fixed, "CL201") == []


def test_a_sentence_ending_in_a_word_with_a_dot_is_no_wrap() -> None:
    """Only an abbreviated month: 'in writing.' ends its sentence, so the '¶1.'
    below restarts the numbering (CL203), as before."""
    text = NUMBERED_HEADER + (
        "\u00b61. (C) Zenda met the envoy.\n\n"
        "\u00b62. (C) Rassendyll answered in writing.\n"
        "\u00b61. The note reads well.\n\n"
        "\u00b63. (C) Sapt spoke last.\n")
    assert findings(text, "CL903") == []
    assert len(findings(text, "CL203")) == 1


def test_the_full_month_may_with_a_dot_ends_a_sentence() -> None:
    """"may." is a word, not an abbreviated month: no wrap."""
    text = NUMBERED_HEADER + (
        "\u00b61. (C) Zenda met the envoy.\n\n"
        "\u00b62. (C) Rassendyll said the vote comes in May.\n"
        "\u00b61. The note reads well.\n\n"
        "\u00b63. (C) Sapt spoke last.\n")
    assert findings(text, "CL903") == []


def test_a_number_repeated_under_a_capitals_heading_without_blank_lines_is_a_paragraph() -> None:
    """06PANAMA360 (fresh-9 audit, A097): a text that lost its blank lines; the
    section heading 'A.9. ...' in capitals, then the drafter's second '¶30.' with
    ¶31 below.  A heading ends no sentence: a repeat (CL202), not a wrap."""
    text = NUMBERED_HEADER + (
        "\u00b629. Zenda's utilities long complained of slow regulators.\n"
        "\u00b630. Public utilities in Strelsau sought faster answers\n"
        "from the regulator.\n"
        "A.9. EFFICIENT CAPITAL MARKETS AND PORTFOLIO INVESTMENT\n"
        "\u00b630. Zenda's 1998 Banking Law regulates the sector.\n"
        "\u00b631. Bank lending is relatively efficient.\n")
    assert findings(text, "CL903") == []
    [repeat] = findings(text, "CL202")
    assert where(repeat)[0] == FIRST_BODY_LINE + 4


def test_a_wrap_after_a_line_in_capitals_stays_in_a_text_all_in_capitals() -> None:
    """In a cable written all in capitals a line in capitals is no heading: the
    line above runs on and ¶5 follows, so the '¶14.' is still a wrapped number."""
    text = NUMBERED_HEADER + (
        "\u00b63. ZENDA JOINS THE EXERCISE.\n\n"
        "\u00b64. RASSENDYLL WILL WEIGH THE JANUARY-JULY NATO RESPONSE FORCE\n"
        "\u00b614. WE HAD HOPED THAT STRELSAU WOULD JOIN.\n\n"
        "\u00b65. SAPT AGREED.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 3


def test_a_first_number_ending_a_sentence_that_runs_on_is_wrapped() -> None:
    """07TOKYO5603 (fresh-10 audit A116/A189): '... candidates now totals' /
    '¶227. Therefore ...' in a cable with no numbered paragraphs: the sentence's
    number wrapped, whatever the last word above (not only a wrap word)."""
    from runon_snippets import RUN_ON, RUN_ON_LINE

    [found] = findings(RUN_ON, "CL903")
    assert where(found) == (RUN_ON_LINE, 1, RUN_ON_LINE, 6)
    assert found.message == "'227.' continues the line above; join it to that line"
    fixed = apply_fixes(RUN_ON, [found])
    assert "candidates now totals 227. Therefore, the party's" in fixed
    assert findings(fixed, "CL903") == []
    # a first paragraph that the next one goes on from is a paragraph, not a wrap
    numbered = RUN_ON.replace("Rassendyll has not", "\u00b6228. Rassendyll has not")
    assert findings(numbered, "CL903") == []
    # nor one after a full stop, nor one with a portion mark
    assert findings(RUN_ON.replace("now totals\n", "now totals.\n"), "CL903") == []
    assert findings(RUN_ON.replace("\u00b6227. Therefore", "\u00b6227. (C) Therefore"),
                    "CL903") == []


def test_a_wrapped_number_below_a_line_ending_in_a_backslash() -> None:
    """Every line ended with " \\" (07BERN259's export): the backslash is extraction
    damage, not the end of the line's text; the join puts the number after the word."""
    text = NUMBERED_HEADER + ("\u00b61. (C) Post asks about the request posed in paragraph\n"
                              "\n\u00b63. Guests asked about the harbour.\n\n"
                              "\u00b62. (C) More.\n")
    text = "".join(f"{line} \\\n" for line in text.split("\n")[:-1])
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 2
    assert "posed in paragraph 3. Guests" in apply_fixes(text, [found])
