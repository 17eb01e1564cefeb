"""CL201-CL206 numbering and CL901-CL903 pilcrow artifacts: snippets and corpus."""

from __future__ import annotations

import pytest
from rule_helpers import apply_fixes, cables_with, findings, where

HEADER = ("C O N F I D E N T I A L SECTION 01 OF 02 ZENDA 000123\n\nSIPDIS\n\n"
          "E.O. 12958: DECL: 04/01/2019\nTAGS: PREL ZD\nSUBJECT: CORONATION\n\n"
          "Classified By: Ambassador R. Rassendyll, reasons 1.4 (b) and (d)\n\n")
FIRST_BODY_LINE = HEADER.count("\n") + 1


def cable(*numbers: str, marks: bool = True, pilcrow: bool = True, between: str = "\n",
          preamble: bool = False) -> str:
    """A cable whose paragraphs are numbered as given (strings, as written)."""
    lines = []
    sign = "\u00b6" if pilcrow else ""
    for number in numbers:
        mark = " (C)" if marks else ""
        lines.append(f"{sign}{number}.{mark} The king spoke of the harbour.{between}")
    start = ("This record is a partial extract of the original cable. The full text of the "
             "original cable is not available.\n\n") if preamble else ""
    return start + HEADER + "\n".join(lines) + "\nRASSENDYLL\n"


def line_of(index: int) -> int:
    """Line of the index-th paragraph in ``cable()`` (blank line between paragraphs)."""
    return FIRST_BODY_LINE + 2 * index


# --------------------------------------------------------------------- CL901


def test_pilcrow_read_as_one_follows_the_sequence() -> None:
    numbers = ["1", "2", "3", "4", "5", "6", "17", "18", "19", "110", "111", "112", "113",
               "14", "15", "16", "17", "18"]
    text = cable(*numbers, pilcrow=False)
    found = findings(text, "CL901")
    assert [where(d)[0] for d in found] == [line_of(i) for i in range(6, 13)]
    first = found[0]
    assert where(first) == (line_of(6), 1, line_of(6), 3)  # the digits "17"
    assert "\u00b67" in first.message and "write '7.'" in first.message
    fixed = apply_fixes(text, found)
    assert [line.split(".")[0] for line in fixed.splitlines()
            if line[:1].isdigit()] == [str(n) for n in range(1, 19)]
    assert findings(fixed, "CL901") == []


def test_genuine_seventeen_after_sixteen_is_left_alone() -> None:
    text = cable(*[str(n) for n in range(1, 18)])
    assert findings(text, "CL901") == []


def test_pilcrow_number_with_pilcrow_kept_is_fixed_after_the_pilcrow() -> None:
    text = cable("1", "12", "3")
    [found] = findings(text, "CL901")
    assert where(found) == (line_of(1), 2, line_of(1), 4)
    assert "\u00b62. (C)" in apply_fixes(text, [found])


def test_the_seed_cable_has_thirteen_pilcrow_numbers() -> None:
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / "examples" / "ottawa-1502.txt"
    found = findings(example.read_text(encoding="utf-8"), "CL901",
                     path="examples/ottawa-1502.txt")
    assert [d.span.line for d in found] == [42, 44, 48, 50, 52, 56, 58, 72, 76, 80, 84, 88, 92]


# ------------------------------------------------------------ CL201 / CL202


def test_gap_is_reported_at_the_number_after_it() -> None:
    [found] = findings(cable("1", "2", "4", "5"), "CL201")
    assert where(found) == (line_of(2), 1, line_of(2), 4)
    assert "from 2 to 4" in found.message and "\u00b63 is missing" in found.message
    assert found.severity == "warning"


def test_gap_of_several_paragraphs() -> None:
    [found] = findings(cable("1", "5"), "CL201")
    assert "\u00b62-\u00b64 are missing" in found.message


def test_gap_in_a_partial_extract_or_after_a_redaction_is_info() -> None:
    [partial] = findings(cable("1", "3", preamble=True), "CL201")
    assert partial.severity == "info"
    redacted = cable("1", "3").replace("\u00b63.", "XXXXXXXXXXXX\n\n\u00b63.")
    [found] = findings(redacted, "CL201")
    assert found.severity == "info"


def test_no_gap_in_a_clean_sequence() -> None:
    assert findings(cable("1", "2", "3"), "CL201") == []


@pytest.mark.parametrize(("numbers", "message"), [
    (("1", "2", "2", "3"), "repeats"),
    (("1", "2", "3", "4", "2", "3"), "go back from 4 to 2"),
])
def test_repeat_and_backward_step(numbers, message) -> None:
    found = findings(cable(*numbers), "CL202")
    assert len(found) == 1 and message in found[0].message
    assert findings(cable(*numbers), "CL201") == []


# ------------------------------------------------------------ CL203-CL206


def test_restart_outside_an_embedded_text() -> None:
    [found] = findings(cable("1", "2", "3", "1", "2"), "CL203")
    assert where(found)[0] == line_of(3)
    embedded = cable("1", "2", "3", "1", "2").replace(
        "\u00b61. (C) The king spoke of the harbour.\n\n\u00b62. (C) The king spoke of the "
        "harbour.\nRASSENDYLL",
        "\u00b61. (C) The king spoke of the harbour.\n\n\u00b62. (C) The king spoke of the "
        "harbour.\nRASSENDYLL")
    text = embedded.replace("\u00b63. (C) The king spoke of the harbour.",
                            "\u00b63. (C) Begin text:")
    text = text.replace("\nRASSENDYLL", "\nEnd text.\n\nRASSENDYLL")
    assert findings(text, "CL203") == []


