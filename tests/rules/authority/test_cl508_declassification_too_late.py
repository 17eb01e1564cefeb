"""CL508 declassification-too-late: hand-written cables."""

from __future__ import annotations

from authority_helpers import only, snippet
from cable_snippets import covered
from rule_helpers import findings


def test_cl508_too_late_with_slack():
    text = snippet(eo="E.O. 12958: DECL: 08/18/2036", day="181200Z DEC 06")
    found = only(text, "CL508")
    assert covered(text, found.span) == "08/18/2036"
    assert "29 years 8 months" in found.message
    # 25 years and the next day or a few days more: accepted
    for date in ("12/18/2031", "12/19/2031", "12/24/2031"):
        assert findings(snippet(eo=f"E.O. 12958: DECL: {date}", day="181200Z DEC 06"),
                        "CL508") == []
    # between 1995 and March 2003 the limit is 10 years
    assert len(findings(snippet(eo="E.O. 12958: DECL: 11/22/2015", day="221200Z NOV 02"),
                        "CL508")) == 1
    assert findings(snippet(eo="E.O. 12958: DECL: 11/22/2012", day="221200Z NOV 02"),
                    "CL508") == []
