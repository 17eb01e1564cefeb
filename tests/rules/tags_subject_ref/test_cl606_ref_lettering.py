"""CL606 ref-lettering: hand-written cables (fictional names)."""

from __future__ import annotations

from cable_snippets import cable, where
from rule_helpers import findings
from rule_helpers import where as span_of
from tags_subject_ref_helpers import EO, SUBJECT


def refs(block: str, *body: str) -> str:
    return cable(EO, "TAGS: PREL ZI", SUBJECT + "\n" + block,
                 body=body or ("1. (C) The king was crowned.",))


def test_cl606_good_lettering_and_citations() -> None:
    text = refs("REF: A. ZENDA 1784\nB. ZENDA 1790", "1. (C) As reported in ref B, the king",
                "was crowned (refs A and B).  Reftel a request was made.")
    assert findings(text, "CL606") == []


def test_cl606_letter_written_twice() -> None:
    text = refs("REF: A. (A) ZENDA 1784\nB. ZENDA 1790")
    [found] = findings(text, "CL606")
    line, column, end = where(text, "(A)")
    assert span_of(found) == (line, column, line, end)


def test_cl606_repeated_and_skipped_letters() -> None:
    [found] = findings(refs("REF: A. ZENDA 1784\nA. ZENDA 1790"), "CL606")
    assert "used twice" in found.message
    text = refs("REF: A. ZENDA 1784\nC. ZENDA 1790")
    [found] = findings(text, "CL606")
    assert "item B is missing" in found.message
    line, column, _ = where(text, "C. ZENDA")
    assert span_of(found) == (line, column, line, column + 1)


def test_cl606_citation_of_a_missing_letter() -> None:
    text = refs("REF: A. ZENDA 1784\nB. ZENDA 1790", "1. (C) As reported in ref C, the king",
                "was crowned (reftels A through D).")
    cited = findings(text, "CL606")
    assert [d.message.split(",")[0] for d in cited] == [
        "the text cites ref C", "the text cites ref C", "the text cites ref D"]
    line, column, _ = where(text, "ref C,")
    assert span_of(cited[0]) == (line, column + 4, line, column + 5)


def test_cl606_inline_item_on_the_previous_items_line() -> None:
    text = refs("REF: A. ZENDA 1784\nB. ZENDA 1790 C. STATE 2001", "1. (C) See ref C.")
    assert findings(text, "CL606") == []


def test_cl606_items_lettered_with_a_colon_are_citable() -> None:
    """07COLOMBO250 (fresh-9 audit, A037): 'REF A: ..., B: ...' has a ref B."""
    text = refs("REF A: 06 ZENDA 2096, B: 06 ZENDA 550",
                "1. (C) The king was crowned (Ref B), not in ref C.")
    [found] = findings(text, "CL606")
    assert found.message.startswith("the text cites ref C, but the REF block has only A, B")


def test_cl606_lower_case_items_are_citable() -> None:
    text = refs("REF: a) ZENDA 1784 b) ZENDA 1790 c) STATE 2001",
                "1. (C) As reported in ref c, the king was crowned.")
    assert findings(text, "CL606") == []


def test_cl606_block_after_a_blank_line_is_citable() -> None:
    text = refs("REF: A. ZENDA 1784\nB. ZENDA 1790\n\nC. STATE 2001",
                "1. (C) As reported in ref C, the king was crowned.")
    assert findings(text, "CL606") == []


def test_cl606_item_wrapped_past_a_blank_line_is_citable() -> None:
    """05WELLINGTON274 (fresh-16 audit, A119): 'C)' ends the REF line and its text
    follows a blank line; refs C to E exist, a ref F does not."""
    text = refs("REF: A) ZENDA 0234 B) ZENDA 0233 C)\n\n     ZENDA 0157 D) 04 ZENDA 0470"
                " E) 04\n     ZENDA 0173",
                "1. (C) As reported in ref C and ref E, the king was crowned (ref F).")
    [found] = findings(text, "CL606")
    assert found.message.startswith("the text cites ref F, but the REF block has only A, B,"
                                    " C, D, E")


def test_cl606_one_ref_line_per_item() -> None:
    text = refs("REF A PRESIDENT'S LETTER TO THE KING\nREF B STATE 76108",
                "1. (C) As reported in ref B, the king was crowned (ref D).")
    [found] = findings(text, "CL606")
    assert found.message.startswith("the text cites ref D, but the REF block has only A, B")


def test_cl606_outer_letters_added_over_the_cables_own_are_not_doubled() -> None:
    """06PARIS1031: extraction lettered the items and their wrapped year lines A.-H.
    over the cable's own (A)-(F); "A. (A)" is then no doubled letter to remove."""
    text = refs("REF: A. (A) ZENDA DAILY REPORT FOR MAY 17\n\nB. 2006\n"
                "C. (B) ZENDA DAILY REPORT FOR MAY 10\nD. (C) ZENDA DAILY REPORT FOR MAY 6")
    assert [d for d in findings(text, "CL606") if "lettered twice" in d.message] == []


def test_cl606_a_bracketed_letter_glued_to_its_item_is_an_item() -> None:
    """09OSLO791 (fresh-12 audit, A036): '(C)Hentzau Email' has a ref C; a ref D does not exist."""
    text = refs("REF: (A) STATE 121808 (B) ZENDA 741 (C)Hentzau-Elphberg Email 12/18/09",
                "1. (C) The king was crowned (ref C), not in ref D.")
    [found] = findings(text, "CL606")
    assert found.message.startswith("the text cites ref D, but the REF block has only A, B, C")


def test_cl606_a_letter_with_a_stop_glued_to_a_word_is_no_item() -> None:
    """'C.' needs its blank: 'C.Hentzau' letters no item C."""
    text = refs("REF: A. STATE 121808 B. ZENDA 741 C.Hentzau Email", "1. (C) See ref C.")
    [found] = findings(text, "CL606")
    assert found.message.startswith("the text cites ref C")
