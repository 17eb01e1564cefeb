"""CL111 sign-off: hand-written cables."""

from __future__ import annotations

from appended_cable_snippets import two_cables
from cable_snippets import cable, where
from iir_snippets import IIR
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from structure_helpers import EO, HEADER, PREAMBLE, ROUTING, TAGS, good


def test_cl111_glued_signoff_fix() -> None:
    body = ("1. (C) The king was crowned.", "", "2. (C) Embassy will follow events. RASSENDYLL")
    text = good(body=body, signoff=None)
    found = findings(text, "CL111")
    assert len(found) == 1 and "glued" in found[0].message
    line, column, end = where(text, "RASSENDYLL")
    assert span_of(found[0]) == (line, column, line, end)
    repaired = apply_fixes(text, found)
    assert repaired.endswith("events.\n\nRASSENDYLL\n")
    assert findings(repaired, "CL111") == []


def test_cl111_glued_mixed_case_name_has_no_fix() -> None:
    body = ("1. (C) Embassy will follow events. Rassendyll",)
    found = findings(good(body=body, signoff=None), "CL111")
    assert len(found) == 1 and found[0].fix is None


def test_cl111_missing_signoff() -> None:
    text = good(signoff=None)
    found = findings(text, "CL111")
    assert len(found) == 1 and "without a sign-off" in found[0].message
    assert found[0].span.line == where(text, "2. (C) Embassy")[0]


def test_cl111_duplicated_signoff() -> None:
    found = findings(good(signoff="RASSENDYLL RASSENDYLL"), "CL111")
    assert len(found) == 1 and "twice" in found[0].message
    found = findings(good(trailer=("Rassendyll",)), "CL111")
    assert len(found) == 1 and "repeats" in found[0].message


def test_cl111_good_signoff_and_partial_extract() -> None:
    assert findings(good(), "CL111") == []
    text = cable(*HEADER, prologue=(PREAMBLE, ""), signoff=None)
    found = findings(text, "CL111")
    assert [d.severity for d in found] == ["info"] and "partial extract" in found[0].message


def test_cl111_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL111") == []


def test_cl111_noise_after_the_name_fix() -> None:
    # cablemap reads "GILLESPIE##" and "MCNAMARA." as names (issue #12)
    for written, noise in (("RASSENDYLL##", "##"), ("RASSENDYLL.", ".")):
        text = good(signoff=written)
        [found] = findings(text, "CL111")
        line, _, end = where(text, written)
        assert span_of(found) == (line, end - len(noise), line, end)
        assert found.message == f"sign-off 'RASSENDYLL' ends in '{noise}'; remove it"
        repaired = apply_fixes(text, [found])
        assert repaired.endswith("\n\nRASSENDYLL\n")
        assert findings(repaired, "CL111") == []


def test_cl111_steps_over_the_web_end_marker() -> None:
    # issue #12 audit (A020, A134, A136, A292): "KEANE" / "" / "=====CABLE ENDS====="
    for marker in ("=======================CABLE ENDS============================",
                   "===CABLE ENDS===", "=== CABLE ENDS ==="):
        text = good(trailer=("", marker))
        assert findings(text, "CL111") == [], marker
        assert findings(text, "CL911") == []  # a web marker, not reported as junk


def test_cl111_steps_over_word_processor_comments() -> None:
    # issue #12 audit (A226): "Corbin" followed by "[O1]Check spelling" lines
    text = good(signoff="Rassendyll",
                trailer=("", "", "[O1]Check spelling", "[O2]spelling?",
                         "[O3]Wrong verb.  Zenda can't take an object."))
    assert findings(text, "CL111") == []
    junk = findings(text, "CL911")
    assert [d.span.line for d in junk] == [where(text, f"[O{n}]")[0] for n in (1, 2, 3)]
    assert all("word-processor comment" in d.message for d in junk)


