"""CL109 unbalanced-markers: hand-written cables."""

from __future__ import annotations

from cable_snippets import where
from iir_snippets import IIR
from rule_helpers import findings
from rule_helpers import where as span_of
from structure_helpers import good


def test_cl109_unclosed_inline_note() -> None:
    body = ("1. (C) The king was crowned (Note: the crown came from Strelsau.",
            "", "2. (C) Embassy will follow events.")
    text = good(body=body)
    found = findings(text, "CL109")
    assert len(found) == 1
    line, column, end = where(text, "Note")
    assert span_of(found[0]) == (line, column, line, end)


def test_cl109_note_closed_by_end_note_or_parenthesis() -> None:
    for body in (("1. (C) The king was crowned (Note: from Strelsau. End note.)",),
                 ("1. (C) The king was crowned (Note: the crown came from Strelsau.)",),
                 ("1. (C) The king was crowned (Note: the crown came",
                  "", "ZENDA 00000123 002 OF 002", "", "from Strelsau.)")):
        assert findings(good(body=body), "CL109") == [], body


def test_cl109_end_without_opener() -> None:
    body = ("1. (C) The king was crowned. End Comment.", "", "2. (C) Embassy will follow.")
    text = good(body=body)
    found = findings(text, "CL109")
    assert len(found) == 1 and "no COMMENT opener" in found[0].message


def test_cl109_summary_never_closed() -> None:
    body = ("1. (C) Summary: The king was crowned.", "", "2. (C) Embassy will follow.")
    assert len(findings(good(body=body), "CL109")) == 1
    closed = ("1. (C) Summary: The king was crowned. End summary.", "",
              "2. (C) Embassy will follow.")
    assert findings(good(body=closed), "CL109") == []


def test_cl109_final_comment_section_is_exempt() -> None:
    body = ("1. (C) The king was crowned.", "", "2. (C) Comment: The court is pleased.",
            "", "3. (C) We expect calm.")
    assert findings(good(body=body), "CL109") == []


def test_cl109_summary_and_comment_closed_together() -> None:
    body = ("1. (C) Summary and comment: The king was crowned. End summary and comment.",
            "", "2. (C) Embassy will follow.")
    assert findings(good(body=body), "CL109") == []


def test_cl109_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL109") == []


def test_cl109_summary_before_a_lost_paragraph_is_not_reported() -> None:
    # paragraph 2 is missing (CL201 reports it): the END SUMMARY may have gone with it
    body = ("1. (C) Summary: The king was crowned.", "", "3. (C) Embassy will follow events.")
    assert findings(good(body=body), "CL109") == []
    assert len(findings(good(body=body), "CL201")) == 1
    # without the gap the unclosed summary is reported
    body = ("1. (C) Summary: The king was crowned.", "", "2. (C) Embassy will follow events.")
    assert len(findings(good(body=body), "CL109")) == 1


def test_cl109_ruled_comment_heading_in_an_unwrapped_line_opens_its_end() -> None:
    body = ("1. (C) The king was crowned.   Comment -------  2.  (C) He will fail. "
            "End comment  Visit Zenda's site.",)
    assert findings(good(body=body), "CL109") == []


def test_cl109_end_key_points_closes_key_points() -> None:
    body = ("1. (C) Key points:", "", "-- The king was crowned.", "", "End key points.", "",
            "2. (C) More.")
    assert findings(good(body=body), "CL109") == []
    # the END is looked for only after the label opening paragraph 1
    stray = ("1. (C) The king was crowned. End key points.", "", "2. (C) More.")
    assert findings(good(body=stray), "CL109") == []


def test_cl109_summary_opened_after_three_blanks_and_closed_in_its_paragraph() -> None:
    # 02HARARE1984: "¶1.   Summary:  At approximately 0100 ..." ... "End summary."
    body = ("\u00b61.   Summary:  The king was crowned.  End summary.", "",
            "\u00b62. Embassy will follow.")
    text = good(body=body)
    assert findings(text, "CL109") == []
    from cablelint.parser import parse_source
    from cablelint.source import SourceText
    markers = parse_source(SourceText.from_text(text, "<test>")).markers
    assert [(m.kind, m.boundary) for m in markers] == [("summary", "begin"),
                                                        ("summary", "end")]


def test_cl109_boxed_summary_heading_on_backslash_lines() -> None:
    # 05BOGOTA9257 ends every line with " \": a boxed "Summary \" heading opens it
    body = ("------- \\", "Summary \\", "------- \\", " \\",
            "The king was crowned. \\", " \\", "End summary. \\", " \\",
            "1. (C) Embassy will follow. \\")
    assert findings(good(body=body), "CL109") == []


