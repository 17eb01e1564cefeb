"""CL111 sign-off: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, where
from iir_snippets import IIR
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from structure_helpers import HEADER, PREAMBLE, good


def test_cl111_glued_signoff_fix() -> None:
    body = ("1. (C) The king was crowned.", "", "2. (C) Embassy will follow events. RASSENDYLL")
    text = good(body=body, signoff=None)
    found = findings(text, "CL111")
    assert len(found) == 1 and "glued" in found[0].message
    line, column, end = where(text, "RASSENDYLL")
    assert span_of(found[0]) == (line, column, line, end)
    repaired = apply_fixes(text, found)
    assert repaired.endswith("events.\n\nRASSENDYLL\n")
    assert findings(repaired, "CL111") == []


def test_cl111_glued_mixed_case_name_has_no_fix() -> None:
    body = ("1. (C) Embassy will follow events. Rassendyll",)
    found = findings(good(body=body, signoff=None), "CL111")
    assert len(found) == 1 and found[0].fix is None


def test_cl111_missing_signoff() -> None:
    text = good(signoff=None)
    found = findings(text, "CL111")
    assert len(found) == 1 and "without a sign-off" in found[0].message
    assert found[0].span.line == where(text, "2. (C) Embassy")[0]


def test_cl111_duplicated_signoff() -> None:
    found = findings(good(signoff="RASSENDYLL RASSENDYLL"), "CL111")
    assert len(found) == 1 and "twice" in found[0].message
    found = findings(good(trailer=("Rassendyll",)), "CL111")
    assert len(found) == 1 and "repeats" in found[0].message


def test_cl111_good_signoff_and_partial_extract() -> None:
    assert findings(good(), "CL111") == []
    text = cable(*HEADER, prologue=(PREAMBLE, ""), signoff=None)
    found = findings(text, "CL111")
    assert [d.severity for d in found] == ["info"] and "partial extract" in found[0].message


def test_cl111_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL111") == []


def test_cl111_noise_after_the_name_fix() -> None:
    # cablemap reads "GILLESPIE##" and "MCNAMARA." as names (issue #12)
    for written, noise in (("RASSENDYLL##", "##"), ("RASSENDYLL.", ".")):
        text = good(signoff=written)
        [found] = findings(text, "CL111")
        line, _, end = where(text, written)
        assert span_of(found) == (line, end - len(noise), line, end)
        assert found.message == f"sign-off 'RASSENDYLL' ends in '{noise}'; remove it"
        repaired = apply_fixes(text, [found])
        assert repaired.endswith("\n\nRASSENDYLL\n")
        assert findings(repaired, "CL111") == []
