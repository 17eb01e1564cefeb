"""Parser tests for the header constructs artifact and structure rules judge:
datelines, the web-page metadata block, header lines repeated, late REF lines.

Every snippet is invented (Zenda and Strelsau are fictional posts).  Each test
checks the model's fields and the exact text their spans cover: the rules read
these instead of re-reading the raw text (issue #11).
"""

from __future__ import annotations

from cable_snippets import BANNER, assert_span, cable, parse_ok
from second_cable_snippets import SECOND_LINE, two_cables

from cablelint.parser import parse_text

EO = "E.O. 12958: DECL: 03/30/2019"
TAGS = "TAGS: PREL ZD"
SUBJECT = "SUBJECT: MINISTER VISITS THE NORTH"
CLASSIFIED = "Classified By: Ambassador F. Tarlenheim, reasons 1.4 (b) and (d)"
REF = "REF: ZENDA 101"


# ------------------------------------------------------------------ dateline


def test_dateline_carries_its_date_and_weekday() -> None:
    text = cable(EO, prologue=("Tuesday, 20 January 2004, 09:44",))
    dateline = parse_ok(text).dateline
    assert dateline.date == "2004-01-20"
    assert dateline.weekday == "Tuesday"
    assert_span(text, dateline.weekday_span, "Tuesday")
    assert_span(text, dateline.date_span, "20 January 2004")


def test_dateline_with_an_impossible_date_keeps_its_weekday() -> None:
    text = cable(EO, prologue=("Monday, 30 February 2004, 09:44",))
    dateline = parse_ok(text).dateline
    assert dateline.date is None
    assert dateline.weekday == "Monday"
    assert_span(text, dateline.date_span, "30 February 2004")


# ------------------------------------------------------------- web metadata

ROUTING = ("VZCZCXRO1234", "PP RUEHZN", "DE RUEHZN #0456/01 0891451", "ZNY CCCCC ZZH",
           "P 301451Z MAR 06", "FM AMEMBASSY ZENDA", "TO RUEHC/SECSTATE WASHDC PRIORITY 1234")
WEB_BLOCK = (">", "03/30/2006 14:51", "06ZENDA456", "Embassy Zenda", "CONFIDENTIAL")


def test_web_metadata_block_is_a_prologue_node() -> None:
    text = cable(EO, TAGS, SUBJECT, prologue=(*ROUTING, *WEB_BLOCK, *ROUTING))
    doc = parse_ok(text)
    block = doc.web_metadata
    assert block is not None
    assert [line.text for line in block.lines] == list(WEB_BLOCK)
    assert block.date == "2006-03-30"
    assert (block.span.line, block.span.end_line) == (8, 12)
    assert_span(text, block.lines[0].span, ">")
    # the block is no routing text: the addressees stay the routing header's own
    assert "Embassy Zenda" not in doc.routing.to + doc.routing.info + doc.routing.other_lines


def test_web_metadata_block_ends_at_a_blank_or_vzczc_line() -> None:
    text = cable(EO, prologue=(">", "03/30/2006 14:51", "06ZENDA456", *ROUTING))
    block = parse_ok(text).web_metadata
    assert [line.text for line in block.lines] == [">", "03/30/2006 14:51", "06ZENDA456"]
    text = cable(EO, prologue=(">", "03/30/2006 14:51", "", "06ZENDA456"))
    assert parse_ok(text).web_metadata.span.end_line == 2


def test_a_lone_angle_bracket_is_no_web_metadata() -> None:
    text = cable(EO, prologue=(*ROUTING, ">", "Embassy Zenda"))
    doc = parse_text(text)
    assert doc.web_metadata is None
    assert ">" in doc.routing.other_lines + doc.routing.to


# ------------------------------------------------------------ header lines


def test_every_header_line_is_a_model_item_with_its_kind() -> None:
    text = cable("SIPDIS", EO, TAGS, SUBJECT + "\nIN THE NORTH", prologue=ROUTING)
    doc = parse_ok(text)
    kinds = [line.kind for line in doc.header_lines]
    assert kinds == ["BANNER", "CAPTION", "EO_LINE", "TAGS_LINE", "SUBJECT_LINE", "CONT"]
    assert_span(text, doc.header_lines[3].span, TAGS)
    assert doc.header_lines[3].text == TAGS
    assert doc.repeated_headers == ()