def test_cl109_end_of_summary_closes_the_summary() -> None:
    # 06DAMASCUS5345: "End of summary."
    body = ("1. Summary: The king was crowned.", "", "End of summary.", "",
            "2. Embassy will follow.")
    assert findings(good(body=body), "CL109") == []
    stray = ("1. The king was crowned.", "", "End of summary.", "", "2. More.")
    assert "no SUMMARY opener" in findings(good(body=stray), "CL109")[0].message


def test_cl109_misspelt_comment_opener_is_named() -> None:
    for body, typo in ((("1. (C) The king was crowned (Embassy Ccomment: in Strelsau.",
                         "End Comment.)", "", "2. (C) Embassy will follow."), "Ccomment"),
                       (("1. (C) Commment: The king was crowned. End Comment.", "",
                         "2. (C) Embassy will follow."), "Commment")):
        text = good(body=body)
        found = findings(text, "CL109")
        assert [d.message for d in found] == [
            f"'{typo}' is a misspelt COMMENT opener; write 'Comment'"], body
        line, column, end = where(text, typo)
        assert span_of(found[0]) == (line, column, line, end)


def test_cl109_misspelt_opener_only_before_an_end_without_opener() -> None:
    for body in (("1. (C) Commment: The king was crowned.", "", "2. (C) Embassy will follow."),
                 ("1. (C) Notes: The king was crowned. End Note.",),
                 ("1. (C) Comment: The king was crowned. End Comment.",)):
        assert not any("misspelt" in d.message for d in findings(good(body=body), "CL109"))


def test_cl109_end_comment_closing_a_note_names_the_mismatch() -> None:
    body = ("1. (C) The king was crowned (Note: in ZENDA. End Comment.)", "",
            "2. (C) Embassy will follow.")
    text = good(body=body)
    found = findings(text, "CL109")
    assert [d.message for d in found] == ["'End Comment' closes a NOTE; write 'End Note'"]
    line, column, end = where(text, "End Comment")
    assert span_of(found[0]) == (line, column, line, end)


def test_cl109_unclosed_note_is_not_paired_with_a_later_end() -> None:
    body = ("1. (C) The king was crowned (Note: in ZENDA.", "",
            "2. (C) RASSENDYLL will follow. End Comment.")
    messages = sorted(d.message for d in findings(good(body=body), "CL109"))
    assert len(messages) == 2 and any("no COMMENT opener" in m for m in messages)


def test_cl109_misspelt_end_summary_closes_the_summary() -> None:
    """04PANAMA632 (fresh-4 audit): "End Summmary." closes the summary; the typo,
    not a missing END SUMMARY, is the finding."""
    body = ("1. (C) Summary: The king was crowned.  End Summmary.", "",
            "2. (C) Embassy will follow.")
    text = good(body=body)
    [found] = findings(text, "CL109")
    assert found.message == "'End Summmary' is a misspelt END SUMMARY; write 'End Summary'"
    line, column, _ = where(text, "End Summmary")
    assert span_of(found) == (line, column, line, column + len("End Summmary"))
    # a word that is no typo of it is not taken for the closer
    other = ("1. (C) Summary: The king was crowned. End Summit talks.", "",
             "2. (C) Embassy will follow.")
    assert "never closed" in findings(good(body=other), "CL109")[0].message


def test_cl109_comment_after_a_quoted_sentence_end_is_an_opener() -> None:
    """10GUANGZHOU13 (fresh-4 audit): 'features."  Comment:  Although ...'."""
    body = ('1. (C) The firm will "incorporate local design features."  Comment:  The',
            "plan may not succeed. End Comment.")
    assert findings(good(body=body), "CL109") == []


def test_cl109_summary_from_a_meeting_opens_the_summary() -> None:
    """09USNATO30 (fresh-5 audit): '1.(C/NF) Summary from the NAC Meeting: ...'."""
    body = ("1. (C) Summary from the Council Meeting: the king was crowned. End summary.",
            "", "2. (C) Embassy will follow.")
    assert findings(good(body=body), "CL109") == []


def test_cl109_heading_boxed_in_equals_signs_opens_the_comment() -> None:
    """03COLOMBO705 (fresh-5 audit): '======= COMMENT =======' above the paragraph."""
    body = ("1. (C) The king was crowned.", "", "======= COMMENT =======", "",
            "2. (C) The regent may not accept it. END COMMENT.")
    assert findings(good(body=body), "CL109") == []


