"""CL206 paragraph-number-format: hand-written cables."""

from __future__ import annotations

from cable_snippets import line_of, numbered_cable
from iir_snippets import IIR
from numbering_snippets import body_cable, line_with
from rule_helpers import apply_fixes, findings, where


def test_number_format_space_and_double_full_stop() -> None:
    text = numbered_cable("1", "2", "3").replace("\u00b62. (C)", "\u00b62.(C)").replace(
        "\u00b63. (C)", "\u00b63.. (C)")
    found = findings(text, "CL206")
    assert sorted(where(d)[0] for d in found) == [line_of(1), line_of(2)]
    fixed = apply_fixes(text, found)
    assert "\u00b62. (C)" in fixed and "\u00b63. (C)" in fixed
    assert findings(fixed, "CL206") == []


def test_number_format_mixed_pilcrow_style_follows_the_majority() -> None:
    text = numbered_cable("1", "2", "3").replace("\u00b62. (C)", "2. (C)")
    [found] = findings(text, "CL206")
    assert where(found)[0] == line_of(1) and "without the pilcrow" in found.message
    assert findings(apply_fixes(text, [found]), "CL206") == []


def test_cl206_iir_field_opening_with_paragraph_1() -> None:
    """``TEXT: 1. (C) ...`` is how an IIR's field opens, not a number run into text."""
    assert findings(IIR, "CL206") == []


def test_cl206_a_number_run_onto_another_line_has_no_pilcrow_style() -> None:
    """08YEREVAN639, 09LAHORE154 (fresh-7 audit): '... 1.4 (b,d) 1. (C) ...' cannot
    carry the viewer's pilcrow; CL916 reports the line, the style check leaves it."""
    from cable_snippets import numbered_cable
    from rule_helpers import findings

    text = numbered_cable("1", "2", "3").replace(
        "\n\u00b61. (C)", " and the regent 1. (C)", 1)
    assert [d for d in findings(text, "CL206") if "pilcrow" in d.message] == []


def test_number_run_into_its_text_gets_a_space_not_a_rewrite() -> None:
    """fresh-8 audit: ``1.Unauthorized ...`` is written right but has no space after
    it; the message and the fix say so (not "write '1.'", which is already there)."""
    text = body_cable(
        "1.Zenda export licences are reviewed below.",
        "",
        "\u00b62. (C) Two.",
        "",
        "\u00b63. (C) Three.",
    )
    [found] = findings(text, "CL206")
    assert found.message == "no space between paragraph number '1.' and its text; insert one"
    assert (found.span.line, found.span.column) == (line_with(text, "1.Zenda"), 1)
    assert found.span.end_column - found.span.column == 2
    fixed = apply_fixes(text, [found])
    assert "\n1. Zenda export licences are reviewed below." in fixed
    # the pilcrow the other paragraphs have is a finding of its own once the number reads
    [style] = findings(fixed, "CL206")
    assert "without the pilcrow" in style.message


def test_malformed_number_run_into_its_text_says_both_changes() -> None:
    text = body_cable(
        "\u00b61. (C) One.",
        "",
        "2,Zenda export licences are reviewed below.",
        "",
        "\u00b63. (C) Three.",
    )
    [found] = findings(text, "CL206")
    assert found.message == ("'2,' is paragraph number 2 written malformed; "
                             "write '2.' and a space after it")
    assert "\n2. Zenda export" in apply_fixes(text, [found])


def _split_cable() -> str:
    """¶10 whose '1' was left at the end of the heading line above (04BRASILIA1291)."""
    numbers = [str(n) for n in range(1, 13)]
    text = numbered_cable(*numbers)
    return text.replace("\u00b610. (C)", "ZENDA/HAITI --------- 1\n\n\u00b60. (C)")


def test_number_split_across_a_line_break_is_one_finding_with_a_safe_fix() -> None:
    """The '1' ending the heading line and '¶0.' opening the next are ¶10: one
    CL206 finding naming the split, no gap (CL201) nor backward step (CL202)."""
    text = _split_cable()
    assert findings(text, "CL201") == [] and findings(text, "CL202") == []
    assert findings(text, "CL203") == []
    [found] = findings(text, "CL206")
    assert found.message == ("paragraph 10 is split across a line break: its '1' ends "
                             "the line above '\u00b60.'; write '\u00b610.'")
    line = line_with(text, "ZENDA/HAITI")
    assert where(found) == (line, 23, line + 2, 4)
    assert found.fix is not None and found.fix.applicability == "safe"
    fixed = apply_fixes(text, [found])
    assert "ZENDA/HAITI ---------\n\n\u00b610. (C) The king" in fixed
    assert findings(fixed, "CL206") == [] and findings(fixed, "CL202") == []