# -------------------------------------------------------- repeated headers


def test_header_printed_twice_is_one_run_with_what_it_repeats() -> None:
    text = cable(EO, TAGS, SUBJECT, BANNER, EO, TAGS, SUBJECT)
    doc = parse_text(text)
    (repeat,) = doc.repeated_headers
    assert (repeat.span.line, repeat.span.end_line) == (9, 15)
    assert (repeat.original.line, repeat.original.end_line) == (1, 7)
    assert repeat.kinds == ("BANNER", "EO_LINE", "TAGS_LINE", "SUBJECT_LINE")
    assert repeat.span.start == text.index(BANNER, 1)
    assert repeat.span.end == text.rindex(SUBJECT) + len(SUBJECT)


def test_a_copy_of_a_line_with_text_glued_on_ends_the_run() -> None:
    # issue #12 (A111, A119): the original's last routing line has the web page's
    # "id: ..." glued on; its copy, printed whole, belongs to the run
    addressees = ("INFO RUEHSL/AMEMBASSY STRELSAU PRIORITY 0042",
                  "RUEHZN/AMCONSUL HENTZAU PRIORITY 0007")
    glued = "RHEHNSC/NSC WASHDC PRIORITY"
    prologue = (*ROUTING, *addressees, glued + "id: 4711", "refid: 06ZENDA456",
                "origin: Embassy Zenda", "header:", *ROUTING, *addressees, glued)
    text = cable(EO, TAGS, SUBJECT, prologue=prologue)
    (repeat,) = parse_text(text).repeated_headers
    assert (repeat.span.line, repeat.span.end_line) == (14, 23)
    assert (repeat.original.line, repeat.original.end_line) == (1, 10)
    assert repeat.span.start == text.index("VZCZC", 1)
    assert repeat.span.end == text.rindex(glued) + len(glued)
    assert repeat.kinds[-1] == "ROUTING_TEXT"


def test_a_short_line_starting_the_next_original_line_does_not_end_the_run() -> None:
    prologue = (*ROUTING, "RHEHNSC/NSC WASHDC", "header:", *ROUTING, "RHEHNS")
    (repeat,) = parse_text(cable(EO, prologue=prologue)).repeated_headers
    assert (repeat.span.line, repeat.span.end_line) == (10, 16)


def test_lone_repeated_subject_below_classified_by() -> None:
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED, SUBJECT)
    (repeat,) = parse_text(text).repeated_headers
    assert repeat.kinds == ("SUBJECT_LINE",)
    assert_span(text, repeat.span, SUBJECT, occurrence=2)
    assert_span(text, repeat.original, SUBJECT)


def test_second_sipdis_caption_is_no_repeat() -> None:
    text = cable("SIPDIS", EO, TAGS, "SIPDIS", SUBJECT)
    assert parse_ok(text).repeated_headers == ()


def test_fields_before_the_banner_are_duplicates_not_repeats() -> None:
    text = cable(EO, TAGS, SUBJECT, prologue=(*ROUTING, TAGS, SUBJECT))
    doc = parse_text(text)
    assert [line.span.line for line in doc.duplicate_fields] == [8, 9]
    assert doc.repeated_headers == ()


# ---------------------------------------------------------------- late REF


def test_ref_line_after_classified_by_is_the_references() -> None:
    for gap in ("\n", "\n\n"):
        text = cable(EO, TAGS, SUBJECT, CLASSIFIED + gap + REF)
        doc = parse_ok(text)
        assert doc.references is not None
        assert_span(text, doc.references.keyword_span, "REF:")
        assert doc.references.span.start > doc.classified_by.span.start


def test_ref_with_a_full_stop_is_no_ref_keyword() -> None:
    # no cable of either corpus writes "REF." in its header (448 write "REF:"),
    # while prose lines may start "Ref. ..."
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED, "REF. ZENDA 101")
    doc = parse_text(text)
    assert doc.references is None


# ------------------------------------------------------------ header cut short


