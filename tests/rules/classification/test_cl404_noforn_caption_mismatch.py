"""CL404 noforn-caption-mismatch: hand-written cables."""

from __future__ import annotations

from classification_helpers import EO, SECRET, at, make, run
from iir_snippets import IIR
from rule_helpers import apply_fixes, where


def test_cl404_nf_portion_without_caption_gets_the_caption() -> None:
    text = make(SECRET, ("SIPDIS",), EO, ("1. (S) A.", "2. (S/NF) B.", "3. (S//NF) C."))
    found = run("CL404", text)
    assert len(found) == 1 and found[0].severity == "warning"
    assert where(found[0]) == at(text, "(S/NF)")
    assert "1 more" in found[0].message
    repaired = apply_fixes(text, found)
    assert "S E C R E T ZENDA 000123\nNOFORN\n" in repaired
    assert run("CL404", repaired) == []


def test_cl404_caption_without_nf_portions_is_info() -> None:
    text = make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. (S) A.",))
    found = run("CL404", text)
    assert [d.severity for d in found] == ["info"]
    assert where(found[0]) == at(text, "NOFORN")


def test_cl404_caption_without_nf_portions_silent_when_a_portion_is_unseen() -> None:
    # a lost paragraph (CL201) or an unmarked one (CL301) may be the NF portion
    for paragraphs in (("1. (S) A.", "2. (S) B.", "4. (S) D."),
                       ("1. (S) A.", "2. The king left.", "3. (S) C.")):
        text = make(SECRET, ("SIPDIS", "NOFORN"), EO, paragraphs)
        assert run("CL404", text) == [], paragraphs


def test_cl404_consistent_and_unmarked_cables_are_silent() -> None:
    assert run("CL404", make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. (S/NF) A.",))) == []
    assert run("CL404", make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. A.",))) == []


def test_cl404_level_and_noforn_caption_counts() -> None:
    """"SECRET NOFORN" (a level and NOFORN with a blank) is the NOFORN caption."""
    text = make(SECRET, ("SIPDIS", "SECRET NOFORN"), EO, ("1. (S/NF) A.",))
    assert run("CL404", text) == []


def test_cl404_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL404") == []


def test_cl404_caption_run_onto_the_banner_line_counts() -> None:
    # a flattened header: the NOFORN caption follows the banner on its line
    banner = f"{SECRET} NOFORN SIPDIS DEPARTMENT FOR EUR/ZD"
    text = make(banner, (), EO, ("1. (S/NF) A.", "2. (S) B."))
    assert run("CL404", text) == []
    assert len(run("CL404", make(f"{SECRET} SIPDIS DEPARTMENT FOR EUR/ZD", (), EO,
                                 ("1. (S/NF) A.", "2. (S) B.")))) == 1
