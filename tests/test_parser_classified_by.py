"""The Classified By block in the model: its parts, its spans, and the recoveries.

Why: the parser is the one recogniser of the block (issue #11).  Every layout
the rules used to find with patterns of their own -- a misspelt keyword, a block
run onto the REF line, in text before paragraph 1, opening a paragraph, a
section split at a wrap, letters without a section, a first paragraph glued to
the block -- is asserted here on the model's fields and spans.
"""

from __future__ import annotations

from cable_snippets import cable, covered, parse_ok

from cablelint.parser import parse_text

EO = "E.O. 12958: DECL: 03/30/2016"
SUBJECT = "SUBJECT: CORONATION IN ZENDA"


def _block(*lines: str, body: tuple[str, ...] | None = None):
    extra = {"body": body} if body is not None else {}
    text = cable(EO, SUBJECT, *lines, **extra)
    return text, parse_ok(text).classified_by


def test_parts_and_spans_of_a_block() -> None:
    text, block = _block("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d).")
    assert block.recovered is None and not block.misspelt
    assert covered(text, block.keyword_span) == "Classified By"
    assert covered(text, block.authority_span) == "Ambassador Rudolf Rassendyll"
    assert block.authority == "Ambassador Rudolf Rassendyll"
    assert [covered(text, line) for line in block.lines] == [block.raw]
    [reason] = block.reasons
    assert covered(text, reason.section_span) == "1.4"
    assert [covered(text, span) for span in reason.letter_spans] == ["b", "d"]
    assert block.glued_paragraph is None


def test_continuation_lines_and_a_section_split_at_the_wrap() -> None:
    text, block = _block("Classified By: Political Minister Counselor Aubrey Carlson.  "
                         "Reasons 1. \n4 (b/d).")
    assert [covered(text, line) for line in block.lines] == [
        "Classified By: Political Minister Counselor Aubrey Carlson.  Reasons 1.", "4 (b/d)."]
    [reason] = block.reasons
    assert (reason.section, reason.letters) == ("1.4", ("b", "d"))
    assert covered(text, reason.section_span) == "1. \n4"
    assert block.authority == "Political Minister Counselor Aubrey Carlson"


def test_reason_word_and_for_broken_at_the_wrap_end_the_classifier() -> None:
    _, block = _block("Classified By: MINISTER COUNSELOR GEORGE GLASS FO\n"
                      "R REASONS 1.4 (B) AND (D)")
    assert block.authority == "MINISTER COUNSELOR GEORGE GLASS"
    _, block = _block("Classified By: POLITICAL COUNSELOR ROBERT R. DOWNES FOR 1.4 (D)")
    assert block.authority == "POLITICAL COUNSELOR ROBERT R. DOWNES"


def test_misspelt_and_portion_marked_keyword() -> None:
    text, block = _block("CLASSFIED BY: Rupert Hentzau, Director, INR/ZZZ, Reason: 1.4 (c).")
    assert block.misspelt and covered(text, block.keyword_span) == "CLASSFIED BY"
    text, block = _block("(U) Classified by: Rupert Hentzau, Director,\n"
                         "INR/ZZZ, Reason: 1.4 (c, d).")
    assert not block.misspelt and covered(text, block.keyword_span) == "Classified by"
    assert block.authority == "Rupert Hentzau, Director, INR/ZZZ"
    assert block.reasons[0].letters == ("c", "d")


def test_letters_without_a_section() -> None:
    text, block = _block("Classified By: CDA Fritz Tarlenheim for reasons b, d.")
    [reason] = block.reasons
    assert reason.section is None and reason.section_span is None
    assert reason.letters == ("b", "d")
    assert covered(text, reason.span) == "reasons b, d"
    assert block.authority == "CDA Fritz Tarlenheim"


