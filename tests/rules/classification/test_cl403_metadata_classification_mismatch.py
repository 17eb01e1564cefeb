"""CL403 metadata-classification-mismatch: hand-written cables with a metadata record."""

from __future__ import annotations

from classification_helpers import CONFIDENTIAL, EO, NA, UNCLAS, at, make, run
from rule_helpers import where

from cablelint.rules.base import Settings


def test_cl403_needs_metadata() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.",))
    assert run("CL403", text) == []


def test_cl403_metadata_level_differs() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.",))
    settings = Settings(metadata={"06ZENDA123": {"classification": "SECRET"}})
    found = run("CL403", text, settings)
    assert len(found) == 1 and where(found[0]) == at(text, "C O N F I D E N T I A L")


def test_cl403_sensitive_caption_is_the_fouo_label() -> None:
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE"), NA, ("1. (SBU) A.",), classified_by=False)
    fouo = Settings(metadata={"06ZENDA123": {
        "classification": "UNCLASSIFIED//FOR OFFICIAL USE ONLY"}})
    assert run("CL403", text, fouo) == []
    plain = Settings(metadata={"06ZENDA123": {"classification": "UNCLASSIFIED"}})
    assert len(run("CL403", text, plain)) == 1


def test_cl403_sensitive_but_unclassified_caption_keeps_plain_label() -> None:
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY"), NA,
                ("1. (SBU) A.",), classified_by=False)
    plain = Settings(metadata={"06ZENDA123": {"classification": "UNCLASSIFIED"}})
    assert run("CL403", text, plain) == []


def test_cl403_sensitive_but_unclassified_caption_may_carry_the_fouo_label() -> None:
    # issue #12 audit (A070, 06BAGHDAD3505): UNCLAS banner, caption "SENSITIVE BUT
    # UNCLASSIFIED", metadata UNCLASSIFIED//FOR OFFICIAL USE ONLY: they agree
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE BUT UNCLASSIFIED"), NA, ("1. (SBU) A.",),
                classified_by=False)
    fouo = Settings(metadata={"06ZENDA123": {
        "classification": "UNCLASSIFIED//FOR OFFICIAL USE ONLY"}})
    assert run("CL403", text, fouo) == []
    plain = Settings(metadata={"06ZENDA123": {"classification": "UNCLASSIFIED"}})
    assert run("CL403", text, plain) == []
    secret = Settings(metadata={"06ZENDA123": {"classification": "SECRET"}})
    assert len(run("CL403", text, secret)) == 1


def test_cl403_unclas_efto_banner_may_carry_the_fouo_label() -> None:
    # issue #12 third audit (A129): "UNCLAS E F T O" with (SBU/NF) paragraphs is
    # labelled UNCLASSIFIED//FOR OFFICIAL USE ONLY by the viewer
    text = make("UNCLAS E F T O ZENDA 000123", ("NOFORN", "SIPDIS"), NA,
                ("1. (SBU/NF) A.",), classified_by=False)
    fouo = Settings(metadata={"06ZENDA123": {
        "classification": "UNCLASSIFIED//FOR OFFICIAL USE ONLY"}})
    assert run("CL403", text, fouo) == []
    secret = Settings(metadata={"06ZENDA123": {"classification": "SECRET"}})
    assert len(run("CL403", text, secret)) == 1