def test_cl111_glued_signoff_of_a_cable_flattened_into_its_header() -> None:
    # issue #12 audit (A182): the text ran on in one header line and ends
    # "... MINIMIZE CONSIDERED. RICE": the name is there, glued
    flat = ("SUBJECT: THE KING IS CROWNED " + " ".join(
        f"{n}. (C) The regent of Zenda met the envoy from Strelsau today." for n in range(1, 12))
        + " 12. (U) MINIMIZE CONSIDERED. RASSENDYLL")
    text = cable(EO, TAGS, flat, banner="C O N F I D E N T I A L ZENDA 000123",
                 prologue=ROUTING, body=(), signoff=None)
    found = findings(text, "CL111")
    assert len(found) == 1 and "glued" in found[0].message, found
    line, column, end = where(text, "RASSENDYLL")
    assert span_of(found[0]) == (line, column, line, end)
    # a short header field ending so is no sign-off
    short = cable(EO, TAGS, "SUBJECT: TALKS IN ZENDA. RASSENDYLL", prologue=ROUTING,
                  body=(), signoff=None)
    assert all("glued" not in d.message for d in findings(short, "CL111"))


def test_cl111_name_with_a_detached_quote_after_two_blanks() -> None:
    """07ISLAMABAD5283 (fresh-4 audit): 'PATTERSON  "' is the sign-off."""
    text = good(body=("1. (C) Embassy will follow events.",), signoff='RASSENDYLL  "')
    assert findings(text, "CL111") == []


def test_cl111_secretarys_name_glued_after_words_that_end_no_sentence() -> None:
    """08STATE114173 (fresh-4 audit): a participant list ending '... EUR/NB RICE'."""
    body = ("1. (U) Participants: Rudolf Rassendyll, Political Officer, EUR/NB RICE",)
    [found] = findings(good(body=body, signoff=None), "CL111")
    assert "sign-off 'RICE' is glued" in found.message
    # another capitalised word there is the list's last word, not a signer
    body = ("1. (U) Participants: Rudolf Rassendyll, Political Officer, EUR/NB ZENDA",)
    [found] = findings(good(body=body, signoff=None), "CL111")
    assert "ends without a sign-off" in found.message


def test_cl111_cancellation_notice_has_no_signer() -> None:
    """08BAGHDAD2074 (fresh-4 audit): a ZFR notice replacing a cancelled cable."""
    zfr = "//////////////////// ZFR ZFR ZFR ZFR /////////////////////"
    body = (zfr, "", "  THIS CABLE IS CANCELLED.", "",
            "  CORRECTED CABLE WILL BE SENT VIA NEW MRN.", "", zfr)
    assert findings(good(body=body, signoff=None), "CL111") == []


def test_cl111_name_after_a_lower_case_redaction_is_the_glued_sign_off() -> None:
    """09TRIPOLI190 (fresh-5 audit): '... Classified Email: xxxxxxxxxxxx CRETZ'."""
    body = ("1. (U) Point of contact is Rudolf Rassendyll; Classified Email: xxxxxxxxxxxx "
            "TARLENHEIM",)
    [found] = findings(good(body=body, signoff=None), "CL111")
    assert "sign-off 'TARLENHEIM' is glued" in found.message
    body = ("1. (U) Point of contact is Rudolf Rassendyll; Classified Email: xxxxxxxxxxxx "
            "Tarlenheim",)  # a word in title case there may be the text's own
    [found] = findings(good(body=body, signoff=None), "CL111")
    assert "ends without a sign-off" in found.message


def test_cl111_name_glued_before_an_archive_record() -> None:
    """08TRIPOLI142, 08STATE18255 (fresh-4/6 audits): '... End comment. STEVENS 0
    02/21/2008 9427 PREL,PGOV,LY EMBASSY VISITS ...' holds the signer."""
    body = ("1. (C) Embassy will follow events. End comment. RASSENDYLL 0 02/21/2008 9427 "
            "PREL,PGOV,ZN THE KING IS CROWNED",)
    glued, record = findings(good(body=body, signoff=None), "CL111")
    assert "sign-off 'RASSENDYLL' is glued" in glued.message
    # the record is the glued name's noise, as on a name's own line (issue #12)
    assert "archive record run onto its line" in record.message and record.fix is None


