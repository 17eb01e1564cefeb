"""CL201 paragraph-number-gap: hand-written cables."""

from __future__ import annotations

from cable_snippets import line_of, numbered_cable
from rule_helpers import findings, where
from wrapped_day_snippets import WRAPPED_DAY


def test_gap_is_reported_at_the_number_after_it() -> None:
    [found] = findings(numbered_cable("1", "2", "4", "5"), "CL201")
    assert where(found) == (line_of(2), 1, line_of(2), 4)
    assert "from 2 to 4" in found.message and "\u00b63 is missing" in found.message
    assert found.severity == "warning"


def test_gap_of_several_paragraphs() -> None:
    [found] = findings(numbered_cable("1", "5"), "CL201")
    assert "\u00b62-\u00b64 are missing" in found.message


def test_gap_in_a_partial_extract_or_after_a_redaction_is_info() -> None:
    [partial] = findings(numbered_cable("1", "3", preamble=True), "CL201")
    assert partial.severity == "info"
    redacted = numbered_cable("1", "3").replace("\u00b63.", "XXXXXXXXXXXX\n\n\u00b63.")
    [found] = findings(redacted, "CL201")
    assert found.severity == "info"


def test_no_gap_in_a_clean_sequence() -> None:
    assert findings(numbered_cable("1", "2", "3"), "CL201") == []


def test_the_day_of_a_date_wrapped_after_an_abbreviated_month_is_no_paragraph() -> None:
    """07HELSINKI848 (fresh-9 audit, A059/A163): '... on Jan.' / '¶1.' is the date's
    day (CL903), not a restart at 1 nor a paragraph that leaves ¶2 missing."""
    text = WRAPPED_DAY
    assert findings(text, "CL201") == []
    assert len(findings(text, "CL903")) == 1
