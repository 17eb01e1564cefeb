"""CL601 tags-line-form: hand-written cables (Zenda, Strelsau and Rassendyll are fictional)."""

from __future__ import annotations

import pytest
from cable_snippets import where
from rule_helpers import findings
from rule_helpers import where as span_of
from tags_subject_ref_helpers import fixed_clean, tagged


@pytest.mark.parametrize("tags", [
    "TAGS: PREL PGOV KDEM ZI",
    "TAGS PREL, PGOV, KDEM, ZI",
    "TAGS: PREL PGOV KDEM\nPINR ZI",
    "TAGS PREL, PGOV,\nKDEM, ZI",
    "TAGS: [PREL](#) [PGOV](#) [ZI](#)",  # markdown links are CL904's
    "TAGS PREL, PGOV, USEU STRELSAU",  # free text is CL602's
])
def test_cl601_accepts_both_styles(tags: str) -> None:
    assert findings(tagged(tags), "CL601") == []


def test_cl601_mixed_separators_on_a_continuation_line() -> None:
    text = tagged("TAGS: PREL PGOV KDEM\nZI, UK, FR")
    [found] = findings(text, "CL601")
    line, column, _ = where(text, ", UK, ")
    assert span_of(found) == (line, column, line, column + len(", UK, "))
    assert "comma" in found.message and "single spaces" in found.message
    assert "ZI UK FR" in fixed_clean(text, "CL601")


def test_cl601_missing_comma_in_smart_style() -> None:
    text = tagged("TAGS PREL, PGOV, KDEM\nZI UK")
    [found] = findings(text, "CL601")
    assert "missing comma" in found.message
    assert "ZI, UK" in fixed_clean(text, "CL601")


def test_cl601_lower_case_line_is_one_finding() -> None:
    text = tagged("Tags: prel, pgov, zi")
    [found] = findings(text, "CL601")
    line, column, end = where(text, "Tags: prel, pgov, zi")
    assert span_of(found) == (line, column, line, end)
    assert "TAGS: PREL, PGOV, ZI" in fixed_clean(text, "CL601")


def test_cl601_one_lower_case_code() -> None:
    text = tagged("TAGS: PREL pgov ZI")
    [found] = findings(text, "CL601")
    line, column, end = where(text, "pgov")
    assert span_of(found) == (line, column, line, end)
    assert "'PGOV'" in found.message


def test_cl601_double_space_and_trailing_comma() -> None:
    text = tagged("TAGS: PREL  PGOV ZI")
    [found] = findings(text, "CL601")
    assert "irregular spacing" in found.message
    assert "TAGS: PREL PGOV ZI" in fixed_clean(text, "CL601")
    text = tagged("TAGS PREL, PGOV, ZI,")
    [found] = findings(text, "CL601")
    line, column, _ = where(text, "ZI,")
    assert span_of(found) == (line, column + 2, line, column + 3)
    assert "TAGS PREL, PGOV, ZI\n" in fixed_clean(text, "CL601")


def test_cl601_empty_tags_line() -> None:
    [found] = findings(tagged("TAGS:"), "CL601")
    assert "no codes" in found.message
