"""CL513 executive-order-date: hand-written cables."""

from __future__ import annotations

import datetime as dt

from authority_helpers import GOOD_CB, GOOD_EO, SUBJECT, TAGS, only, snippet
from cable_snippets import cable, covered
from rule_helpers import findings

from cablelint.rules.base import Settings


def test_cl513_order_and_date():
    text = snippet(eo="E.O. 12356: DECL: 03/30/2016")
    found = only(text, "CL513")
    assert covered(text, found.span) == "12356"
    assert "cite E.O. 12958" in found.message
    assert findings(snippet(), "CL513") == []
    assert findings(snippet(eo="E.O. 12356: DECL: OADR", day="131200Z DEC 89"), "CL513") == []
    # re-marked old cables cite the newer order
    remarked = snippet(eo="E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006",
                       day="221200Z AUG 79")
    assert findings(remarked, "CL513") == []
    # after the cut-over E.O. 13526 is due; the cut-over is a setting
    late = Settings(eo13526_cutover=dt.date(2006, 1, 1))
    assert "cite E.O. 13526" in only(snippet(), "CL513", settings=late).message
    assert findings(snippet(eo="E.O. 13526: DECL: 03/30/2016"), "CL513", settings=late) == []
    assert len(findings(snippet(eo="E.O. 12345: DECL: 03/30/2016"), "CL513")) == 1


def test_cl513_year_only_date_straddling_a_cutover_is_silent():
    straddle = Settings(eo13526_cutover=dt.date(2006, 6, 25))
    text = cable(GOOD_EO, TAGS, SUBJECT, GOOD_CB)
    assert findings(text, "CL513", path="06ZENDA123.txt", settings=straddle) == []
    assert findings(text, "CL504", path="06ZENDA123.txt", settings=straddle) == []
