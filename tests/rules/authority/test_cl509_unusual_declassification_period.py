"""CL509 unusual-declassification-period: hand-written cables."""

from __future__ import annotations

from authority_helpers import only, snippet
from rule_helpers import findings, rule_class


def test_cl509_unusual_period_is_off_and_info():
    rule = rule_class("CL509")
    assert rule.enabled is False and rule.severity == "info"
    text = snippet(eo="E.O. 12958: DECL: 03/30/2021")
    found = only(text, "CL509")
    assert "15 years" in found.message
    for date in ("03/30/2016", "03/31/2016", "03/20/2016", "03/30/2031"):
        assert findings(snippet(eo=f"E.O. 12958: DECL: {date}"), "CL509") == []