def test_cl111_record_run_onto_the_name_line_is_reported_without_a_fix() -> None:
    """05DUSHANBE1702 (fresh-6 audit): 'HOAGLAND NNNN<tab>2005-10-20<tab>SUBJECT<tab>'
    and the archive's abstract below: the signer is there; the record holds words,
    so no fix deletes it."""
    text = good(body=("1. (C) Embassy will follow events.",),
                signoff="RASSENDYLL NNNN\t2005-10-20\tZENDA: THE KING IS CROWNED\t",
                trailer=("", "In a meeting with the regent (strictly protect), the "
                         "ambassador and he agreed that the relationship is solid, "
                         "while the harbour question remains open for now."))
    [found] = findings(text, "CL111")
    assert found.message == ("sign-off 'RASSENDYLL' has an archive record run onto its "
                             "line; remove the record")
    assert found.fix is None


def test_cl111_name_after_a_redacted_web_address_is_the_glued_sign_off() -> None:
    """07LONDON3923 (fresh-8 audit, A053): '16. (C) XXXXXXXXXXXX. cfm Tuttle': the
    redaction took the classified-website footer but its page's type; the name after
    it is the signer, glued, not missing."""
    for page in (". cfm", ".cfm", ". html"):
        body = (f"1. (C) XXXXXXXXXXXX{page} Rassendyll",)
        text = good(body=body, signoff=None)
        [found] = findings(text, "CL111")
        assert found.message == ("sign-off 'Rassendyll' is glued to the last paragraph; "
                                 "put it on a line of its own"), page
        line, column, end = where(text, "Rassendyll")
        assert span_of(found) == (line, column, line, end)
    # without the redaction a page's type ends no sentence: a word of the text
    body = ("1. (C) See the regent's page at zenda. cfm Rassendyll",)
    [found] = findings(good(body=body, signoff=None), "CL111")
    assert "ends without a sign-off" in found.message


def test_cl111_name_with_two_stray_full_stops_below_text() -> None:
    """08LONDON3062 (fresh-8 audit, A100): 'TUTTLE..' right below the last paragraph is
    the sign-off with two stray full stops (a sentence ends in one)."""
    body = ("1. (C) Embassy will follow events.",)
    text = good(body=body, signoff=None).replace("events.\n", "events.\nRASSENDYLL..\n")
    [found] = findings(text, "CL111")
    line, _, end = where(text, "RASSENDYLL..")
    assert span_of(found) == (line, end - 2, line, end)
    assert found.message == "sign-off 'RASSENDYLL' ends in '..'; remove it"
    repaired = apply_fixes(text, [found])
    assert "events.\nRASSENDYLL\n" in repaired
    assert findings(repaired, "CL111") == []
    # an ellipsis (three) after a word in capitals is no sign-off (the text is cut short)
    text = good(body=body, signoff=None).replace("events.\n", "events.\nTIMELINES...\n")
    assert all("TIMELINES" not in found.message for found in findings(text, "CL111"))
    # one full stop right below the text ends its sentence ("... THE WHOLE / REQUEST.")
    text = good(body=body, signoff=None).replace("events.\n", "events.\nRASSENDYLL.\n")
    [found] = findings(text, "CL111")
    assert "ends without a sign-off" in found.message


def test_cl111_name_with_an_exports_line_end_backslash() -> None:
    """09BERN98 (fresh-9 audit, A212): every line ends " \\" and the last 'CARTER \\v':
    the signer is there, the escape is export debris."""
    body = ("1. (C) Embassy will follow events.",)
    text = good(body=body, signoff=None).replace("\n", " \\\n") + "\nRASSENDYLL \\v"
    assert findings(text, "CL111") == []


def test_cl111_possessive_ending_a_cut_off_text_is_no_sign_off() -> None:
    """06PANAMA360 (fresh-9 audit, A236): the text stops mid-sentence ('... the Zenda
    Law. Rassendyll's'): the possessive opens the next sentence, no signer is glued."""
    for last in ("Rassendyll's", "RASSENDYLL'S", "Rassendyll\u2019s"):
        body = (f"1. (C) The regent rescinded the decree of 2002 that impeded the Zenda "
                f"Law. {last}",)
        [found] = findings(good(body=body, signoff=None), "CL111")
        assert "ends without a sign-off" in found.message, last
        # nor is it a name on a line of its own
        body = ("1. (C) The regent rescinded the decree that impeded the Zenda Law.", last)
        [found] = findings(good(body=body, signoff=None), "CL111")
        assert "ends without a sign-off" in found.message, last
    # a name with an apostrophe inside stays a name
    [found] = findings(good(body=("1. (C) Embassy will follow events. O'RASSENDYLL",),
                            signoff=None), "CL111")
    assert "sign-off 'O'RASSENDYLL' is glued" in found.message


