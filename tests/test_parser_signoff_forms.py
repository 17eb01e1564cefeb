"""Parser tests for sign-offs the readers of fresh-14 found missed (issue #12): a
generational suffix in lower case ("Timken jr", 08BERLIN424), a title-case name
with a full stop standing apart ("Palmer.", 03TEGUCIGALPA740), and a name glued to
the last paragraph with an archive's record and a repeated copy of the text
after it (08LONDON1224).  Every snippet is invented (Strelsau is a fictional post)."""

from __future__ import annotations

from cablelint.parser import parse_text

HEADER = ("C O N F I D E N T I A L STRELSAU 000733\n\nE.O. 12958: DECL: 03/12/2019\n"
          "TAGS: PREL PGOV RT\nSUBJECT: THE COALITION WOBBLES\n\n"
          "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)\n\n")
SUMMARY = "1. (C) Summary. The regent met the king. End summary."
BODY = SUMMARY + "\n\n2. (C) The regent promised to stay neutral."
RECORD = "XXXXXXXXXXXX SAPT 0 03/12/2009 7331 PREL,PGOV,RT The regent met the king. End summary."


def _covered(text: str, span) -> str:
    return text[span.start:span.end]


def test_a_name_with_a_lower_case_suffix_is_the_signoff() -> None:
    for name in ("Sapt jr", "Sapt Jr", "SAPT JR", "sapt"):
        doc = parse_text(HEADER + BODY + "\n" + name + "\n")
        assert doc.signoff is not None and doc.signoff.name == name, name
    # a lower-case word after a name is text, not a suffix
    assert parse_text(HEADER + BODY + "\nSapt follows\n").signoff is None


def test_a_title_case_name_with_a_full_stop_apart_is_the_signoff() -> None:
    text = HEADER + BODY + "\n\nSapt.\n"
    signoff = parse_text(text).signoff
    assert signoff is not None and signoff.name == "Sapt" and not signoff.glued
    assert _covered(text, signoff.noise) == "." and signoff.noise_kind == "stops"
    # right below a line of text the word ends a sentence
    assert parse_text(HEADER + BODY + "\nStrelsau.\n").signoff is None
    # a caption is no name
    assert parse_text(HEADER + BODY + "\n\nComment.\n").signoff is None


def test_a_glued_name_before_a_record_and_a_copy_of_the_text() -> None:
    copy = "\n\nMeeting with the Regent\n-----------------------\n\n" + SUMMARY[:40] + "\n"
    text = HEADER + BODY + " " + RECORD + copy
    doc = parse_text(text)
    signoff = doc.signoff
    assert signoff is not None and signoff.glued  # (after the redaction)
    assert _covered(text, signoff.span) == "SAPT"
    assert signoff.noise_kind == "record"
    assert _covered(text, signoff.noise).startswith("0 03/12/2009 7331 PREL,PGOV,RT")
    # the copy below is trailer, not body: one paragraph numbered 1, one marker pair
    assert [p.number for p in doc.paragraphs] == [1, 2]
    assert len(doc.trailer) == 3
    assert [(m.boundary, m.kind) for m in doc.markers] == [("begin", "summary"),
                                                           ("end", "summary")]


def test_a_name_on_its_own_line_before_a_record_and_a_copy() -> None:
    text = HEADER + BODY + "\n\nSAPT 0 03/12/2009 7331 PREL,PGOV,RT The regent met\n\n" \
        + SUMMARY + "\n"
    signoff = parse_text(text).signoff
    assert signoff is not None and signoff.name == "SAPT" and not signoff.glued


def test_without_a_record_the_copy_is_still_text() -> None:
    # a long last paragraph with no archive record: no sign-off is made up
    text = HEADER + BODY + " Zenda. SAPT\n\nMeeting\n-------\n\n" + SUMMARY + "\n"
    assert parse_text(text).signoff is None


def test_a_name_with_a_full_stop_glued_after_the_last_sentence_is_the_signoff() -> None:
    # fresh-16 A246 ("... 24 hours/day). McCormick."): the name, glued; its stop noise
    text = HEADER + BODY + " Call the duty officer (24 hours/day). Sapt.\n"
    signoff = parse_text(text).signoff
    assert signoff is not None and (signoff.name, signoff.glued) == ("Sapt", True)
    assert _covered(text, signoff.span) == "Sapt"
    assert _covered(text, signoff.noise) == "." and signoff.noise_kind == "stops"
    # after an initial's or a title's stop the word ends the sentence
    for last in (" It was cleared by the U.S. Delegation.\n", " She met Mr. Sapt.\n"):
        assert parse_text(HEADER + BODY + last).signoff is None, last
