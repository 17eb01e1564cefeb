"""CL512 eo-line-format: hand-written cables."""

from __future__ import annotations

import pytest
from authority_helpers import GOOD_EO, only, snippet
from cable_snippets import covered
from rule_helpers import apply_fixes, findings


@pytest.mark.parametrize(("eo", "wrong", "fixed"), [
    ("EO 12958 DECL: 2016/03/30", "2016/03/30", "E.O. 12958: DECL: 03/30/2016"),
    ("E.O. 12958: DECL: 3/7/2016", "3/7/2016", "E.O. 12958: DECL: 03/07/2016"),
    ("E.O. 12958: DECL: 2016-03-30", "2016-03-30", "E.O. 12958: DECL: 03/30/2016"),
    ("EO 12958 DECL: 03/30/16", "03/30/16", "E.O. 12958: DECL: 03/30/2016"),
    ("E.O. 12958 03/30/2016", "03/30/2016", "E.O. 12958: DECL: 03/30/2016"),
    ("E.O. 12958: DECLl: 03/30/2016", "DECLl", "E.O. 12958: DECL: 03/30/2016"),
    ("E.o. 12958: decl: 2016/03/30", "2016/03/30", "E.O. 12958: DECL: 03/30/2016"),
])
def test_cl512_reformats_safely(eo, wrong, fixed):
    text = snippet(eo=eo)
    found = only(text, "CL512")
    assert covered(text, found.span) == wrong
    assert found.fix is not None and found.fix.applicability == "safe"
    repaired = apply_fixes(text, [found])
    assert fixed in repaired.splitlines()
    assert findings(repaired, "CL512") == []


def test_cl512_style_only_and_other_forms_are_not_reported():
    for eo in (GOOD_EO, "EO 12958 DECL: 03/30/2016", "E.o. 12958: decl: 03/30/2016",
               "E.O. 12958: N/A", "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006"):
        assert findings(snippet(eo=eo), "CL512") == [], eo


def test_cl512_keeps_prefix_and_trailing_tags():
    text = snippet(eo="DEPT FOR EUR/ZZ E.O. 12958: DECL: 2016/03/30")
    found = only(text, "CL512")
    assert "DEPT FOR EUR/ZZ E.O. 12958: DECL: 03/30/2016" in apply_fixes(text, [found])


def test_cl512_no_fix_when_the_date_is_uncertain():
    # a two-digit year that would put the date before the cable: no fix
    text = snippet(eo="EO 12958 DECL: 03/30/05")
    assert only(text, "CL512").fix is None
    impossible = snippet(eo="E.O. 12958: DECL: 02/30/2016")
    found = only(impossible, "CL512")
    assert "not a calendar date" in found.message and found.fix is None


def test_cl512_n_a_without_its_slash():
    """05BEIRUT654 (fresh-8 audit, A073): 'E.O. 12958: NA' is noted (info) and fixed."""
    text = snippet(eo="E.O. 12958: NA", classified_by=None, banner="UNCLAS ZENDA 000123")
    found = only(text, "CL512")
    assert covered(text, found.span) == "NA" and found.severity == "info"
    assert found.message == "'NA' is N/A without its slash; write 'N/A'"
    repaired = apply_fixes(text, [found])
    assert "E.O. 12958: N/A\n" in repaired
    assert findings(repaired, "CL512") == []
    assert findings(snippet(eo="E.O. 12958: N / A", classified_by=None,
                            banner="UNCLAS ZENDA 000123"), "CL512") == []
