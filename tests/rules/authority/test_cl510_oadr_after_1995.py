"""CL510 oadr-after-1995: hand-written cables."""

from __future__ import annotations

from authority_helpers import only, snippet
from cable_snippets import covered
from rule_helpers import findings


def test_cl510_oadr():
    text = snippet(eo="E.O. 12958: DECL: OADR")
    found = only(text, "CL510")
    assert covered(text, found.span) == "OADR"
    assert findings(snippet(eo="E.O.12356: DECL:OADR", day="131200Z DEC 89"), "CL510") == []