def test_first_number_is_one() -> None:
    [found] = findings(cable("2", "3"), "CL204")
    assert where(found)[0] == line_of(0) and found.severity == "warning"
    [partial] = findings(cable("2", "3", preamble=True), "CL204")
    assert partial.severity == "info"
    assert findings(cable("1", "2"), "CL204") == []


def test_lone_numbered_paragraph() -> None:
    [found] = findings(cable("1"), "CL205")
    assert found.severity == "info"
    assert findings(cable("1", "2"), "CL205") == []


def test_number_format_space_and_double_full_stop() -> None:
    text = cable("1", "2", "3").replace("\u00b62. (C)", "\u00b62.(C)").replace(
        "\u00b63. (C)", "\u00b63.. (C)")
    found = findings(text, "CL206")
    assert sorted(where(d)[0] for d in found) == [line_of(1), line_of(2)]
    fixed = apply_fixes(text, found)
    assert "\u00b62. (C)" in fixed and "\u00b63. (C)" in fixed
    assert findings(fixed, "CL206") == []


def test_number_format_mixed_pilcrow_style_follows_the_majority() -> None:
    text = cable("1", "2", "3").replace("\u00b62. (C)", "2. (C)")
    [found] = findings(text, "CL206")
    assert where(found)[0] == line_of(1) and "without the pilcrow" in found.message
    assert findings(apply_fixes(text, [found]), "CL206") == []


# --------------------------------------------------------------- CL902, CL903


def test_spurious_pilcrow_before_ref_letters_and_years() -> None:
    text = HEADER.replace("Classified By", "REF: A. ZENDA 100\n\u00b6B. ZENDA 200\n\n"
                          "Classified By") + "\u00b61. (C) Text.\n\n\u00b62006. Text.\n"
    found = findings(text, "CL902")
    assert [(d.span.line, d.span.column, d.span.end_column) for d in found] == [
        (10, 1, 2), (FIRST_BODY_LINE + 5, 1, 2)]  # 3 REF lines shift the body
    fixed = apply_fixes(text, found)
    assert "\nB. ZENDA 200" in fixed and "\n2006. Text." in fixed
    assert "\u00b61. (C)" in fixed  # a real paragraph keeps its pilcrow
    assert findings(fixed, "CL902") == []


def test_wrapped_number_after_a_month() -> None:
    text = HEADER + ("\u00b61. (C) The palace held a reception on\nFebruary\n"
                     "\u00b628. Guests asked about the harbour.\n\n\u00b62. (C) More.\n")
    [found] = findings(text, "CL903")
    assert where(found)[0] == FIRST_BODY_LINE + 2
    assert findings(text, "CL201") == [] and findings(text, "CL202") == []
    fixed = apply_fixes(text, [found])
    assert "February 28. Guests" in fixed
    assert findings(fixed, "CL903") == []


def test_out_of_sequence_number_after_a_full_stop_is_not_wrapped() -> None:
    text = HEADER + ("\u00b61. (C) The palace held a reception.\n"
                     "\u00b628. Guests asked about the harbour.\n")
    assert findings(text, "CL903") == []
    assert len(findings(text, "CL201")) == 1


# ---------------------------------------------------------------- corpus


def test_numbering_rules_on_the_corpus(corpus_findings) -> None:
    # Ranges around what the rules find today, each case read by hand:
    # CL201: 22 cables, as cable-format.md counts (e.g. 02BRASILIA4227 11->13,
    #   04SANAA2346 12->14, 08PARIS1698 2->36 after a redaction run).
    assert 20 <= len(cables_with(corpus_findings, "CL201")) <= 24
    # CL202: 7 cables: the 6 of the survey (08MADRID552 45 twice, 08TUNIS679 6
    #   twice, 06LAPAZ3400 14->12, 07KABUL185 19->16 ...) plus 08BERLIN1068,
    #   whose sign-off reads "¶3. Koenig" (a real damage: the number repeats).
    assert 6 <= len(cables_with(corpus_findings, "CL202")) <= 8
    assert cables_with(corpus_findings, "CL203") == {"07MADRID1952"}
    assert len(cables_with(corpus_findings, "CL204")) == 2
    assert cables_with(corpus_findings, "CL205") == {"09MADRID671", "09STATE77662"}
    # CL206: no space before the mark, "3..", mixed pilcrow use (05PARIS4760 ...).
    assert 7 <= len(cables_with(corpus_findings, "CL206")) <= 16
    assert cables_with(corpus_findings, "CL901") == set()  # only the seed has it
    # CL902: REF letters and years after a viewer-inserted pilcrow: 66 + 8 in
    #   the survey; 73 here (some cables have both kinds).
    assert 65 <= len(cables_with(corpus_findings, "CL902")) <= 78
    # CL903: 07BEIJING1668 "February / ¶28.", 09TELAVIV2777 "November / ¶16." ...
    assert 4 <= len(cables_with(corpus_findings, "CL903")) <= 7


def test_numbering_example_cable() -> None:
    """examples/numbering-defects.txt shows each numbering defect once."""
    from pathlib import Path

    from cablelint.engine import run_rules, select_rules
    from cablelint.parser import parse_source
    from cablelint.rules.base import Settings
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    path = Path(__file__).resolve().parents[1] / "examples" / "numbering-defects.txt"
    source = SourceText.from_path(path)
    rules = [rule() for rule in select_rules(all_rules()[0], ["numbering", "CL901", "CL902",
                                                              "CL903"])]
    found = [(d.code, d.span.line) for d in run_rules(parse_source(source), source, rules,
                                                     Settings())]
    assert found == [("CL902", 17), ("CL206", 25), ("CL903", 28), ("CL201", 33),
                     ("CL202", 35), ("CL206", 37)]
