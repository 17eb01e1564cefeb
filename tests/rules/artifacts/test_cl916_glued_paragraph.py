"""CL916 glued-paragraph: hand-written cables."""

from __future__ import annotations

from artifacts_helpers import cable
from rule_helpers import apply_fixes, findings, where

from cablelint.parser import parse_text

BLOCK = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)"


def _glued(body: str) -> str:
    text = cable(body)
    assert BLOCK in text
    return text.replace(BLOCK + "\n\n", BLOCK + " ", 1)


def test_a_paragraph_run_onto_the_block_is_reported_and_split_off() -> None:
    text = _glued("1. (C) The king was crowned.\n\n2. (C) More.\n")
    [found] = findings(text, "CL916")
    line = text[:text.index(BLOCK)].count("\n") + 1
    column = len(BLOCK) + 2
    assert where(found) == (line, column, line, column + len("1. (C) The king was crowned."))
    assert found.severity == "warning" and found.message.startswith("paragraph 1 is run onto")
    assert apply_fixes(text, [found]) == cable("1. (C) The king was crowned.\n\n2. (C) More.\n")


def test_the_glued_paragraph_is_numbered_and_marked_like_the_others() -> None:
    """It is the model's first paragraph: CL204 must not say the first one is 2, and
    its portion mark is read (and judged) like any other's."""
    text = _glued("1. (S//NF) The king was crowned.\n\n2. (C) More.\n")
    first = parse_text(text).paragraphs[0]
    assert (first.number, first.portion_mark.raw) == (1, "(S//NF)")
    assert first.span.line == text[:text.index(BLOCK)].count("\n") + 1
    assert findings(text, "CL204") == []


def test_an_echo_of_paragraph_one_is_removed_not_split() -> None:
    text = _glued("1. (C)\n\n1. (C) The king was crowned.\n\n2. (C) More.\n")
    text = text.replace(" 1. (C)\n\n1.", " 1. (C)\n\n\u00b61.")
    [found] = findings(text, "CL916")
    assert "repeat those of the first paragraph below" in found.message
    assert found.fix.applicability == "unsafe"
    assert apply_fixes(text, [found], unsafe=True).count("1. (C)") == 1
    assert findings(text, "CL203") == []  # no restart of the numbering


def test_no_finding_without_a_glued_paragraph() -> None:
    assert findings(cable("1. (C) The king was crowned.\n"), "CL916") == []


def test_a_paragraph_glued_after_the_reasons_full_stop_is_split_off() -> None:
    """"... and (d).1. (C)": the number follows the stop that ends the reasons with no
    blank; it is still paragraph 1 (CL204 must not say the first one is 2), and the fix
    keeps the stop on the block's line."""
    text = cable("1. (C) The king was crowned.\n\n2. (C) More.\n").replace(
        BLOCK + "\n\n", BLOCK + ".", 1)
    first = parse_text(text).paragraphs[0]
    assert (first.number, first.portion_mark.raw) == (1, "(C)")
    assert findings(text, "CL204") == []
    [found] = findings(text, "CL916")
    assert found.message.startswith("paragraph 1 is run onto")
    assert apply_fixes(text, [found]) == cable(
        "1. (C) The king was crowned.\n\n2. (C) More.\n").replace(BLOCK, BLOCK + ".", 1)


def test_a_reason_letter_followed_by_a_stop_and_a_section_is_no_paragraph() -> None:
    """A stop after the reasons followed by a number with no portion mark stays in
    the block: only a number with a mark is a glued paragraph."""
    text = cable("1. (C) The king was crowned.\n").replace(BLOCK + "\n\n", BLOCK + ".2. \n\n", 1)
    assert findings(text, "CL916") == []


def test_a_paragraph_after_the_reasons_full_stop_and_blanks_is_split_off() -> None:
    """'... (b) and (d).  1.  (C) Barring ...' (08LONDON2028, fresh-11): the stop, then
    blanks, then paragraph 1; the fix puts it on a line of its own and keeps the stop."""
    body = "1.  (C) The king was crowned.\n\n2. (C) More.\n"
    text = cable(body).replace(BLOCK + "\n\n", BLOCK + ".  ", 1)
    [found] = findings(text, "CL916")
    assert found.message.startswith("paragraph 1 is run onto")
    assert apply_fixes(text, [found]) == cable(body).replace(BLOCK, BLOCK + ".", 1)
