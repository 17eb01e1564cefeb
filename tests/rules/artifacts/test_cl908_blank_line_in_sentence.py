"""CL908 blank-line-in-sentence: hand-written cables."""

from __future__ import annotations

import pytest
from artifacts_helpers import cable, fixed_clean
from rule_helpers import apply_fixes, findings


def test_blank_line_before_lower_case_text() -> None:
    text = cable("\u00b61. (C) Canada had invested a great deal, he said,\n\n"
                 "but it was unclear whether the trend would last.\n")
    [found] = findings(text, "CL908")
    line = text.splitlines().index("but it was unclear whether the trend would last.")
    assert (found.span.line, found.span.end_line) == (line - 1, line + 1)
    assert found.fix.applicability == "unsafe"  # joining changes the paragraphs a reader sees
    assert "he said,\nbut it was" in fixed_clean(text, "CL908", unsafe=True)


def test_unwrapped_paragraph_is_joined_with_a_space() -> None:
    long_line = "\u00b61. (C) " + "The Regent spoke at length about the harbour. " * 3 + \
        "Canada had invested a great deal, he said,"
    text = cable(f"{long_line}\n\nbut it was unclear whether the trend would last.\n")
    assert "he said, but it was" in fixed_clean(text, "CL908", unsafe=True)


def test_open_word_before_a_capital_is_an_unsafe_fix() -> None:
    text = cable("\u00b61. (C) The Regent met the\n\nPrime Minister on Tuesday.\n")
    [found] = findings(text, "CL908")
    assert found.fix.applicability == "unsafe"
    assert "met the\nPrime Minister" in apply_fixes(text, [found], unsafe=True)


@pytest.mark.parametrize("body", [
    "\u00b61. (C) The Regent spoke.\n\nhe then left the hall.\n",  # a sentence ended
    "\u00b61. (C) Posts should raise:\n\n-- the tariff; and\n\nPosts should also ask.\n",
    "\u00b61. (C) The Regent met the\n\n\u00b62. (C) Prime Minister.\n",  # a new paragraph
    "\u00b61. (C) The Regent spoke of the harbour and\n\nCOALITION TALKS\n",
])
def test_no_blank_line_in_a_sentence(body) -> None:
    assert findings(cable(body), "CL908") == []


def test_capitals_inside_a_paragraph_are_no_heading() -> None:
    # the model's headings are body nodes of their own; a line in capitals inside a
    # paragraph is text (09MOSCOW2529 writes a list of topics in capitals mid-sentence)
    text = cable("\u00b61. (C) They will work on all areas on the\nBILATERAL AGENDA, TRADE\n\n"
                 "condition that their voice be heard.\n")
    [found] = findings(text, "CL908")
    assert found.span.line == text.splitlines().index("BILATERAL AGENDA, TRADE") + 1
    assert "BILATERAL AGENDA, TRADE\ncondition" in fixed_clean(text, "CL908", unsafe=True)


def test_heading_above_lower_case_text_is_left_alone() -> None:
    text = cable("\u00b61. (C) The Regent spoke.\n\nTRADE AND INVESTMENT\n\n"
                 "and then the harbour was discussed at length.\n")
    assert findings(text, "CL908") == []


def test_a_header_line_printed_again_in_a_paragraph_is_no_sentence() -> None:
    """09MOSCOW2529: the SUBJECT's second line repeated as a page header inside ¶6,
    then a blank line, then the sentence goes on: the header line is no half of the
    sentence (a blinded reader labelled a join of it FALSE: it would weld the header
    into the text); the sentence runs from the line above the copy."""
    text = ("C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 06/10/2019\n"
            "TAGS: PREL AU\nSUBJECT: THE CORONATION: GUESTS, SECURITY,\n"
            "MILITARY/DEFENSE COOPERATION\n\n"
            "1. (C) They are ready to work on all areas of interest on the\n"
            "MILITARY/DEFENSE COOPERATION\n\ncondition that the harbour stays open.\n\n"
            "RASSENDYLL\n")
    [found] = findings(text, "CL908")
    assert "copy of the header" in found.message
    assert found.span.line == text.splitlines().index("MILITARY/DEFENSE COOPERATION", 7)
    fixed = apply_fixes(text, [found], unsafe=True)
    assert "interest on the\ncondition that" in fixed  # the copy goes, no word of the text
    assert findings(text.replace("MILITARY/DEFENSE COOPERATION\n\ncondition",
                                 "MILITARY AND OTHER TOPICS\n\ncondition"), "CL908")


@pytest.mark.parametrize("item", ["b.  Flavia Elphberg", "d. Rudolf Rassendyll", "(c) the harbour",
                                  "ii) the tariff"])