def test_bare_letters_ending_the_block_are_its_reason() -> None:
    """08ISLAMABAD653 (fresh-4 audit): no reason word, no section: the letters are
    still the reason (CL503 asks for the section, not for a reason)."""
    text, block = _block("Classified By: Political Counselor Rudolf Rassendyll (b), (d)")
    [reason] = block.reasons
    assert reason.section is None and reason.letters == ("b", "d")
    assert covered(text, reason.span) == "(b), (d)"
    assert block.authority == "Political Counselor Rudolf Rassendyll"
    # a capital in parentheses is a portion mark, not a reason letter
    _, block = _block("Classified By: Political Counselor Rudolf Rassendyll (C)")
    assert block.reasons == ()


def test_letters_no_section_has_are_kept_with_their_spans() -> None:
    text, block = _block("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (k).")
    [reason] = block.reasons
    assert reason.letters == ("b", "k")
    assert covered(text, reason.letter_spans[1]) == "k"


def test_and_broken_at_the_wrap_is_no_letter_a() -> None:
    _, block = _block("Classified By: Economic Counselor Darnall Steuart for reasons 1.4 (b) a \n"
                      "nd (d)")
    assert block.reasons[0].letters == ("b", "d")


def test_a_portion_mark_opening_the_next_line_is_no_letter() -> None:
    _, block = _block("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d).\n"
                      "(C) The king was crowned.")
    assert block.reasons[0].letters == ("b", "d")
    _, block = _block("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b),\n"
                      "(S//NF) The regent left.")
    assert block.reasons[0].letters == ("b",)
    # a letter that merely wrapped is still a letter
    _, block = _block("CLASSIFIED BY: Rudolf Rassendyll, Ambassador; REASON: 1.4(B), \n(C), (D)")
    assert block.reasons[0].letters == ("b", "c", "d")


def test_first_paragraph_glued_to_the_block() -> None:
    text, block = _block("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d) "
                         "1. (C) Summary: The king was crowned.")
    assert block.raw == "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d)"
    assert covered(text, block.span) == block.raw
    assert covered(text, block.glued_paragraph) == "1. (C) Summary: The king was crowned."
    assert block.reasons[0].letters == ("b", "d")


def test_block_run_onto_the_ref_line() -> None:
    text = cable(EO, SUBJECT, "REF: A. ZENDA 100 B. ZENDA 101 Classified By: Ambassador Rudolf "
                 "Rassendyll, Reason: 1.4(d)")
    document = parse_ok(text)
    block = document.classified_by
    assert block.recovered == "after-ref"
    assert covered(text, block.keyword_span) == "Classified By"
    assert covered(text, document.references.span) == "REF: A. ZENDA 100 B. ZENDA 101"
    assert block.authority == "Ambassador Rudolf Rassendyll"


def test_block_in_text_before_the_first_paragraph() -> None:
    body = ("ZENDA 353 ZENDA 00000365 001.2 OF 002 CLASSIFIED BY: Rudolf Rassendyll, "
            "Ambassador; REASON: 1.4(B), (D)", "", "1. (C) The king was crowned.")
    text = cable(EO, SUBJECT, "REF: ZENDA 329", body=body)
    block = parse_text(text).classified_by
    assert block.recovered == "outside-header"
    assert block.raw.startswith("CLASSIFIED BY: Rudolf Rassendyll")
    assert block.reasons[0].letters == ("b", "d")


def test_block_opening_a_paragraph() -> None:
    body = ("\u00b62. (U) Classified by Acting DAS Rupert Hentzau, Reasons 1.4", "(b) and (d).",
            "", "\u00b63. (C) The king was crowned.")
    text = cable(EO, SUBJECT, body=body)
    document = parse_text(text)
    block = document.classified_by
    assert block.recovered == "in-paragraph"
    assert covered(text, block.lines[0]) == "Classified by Acting DAS Rupert Hentzau, Reasons 1.4"
    assert block.reasons[0].letters == ("b", "d")
    assert document.classified_by_paragraphs == (0,)


def test_paragraph_opening_with_the_keyword_beside_a_header_block() -> None:
    body = ("\u00b61. Classified by U/S Rupert Hentzau. Reason: 1.4 (b) and (d)", "",
            "\u00b62. (C) The king was crowned.")
    text = cable(EO, SUBJECT, "Classified By: U/S Rupert Hentzau. Reason: 1.4 (b) and (d)",
                 body=body)
    document = parse_text(text)
    assert document.classified_by.recovered is None
    assert document.classified_by_paragraphs == (0,)


