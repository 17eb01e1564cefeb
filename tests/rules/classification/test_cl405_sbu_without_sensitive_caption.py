"""CL405 sbu-without-sensitive-caption: hand-written cables."""

from __future__ import annotations

from appended_cable_snippets import two_cables
from classification_helpers import CONFIDENTIAL, EO, NA, UNCLAS, at, make, run
from rule_helpers import apply_fixes, findings, where


def test_cl405_sbu_in_unclas_without_sensitive() -> None:
    text = make(UNCLAS, ("SIPDIS",), NA, ("1. (SBU) A.", "2. (U) B."), classified_by=False)
    found = run("CL405", text)
    assert len(found) == 1 and where(found[0]) == at(text, "(SBU)")
    repaired = apply_fixes(text, found)
    assert "SIPDIS\nSENSITIVE\n" in repaired
    assert run("CL405", repaired) == []


def test_cl405_sensitive_caption_or_classified_banner_is_silent() -> None:
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE"), NA, ("1. (SBU) A.",), classified_by=False)
    assert run("CL405", text) == []
    assert run("CL405", make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (SBU) A.", "2. (C) B."))) == []


def test_cl405_counts_each_mark_once_and_says_where_without_sipdis() -> None:
    # a mark set off from its number by many blanks is still the paragraph's one mark
    text = make(UNCLAS, (), NA, ("1.      (SBU) A.", "", "2.      (SBU) B.", "", "3. (U) C."),
                classified_by=False)
    found = run("CL405", text)
    assert len(found) == 1
    assert "(and 1 more)" in found[0].message
    assert found[0].message.endswith("add SENSITIVE below the banner")


def test_cl405_sensitive_in_a_comma_list_of_captions_counts() -> None:
    text = make(UNCLAS, ("SENSITIVE, SIPDIS",), NA, ("1. (SBU) A.",), classified_by=False)
    assert run("CL405", text) == []


def test_cl405_sensitive_sharing_a_line_with_sipdis_counts() -> None:
    """06ABUJA677 (fresh-9 audit, A142): 'SENSITIVE SIPDIS' on one line is the caption."""
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE SIPDIS"), NA, ("1. (SBU) A.",),
                classified_by=False)
    assert run("CL405", text) == []
    # SIPDIS with another caption word is no SENSITIVE caption: still reported
    text = make(UNCLAS, ("NOFORN SIPDIS",), NA, ("1. (SBU) A.",), classified_by=False)
    assert len(run("CL405", text)) == 1


def test_cl405_notice_in_the_text_instead_of_the_caption_is_info() -> None:
    """06KIEV947 (fresh-8 audit, A114): 'Sensitive but unclassified.  Not for internet
    distribution.' above the (SBU) paragraphs marks the handling; only the caption's
    form is missing: info, with the same fix."""
    text = make(UNCLAS, ("SIPDIS",), NA,
                ("Sensitive but unclassified.  Not for internet distribution.", "",
                 "1. (SBU) A.", "2. (SBU) B."), classified_by=False)
    [found] = run("CL405", text)
    assert found.severity == "info" and where(found) == at(text, "(SBU)")
    line = text.splitlines().index(
        "Sensitive but unclassified.  Not for internet distribution.") + 1
    assert found.message == ("'(SBU)' (and 1 more) in an UNCLAS cable whose SBU notice is in "
                             f"the text (line {line}), not in a SENSITIVE caption; add "
                             "SENSITIVE after SIPDIS")
    repaired = apply_fixes(text, [found])
    assert "SIPDIS\nSENSITIVE\n" in repaired and run("CL405", repaired) == []


def test_cl405_sbu_marks_of_an_appended_cable_are_not_judged() -> None:
    # issue #12 (04BOGOTA2019): the (SBU) marks belong to the second cable in the
    # file, below the first's "CABLE ENDS" line, which has its own SENSITIVE caption
    assert findings(two_cables(), "CL405") == []
