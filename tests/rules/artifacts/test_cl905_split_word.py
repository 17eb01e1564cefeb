"""CL905 split-word: hand-written cables."""

from __future__ import annotations

import pytest
from artifacts_helpers import HEADER, cable, fixed_clean
from rule_helpers import apply_fixes, findings, where


def block(classified_by: str) -> str:
    header = HEADER.replace(
        "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)", classified_by)
    return cable("\u00b61. (C) The coalition wobbles.\n", header=header)


def test_reasons_split_at_the_wrap_is_joined_safely() -> None:
    text = block("Classified By: Political Counselor Flavia Elphberg for REAS\nONS 1.4 (b) and (d)")
    [found] = findings(text, "CL905")
    line = text.splitlines().index("ONS 1.4 (b) and (d)")
    assert where(found) == (line, 56, line + 1, 4)  # 'REAS' ... 'ONS'
    assert found.fix.applicability == "safe" and "'REASONS'" in found.message
    assert "for REASONS 1.4 (b) and (d)\n" in fixed_clean(text, "CL905")


@pytest.mark.parametrize(("written", "joined"), [
    ("for reasons 1.4 (b) a\nnd (d)", "1.4 (b) and (d)"),  # a block word
    ("for reasons 1.\n4 (b) and (d)", "reasons 1.4 (b) and (d)"),  # the reason number
])
def test_block_words_and_the_reason_number_are_known_cuts(written, joined) -> None:
    text = block(f"Classified By: Ambassador Rudolf Rassendyll {written}")
    [found] = findings(text, "CL905")
    assert found.fix.applicability == "safe"
    assert joined in fixed_clean(text, "CL905")


def test_likely_cuts_are_offered_as_unsafe_fixes() -> None:
    text = block("Classified By: Minister-Counselor for Economic Affai\nrs, Anton Y\n"
                 "oung, Grain Contra\nct Office, reasons 1.4 (b) and (d)")
    found = findings(text, "CL905")
    # 'Affairs' is a word of the block (safe); 'Y' / 'oung' and 'Contra' / 'ct' are likely
    assert [d.fix.applicability for d in found] == ["safe", "unsafe", "unsafe"]
    fixed = apply_fixes(text, found, unsafe=True)
    assert "Economic Affairs, Anton Young, Grain Contract Office, reasons" in fixed


def test_space_inside_and_is_removed() -> None:
    text = block("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) an d (d)")
    [found] = findings(text, "CL905")
    assert text[found.span.start:found.span.end] == "an d"
    assert "1.4 (b) and (d)" in fixed_clean(text, "CL905")


@pytest.mark.parametrize("written", [
    "Classified By: Ambassador Rudolf Rassendyll, reasons\n1.4 (b) and (d)",
    "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and\n(d)",
    "Classified By: Deputy Chief of Mission Anton\nHentzau, reasons 1.4 (b) and (d)",
    "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) a (d)",
])
def test_ordinary_wraps_are_not_split_words(written) -> None:
    assert findings(block(written), "CL905") == []
