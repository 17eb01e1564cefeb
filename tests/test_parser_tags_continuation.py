"""Parser tests: which lines below a TAGS field continue its codes.

Every snippet is invented (Zenda and Strelsau are fictional posts).  A TAGS
line wraps onto the next line, but in a flattened cable the prose of the
first paragraph may follow it with no blank line between: that prose is no
TAGS code (issue #12: 08BUENOSAIRES1305's body was read as TAGS).
"""

from __future__ import annotations

from cable_snippets import assert_span, cable, covered, parse_ok

from cablelint.fields.tags import continues_tags

EO = "E.O. 12958: DECL: 03/30/2019"
PROSE = ("visit of the minister to Strelsau, which the palace had postponed twice.  "
         "She was noncommittal on the fleet")


def test_wrapped_codes_continue_the_tags() -> None:
    text = cable(EO, "TAGS: PREL, PGOV,\nNATO, UK, ZD", "SUBJECT: MINISTER VISITS THE NORTH")
    tags = parse_ok(text).tags
    assert [tag.code for tag in tags.tags] == ["PREL", "PGOV", "NATO", "UK", "ZD"]
    assert covered(text, tags.span) == "TAGS: PREL, PGOV,\nNATO, UK, ZD"


def test_prose_below_tags_is_no_continuation() -> None:
    text = cable(EO, f"TAGS: PREL MARR ZD\n{PROSE}", "SUBJECT: MINISTER VISITS THE NORTH")
    document = parse_ok(text)
    assert [tag.code for tag in document.tags.tags] == ["PREL", "MARR", "ZD"]
    assert_span(text, document.tags.span, "TAGS: PREL MARR ZD")
    assert [line.text for line in document.header_text] == [PROSE]


def test_prose_below_tags_run_onto_the_eo_line() -> None:
    text = cable(f"SIPDIS {EO} TAGS: PREL MARR ZD\n{PROSE}\nparticipate.  End Summary.",
                 "SUBJECT: MINISTER VISITS THE NORTH")
    document = parse_ok(text)
    assert [tag.code for tag in document.tags.tags] == ["PREL", "MARR", "ZD"]
    assert document.header_text[0].text.startswith("visit of the minister")
    assert document.header_text[0].span.end_line == document.header_text[0].span.line + 1


def test_continuation_judgement() -> None:
    assert continues_tags("TAGS: PREL", "NATO, UK, CN")
    # free text: CL602 judges it
    assert continues_tags("TAGS: PREL", "PINR, ASEC, COUNTER TERRORISM")
    assert continues_tags("TAGS: PREL", "OVIP (Rassendyll, Rudolf) ZD")  # a name in brackets
    assert continues_tags("TAGS: PREL", "ZD SUBJECT: minister visits the north")  # run-on
    assert not continues_tags("TAGS: PREL ZD", "in training and reform efforts at the ministry")
    assert not continues_tags("TAGS: PREL ZD", "THE ENVOY MET FOREIGN MINISTER RASSENDYLL TODAY")
    assert not continues_tags("TAGS: PREL ZD", "ZENDA AGREED. THE MINISTER LEFT")
    # after a comma another code is announced: the line continues them
    assert continues_tags("TAGS: PREL,", "in training")
