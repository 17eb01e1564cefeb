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