def test_reason_broken_by_a_blank_line() -> None:
    _, block = _block("Classified By: AMBASSADOR RUDOLF RASSENDYLL, FOR REASON \n\n1.4(C).")
    assert block.reasons[0].letters == ("c",)
    assert block.authority == "AMBASSADOR RUDOLF RASSENDYLL"
    assert len(block.lines) == 2


def test_derived_from_line() -> None:
    text = cable(EO, "SUBJECT: TRADE TALKS\nDERIVED FROM: DSCG 05-1 B, D")
    document = parse_ok(text)
    assert document.classified_by is None
    assert covered(text, document.derived_from.span) == "DERIVED FROM: DSCG 05-1 B, D"
    assert document.subject.text == "TRADE TALKS"


def test_a_portion_mark_with_a_control_is_no_reason_letter() -> None:
    """``(S//NF)`` alone on the next line, or before a number, is no reason ``s``;
    ``(c/d)`` stays two letters."""
    for block in ("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d)\n(S//NF)",
                  "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d) "
                  "(S/NF) The regent left."):
        text = cable(EO, SUBJECT, block, body=("2. (C) More.",))
        assert parse_text(text).classified_by.reasons[0].letters == ("b", "d")
    _, block = _block("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (c/d)")
    assert block.reasons[0].letters == ("c", "d")


def test_the_glued_paragraph_is_the_first_paragraph() -> None:
    text = cable(EO, SUBJECT, "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d) "
                 "1. (C) Summary: The king was crowned.", body=("2. (C) More.",))
    document = parse_text(text)
    assert [p.number for p in document.paragraphs] == [1, 2]
    assert covered(text, document.paragraphs[0].span) == "1. (C) Summary: The king was crowned."
    assert [(n.kind, n.index) for n in document.body] == [("paragraph", 0), ("paragraph", 1)]
    assert not document.classified_by.glued_echo


def test_a_glued_echo_of_paragraph_one_is_no_paragraph() -> None:
    text = cable(EO, SUBJECT, "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d) "
                 "1. (C)", body=("\u00b61. (C) The king was crowned.",))
    document = parse_text(text)
    assert document.classified_by.glued_echo
    assert covered(text, document.classified_by.glued_paragraph) == "1. (C)"
    assert [p.number for p in document.paragraphs] == [1]


def test_derivative_classification_is_modelled() -> None:
    from cable_snippets import cable, parse_ok
    text = cable("E.O. 12958: DECL: MR", "TAGS: ASEC", "SUBJECT: ZENDA SECURITY DAILY", "",
                 "Classified By: Derived from Multiple Sources", body=("1. (S) The regent left.",))
    block = parse_ok(text).classified_by
    assert block is not None and block.derived is not None
    assert text[block.derived.start:block.derived.end] == "Derived from Multiple Sources"
    plain = parse_ok(text.replace("Derived from Multiple Sources",
                                  "Rudolf Rassendyll, Ambassador, reason 1.4 (d)"))
    assert plain.classified_by.derived is None


def test_block_goes_on_across_a_telegram_page_break() -> None:
    from cable_snippets import cable, parse_ok
    text = cable("E.O. 12958: DECL: 01/17/2017", "TAGS: PREL ZE", "SUBJECT: THE CORONATION", "",
                 "CLASSIFIED BY: POLITICAL COUNSELOR FRITZ TARLENHEIM, REASONS", "", "",
                 "PAGE 02 RUEHZN0123 S E C R E T", "1.4 (B) AND (D).", "",
                 body=("1. (S) THE REGENT LEFT.",), banner="S E C R E T ZENDA 000123")
    document = parse_ok(text)
    block = document.classified_by
    assert [(r.section, r.letters) for r in block.reasons] == [("1.4", ("b", "d"))]
    assert "PAGE 02" not in block.text
    assert block.page_break is not None and \
        text[block.page_break.start:block.page_break.end] == "PAGE 02 RUEHZN0123 S E C R E T"
    assert block.raw == text[block.span.start:block.span.end]
    assert len(document.page_breaks) == 1  # still a page break
    assert [node.kind for node in document.body][:2] == ["page_break", "paragraph"]