def test_cl111_name_after_the_redacted_website_note_of_a_flattened_cable() -> None:
    """08LONDON2028 (fresh-11 audit, A106): the text ran on in the header's last line
    and ends "... Visit London's Classified Website: XXXXXXXXXXXX LeBaron": the name
    after the website note's redacted address is the signer, glued, not missing."""
    words = " ".join(
        f"{n}. (C) The regent of Zenda met the envoy from Strelsau today." for n in range(1, 12))
    flat = f"SUBJECT: THE KING IS CROWNED {words} Visit Zenda's Classified Website: "
    for name in ("XXXXXXXXXXXX Rassendyll", "XXXXXXXXXXXX RASSENDYLL"):
        text = cable(EO, TAGS, flat + name, banner="C O N F I D E N T I A L ZENDA 000123",
                     prologue=ROUTING, body=(), signoff=None)
        [found] = findings(text, "CL111")
        signer = name.split()[1]
        assert found.message == (f"sign-off '{signer}' is glued to the last paragraph; "
                                 "put it on a line of its own")
        line, column, end = where(text, signer)
        assert span_of(found) == (line, column, line, end)
    # without the website note, a word in title case after a redaction may be the text's
    flat = f"SUBJECT: THE KING IS CROWNED {words} Contact: XXXXXXXXXXXX Rassendyll"
    text = cable(EO, TAGS, flat, banner="C O N F I D E N T I A L ZENDA 000123",
                 prologue=ROUTING, body=(), signoff=None)
    assert all("glued" not in d.message for d in findings(text, "CL111"))


def test_cl111_text_of_a_sectioned_cable_whose_last_section_is_not_seen() -> None:
    """07BRATISLAVA631 (fresh-11 audit, A136): "SECTION 01 OF 03" and a text stopping
    at a heading: a first or middle section carries no sign-off, so the finding names
    lost sections as well as the name.  When a page-break line of the last section
    is seen, the text reached it: the signer alone is missing."""
    sectioned = "C O N F I D E N T I A L SECTION 01 OF 03 ZENDA 000123"
    body = ("1. (C) The regent of Zenda met the envoy from Strelsau today.", "",
            "ZENDA 00000123 002 OF 003", "",
            "2. (C) The envoy asked about the harbour.", "", "BUT THE HARBOUR REMAINS OPEN",
            "--------------------")
    text = good(body=body, signoff=None, banner=sectioned)
    [found] = findings(text, "CL111")
    assert found.message == ("the text ends without a sign-off; the banner counts 3 "
                             "sections: restore any lost section, or add the signer's name "
                             "on a line of its own")
    assert found.severity == "info"
    assert found.span.line == where(text, "-------")[0]
    # the last section's page-break line is there: the text reached it
    last = tuple(line.replace("002 OF 003", "003 OF 003") for line in body)
    [found] = findings(good(body=last, signoff=None, banner=sectioned), "CL111")
    assert found.message == ("the text ends without a sign-off; add the signer's name on "
                             "a line of its own")
    # one section, or a signed text: nothing about sections
    [found] = findings(good(body=body[:1], signoff=None), "CL111")
    assert "section" not in found.message
    assert findings(good(body=body[:1], banner=sectioned), "CL111") == []


def test_cl111_date_stamp_after_the_name_is_reported_without_a_fix() -> None:
    # issue #12 (08BRASILIA43 "SOBEL 2008-01-08"): the signer is there, an export's
    # date stamp run onto the line; the stamp is reported, never deleted by a fix
    text = good(signoff="RASSENDYLL 2009-03-14")
    [found] = findings(text, "CL111")
    line, column, end = where(text, "2009-03-14")
    assert span_of(found) == (line, column, line, end)
    assert found.message == ("sign-off 'RASSENDYLL' has a date stamp '2009-03-14' run onto "
                             "its line; remove the stamp")
    assert found.fix is None


