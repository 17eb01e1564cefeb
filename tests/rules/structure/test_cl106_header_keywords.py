"""CL106 header-keywords: hand-written cables."""

from __future__ import annotations

import pytest
from cable_snippets import cable, where
from iir_snippets import IIR
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from structure_helpers import CLASSIFIED, EO, PREAMBLE, ROUTING, SUBJECT, TAGS, good

from cablelint.parser import parse_text


def test_cl106_tag_keyword_fix() -> None:
    text = cable(EO, "TAG PREL, PGOV, ZN", SUBJECT, prologue=ROUTING)
    found = findings(text, "CL106")
    assert len(found) == 1
    line, column, _ = where(text, "TAG PREL")
    assert span_of(found[0]) == (line, column, line, column + 3)
    repaired = apply_fixes(text, found)
    assert "TAGS PREL, PGOV, ZN" in repaired and findings(repaired, "CL106") == []


def test_cl106_doubled_subject_fix() -> None:
    text = cable(EO, TAGS, "SUBJECT: SUBJECT: THE KING IS CROWNED", prologue=ROUTING)
    found = findings(text, "CL106")
    assert len(found) == 1
    repaired = apply_fixes(text, found)
    assert SUBJECT in repaired.splitlines() and findings(repaired, "CL106") == []


def test_cl106_missing_subject_reported_at_the_next_item() -> None:
    text = cable(EO, TAGS, CLASSIFIED, prologue=ROUTING)
    found = findings(text, "CL106")
    assert len(found) == 1 and "SUBJECT" in found[0].message
    assert found[0].span.line == where(text, "Classified By")[0]
    assert found[0].severity == "warning"


def test_cl106_missing_in_partial_extract_is_info() -> None:
    text = cable(EO, TAGS, CLASSIFIED, prologue=(PREAMBLE, ""))
    assert [d.severity for d in findings(text, "CL106")] == ["info"]


def test_cl106_good_header() -> None:
    assert findings(good(), "CL106") == []


@pytest.mark.parametrize("keyword", ["TABS:", "TGS:", "TAS:", "TAGES:", "AGS:"])
def test_cl106_misspelt_tags_keyword_is_read_and_fixed(keyword) -> None:
    # misspellings cablemap's reader recovers (heuer/cablemap reader tests, issue #12)
    text = cable(EO, f"{keyword} PREL PGOV ZN", SUBJECT, prologue=ROUTING)
    document = parse_text(text)
    assert document.tags.misspelt and [t.code for t in document.tags.tags] == [
        "PREL", "PGOV", "ZN"]
    [found] = findings(text, "CL106")
    line, column, _ = where(text, keyword)
    assert span_of(found) == (line, column, line, column + len(keyword) - 1)
    assert f"'{keyword[:-1]}' is misspelt; write 'TAGS'" in found.message
    repaired = apply_fixes(text, [found])
    assert "TAGS: PREL PGOV ZN" in repaired and findings(repaired, "CL106") == []


def test_cl106_subject_without_its_first_letter() -> None:
    text = cable(EO, TAGS, "UBJECT: THE KING IS CROWNED", prologue=ROUTING)
    document = parse_text(text)
    assert document.subject.misspelt and document.subject.text == "THE KING IS CROWNED"
    [found] = findings(text, "CL106")
    line, column, _ = where(text, "UBJECT")
    assert span_of(found) == (line, column, line, column + 6)
    repaired = apply_fixes(text, [found])
    assert SUBJECT in repaired.splitlines() and findings(repaired, "CL106") == []


def test_cl106_subj_is_no_misspelling() -> None:
    text = cable(EO, TAGS, "SUBJ: THE KING IS CROWNED", prologue=ROUTING)
    assert not parse_text(text).subject.misspelt and findings(text, "CL106") == []


def test_cl106_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL106") == []


def test_cl106_subject_without_colon_fix() -> None:
    # cablemap's reader reads "SUBJECT SAG AGREES ..." (issue #12): the line is
    # read, and the missing colon reported and added
    text = cable(EO, TAGS, "SUBJECT THE KING IS CROWNED", prologue=ROUTING)
    [found] = findings(text, "CL106")
    line, column, _ = where(text, "SUBJECT THE")
    assert span_of(found) == (line, column, line, column + len("SUBJECT"))
    assert found.message == "'SUBJECT' has no colon; write 'SUBJECT:'"
    repaired = apply_fixes(text, [found])
    assert "SUBJECT: THE KING IS CROWNED" in repaired.splitlines()
    assert findings(repaired, "CL106") == []


def test_cl106_missing_subject_reported_below_the_tags_not_at_the_body() -> None:
    # the SUBJECT and the start of the first paragraph were lost: the prose left
    # below the TAGS is where the SUBJECT belonged, not a later paragraph
    prose = "visit of the minister to Strelsau, which the palace had postponed twice."
    text = cable(f"{EO}\nTAGS: PREL ZD\n{prose}", prologue=ROUTING)
    found = findings(text, "CL106")
    assert len(found) == 1 and "SUBJECT" in found[0].message
    assert found[0].span.line == where(text, "visit of the minister")[0]