def test_text_after_a_page_break_is_no_reason_when_the_block_has_one() -> None:
    from cable_snippets import cable, parse_ok
    text = cable("E.O. 12958: DECL: 01/17/2017", "TAGS: PREL ZE", "SUBJECT: THE CORONATION", "",
                 "CLASSIFIED BY: FRITZ TARLENHEIM, COUNSELOR, REASONS 1.4 (B)", "",
                 "PAGE 02 RUEHZN0123 S E C R E T", "1.4 (D).", "",
                 body=("1. (S) THE REGENT LEFT.",), banner="S E C R E T ZENDA 000123")
    block = parse_ok(text).classified_by
    assert block.page_break is None and [r.letters for r in block.reasons] == [("b",)]


def test_section_typed_with_a_comma() -> None:
    """06COLOMBO1040 (fresh-5 audit): 'for reasons' / '1,4 (b) and (d).' is section
    1.4 (CL503 said no reason was given); '1, 4' with a blank is a list, not one."""
    text, block = _block("Classified By: Ambassador Rudolf Rassendyll for reasons\n"
                         "1,4 (b) and (d).")
    [reason] = block.reasons
    assert reason.section == "1.4" and reason.letters == ("b", "d")
    assert covered(text, reason.section_span) == "1,4"


def test_position_and_reason_below_blank_lines_stay_in_the_block() -> None:
    """06PESHAWAR413 (fresh-5 audit): the classifier's post runs on below a blank
    line, and the REASON line comes below the next."""
    _, block = _block("CLASSIFIED BY: Rudolf Rassendyll, Political Officer, U.S. Consulate"
                         "\n\nZenda, State.\n\nREASON: 1.4 (b), (d)")
    [reason] = block.reasons
    assert reason.section == "1.4" and reason.letters == ("b", "d")
    assert "Zenda, State." in block.raw
    # without the REASON line below, the short line after a blank is no part of it
    _, block = _block("CLASSIFIED BY: Rudolf Rassendyll, Political Officer\n\nZenda, State.")
    assert "Zenda" not in block.raw


def test_block_given_again_with_its_reason_is_the_cables() -> None:
    """08TRIPOLI833 (fresh-7 audit): the block written first without its reason, then
    again in full with 'REASON: 1.4 (b), (d)': CL503 said no reason was given."""
    from rule_helpers import findings

    text, block = _block("CLASSIFIED BY: Rudolf Rassendyll, CDA, Embassy Zenda, Department\n"
                         "of State.\nCLASSIFIED BY: Rudolf Rassendyll, CDA, Embassy Zenda, "
                         "Department of State. REASON: 1.4 (b), (d)")
    [reason] = block.reasons
    assert reason.section == "1.4" and reason.letters == ("b", "d")
    assert findings(text, "CL503") == []


def test_a_section_cut_short_before_the_letters() -> None:
    # issue #12 audit A096: "FOR REASONS 1 (B) AND (D)" gives its letters; the
    # section is cut to "1", recorded as section_cut, not read as no reason
    text, block = _block("Classified By: CDA RUDOLF RASSENDYLL FOR REASONS 1 (B) AND (D)")
    [reason] = block.reasons
    assert reason.section is None and reason.letters == ("b", "d")
    assert covered(text, reason.section_cut) == "1"
    assert block.authority == "CDA RUDOLF RASSENDYLL"
    # a whole section is no cut one; letters after the bare reason word neither
    _, whole = _block("Classified By: CDA RUDOLF RASSENDYLL FOR REASONS 1.4 (B) AND (D)")
    assert whole.reasons[0].section_cut is None and whole.reasons[0].section == "1.4"
    _, bare = _block("Classified By: CDA RUDOLF RASSENDYLL for reasons b, d.")
    assert bare.reasons[0].section_cut is None and bare.reasons[0].letters == ("b", "d")