def test_cl109_summary_heading_naming_more_is_ended_by_the_next_heading() -> None:
    """06KATHMANDU3112 (fresh-7 audit; 09PORTAUPRINCE575, 10STATE4108 in the dev
    corpora): 'Summary and Introduction' underlined, then the next underlined
    heading: the section needs no END SUMMARY."""
    body = ("Summary and Introduction", "-------------------------", "",
            "1. (C) The king was crowned.", "", "The Harbour Talks", "-----------------", "",
            "2. (C) Embassy will follow.")
    assert findings(good(body=body), "CL109") == []


def test_cl109_summary_and_a_three_word_item_opens_the_summary() -> None:
    """06TOKYO5568 (fresh-8 audit, A078): 'Summary and Table of Contents.' opens the
    summary that 'End Summary and Table of Contents.' closes."""
    body = ("1. (C) Summary and Table of Contents.  The king was crowned.", "",
            "-- The harbour (para 2)", "", "End Summary and Table of Contents.", "",
            "2. (C) Embassy will follow.")
    assert findings(good(body=body), "CL109") == []
    unclosed = ("1. (C) Summary and Table of Contents.  The king was crowned.", "",
                "2. (C) Embassy will follow.")
    found = findings(good(body=unclosed), "CL109")
    assert len(found) == 1 and "never closed" in found[0].message


def test_cl109_summary_field_of_a_form_style_report_needs_no_end() -> None:
    """05GENEVA2414 (fresh-8 audit, A143): a surveillance report whose paragraphs
    are fields ('Post:', 'Date and Time:', 'Summary:', 'Desc:'): the summary field
    is ended by the next field."""
    body = ("1. (U) Post: Embassy Zenda", "", "2. (U) Date and Time: 04 Oct, 11:40 AM", "",
            "3. (SBU) Summary: A couple watched the gate from the park.", "",
            "4. (SBU) Desc: Person 1 - female, about 45 years old.", "",
            "5. (SBU) Probable Target: The chancery gate.")
    assert findings(good(body=body), "CL109") == []


def test_cl109_summary_between_unlabelled_paragraphs_is_still_never_closed() -> None:
    """Only a summary between labelled paragraphs is a form's field: one with a
    plain paragraph after it (or before it) still needs its END SUMMARY."""
    for body in (("1. (U) Post: Embassy Zenda", "",
                  "2. (SBU) Summary: A couple watched the gate.", "",
                  "3. (SBU) Rassendyll saw them leave at noon."),
                 ("1. (C) The king was crowned.", "",
                  "2. (SBU) Summary: A couple watched the gate.", "",
                  "3. (SBU) Desc: Person 1 - female, about 45 years old.")):
        found = findings(good(body=body), "CL109")
        assert len(found) == 1 and "never closed" in found[0].message, body


def test_cl109_note_named_for_its_writer_is_a_note_opener() -> None:
    """06PANAMA1578 (fresh-11 audit, A213): '(LEGATT NOTE: ... END NOTE)' inside a
    COMMENT is a note closed by its END NOTE, not an END NOTE closing the COMMENT."""
    body = ("1. (C) Comment: The Regent is weak (LEGATT NOTE: the guard is loyal.",
            "END NOTE). He will hold. End comment.", "",
            "2. (C) Embassy will follow (RSO Note: from ZENDA. END RSO NOTE) events.")
    assert findings(good(body=body), "CL109") == []
    # the writer's word is one word right after "(": prose before "note" is none
    prose = ("1. (C) The Regent is weak. End note.", "", "2. (C) Embassy will follow.")
    [found] = findings(good(body=prose), "CL109")
    assert "no NOTE opener" in found.message
    prose = ("1. (C) Comment: He is weak (as the king said note: he will go. End note.)", "",
             "2. (C) Embassy will follow. End comment.")
    assert [d.message for d in findings(good(body=prose), "CL109")] == [
        "'End note' closes a COMMENT; write 'End Comment'"]


def test_cl109_unclosed_parenthesised_note_asks_for_its_parenthesis() -> None:
    """06MANAGUA220 (fresh-11 audit, A123): a '(Note: ...' left open misses its ')'
    (the cable closes its other notes with ')' alone); the message names it."""
    body = ("1. (C) The king was crowned (Note: the crown came from Strelsau.",
            "", "2. (C) Embassy will follow.")
    text = good(body=body)
    [found] = findings(text, "CL109")
    assert found.message == "'(Note' is never closed; add ')' where the note stops"
    line, column, end = where(text, "Note")
    assert span_of(found) == (line, column, line, end)
    # a note heading its line (no parenthesis) keeps its END NOTE advice elsewhere
    summary = ("1. (C) Summary: The king was crowned.", "", "2. (C) Embassy will follow.")
    [found] = findings(good(body=summary), "CL109")
    assert "add 'END SUMMARY'" in found.message


