"""The numbering walk on the patterns of issue #12: one defect, one finding.

Each test is a hand-written cable showing one pattern that real cables show:
nested lists, wrapped dates, malformed and glued numbers, misnumbered
paragraphs, redacted excerpts.
"""

from __future__ import annotations

from cable_snippets import assert_span
from numbering_snippets import body_cable, line_with, numbering_findings
from rule_helpers import apply_fixes, findings

from cablelint.analysis.numbering import sequence
from cablelint.parser import parse_source
from cablelint.rules.base import RuleContext, Settings
from cablelint.source import SourceText


def _kinds(text: str) -> list[tuple[int, str]]:
    source = SourceText.from_text(text, "<test>")
    context = RuleContext(parse_source(source), source, Settings())
    return [(step.paragraph.number, step.kind) for step in sequence(context)]


NESTED = body_cable(
    "\u00b61. (C) The Regent opened the talks.",
    "",
    "\u00b62. (C) Each side set out its aims.  U.S. side:",
    "1. Open the harbour of Zenda to trade.",
    "2. Release the prisoners held in the castle.",
    "",
    "\u00b63. (C) The Regent promised an answer by Friday.",
)


def test_a_list_after_a_lead_in_is_nested_and_the_outer_count_resumes() -> None:
    assert _kinds(NESTED) == [(1, "ok"), (2, "ok"), (1, "nested"), (2, "nested"), (3, "ok")]
    assert numbering_findings(NESTED) == []


def test_a_nested_list_after_a_lead_in_line_of_its_own() -> None:
    text = body_cable(
        "\u00b61. (C) The ministry listed its reforms.",
        "Pensions:",
        "1. The age rises to 65.",
        "2. Benefits follow prices.",
        "3. Funds are audited.",
        "",
        "\u00b62. (C) Unions object to the first point.",
        "",
        "\u00b64. (C) Embassy will follow the debate.",
    )
    # the nested list is no restart; the real gap after it is still found
    assert numbering_findings(text) == [("CL201", line_with(text, "\u00b64."))]


def test_a_restart_without_a_lead_in_is_still_a_restart() -> None:
    text = body_cable("\u00b61. (C) First.", "", "\u00b62. (C) Second.", "",
                      "\u00b61. (C) Again.")
    assert numbering_findings(text) == [("CL203", line_with(text, "\u00b61. (C) Again"))]


def test_a_wrapped_date_is_not_a_pilcrow_damaged_number() -> None:
    text = body_cable(
        "\u00b64. (C) The Regent will travel to Strelsau o/a August",
        "15. In addition, he plans to visit the harbour.",
        "",
        "\u00b65. (C) Embassy will report.",
    ).replace("\u00b64.", "\u00b61. (C) One.\n\n\u00b62. (C) Two.\n\n\u00b63. (C) Three.\n\n"
              "\u00b64.", 1)
    assert numbering_findings(text) == [("CL903", line_with(text, "15. In"))]
    [wrapped] = findings(text, "CL903")
    assert "August 15. In addition" in apply_fixes(text, [wrapped])


def test_an_unmarked_number_the_sequence_skips_is_wrapped() -> None:
    text = body_cable(
        "\u00b61. (C) Zenda may join the regional Response Force",
        "14. We had hoped for an answer in April.",
        "",
        "\u00b62. (C) Embassy will report.",
    )
    assert numbering_findings(text) == [("CL903", line_with(text, "14. We"))]


def test_malformed_numbers_are_one_format_finding_not_a_gap() -> None:
    text = body_cable(
        "\u00b66. (C) Six.",
        "",
        "7, (C) Seven.",
        "",
        "(8. (C) Eight.",
        "",
        "\u00b69. (C) Nine.",
        "",
        "10.The Regent agreed.",
        "",
        "(11) (C) Eleven.",
        "",
        "\u00b612. (C) Twelve.",
    ).replace("\u00b66.", "".join(f"\u00b6{n}. (C) Text.\n\n" for n in range(1, 6))
              + "\u00b66.", 1)
    found = findings(text, "CL206")
    assert [d.span.line for d in found] == [line_with(text, needle) for needle in (
        "7, (C)", "(8. (C)", "10.The", "(11) (C)")]
    assert_span(text, found[0].span, "7,")
    assert_span(text, found[1].span, "(8.")
    assert_span(text, found[2].span, "10.")
    assert_span(text, found[3].span, "(11)")
    assert [d.code for d in found] == ["CL206"] * 4
    assert [code for code, _ in numbering_findings(text)] == ["CL206"] * 4
    fixed = apply_fixes(text, found)
    for written in ("7. (C) Seven", "8. (C) Eight", "10. The Regent", "11. (C) Eleven"):
        assert f"\n{written}" in fixed


