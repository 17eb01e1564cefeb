"""CL603 no-geographic-tag: hand-written cables (fictional names)."""

from __future__ import annotations

from cable_snippets import where
from rule_helpers import findings
from rule_helpers import where as span_of
from tags_subject_ref_helpers import tagged


def test_cl603_no_geographic_tag() -> None:
    text = tagged("TAGS: ASEC PTER")
    [found] = findings(text, "CL603")
    line, column, end = where(text, "TAGS")
    assert span_of(found) == (line, column, line, end)
    assert findings(tagged("TAGS: ASEC PTER ZI"), "CL603") == []
    # a wrong country code is CL602's finding, not a missing one
    assert findings(tagged("TAGS: ASEC PTER RU"), "CL603") == []
    assert len(findings(tagged("TAGS: OVIP RASSENDYLL PREL"), "CL603")) == 1


def test_cl603_a_lone_unknown_code_may_be_the_country() -> None:
    # 'ZNRU' is ZN and RU run together (CL602's finding): no second finding
    assert findings(tagged("TAGS: ASEC PTER ZNRU"), "CL603") == []
    assert len(findings(tagged("TAGS: ASEC PTER ZNRU"), "CL602")) == 1
    # free text is no code: the country tag is still missing
    assert len(findings(tagged("TAGS: ASEC PTER USEU STRELSAU"), "CL603")) == 1


def test_cl603_an_international_body_is_a_multilateral_cables_place() -> None:
    # fresh-8 audit: a mission's report of a Human Rights Council session, tagged
    # 'PHUM UNHRC', concerns no single country
    for line in ("TAGS: PHUM UNHRC", "TAGS: PREL PTER EUN", "TAGS: PARM NATO",
                 "TAGS: EFIN KTFN UNSC"):
        assert findings(tagged(line), "CL603") == [], line


def test_cl603_a_us_agency_or_field_agency_is_no_place() -> None:
    # true findings stay: FBI and JUS are US agencies, UNHCR works in countries
    for line in ("TAGS: FBI JUS PGOV PINR", "TAGS: PREF UNHCR", "TAGS: ASEC PTER"):
        assert len(findings(tagged(line), "CL603")) == 1, line
