"""CL408 metadata-noforn-mismatch: hand-written cables with a metadata record."""

from __future__ import annotations

from classification_helpers import CONFIDENTIAL, EO, SECRET, at, make, run
from rule_helpers import where

from cablelint.rules.base import Settings


def test_cl408_needs_metadata() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.",))
    assert run("CL408", text) == []


def test_cl408_noforn_flag_both_ways() -> None:
    without = make(SECRET, ("SIPDIS",), EO, ("1. (S) A.",))
    settings = Settings(metadata={"06ZENDA123": {"classification": "SECRET//NOFORN"}})
    found = run("CL408", without, settings)
    assert len(found) == 1 and found[0].severity == "info"
    with_caption = make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. (S/NF) A.",))
    assert run("CL408", with_caption, settings) == []
    plain = Settings(metadata={"06ZENDA123": {"classification": "SECRET"}})
    found = run("CL408", with_caption, plain)
    assert len(found) == 1 and where(found[0]) == at(with_caption, "NOFORN")


def test_cl408_unclas_noforn_has_no_viewer_label() -> None:
    # issue #12 third audit (A199): the viewer's labels have no UNCLASSIFIED//NOFORN
    text = make("UNCLAS E F T O ZENDA 000123", ("NOFORN", "SIPDIS"), "E.O. 12958: N/A",
                ("1. (SBU/NF) A.",), classified_by=False)
    for label in ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLASSIFIED"):
        assert run("CL408", text, Settings(metadata={"06ZENDA123": {
            "classification": label}})) == []
    confidential = Settings(metadata={"06ZENDA123": {"classification": "CONFIDENTIAL"}})
    assert len(run("CL408", text, confidential)) == 1