def test_a_glued_number_is_not_a_missing_paragraph() -> None:
    text = body_cable(
        "\u00b61. (C) The Regent spoke first. 2. (C) The Colonel replied at",
        "length.",
        "",
        "\u00b63. (C) Embassy will report.",
    )
    [found] = findings(text, "CL206")
    assert_span(text, found.span, "2.")
    assert found.fix is not None and found.fix.applicability == "unsafe"
    assert numbering_findings(text) == [("CL206", line_with(text, "\u00b61."))]
    assert "spoke first.\n\n2. (C) The Colonel" in apply_fixes(text, [found], unsafe=True)


def test_a_first_paragraph_glued_to_the_classified_by_line() -> None:
    # the parser cuts it off the block (CL916's): the numbering starts at 1
    text = body_cable("\u00b62. (C) Two.", "", "\u00b63. (C) Three.").replace(
        "reasons 1.4 (b) and (d)", "reasons 1.4 (b) and (d) 1.(C) Summary: one.")
    assert findings(text, "CL204") == []
    assert not any("run into" in d.message for d in findings(text, "CL206"))
    assert [d.code for d in findings(text, "CL916")] == ["CL916"]


def test_a_repeated_number_between_its_neighbours_is_one_finding() -> None:
    text = body_cable(*(f"\u00b6{n}. (C) Text of {n}.\n" for n in ("1", "2", "3", "3", "5")))
    assert numbering_findings(text) == [("CL202", line_with(text, "\u00b63. (C) Text of 3.\n\n"
                                                                  "\u00b63") + 2)]
    [found] = findings(text, "CL202")
    assert "should be 4" in found.message
    assert found.fix is not None and found.fix.applicability == "safe"
    assert "\u00b64. (C) Text of 3." in apply_fixes(text, [found])


def test_one_one_three_is_a_misnumbered_second_paragraph_not_a_restart() -> None:
    text = body_cable(*(f"\u00b6{n}. (C) Text.\n" for n in ("1", "1", "3")))
    assert [code for code, _ in numbering_findings(text)] == ["CL202"]
    assert "should be 2" in findings(text, "CL202")[0].message


def test_a_true_repeat_is_still_reported() -> None:
    text = body_cable(*(f"\u00b6{n}. (C) Text.\n" for n in ("1", "2", "2", "3")))
    [found] = findings(text, "CL202")
    assert "repeats" in found.message and found.fix is None


def test_a_redacted_excerpt_is_not_a_lone_or_restarted_numbering() -> None:
    lone = body_cable("\u00b61. (C) The Regent spoke.", "", "XXXXXXXXXXXX")
    assert numbering_findings(lone) == []
    restarted = body_cable("\u00b61. (C) One.", "", "\u00b62. (C) Two.", "", "XXXXXXXXXXXX",
                           "", "\u00b61. (C) Again.")
    assert findings(restarted, "CL203") == []
    first = body_cable("XXXXXXXXXXXX", "", "\u00b66. (C) Six.", "", "\u00b67. (C) Seven.")
    assert findings(first, "CL204") == []


def test_a_gap_names_only_the_numbers_not_found_out_of_place() -> None:
    text = body_cable(
        "\u00b61. (C) One.",
        "",
        "\u00b62. (C) The Regent spoke at XXXXXXXXXXXX4. (C) The Colonel replied.",
        "",
        "\u00b65. (C) Embassy will report.",
    )
    [gap] = findings(text, "CL201")
    assert "from 2 to 5: \u00b63 is missing" in gap.message and gap.severity == "info"
    [glued] = findings(text, "CL206")
    assert_span(text, glued.span, "4.")


