"""CL507 declassification-before-cable: hand-written cables."""

from __future__ import annotations

from authority_helpers import GOOD_CB, SUBJECT, TAGS, only, snippet
from cable_snippets import cable, covered
from rule_helpers import findings


def test_cl507_date_before_cable():
    text = snippet(eo="E.O. 12958: DECL: 03/30/2005")
    found = only(text, "CL507")
    assert covered(text, found.span) == "03/30/2005"
    assert findings(snippet(), "CL507") == []
    # a year-only date (from the file name) must be certain
    assert findings(cable("E.O. 12958: DECL: 12/31/2006", TAGS, SUBJECT, GOOD_CB),
                    "CL507", path="06ZENDA123.txt") == []
    assert len(findings(cable("E.O. 12958: DECL: 12/31/2005", TAGS, SUBJECT, GOOD_CB),
                        "CL507", path="06ZENDA123.txt")) == 1