def test_a_list_entry_after_a_blank_line_is_no_broken_sentence(item) -> None:
    # 06BAGHDAD4163: a lettered traveller list, one entry per block, no pilcrow
    text = cable("\u00b62. Travelers' information follows:\n\na. Rudolf Rassendyll\n"
                 f"   Clearance:  TS/SCI\n\n{item}\n   Deputy Commanding General\n")
    assert findings(text, "CL908") == []


def test_a_word_opening_like_an_item_is_still_a_sentence() -> None:
    text = cable("\u00b61. (C) The Regent spoke, he said,\n\ni.e. he left the hall.\n")
    assert len(findings(text, "CL908")) == 1


def test_the_whole_subject_printed_again_mid_sentence_is_deleted_not_joined() -> None:
    """02ADANA417: the SUBJECT (two lines in the header) printed on one line between the
    halves of a sentence: joining the blank lines would keep it in the sentence."""
    text = ("C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 06/10/2019\n"
            "TAGS: PREL AU\nSUBJECT:  THE CORONATION GUESTS ARRIVE IN\nSTRELSAU\n\n"
            "1. (C) The Regent said all\n"
            "SUBJECT:  THE CORONATION GUESTS ARRIVE IN STRELSAU\n\n\n"
            "guests were welcome at the harbour.\n\nRASSENDYLL\n")
    [found] = findings(text, "CL908")
    assert "copy of the header" in found.message
    assert (found.span.line, found.span.end_line) == (8, 12)
    fixed = apply_fixes(text, [found], unsafe=True)
    assert "The Regent said all\nguests were welcome" in fixed
    assert fixed.count("SUBJECT:") == 1


def test_a_header_copy_after_a_finished_sentence_is_left_alone() -> None:
    text = ("C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 06/10/2019\n"
            "TAGS: PREL AU\nSUBJECT:  THE CORONATION GUESTS ARRIVE IN\nSTRELSAU\n\n"
            "1. (C) The Regent spoke.\n"
            "SUBJECT:  THE CORONATION GUESTS ARRIVE IN STRELSAU\n\n"
            "guests were welcome at the harbour.\n\nRASSENDYLL\n")
    assert findings(text, "CL908") == []


def test_double_spaced_cable_gets_one_finding_that_joins_every_split() -> None:
    lines = ["\u00b61. (C) The Regent of Zenda met the", "", "harbour master on Tuesday and",
             "", "spoke about the new quay, which", "", "opened in May with much fanfare.",
             "", "\u00b62. (C) Rassendyll said that the", "", "king would attend, and that",
             "", "the crowd would be large."]
    text = cable("\n".join(lines) + "\n")
    [found] = findings(text, "CL908")
    assert found.message.startswith("the text is double-spaced: blank lines split 5 sentences")
    assert found.fix.applicability == "unsafe"
    fixed = fixed_clean(text, "CL908", unsafe=True)
    assert "met the\nharbour master on Tuesday and\nspoke about" in fixed
    assert "Rassendyll said that the\nking would attend, and that\nthe crowd" in fixed
    assert fixed.split() == text.split()  # no word lost or moved


def test_a_few_split_sentences_in_a_single_spaced_cable_stay_separate() -> None:
    body = ("\u00b61. (C) The Regent met the\n\nharbour master on Tuesday.\n\n"
            "\u00b62. (C) Rassendyll said that the king would attend the opening of\n"
            "the new quay with the whole court, the guards and the band, and that\n"
            "the crowd would be large and the weather fine, and he hoped the\n"
            "harbour master would be ready for the\n\nking and his guests.\n")
    assert len(findings(cable(body), "CL908")) == 2


@pytest.mark.parametrize("blank", ["\x0c", "\x0b", "\u00a0", "\u2003", " \x0c\t"])
def test_a_line_of_unicode_whitespace_is_a_blank_line(blank) -> None:
    # issue 13: a line holding only a form feed, a vertical tab or a no-break space
    # raised IndexError (the rule's own pattern knew only spaces and tabs)
    text = cable(f"\u00b61. (C) The Regent met the\n{blank}\n\nPrime Minister on Tuesday.\n")
    [found] = findings(text, "CL908")
    above = "\u00b61. (C) The Regent met the"
    line = text.splitlines().index(above) + 1
    assert (found.span.line, found.span.column) == (line, len(above) + 1)
    assert found.span.end_line == line + 3
    assert "met the\nPrime Minister" in apply_fixes(text, [found], unsafe=True)


@pytest.mark.parametrize(("gap", "below", "found"), [
    ("\n" * 400, "but it was unclear.", 1),
    (" \n" * 400, "but it was unclear.", 1),
    ("\n" * 400, "(but it was unclear).", 0),  # no letter below: no gap, and no rescan
    (" \n\t\n" * 200, "42 of them were unclear.", 0),
])
def test_a_long_run_of_blank_lines_is_one_gap_when_a_letter_follows(gap, below, found) -> None:
    text = cable(f"\u00b61. (C) Canada had invested a great deal, he said,\n{gap}{below}\n")
    assert len(findings(text, "CL908")) == found