def test_cl111_glued_name_with_a_date_stamp() -> None:
    # issue #12 (09BRASILIA1540 "... offense. KUBISKE 2009-12-31")
    body = ("1. (C) Embassy will follow events. RASSENDYLL 2009-03-14",)
    text = good(body=body, signoff=None)
    found = findings(text, "CL111")
    assert ["glued" in d.message for d in found] == [True, False]
    assert "date stamp '2009-03-14'" in found[1].message
    repaired = apply_fixes(text, [found[0]])
    assert repaired.endswith("events.\n\nRASSENDYLL 2009-03-14\n")


def test_cl111_name_glued_after_the_last_page_mark_fix() -> None:
    # issue #12 (09RIODEJANEIRO285 "... emissions. RIO DE JAN 00000285 002 OF 002 HEARNE")
    body = ("1. (C) Embassy will follow events. ZENDA 00000123 002 OF 002 RASSENDYLL",)
    text = good(body=body, signoff=None)
    [found] = findings(text, "CL111")
    assert "glued" in found.message
    line, column, end = where(text, "RASSENDYLL")
    assert span_of(found) == (line, column, line, end)
    repaired = apply_fixes(text, [found])
    assert repaired.endswith("events. ZENDA 00000123 002 OF 002\n\nRASSENDYLL\n")
    assert findings(repaired, "CL111") == []
    # in mixed case the name is the sign-off too, but no fix moves it
    body = ("1. (C) Embassy will follow events. ZENDA 00000123 002 OF 002 Rassendyll",)
    [found] = findings(good(body=body, signoff=None), "CL111")
    assert "glued" in found.message and found.fix is None


def test_cl111_text_that_really_stops_is_still_reported() -> None:
    # a date ending prose, or a page count with no mark before the word, is no sign-off
    for last in ("2. (C) The regent signed on 2009-03-14",
                 "2. (C) The count was 00000123 002 OF 002 the"):
        text = good(body=("1. (C) The king was crowned.", "", last), signoff=None)
        found = findings(text, "CL111")
        assert len(found) == 1 and "without a sign-off" in found[0].message, last


def test_cl111_and_cl907_fixes_of_a_name_after_a_glued_mark_apply_together() -> None:
    # 09RIODEJANEIRO285: the last page's mark glued into the text, the signer after it;
    # the mark is found by the banner's serial when its SECTION count promises it
    body = ("1. (C) Embassy will follow events. ZENDA 00000123 002 OF 002 RASSENDYLL",)
    text = good(body=body, signoff=None).replace("ZENDA 000123", "SECTION 01 OF 02 ZENDA 000123", 1)
    found = findings(text, "CL111") + findings(text, "CL907")
    assert [d.code for d in found] == ["CL111", "CL907"]
    assert apply_fixes(text, found).endswith("follow events.\n\nRASSENDYLL\n")


def test_cl111_first_cable_signed_above_its_end_marker() -> None:
    # issue #12 (04BOGOTA2019): the first cable's name above its "CABLE ENDS" line is
    # its sign-off, though the second cable below has one too
    assert findings(two_cables(), "CL111") == []


def test_cl111_unsigned_first_cable_is_reported_above_its_end_marker() -> None:
    # the first cable has no name above its "CABLE ENDS" line: reported on its last
    # line of text, not on the second cable's
    text = two_cables().replace("\nRassendyll\n", "\n", 1)
    [found] = findings(text, "CL111")
    assert found.span.line == where(text, "2. Embassy will continue to follow events.")[0]


def test_cl111_lower_case_suffix_and_title_case_name_with_a_stop() -> None:
    # issue #12 fresh-14 (A066 "Timken jr", A123 "Palmer." apart below the text)
    assert findings(good(signoff="Rassendyll jr"), "CL111") == []
    text = good(signoff="Rassendyll.")
    [found] = findings(text, "CL111")
    assert found.message == "sign-off 'Rassendyll' ends in '.'; remove it"
    assert apply_fixes(text, [found]).endswith("\n\nRassendyll\n")


