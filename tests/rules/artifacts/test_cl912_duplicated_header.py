"""CL912 duplicated-header: hand-written cables."""

from __future__ import annotations

from artifacts_helpers import BANNER, HEADER, cable, fixed_clean
from rule_helpers import findings, where
from second_cable_snippets import SECOND_LINE, two_cables

from cablelint.parser import parse_text


def test_subject_repeated_after_classified_by() -> None:
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 header=HEADER + "SUBJECT: THE COALITION WOBBLES\n\n")
    [found] = findings(text, "CL912")
    line = len(HEADER.splitlines()) + 1
    assert where(found) == (line, 1, line, 31)
    assert fixed_clean(text, "CL912") == cable("\u00b61. (C) The coalition wobbles.\n")


def test_banner_to_subject_printed_twice_is_one_finding() -> None:
    head = (f"{BANNER}\nSIPDIS\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n"
            "SUBJECT: THE COALITION WOBBLES\n")
    text = cable("\u00b61. (C) The coalition wobbles.\n", header=head + head + "\n")
    [found] = findings(text, "CL912")
    assert (found.span.line, found.span.end_line) == (6, 10)
    assert "lines 6-10 repeat lines 1-5" in found.message
    assert fixed_clean(text, "CL912") == cable("\u00b61. (C) The coalition wobbles.\n",
                                               header=head + "\n")


def test_second_sipdis_and_repeated_addressee_are_normal() -> None:
    routing = ("P 121620Z MAR 09\nFM AMEMBASSY STRELSAU\nTO RUEHC/SECSTATE WASHDC PRIORITY 0733\n"
               "INFO RUEHZN/AMEMBASSY ZENDA 0012\nRUEHZN/AMEMBASSY ZENDA 0012\n")
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 header=routing + HEADER.replace("SIPDIS\n", "SIPDIS\n\nSIPDIS\n"))
    assert findings(text, "CL912") == []


def test_header_of_a_quoted_telegram_is_no_copy() -> None:
    # issue #12 item 7: the fix deleted a banner quoted in a repeated telegram
    quoted = ("QUOTE\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n"
              "SUBJECT: THE COALITION WOBBLES\n\n")
    head = f"{BANNER}\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n" \
           "SUBJECT: THE COALITION WOBBLES\n\n"
    text = cable("\u00b61. (C) The coalition wobbles.\nUNQUOTE\n", header=head + quoted)
    assert findings(text, "CL912") == []


def test_header_after_begin_text_is_no_copy() -> None:
    head = f"{BANNER}\nTAGS: PREL PGOV RT\nSUBJECT: THE COALITION WOBBLES\nBEGIN TEXT:\n" \
           f"{BANNER}\nSUBJECT: THE COALITION WOBBLES\n\n"
    text = cable("\u00b61. (C) The coalition wobbles.\nEND TEXT.\n", header=head)
    assert findings(text, "CL912") == []
    repeats = parse_text(text).repeated_headers
    assert repeats and all(repeat.quoted for repeat in repeats)


def test_a_header_printed_three_times_is_two_copies_fixed_in_one_pass() -> None:
    # issue #13 (fuzz seed 0 input 11870): the words "BEGIN TEXT" inside the first
    # copy made every later copy look quoted, so --fix removed one copy per pass
    head = (f"{BANNER}\nTAGS: PREL PGOV RT\n"
            "SUBJECT: THE COALITION WOBBLES BEGIN TEXT: NONE\n")
    text = cable("\u00b61. (C) The coalition wobbles.\n", header=head * 3 + "\n")
    found = findings(text, "CL912")
    assert [(f.span.line, f.span.end_line) for f in found] == [(4, 6), (7, 9)]
    assert not any(repeat.quoted for repeat in parse_text(text).repeated_headers)
    assert fixed_clean(text, "CL912") == cable("\u00b61. (C) The coalition wobbles.\n",
                                               header=head + "\n")


def test_a_header_cut_short_then_printed_complete_is_one_finding_on_the_cut_copy() -> None:
    head = (f"{BANNER}\n\nSIPDIS\n\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n"
            "SUBJECT: THE COALITION WOBBLES\n\n")
    block = "Classified By: Ambassador F. Tarlenheim, reasons 1.4 (b) and (d)\n\n"
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 header=head + "Classified By: Political Counselor ...\n\nid: 12345\n\n"
                 + head + block)
    [found] = findings(text, "CL912")
    cut_line = text[:text.index("...")].count("\n") + 1
    assert (found.span.line, found.span.end_line) == (1, cut_line)
    assert found.fix is None  # which lines to drop is not safely known
    assert f"cut off at line {cut_line}" in found.message
    assert findings(text, "CL503") == []  # the complete block gives the reason