def _cut_then_complete() -> str:
    """A header printed twice: the first copy cut off in its Classified By block,
    a block of other text (the web page's dump), then the complete header."""
    head = f"{BANNER}\n\nSIPDIS\n\n{EO}\n{TAGS}\n{SUBJECT}\n\n"
    return (head + "Classified By: Political Counselor ...\n\nid: 12345\nrefid: 07ZENDA123\n\n"
            + head + CLASSIFIED + "\n\n1. (C) The minister went north.\n\nELPHBERG\n")


def test_a_block_cut_off_with_an_ellipsis_is_truncated_and_takes_no_more_lines() -> None:
    text = cable("Classified By: Political Counselor ...\n\nid: 12345")
    block = parse_text(text).classified_by
    assert block is not None and block.reasons == ()
    assert_span(text, block.truncated, "...")
    assert block.span.line == block.span.end_line  # "id: 12345" does not go on with it


def test_the_complete_copy_of_a_header_cut_short_gives_the_block() -> None:
    text = _cut_then_complete()
    document = parse_text(text)
    block = document.classified_by
    assert block is not None and block.truncated is None
    assert_span(text, block.span, CLASSIFIED)
    assert document.repeated_headers
    cut = text.index("...")
    assert all(repeat.cut_short is not None and repeat.cut_short.start == cut
               for repeat in document.repeated_headers)


def test_a_block_ending_its_reasons_with_an_ellipsis_is_not_truncated() -> None:
    text = cable("Classified By: Ambassador F. Tarlenheim, reasons 1.4 (b) and (d) ...")
    block = parse_text(text).classified_by
    assert block is not None and block.truncated is None


def _cut_after_ref_then_complete() -> str:
    """A header printed twice: the first copy cut off after its REF block's first
    item ("REF: A. ZENDA 1796" / "..."), the viewer's dump, then the complete
    header whose REF block goes on after a blank line ("" / "¶B. ZENDA 1779")."""
    head = f"{BANNER}\n\nSIPDIS\n\n{EO}\n{TAGS}\n{SUBJECT}\n\n"
    return (head + "REF: A. ZENDA 1796 (NOTAL)\n...\n\n19006\n\n2004-07-22\n\n"
            + head + "REF: A. ZENDA 1796 (NOTAL)\n\n\u00b6B. ZENDA 1779 (NOTAL)\n"
            "\u00b6C. ZENDA 1660\n\n" + CLASSIFIED
            + "\n\n1. (C) The minister went north (refs A-C).\n\nELPHBERG\n")


def test_a_ref_block_cut_off_with_an_ellipsis_is_truncated() -> None:
    text = cable("REF: A. ZENDA 1796 (NOTAL)\n...")
    references = parse_text(text).references
    assert references is not None and [item.letter for item in references.items] == ["A"]
    assert_span(text, references.truncated, "...")


def test_a_ref_block_not_cut_off_is_not_truncated() -> None:
    references = parse_text(cable("REF: A. ZENDA 1796\nB. STATE 436")).references
    assert references is not None and references.truncated is None


def test_the_complete_copy_of_a_header_cut_after_ref_gives_the_ref_block() -> None:
    text = _cut_after_ref_then_complete()
    document = parse_text(text)
    references = document.references
    assert references is not None and references.truncated is None
    assert [item.letter for item in references.items] == ["A", "B", "C"]
    assert_span(text, references.items[2].span, "\u00b6C. ZENDA 1660")
    assert [citation.letters for citation in document.ref_citations] == [("A", "B", "C")]
    cut = text.index("...")
    assert document.repeated_headers
    assert all(repeat.cut_short is not None and repeat.cut_short.start == cut
               for repeat in document.repeated_headers)


# ------------------------------------------------------- a second cable's header


def test_second_cables_routing_header_is_its_own_node() -> None:
    # issue #12 (fresh-9 A198): a DE line with another serial opens a second
    # cable's routing header; the banner below is that cable's
    text = two_cables()
    routing = parse_ok(text).routing
    assert routing.transmission_serial == "0595" and routing.zn_classification == "CCCCC"
    second = routing.second
    assert second is not None and second.second is None
    assert second.transmission_serial == "0561" and second.zn_classification == "UUUUU"
    assert second.precedence == "RR" and second.dtg.date == "2009-09-10"
    assert second.span.line == SECOND_LINE  # its VZCZC line opens it
    assert "RUEHC/SECSTATE WASHDC 0015" not in routing.to
    assert routing.span.end == second.span.end  # the routing node covers both