def test_cl111_glued_name_before_an_archive_record_and_a_copied_text() -> None:
    # issue #12 fresh-14 (A065, A107, A152): "... post. XXXXXXXXXXXX TUTTLE 0 05/01/2008
    # 5729 PGOV,..." then a truncated copy of the text: the sign-off is there, glued
    body = ("1. (C) Summary. The king was crowned. End summary.", "",
            "2. (C) Embassy will follow events. XXXXXXXXXXXX RASSENDYLL 0 03/12/2009 "
            "7331 PREL,PGOV The king was crowned. End summary.", "", "ZENDA", "-----", "",
            "1. (C) Summary. The king was")
    text = good(body=body, signoff=None)
    found = findings(text, "CL111")
    assert [d.message for d in found] == [
        "sign-off 'RASSENDYLL' is glued to the last paragraph; put it on a line of its own",
        "sign-off 'RASSENDYLL' has an archive record run onto its line; remove the record"]
    assert findings(text, "CL109") == [] and findings(text, "CL202") == []


def test_cl111_name_below_text_run_on_into_the_classified_by_line() -> None:
    """08LONDON2689 (fresh-15 audit, A041): the one paragraph ran on into the
    'Classified By' line (no blank line), and 'RASSENDYLL' stands right below it on
    a line of its own: that is the sign-off, not a missing one."""
    flat = ("Classified By: PolCouns Rupert Hentzau, reasons 1.4 b, d (C) " + " ".join(
        "The regent of Zenda met the envoy from Strelsau today." for _ in range(12)))
    text = cable(EO, TAGS, "SUBJECT: THE KING IS CROWNED", flat + "\nRASSENDYLL",
                 banner="C O N F I D E N T I A L ZENDA 000123",
                 prologue=ROUTING, body=(), signoff=None)
    assert findings(text, "CL111") == []
    # below a short header field a name-like line is no signer of any text
    short = cable(EO, TAGS, "SUBJECT: THE KING IS CROWNED",
                  "Classified By: PolCouns Rupert Hentzau, reasons 1.4 b, d\nRASSENDYLL",
                  banner="C O N F I D E N T I A L ZENDA 000123",
                  prologue=ROUTING, body=(), signoff=None)
    [found] = findings(short, "CL111")
    assert "without a sign-off" in found.message


def test_cl111_name_with_a_full_stop_glued_after_the_last_sentence() -> None:
    # issue #12 (fresh-16 A246: "... 24 hours/day). McCormick."): the signer is there,
    # glued, one finding; the full stop is the name's, not a second defect
    body = ("1. (U) Report incidents to RSO Zenda (Telephone 462-6000, 24 hours/day). "
            "Rassendyll.",)
    text = good(body=body, signoff=None)
    [found] = findings(text, "CL111")
    line, column, end = where(text, "Rassendyll")
    assert span_of(found) == (line, column, line, end)
    assert found.message == ("sign-off 'Rassendyll' is glued to the last paragraph; "
                             "put it on a line of its own")
    assert found.fix is None


def test_cl111_last_word_with_a_stop_after_no_sentence_is_no_sign_off() -> None:
    # a last word after an initial's, a title's, a quote's or a bracket's end ends
    # the sentence: the text is unsigned ("... cleared by the U.S. Delegation.")
    for last in ("cleared by the U.S. Delegation.", "met with Mr. Rassendyll.",
                 'its "sister city" Zenda.', "by the Envoy (and laureate) Rassendyll."):
        body = (f"1. (U) The visit was {last}",)
        [found] = findings(good(body=body, signoff=None), "CL111")
        assert "without a sign-off" in found.message, last


def test_cl111_capitals_name_with_a_stop_glued_after_a_sentence_fix() -> None:
    body = ("1. (C) Embassy will follow events. RASSENDYLL.",)
    text = good(body=body, signoff=None)
    [found] = findings(text, "CL111")
    assert "sign-off 'RASSENDYLL' is glued" in found.message
    assert apply_fixes(text, [found]).endswith("events.\n\nRASSENDYLL.\n")
