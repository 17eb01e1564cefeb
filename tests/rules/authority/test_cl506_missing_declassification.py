"""CL506 missing-declassification: hand-written cables."""

from __future__ import annotations

from authority_helpers import only, snippet
from cable_snippets import covered
from rule_helpers import findings


def test_cl506_missing_instruction():
    text = snippet(eo="E.O. 12958: DECL:")
    found = only(text, "CL506")
    assert covered(text, found.span) == "E.O. 12958: DECL:"
    assert findings(snippet(), "CL506") == []
    # N/A on a classified cable is CL407's
    assert findings(snippet(eo="E.O. 12958: N/A"), "CL506") == []
    # unclassified cables need none
    assert findings(snippet(eo="E.O. 12958: DECL:", banner="UNCLAS ZENDA 000123"),
                    "CL506") == []
