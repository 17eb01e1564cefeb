"""Shared helpers of the tags_subject_ref tests (CL601-CL606): a cable around a TAGS
line, and a fix that must leave nothing for the rule to report."""

from __future__ import annotations

from cable_snippets import cable
from rule_helpers import apply_fixes, findings

EO = "E.O. 12958: DECL: 03/30/2019"
SUBJECT = "SUBJECT: MINISTER VISITS THE NORTH"


def tagged(tags: str, *rest: str) -> str:
    return cable(EO, tags, *(rest or (SUBJECT,)))


def fixed_clean(text: str, code: str) -> str:
    """Apply the rule's fixes and check the rule no longer fires."""
    result = apply_fixes(text, findings(text, code))
    assert findings(result, code) == []
    return result
