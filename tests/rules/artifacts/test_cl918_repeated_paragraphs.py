"""CL918 repeated-paragraphs: hand-written cables (fictional names)."""

from __future__ import annotations

from artifacts_helpers import cable
from rule_helpers import findings, where

BREAK = "STRELSAU 00000733 002 OF 002\n"
P1 = "\u00b61. (C) The coalition wobbles after the vote in the assembly.\n"
P2 = "\u00b62. (C) The regent left for Zenda in the evening with his guard.\n"
P3 = "\u00b63. (C) The harbour stayed calm while the crowds gathered.\n"
P4 = "\u00b64. (C) Comment: the king will need the army's support.\n"


def _codes(text: str) -> dict[str, list]:
    return {code: findings(text, code) for code in ("CL918", "CL202", "CL203", "CL204")}


def test_cl918_run_of_copied_paragraphs_is_one_finding() -> None:
    text = cable(P1 + P2 + P3 + BREAK + P2 + P3 + P4)
    found = _codes(text)
    [copy] = found["CL918"]
    assert copy.message == ("paragraphs 2-3 repeat the text given above (from line 12); "
                            "keep one copy")
    assert where(copy) == (15, 1, 15, 4) and copy.fix is None
    assert found["CL202"] == found["CL203"] == found["CL204"] == []


def test_cl918_first_paragraph_printed_again_is_no_restart() -> None:
    found = _codes(cable(P1 + P2 + P3 + BREAK + P1))
    [copy] = found["CL918"]
    assert copy.message.startswith("paragraph 1 repeats the text given above (from line 11)")
    assert found["CL203"] == []


def test_cl918_copy_cut_short_after_its_opening_words_is_still_a_copy() -> None:
    """The first printing may break off (09BRUSSELS1580): thirty characters agree."""
    cut = "\u00b62. (C) The regent left for Zenda in the eveQ\n"
    assert len(findings(cable(P1 + cut + BREAK + P2 + P3), "CL918")) == 1


def test_cl918_copy_needs_a_page_break_between() -> None:
    """Without a page break between them two same paragraphs are the drafter's
    (a repeated number: CL202), not a page printed twice."""
    found = _codes(cable(P1 + P2 + P3 + P2))
    assert found["CL918"] == [] and found["CL202"]


def test_cl918_same_number_other_words_is_a_numbering_slip() -> None:
    other = "\u00b62. (C) The bishop refused to attend the coronation at all.\n"
    found = _codes(cable(P1 + P2 + P3 + BREAK + other))
    assert found["CL918"] == []
    assert found["CL202"] or found["CL204"]


def test_cl918_short_paragraphs_are_not_compared() -> None:
    """Under thirty characters of words ("1. (U) Noted.") say nothing of a copy."""
    short = "\u00b61. (U) Noted.\n"
    assert findings(cable(short + P2 + BREAK + short), "CL918") == []


def test_cl918_preview_cut_short_above_the_full_paragraph() -> None:
    """07ISLAMABAD5283 (fresh-4 audit): a one-line preview ending in "..." above the
    paragraph; CL202 must not call the full paragraph a repeated number."""
    preview = "\u00b61. (C) The coalition wob...SUBJECT: THE COALITION WOBBLES\n"
    found = _codes(cable(preview + P1 + P2))
    [copy] = found["CL918"]
    assert copy.message.startswith("paragraph 1 repeats the text given above (from line 11)")
    assert found["CL202"] == found["CL203"] == []
    # a shorter preview says too little
    short = "\u00b61. (C) The c...\n"
    assert _codes(cable(short + P1 + P2))["CL918"] == []