def test_second_cables_lines_are_no_copies() -> None:
    # its VZCZC and FM lines read as the first cable's: they are its own
    assert parse_ok(two_cables()).repeated_headers == ()


def test_header_printed_again_with_its_own_serial_is_one_cable() -> None:
    # the same DE serial again: the header printed twice, a copy (CL912's)
    doc = parse_ok(two_cables(second_serial="0595/01 2812055", letters="CCCCC"))
    assert doc.routing.second is None
    assert doc.repeated_headers != ()


def test_a_copy_goes_on_over_a_re_encoded_hyphen_and_a_caption_given_twice() -> None:
    # fresh-9 06PANAMA360: one run, the whole copy
    head = "\n".join((BANNER, "SIPDIS", "SIPDIS", "FOR EUR/ZD - HENTZAU", EO, TAGS))
    copy = head.replace(" - ", " \u2010 ")
    text = f"{head}\n\n{copy}\n{SUBJECT}\n\n\u00b61. (C) The coalition wobbles.\n"
    [repeat] = parse_ok(text).repeated_headers
    assert (repeat.span.line, repeat.span.end_line) == (8, 13)
    assert (repeat.original.line, repeat.original.end_line) == (1, 6)


def test_a_first_copy_cut_inside_a_line_marks_the_copy_cut_short() -> None:
    # fresh-5 03THEHAGUE2835: "TA..." ends the first copy, no block is cut
    head = "\n".join((BANNER, "SIPDIS", EO))
    text = f"{head}\nTA...\n\n{head}\n{TAGS}\n{SUBJECT}\n\n\u00b61. (C) The coalition wobbles.\n"
    repeats = parse_ok(text).repeated_headers
    assert repeats and all(repeat.cut_short is not None for repeat in repeats)
    assert_span(text, repeats[0].cut_short, "...")


def _preview_then_cable(preview_end: str = "\u00b61. (C) Summar", blank: str = "") -> str:
    """A preview of the cable cut off at a fixed length (no "..."), the cable
    viewer's record ("id:" / "date:" ... "header ends"), then the complete cable
    (fresh-10 08LIMA72)."""
    head = f"{BANNER}\n\nSIPDIS\n\n{EO}\n{TAGS}\n{SUBJECT}\n\n{CLASSIFIED}\n\n"
    record = ("id: 4711\ndate: 3/30/2009 16:20\nrefid: 09ZENDA733\norigin: Embassy Zenda\n"
              "header:\n\n----------------- header ends ----------------\n\n")
    return (head + preview_end + "\n" + blank + record + head
            + "\u00b61. (C) Summary: The minister went north.\n\n"
            "\u00b62. (C) He came back.\n\nELPHBERG\n")


def test_a_preview_cut_in_its_first_paragraph_is_no_body() -> None:
    for blank in ("", "\n"):
        text = _preview_then_cable(blank=blank)
        document = parse_text(text)
        assert [paragraph.number for paragraph in document.paragraphs] == [1, 2]
        first = document.paragraphs[0].span
        assert text[first.start:first.end] == "\u00b61. (C) Summary: The minister went north."
        assert document.inline_sipdis == ()
        repeats = document.repeated_headers
        assert repeats and all(repeat.cut_short is not None for repeat in repeats)
        assert_span(text, repeats[0].cut_short, "Summar")


def test_a_preview_cut_lines_into_its_first_paragraph_is_no_body() -> None:
    # issue #12 (fresh-13 05LIMA1388): the preview's paragraph 1 runs on to a
    # second line, cut there with "..."; its SIPDIS copy was read as body text
    for blank in ("", "\n"):
        text = _preview_then_cable(
            preview_end="\u00b61. (C) Summary: The minister\nwent no...", blank=blank)
        document = parse_text(text)
        assert [paragraph.number for paragraph in document.paragraphs] == [1, 2]
        first = document.paragraphs[0].span
        assert text[first.start:first.end] == "\u00b61. (C) Summary: The minister went north."
        assert document.inline_sipdis == ()
        repeats = document.repeated_headers
        assert repeats and all(repeat.cut_short is not None for repeat in repeats)
        assert_span(text, repeats[0].cut_short, "...")


