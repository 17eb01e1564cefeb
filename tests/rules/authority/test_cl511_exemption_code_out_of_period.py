"""CL511 exemption-code-out-of-period: hand-written cables."""

from __future__ import annotations

import datetime as dt

from authority_helpers import only, snippet
from cable_snippets import covered
from rule_helpers import findings

from cablelint.rules.base import Settings


def test_cl511_exemption_codes():
    text = snippet(eo="E.O. 12958: DECL: X1")
    found = only(text, "CL511")
    assert covered(text, found.span) == "X1"
    assert "22 Sep 2003" in found.message
    assert findings(snippet(eo="E.O. 12958: DECL: X1", day="221200Z NOV 98"), "CL511") == []
    assert len(findings(snippet(eo="E.O. 12958: DECL: X9", day="221200Z NOV 98"),
                        "CL511")) == 1
    special = snippet(eo="E.O. 12958: DECL: 50X1-HUM")
    found = only(special, "CL511")
    assert covered(special, found.span) == "50X1-HUM"
    after = Settings(eo13526_cutover=dt.date(2006, 1, 1))
    assert findings(snippet(eo="E.O. 13526: DECL: 50X1-HUM"), "CL511", settings=after) == []