def test_a_wrapped_date_before_any_numbered_paragraph_is_no_paragraph() -> None:
    # issue #12 audit A281: the cable's one paragraph is unnumbered; "May" / "14."
    # is a date, so CL301 raises no error on "paragraph 14"
    text = body_cable(
        "(C) The attache met the harbour master of Zenda on May",
        "\u00b614.  We delivered the talking points and left a copy.",
    )
    assert _kinds(text) == [(14, "wrapped")]
    assert numbering_findings(text) == [("CL903", line_with(text, "\u00b614."))]
    assert findings(text, "CL301") == []
    [wrapped] = findings(text, "CL903")
    assert "(expected" not in wrapped.message
    assert "on May 14.  We delivered" in apply_fixes(text, [wrapped])


def test_a_bare_number_inside_a_sentence_is_a_fragment() -> None:
    # issue #12 audit A284: "¶3." alone on its line inside a damaged quotation
    text = body_cable(
        "\u00b61. THE WEEKLY PAPER QUOTED THE REGENT.",
        "",
        "\u00b62. IT WROTE THAT THE REGENT HAS BECOME THE MOST",
        "",
        "\u00b64.",
        "",
        "VICIOUS CRITIC OF THE PRESS IN ZENDA.",
    ).replace("C O N F I D E N T I A L", "UNCLAS")
    assert _kinds(text) == [(1, "ok"), (2, "ok"), (4, "fragment")]
    assert numbering_findings(text) == []


def test_a_bare_number_after_a_full_sentence_is_a_paragraph() -> None:
    text = body_cable(
        "\u00b61. (C) The Regent opened the talks.",
        "",
        "\u00b63.",
        "",
        "(C) Embassy will report.",
    )
    assert [kind for _, kind in _kinds(text)] == ["ok", "gap"]


def test_a_paragraph_introducing_lettered_paragraphs_is_not_lone() -> None:
    # issue #12 audit A261: ¶1 keyed to reftel, then ¶A. ... ¶C.
    text = body_cable(
        "\u00b61. (U) The following is keyed to reftel.",
        "",
        "\u00b6A. (U) Zenda reported no incident.",
        "",
        "\u00b6B. (U) Zenda extradited no one.",
        "",
        "\u00b6C. (U) Zenda signed no treaty.",
    )
    assert findings(text, "CL205") == []
    lone = body_cable("\u00b61. (U) The following is keyed to reftel.")
    assert len(findings(lone, "CL205")) == 1


def test_a_quoted_document_numbers_its_own_paragraphs_gaps_and_all() -> None:
    """08USUNNEWYORK258: ¶14 introduces a drafting group's text, which numbers its
    items ¶1-3, 4.1-4.5 (no ¶4), ¶5-7; the outer count goes on at ¶15 (here ¶2,
    ¶3)."""
    text = body_cable(
        "\u00b61. (C) The group will meet again.",
        "",
        "\u00b62. (SBU) The text of the Zenda proposal is below:",
        "",
        "Elements for enlargement:",
        "\u00b61. The council shall be enlarged.",
        "\u00b62. Of these seats:",
        "\u00b63. The election of members will be regular.",
        "4.1. The seats could in principle be permanent.",
        "\u00b65. The seat under (e) will be a regular seat.",
        "\u00b67. Reform should include a review.",
        "",
        "\u00b63. (C) Comment: Rassendyll expects a long debate.",
    )
    assert numbering_findings(text) == []
    kinds = _kinds(text)
    assert kinds[2:7] == [(1, "nested"), (2, "nested"), (3, "nested"), (5, "nested"),
                          (7, "nested")]
    assert kinds[-1] == (3, "ok")


def test_a_quoted_document_restarts_its_own_lists() -> None:
    """A quoted reply with two lists of its own, each from 1: both are the reply's."""
    text = body_cable(
        "\u00b61. (C) Zenda replied.",
        "",
        "\u00b62. (C) The text of the reply follows.",
        "Request A:",
        "\u00b61. Release is requested.",
        "\u00b62. The papers are old.",
        "Request B, on the firm:",
        "\u00b61. Laws the firm may have broken.",
        "\u00b62. The information available.",
        "",
        "\u00b63. (C) Rassendyll will reply.",
    )
    assert numbering_findings(text) == []
    assert _kinds(text)[-1] == (3, "ok")