def test_digits_above_that_do_not_make_the_expected_number_are_no_split() -> None:
    """A figure ending the line above that does not make the expected number with
    the paragraph's ('... 2' / '¶0.' after ¶9): the backward step stays."""
    text = _split_cable().replace("--------- 1\n", "--------- 2\n")
    assert findings(text, "CL202") != []
    assert not any("split" in d.message for d in findings(text, "CL206"))
    # a digit run into a word above ("ROOM 21") is no split either
    text = _split_cable().replace("--------- 1\n", "ROOMA1\n")
    assert not any("split" in d.message for d in findings(text, "CL206"))


def test_every_number_written_without_the_space_is_one_finding() -> None:
    # issue #12 (fresh-13 A004/A018/A039/A087, A243/A273/A275, 05MUSCAT679): every
    # paragraph written "n.(C)" is how the text was typed: one finding on the first,
    # naming how many, with one fix inserting every space; not one per paragraph
    text = numbered_cable("1", "2", "3", pilcrow=False).replace(". (C)", ".(C)")
    [found] = findings(text, "CL206")
    assert where(found)[:2] == (line_of(0), 1)
    assert found.message == ("all 3 paragraph numbers are written with no space before "
                             "the portion mark ('1.(C)'); insert one after each")
    assert "style" not in found.message
    fixed = apply_fixes(text, [found])
    assert fixed == numbered_cable("1", "2", "3", pilcrow=False)
    assert findings(fixed, "CL206") == []
    # one number of several written so is a slip: reported on its own
    text = numbered_cable("1", "2", "3", pilcrow=False).replace("2. (C)", "2.(C)")
    assert [(where(d)[0], d.message) for d in findings(text, "CL206")] == [
        (line_of(1), "no space between '2.' and the portion mark; insert one")]
    # a paragraph without a mark (CL301's finding) leaves the others one finding
    text = numbered_cable("1", "2", "3", pilcrow=False).replace(". (C)", ".(C)").replace(
        "2.(C) ", "2. ")
    [found] = findings(text, "CL206")
    assert where(found)[:2] == (line_of(0), 1)
    assert found.message == ("all 2 paragraph numbers with a portion mark are written with "
                             "no space before it ('1.(C)'); insert one after each")
    assert apply_fixes(text, [found]) == numbered_cable("1", "2", "3", pilcrow=False).replace(
        "2. (C) ", "2. ")
    # a cable of one paragraph: that number alone
    text = numbered_cable("1", pilcrow=False).replace(". (C)", ".(C)")
    [found] = findings(text, "CL206")
    assert found.message == "no space between '1.' and the portion mark; insert one"


def test_unspaced_numbers_that_are_the_cables_clear_style_are_one_finding() -> None:
    # issue #12 (fresh-16 A120/A138/A148/A159/A187/A193/A198: 09DJIBOUTI1425 writes 16
    # of 18 numbers "n.(C)", 09OSLO146 8 of 9): the prevailing form is how the text
    # was typed, one finding naming the spaced exceptions, one fix for all
    numbers = ("1", "2", "3", "4", "5")
    spaced = numbered_cable(*numbers, pilcrow=False)
    text = spaced.replace(". (C)", ".(C)").replace("5.(C)", "5. (C)")
    [found] = findings(text, "CL206")
    assert where(found)[:2] == (line_of(0), 1)
    assert found.message == ("4 of 5 paragraph numbers with a portion mark are written "
                             "with no space before it ('1.(C)'; 1 has one); insert one "
                             "after each")
    fixed = apply_fixes(text, [found])
    assert fixed == spaced and findings(fixed, "CL206") == []
    # two spaced of seven: still the style, the count says so
    text = numbered_cable(*numbers, "6", "7", pilcrow=False).replace(". (C)", ".(C)")
    text = text.replace("6.(C)", "6. (C)").replace("7.(C)", "7. (C)")
    [found] = findings(text, "CL206")
    assert found.message.startswith("5 of 7 paragraph numbers") and "2 have one" in found.message


def test_unspaced_numbers_without_a_clear_majority_are_reported_each() -> None:
    # three of five, or an even split, is no clear style: each number is its own slip
    text = numbered_cable("1", "2", "3", "4", "5", pilcrow=False).replace(
        ". (C)", ".(C)").replace("4.(C)", "4. (C)").replace("5.(C)", "5. (C)")
    found = findings(text, "CL206")
    assert [d.message for d in found] == [
        f"no space between '{n}.' and the portion mark; insert one" for n in "123"]