def test_a_header_cut_after_its_ref_block_is_one_finding_on_the_cut_copy() -> None:
    head = (f"{BANNER}\n\nSIPDIS\n\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n"
            "SUBJECT: THE COALITION WOBBLES\nAGAIN\n\n")
    text = cable("\u00b61. (C) The coalition wobbles (refs A-C).\n",
                 header=head + "REF: A. ZENDA 1796 (NOTAL)\n...\n\n19006\n\n"
                 + head + "REF: A. ZENDA 1796 (NOTAL)\n\n\u00b6B. ZENDA 1779 (NOTAL)\n"
                 "\u00b6C. ZENDA 1660\n\n"
                 "Classified By: Ambassador F. Tarlenheim, reasons 1.4 (b) and (d)\n\n")
    [found] = findings(text, "CL912")
    cut_line = text[:text.index("...")].count("\n") + 1
    assert (found.span.line, found.span.end_line) == (1, cut_line)
    assert found.fix is None
    assert f"cut off at line {cut_line}" in found.message
    assert findings(text, "CL606") == []  # the complete REF block has A to C


def test_routing_copied_after_metadata_glued_to_its_last_line_is_removed_whole() -> None:
    # issue #12 (A111, A119): "... PRIORITYid: 4711" (the web page's metadata glued to the
    # last addressee); the copy's last line, printed whole, is part of the copy
    routing = ("VZCZCXRO0733\nPP RUEHSL\nDE RUEHSL #0733/01 0711620\nZNY CCCCC ZZH\n"
               "P 121620Z MAR 09\nFM AMEMBASSY STRELSAU\nTO RUEHC/SECSTATE WASHDC PRIORITY 0733\n"
               "INFO RUEHZN/AMEMBASSY ZENDA 0012\nRHEHNSC/NSC WASHDC PRIORITY")
    metadata = "id: 4711\nrefid: 09STRELSAU733\norigin: Embassy Strelsau\nheader:\n"
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 header=routing + metadata + routing + "\n\n" + HEADER)
    [found] = findings(text, "CL912")
    assert where(found) == (13, 1, 21, 28)
    assert "lines 13-21 repeat lines 1-9" in found.message
    assert fixed_clean(text, "CL912") == cable("\u00b61. (C) The coalition wobbles.\n",
                                               header=routing + metadata + "\n" + HEADER)


def test_second_cables_routing_header_is_no_copy() -> None:
    # issue #12 (fresh-9 A103, A186): the second cable's VZCZC and FM lines read
    # like the first's; removing them broke its header
    assert findings(two_cables(), "CL912") == []
    # the same header printed again (its DE line has the first serial) stays a copy
    copies = findings(two_cables(second_serial="0595/01 2812055", letters="CCCCC"), "CL912")
    assert SECOND_LINE in [found.span.line for found in copies]


def test_a_header_cut_inside_any_line_is_one_finding_on_the_cut_copy() -> None:
    # fresh-5 03THEHAGUE2835: the first copy stops at "TA..." (its TAGS line), no
    # Classified By or REF block; the advice removed the complete copy
    head = f"{BANNER}\n\nSIPDIS\n\nNOFORN\n\nE.O. 12958: DECL: 03/12/2019\n"
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 header=head + "TA...\n\n12055,11/12/2003\n\n" + head
                 + "TAGS: PREL PGOV RT\nSUBJECT: THE COALITION WOBBLES\n\n")
    [found] = findings(text, "CL912")
    cut_line = text[:text.index("...")].count("\n") + 1
    assert (found.span.line, found.span.end_line) == (1, cut_line)
    assert found.fix is None
    assert f"cut off at line {cut_line}" in found.message


def test_a_copy_re_encoding_a_hyphen_is_still_one_copy() -> None:
    # fresh-9 06PANAMA360 (A189, A235): the copy writes U+2010 for a hyphen and a
    # SIPDIS caption stands twice in both copies; the copy's run stopped at each,
    # and removing the part named left half the copy
    head = (f"{BANNER}\nSIPDIS\nSIPDIS\nFOR EUR/ZD - HENTZAU\nSTATE PASS USTR\n"
            "E.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n")
    copy = head.replace("EUR/ZD - HENTZAU", "EUR/ZD \u2010 HENTZAU")
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 header=head + "\n" + copy + "SUBJECT: THE COALITION WOBBLES\n\n")
    [found] = findings(text, "CL912")
    assert (found.span.line, found.span.end_line) == (9, 15)
    assert "lines 9-15 repeat lines 1-7" in found.message
    assert fixed_clean(text, "CL912") == cable(
        "\u00b61. (C) The coalition wobbles.\n",
        header=head + "\nSUBJECT: THE COALITION WOBBLES\n\n")
    # a line that differs by more than its dashes ends the copy
    other = copy.replace("STATE PASS USTR", "STATE PASS OPIC")
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 header=head + "\n" + other + "SUBJECT: THE COALITION WOBBLES\n\n")
    assert [(f.span.line, f.span.end_line) for f in findings(text, "CL912")] == [(9, 12),
                                                                                (14, 15)]


