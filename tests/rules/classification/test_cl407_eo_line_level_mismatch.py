"""CL407 eo-line-level-mismatch: hand-written cables."""

from __future__ import annotations

from classification_helpers import CONFIDENTIAL, EO, NA, UNCLAS, at, make, run
from rule_helpers import where


def test_cl407_classified_cable_with_na() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), NA, ("1. (C) A.",))
    found = run("CL407", text)
    assert len(found) == 1 and found[0].severity == "error"
    assert where(found[0]) == at(text, "N/A")


def test_cl407_unclas_cable_with_date_and_classified_by() -> None:
    text = make(UNCLAS, ("SIPDIS",), EO, ("1. (U) A.",))
    found = run("CL407", text)
    assert len(found) == 2
    assert where(found[0]) == at(text, "03/30/2016") or where(found[1]) == at(text, "03/30/2016")
    assert any("Classified By" in d.message for d in found)


def test_cl407_consistent_cables_and_remarked_old_cable() -> None:
    assert run("CL407", make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.",))) == []
    assert run("CL407", make(UNCLAS, ("SIPDIS",), NA, ("1. (U) A.",),
                             classified_by=False)) == []
    old = make("UNCLASSIFIED ZENDA 5055", (),
               "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006", ("1. A.",),
               classified_by=False)
    assert run("CL407", old, path="72ZENDA5055.txt") == []


def test_cl407_leaves_a_banner_shown_too_low_to_cl401() -> None:
    """A lowered banner (detection benchmark, fresh-2 08LONDON2798): the marks and the
    metadata say CONFIDENTIAL; the DECL and Classified By are right, the banner not."""
    from classification_helpers import EO, make, run

    from cablelint.rules.base import Settings

    text = make("UNCLAS ZENDA 000123", ("SIPDIS",), EO, ("1. (C) A.", "2. (C) B."))
    settings = Settings(metadata={"06ZENDA123": {"classification": "CONFIDENTIAL"}})
    assert run("CL407", text, settings) == []
    assert [d.code for d in run("CL401", text, settings)] == ["CL401"]
    assert run("CL407", text) != []  # nothing else says so: the E.O. line is reported


def test_cl407_na_without_its_slash_is_n_a() -> None:
    """05BEIRUT654 (fresh-8 audit, A073): 'E.O. 12958: NA' on an UNCLAS cable is N/A
    spelt without the slash (CL512 notes it), no level mismatch; on a classified
    cable it is N/A all the same."""
    text = make(UNCLAS, ("SIPDIS",), "E.O. 12958: NA", ("1. (U) A.",), classified_by=False)
    assert run("CL407", text) == []
    text = make(CONFIDENTIAL, ("SIPDIS",), "E.O. 12958: NA", ("1. (C) A.",))
    [found] = run("CL407", text)
    assert found.severity == "error" and "not N/A" in found.message
    assert where(found) == at(text, "NA")