def test_cl109_summary_listing_the_topics_below_needs_no_end() -> None:
    """06ASUNCION768 (fresh-11 audit, A287; 06ASUNCION1130 in fresh-10): '¶1. (U)
    SUMMARY:' over a list of the headlines of the sections below, the first
    heading right after it: the heading ends it, no END SUMMARY is missing."""
    body = ("1. (U) SUMMARY:", "-- Harbour Talks in ZENDA", "-- The Regent Travels", "",
            "-----------------", "Harbour Talks in ZENDA", "-----------------", "",
            "2. (SBU) The king spoke of the harbour.", "", "The Regent Travels", "",
            "3. (SBU) Rassendyll left for Strelsau.")
    assert findings(good(body=body), "CL109") == []


def test_cl109_summary_in_words_before_a_heading_is_still_never_closed() -> None:
    """A summary written in words (09KABUL467 in the dev corpora), or one whose
    list is followed by another paragraph, not a heading, still needs its END."""
    for body in (("1. (C) SUMMARY. The king was crowned and the Regent left.", "",
                  "Harbour Talks", "-------------", "", "2. (C) Embassy will follow."),
                 ("1. (U) SUMMARY:", "-- Harbour Talks in ZENDA", "-- The Regent Travels", "",
                  "2. (SBU) The king spoke of the harbour.")):
        found = findings(good(body=body), "CL109")
        assert [d.message for d in found] == [
            "'SUMMARY' is never closed; add 'END SUMMARY' where the summary stops"], body


def test_cl109_summary_heading_underlined_below_a_blank_line_is_ended_by_the_next() -> None:
    """08SANTODOMINGO1353 (fresh-15 audit, A280): a double-spaced extraction puts a
    blank line between 'Summary' and its underline, and between each heading and
    its underline: still a heading-style section, ended by the next heading."""
    body = ("Summary", "", "-------", "",
            "1. (C) The king was crowned.", "", "The Harbour Talks", "",
            "-----------------", "", "2. (C) Embassy will follow.")
    assert findings(good(body=body), "CL109") == []
    # without a heading after it, the summary section still needs its END
    unclosed = ("Summary", "", "-------", "",
                "1. (C) The king was crowned.", "", "2. (C) Embassy will follow.")
    [found] = findings(good(body=unclosed), "CL109")
    assert "never closed" in found.message


def test_cl109_summary_paragraph_before_a_boxed_heading_is_still_never_closed() -> None:
    """09MEXICO2676, 05SANSALVADOR2930 (fresh-15 audit, A233, A244, debatable): a
    '¶1. (C) Summary:' paragraph followed by a heading boxed in dashes.  In both
    dev corpora and fresh-8 to fresh-15, 354 summary paragraphs followed by a
    heading close with END SUMMARY before it and 11 do not: the heading does
    not stand for the END marker, which the drafters write."""
    body = ("1. (C) Summary: The king was crowned and the Regent left.", "",
            "-----------------", "The Harbour Talks", "-----------------", "",
            "2. (C) Embassy will follow.")
    [found] = findings(good(body=body), "CL109")
    assert found.message == ("'Summary' is never closed; add 'END SUMMARY' where the "
                             "summary stops")


def test_cl109_note_opened_after_a_bullet_dash_and_blanks() -> None:
    """00HELSINKI2613 (fresh-16 audit, A050): '--   NOTE: ... END NOTE', the opener
    after a bullet's dash and three blanks, is an opener: no END without one."""
    body = ("1. (C) The Regent raised the old border.", "",
            "--   NOTE: THIS IS A DEEP ISSUE FOR ZENDA.", "     END NOTE", "",
            "2. (C) Embassy will follow.")
    assert findings(good(body=body), "CL109") == []
    # a lone END NOTE after a bullet is still reported
    lone = ("1. (C) The Regent raised the old border.", "",
            "--   THIS IS A DEEP ISSUE FOR ZENDA. END NOTE", "",
            "2. (C) Embassy will follow.")
    [found] = findings(good(body=lone), "CL109")
    assert "no NOTE opener" in found.message