def test_a_first_paragraph_without_the_viewers_record_below_is_the_body() -> None:
    # "id: 4711" alone (no date line below it) is no record: the paragraph stays
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED,
                 body=("\u00b61. (C) The minister went north.", "id: 4711", "",
                       "\u00b62. (C) He came back."))
    document = parse_ok(text)
    assert [paragraph.number for paragraph in document.paragraphs] == [1, 2]
    assert document.repeated_headers == ()


def test_a_preview_cut_with_an_ellipsis_keeps_that_cut() -> None:
    text = _preview_then_cable(preview_end="Classified By: Political Counselor ...")
    repeats = parse_text(text).repeated_headers
    assert repeats and all(repeat.cut_short is not None for repeat in repeats)
    assert {text[r.cut_short.start:r.cut_short.end] for r in repeats} == {"..."}


def test_a_subject_cut_off_in_a_first_copy_gives_way_to_the_complete_one() -> None:
    # fresh-10 05LIMA1254: the first copy stops in its SUBJECT ("... TO THE NORTH...")
    head = f"{BANNER}\n\nSIPDIS\n\n{EO}\n{TAGS}\n"
    full = "SUBJECT: MINISTER VISITS THE NORTH\nAND THE WEST (MARCH 10-22)"
    text = (head + "SUBJECT: MINISTER VISITS THE NORTH\nAND THE WEST...\n\nid: 4711\n"
            "date: 3/30/2009 16:20\nheader:\n\n" + head + full
            + "\n\n\u00b61. (U) The minister went north.\n\nELPHBERG\n")
    document = parse_text(text)
    subject = document.subject
    assert subject is not None and subject.truncated is None
    assert text[subject.span.start:subject.span.end] == full
    repeats = document.repeated_headers
    assert repeats and all(repeat.cut_short is not None for repeat in repeats)
    assert_span(text, repeats[0].cut_short, "...")


def test_a_second_different_subject_does_not_replace_a_cut_one() -> None:
    text = cable(EO, TAGS, "SUBJECT: MINISTER VISITS THE NORTH...",
                 "SUBJECT: THE REGENT NAMES A NEW CABINET", CLASSIFIED)
    subject = parse_text(text).subject
    assert subject is not None and subject.truncated is not None


def test_header_printed_again_below_the_sign_off_is_a_trailing_repeat() -> None:
    """07PANAMA1197 (fresh-11 audit, A079/A224): after the sign-off the whole header
    is printed again, its Classified By cut off: the sign-off is found above it, its
    lines are trailer lines of kind header-echo, and it is one repeated header."""
    from trailing_echo_snippets import ECHO, ECHOED

    document = parse_text(ECHOED)
    assert document.signoff is not None and document.signoff.name == "Rassendyll"
    first = ECHOED.count("\n", 0, ECHOED.index(ECHO)) + 1
    assert document.trailer[0].span.line == first
    assert {line.kind for line in document.trailer} == {"header-echo"}
    [repeat] = document.repeated_headers
    assert repeat.trailing and repeat.span.line == first
    assert repeat.span.end_line == ECHOED.count("\n") + 1
    assert ECHOED[repeat.original.start:].startswith("C O N F I D E N T I A L ZENDA")
    assert document.cut_short is None  # the echo is cut, not the text
    assert document.page_breaks == () and not any(
        node.kind == "sipdis" for node in document.body)


def test_banner_line_quoted_in_the_last_paragraph_is_no_echo() -> None:
    """The banner line alone, or with prose below it, at the end of the text is no
    header printed again: nothing is repeated and the text keeps its lines."""
    from trailing_echo_snippets import BANNER, BODY, HEADER

    text = HEADER + BODY + "\n" + BANNER + "\n\nThe regent read it aloud.\n"
    document = parse_text(text)
    assert document.repeated_headers == ()
    assert all(line.kind != "header-echo" for line in document.trailer)
