"""CL105 header-order: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, covered, where
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from structure_helpers import CLASSIFIED, EO, REF, ROUTING, SUBJECT, TAGS

from cablelint.parser import parse_text


def test_cl105_tags_on_the_eo_line_fix() -> None:
    text = cable(f"{EO} {TAGS}", SUBJECT, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1
    line, column, _ = where(text, "TAGS:")
    assert span_of(found[0]) == (line, column, line, column + 4)
    repaired = apply_fixes(text, found)
    assert f"{EO}\n{TAGS}\n" in repaired
    assert findings(repaired, "CL105") == []


def test_cl105_tags_on_the_eo_line_with_a_continuation_line() -> None:
    # the TAGS run onto the E.O. line go on below it: still TAGS on the E.O. line
    text = cable(f"{EO} {TAGS}\nPGOV ZN", SUBJECT, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1
    line, column, _ = where(text, "TAGS:")
    assert span_of(found[0]) == (line, column, line, column + 4)
    assert f"{EO}\n{TAGS}\nPGOV ZN\n" in apply_fixes(text, found)


def test_cl105_addressee_prefix_on_the_eo_line() -> None:
    text = cable(f"DEPT FOR EUR/ZZ {EO}", TAGS, SUBJECT, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1
    line, column, end = where(text, "DEPT FOR EUR/ZZ")
    assert span_of(found[0]) == (line, column, line, end)


def test_cl105_classified_by_before_ref() -> None:
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED, REF, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1 and "REF" in found[0].message
    assert found[0].span.line == where(text, REF)[0]


def test_cl105_good_order_with_ref() -> None:
    assert findings(cable(EO, TAGS, SUBJECT, REF, CLASSIFIED, prologue=ROUTING), "CL105") == []


def test_cl105_header_printed_twice_is_left_to_cl912() -> None:
    banner = "C O N F I D E N T I A L ZENDA 000123"
    text = cable(EO, TAGS, SUBJECT, banner, EO, TAGS, SUBJECT, CLASSIFIED, prologue=ROUTING,
                 banner=banner)
    assert findings(text, "CL105") == []


def test_cl105_caption_after_the_eo_line() -> None:
    text = cable(EO, "SIPDIS", TAGS, SUBJECT, CLASSIFIED, prologue=ROUTING)
    [found] = findings(text, "CL105")
    assert "caption SIPDIS comes after the E.O. line" in found.message
    assert span_of(found) == (where(text, "SIPDIS")[0], 1, where(text, "SIPDIS")[0], 7)


def test_cl105_header_printed_again_from_a_data_record_is_left_to_cl912() -> None:
    # issue #12 (A151, A159): a first copy cut off in its REF block, then the header
    # again from a comma-separated data record whose '","' hides the second banner:
    # its SIPDIS and TAGS are not to be judged against the first copy's E.O. and SUBJECT
    banner = "C O N F I D E N T I A L ZENDA 000123"
    routing = "\n".join(ROUTING)
    first = f"{routing}\n{banner}\n\nSIPDIS\n\n{EO}\n{TAGS}\n{SUBJECT}\n\n{REF}\n ...\n\n"
    record = f'4711,3/30/2006 14:51,06ZENDA123,"Embassy Zenda",\nCONFIDENTIAL,,"{routing}\n'
    second = f'","{banner}\nSIPDIS\n{EO}\n{TAGS}\n{SUBJECT}\n{REF}\n{CLASSIFIED}\n'
    text = first + record + second + "\u00b61. (C) The king is crowned.\n"
    assert findings(text, "CL105") == []
    assert findings(text, "CL912")  # the doubled header is reported there


def test_cl105_ref_line_directly_below_classified_by() -> None:
    # the parser reads a REF line wherever it sits in the header (Document.references)
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED + "\n" + REF, prologue=ROUTING)
    found = findings(text, "CL105")
    assert len(found) == 1 and "REF block comes after the Classified By block" in \
        found[0].message
    assert found[0].span.line == where(text, REF)[0]


def test_cl105_ref_with_a_full_stop_is_text() -> None:
    # "REF." is no REF keyword (no corpus cable writes it in a header)
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED, "REF. ZENDA 101", prologue=ROUTING)
    assert findings(text, "CL105") == []


def test_cl105_ref_run_onto_the_subject_line_fix() -> None:
    # as in 06BRASILIA882 "SUBJECT: ENERGY INSTALLATIONS REF: BRASILIA 861" (cablemap)
    text = cable(EO, TAGS, f"{SUBJECT} {REF}", CLASSIFIED, prologue=ROUTING)
    document = parse_text(text)
    assert document.subject.text == "THE KING IS CROWNED"
    assert covered(text, document.subject.glued) == REF
    [found] = findings(text, "CL105")
    line, column, _ = where(text, "REF:")
    assert span_of(found) == (line, column, line, column + 3)
    assert found.message == "REF written on the SUBJECT line; start it on a line of its own"
    repaired = apply_fixes(text, [found])
    assert f"{SUBJECT}\n{REF}\n" in repaired and findings(repaired, "CL105") == []


def test_cl105_classified_by_run_onto_the_subject_line() -> None:
    text = cable(EO, TAGS, f"{SUBJECT} {CLASSIFIED}", prologue=ROUTING)
    document = parse_text(text)
    assert document.subject.text == "THE KING IS CROWNED"
    assert covered(text, document.subject.glued) == CLASSIFIED
    [found] = findings(text, "CL105")
    assert found.message.startswith("Classified By written on the SUBJECT line")
    assert f"{SUBJECT}\n{CLASSIFIED}" in apply_fixes(text, [found])


def test_cl105_subject_run_onto_the_tags_line() -> None:
    # as in 09LONDON2499 "... GG, AF, UK SUBJECT: MILIBAND'S RUSSIA TRIP ..." (cablemap)
    text = cable(EO, f"{TAGS} {SUBJECT}", CLASSIFIED, prologue=ROUTING)
    document = parse_text(text)
    assert [tag.code for tag in document.tags.tags] == ["PREL", "PGOV", "ZN"]
    assert covered(text, document.tags.trailing_subject) == SUBJECT
    assert document.subject.text == "THE KING IS CROWNED"
    [found] = findings(text, "CL105")
    assert found.message == "SUBJECT written on the TAGS line; start it on a line of its own"
    assert f"{TAGS}\n{SUBJECT}\n" in apply_fixes(text, [found])


def test_cl105_a_subject_mentioning_references_is_whole() -> None:
    text = cable(EO, TAGS, "SUBJECT: ZENDA REFERENDUM: THE KING IS CROWNED", prologue=ROUTING)
    assert parse_text(text).subject.glued is None and findings(text, "CL105") == []


def test_cl105_field_before_the_banner_is_reported_when_the_header_lacks_it() -> None:
    # a TAGS line above the banner and none below: the field is misplaced, move it
    text = cable(EO, SUBJECT, CLASSIFIED, prologue=(*ROUTING, TAGS))
    [found] = findings(text, "CL105")
    line = where(text, TAGS)[0]
    assert found.span.line == line and "printed before the banner" in found.message


def test_cl105_copy_of_a_header_field_before_the_banner_is_left_to_cl912() -> None:
    # issue #12 (09MEXICO1993): a web copy's TAGS line above the banner, given again
    # (in other case and commas) after it: a copy to remove (CL912), not a line to move
    copy = "TAGS: prel, pgov, zn"
    text = cable(EO, TAGS, SUBJECT, CLASSIFIED, prologue=(*ROUTING, copy, SUBJECT))
    assert findings(text, "CL105") == []
    assert len([d for d in findings(text, "CL912") if "given twice" in d.message]) == 2
    # only the field the header lacks is asked to move
    text = cable(EO, TAGS, CLASSIFIED, prologue=(*ROUTING, copy, SUBJECT))
    [found] = findings(text, "CL105")
    assert found.span.line == where(text, SUBJECT)[0]
    assert f"header lines {found.span.line} are" in found.message


# --- a SIPDIS the release inserted after a line naming the Secretary (issue #12, A158) ---

_SECRETARY_SUBJECT = "SUBJECT: ZENDA TALKS WITH THE RURITANIAN DEFENSE\nSECRETARY AND HIS STAFF"


def test_cl105_sipdis_after_the_secretary_is_debris_to_remove() -> None:
    text = cable("SIPDIS", EO, TAGS, _SECRETARY_SUBJECT, "SIPDIS", CLASSIFIED,
                 prologue=ROUTING)
    [found] = findings(text, "CL105")
    line = where(text, "SIPDIS", 2)[0]
    assert span_of(found) == (line, 1, line, 7)
    assert found.severity == "info"
    assert "inserted by the release" in found.message and "remove it" in found.message
    assert found.fix is not None and found.fix.applicability == "unsafe"
    fixed = apply_fixes(text, [found], unsafe=True)
    assert fixed.count("SIPDIS") == 1
    assert "SECRETARY AND HIS STAFF\n\nClassified By:" in fixed


def test_cl105_sipdis_after_another_subject_is_still_a_caption_to_move() -> None:
    subject = "SUBJECT: ZENDA TALKS WITH THE RURITANIAN DEFENSE\nMINISTER AND HIS STAFF"
    text = cable(EO, TAGS, subject, "SIPDIS", CLASSIFIED, prologue=ROUTING)
    [found] = findings(text, "CL105")
    assert "caption SIPDIS comes after the E.O. line" in found.message
    assert found.severity == "warning"


def test_cl105_other_captions_after_the_secretary_are_still_misplaced() -> None:
    text = cable(EO, TAGS, _SECRETARY_SUBJECT, "NOFORN", CLASSIFIED, prologue=ROUTING)
    [found] = findings(text, "CL105")
    assert "caption NOFORN comes after the E.O. line" in found.message