def test_a_preview_cut_in_its_first_paragraph_is_one_finding_on_the_cut_copy() -> None:
    # issue #12 (fresh-10 A043, A128, A226, 08LIMA72): a preview cut off at a fixed
    # length ("Summar", no "..."), the viewer's record, then the complete cable; the
    # preview's paragraph was taken for the body and the complete header for text
    record = ("id: 4711\ndate: 3/12/2009 16:20\nrefid: 09STRELSAU733\n"
              "origin: Embassy Strelsau\nheader:\n\n"
              "----------------- header ends ----------------\n\n")
    body = "\u00b61. (C) Summary: The coalition wobbles.\n\n\u00b62. (C) It holds.\n"
    text = cable(body, header=HEADER + "\u00b61. (C) Summar\n" + record + HEADER)
    [found] = findings(text, "CL912")
    cut_line = text[:text.index("Summar\n")].count("\n") + 1
    assert where(found)[:3] == (1, 1, cut_line)
    assert f"cut off at line {cut_line} ('Summar')" in found.message
    assert found.fix is None
    # the complete copy is the cable: its SIPDIS caption is header, its paragraph 1 the first
    assert findings(text, "CL910") == []
    assert findings(text, "CL202") == []


def test_a_preview_cut_lines_into_its_first_paragraph_is_one_finding_on_the_cut_copy(
) -> None:
    # issue #12 (fresh-13 A074, A266, 05LIMA1388): the preview's paragraph 1 runs on
    # to a second line cut off with "..." above the viewer's record; only a cut on the
    # paragraph's first line was seen, so both paragraphs 1 were read as one body and
    # the complete copy's SIPDIS caption as body text
    record = ("id: 4711\ndate: 3/12/2009 16:20\nrefid: 09STRELSAU733\n"
              "origin: Embassy Strelsau\nheader:\n\n"
              "----------------- header ends ----------------\n\n")
    body = ("\u00b61. (C) The Regent signed a decree on March\n"
            "18 extending the state of emergency in Zenda.\n\n\u00b62. (C) It holds.\n")
    preview = "\u00b61. (C) The Regent signed a decree on March\n18 extending the st...\n\n"
    text = cable(body, header=HEADER + preview + record + HEADER)
    [found] = findings(text, "CL912")
    cut_line = text[:text.index("st...")].count("\n") + 1
    assert where(found)[:3] == (1, 1, cut_line)
    assert f"cut off at line {cut_line} ('...')" in found.message
    assert findings(text, "CL910") == []
    assert findings(text, "CL202") == []
    # a first paragraph with no record below it is the body, however long
    plain = cable(body, header=HEADER)
    assert findings(plain, "CL912") == []
    assert [p.number for p in parse_text(plain).paragraphs] == [1, 2]


def test_header_printed_again_below_the_sign_off_is_removed_whole() -> None:
    """07PANAMA1197 (fresh-11 audit, A079/A224): the header printed again after the
    sign-off, its Classified By cut off, is one copy: one finding from its banner
    line to its last line, and the fix removes it all, the signer kept."""
    from trailing_echo_snippets import ECHO, ECHOED, HEADER

    [found] = findings(ECHOED, "CL912")
    first = ECHOED.count("\n", 0, ECHOED.index(ECHO)) + 1
    last = ECHOED.count("\n") + 1
    assert where(found) == (first, 1, last, len(ECHOED.splitlines()[-1]) + 1)
    original = HEADER.count("\n", 0, HEADER.index("Classified By")) + 1
    assert found.message == (f"lines {first}-{last} print the header (lines 1-{original}) "
                             "again below the text; remove the copy")
    assert fixed_clean(ECHOED, "CL912") == ECHOED[:ECHOED.index(ECHO)]
    for code in ("CL910", "CL111", "CL911"):  # the copy's SIPDIS and the signer
        assert findings(ECHOED, code) == [], code


def test_a_field_copied_above_the_banner_names_the_headers_own_to_keep() -> None:
    # issue #12 (fresh-13 A298, 09ULAANBAATAR234): TAGS and a SUBJECT cut short are
    # printed above the banner; "keep one copy" on the cut one read as keeping it
    routing = ("O 130854Z AUG 09\nFM AMEMBASSY STRELSAU\nTO SECSTATE WASHDC IMMEDIATE 2981\n"
               "TAGS: PREL PGOV RT\nSUBJECT: THE COALITION WOBBLES AFTER THE\n\n")
    subject = "SUBJECT: THE COALITION WOBBLES AFTER THE\nREGENT'S SPEECH\n\n"
    head = HEADER.replace("SUBJECT: THE COALITION WOBBLES\n\n", subject)
    text = cable("\u00b61. (C) It holds.\n", header=routing + head)
    found = [f for f in findings(text, "CL912") if "given twice" in f.message]
    tags, subject_line = _where_line(text, "TAGS: PREL PGOV RT", 2), \
        _where_line(text, "SUBJECT: THE COALITION", 2)
    assert [(f.span.line, f.message) for f in found] == [
        (4, "header field 'TAGS: PREL PGOV RT' is given twice (the header's own at line "
            f"{tags}, after the banner); remove this copy"),
        (5, "header field 'SUBJECT: THE COALITION WOBBLES AFTER THE' is given twice (the "
            f"header's own at line {subject_line}, after the banner); remove this copy")]


def _where_line(text: str, start: str, occurrence: int) -> int:
    """The 1-based line of the ``occurrence``-th line of ``text`` starting with ``start``."""
    lines = [number for number, line in enumerate(text.splitlines(), 1)
             if line.startswith(start)]
    return lines[occurrence - 1]
