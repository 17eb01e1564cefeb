"""CL406 control-caption-on-classified: hand-written cables."""

from __future__ import annotations

from classification_helpers import CONFIDENTIAL, EO, NA, UNCLAS, at, make, run
from rule_helpers import where


def test_cl406_sensitive_caption_on_classified_cable() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS", "SENSITIVE"), EO, ("1. (C) A.",))
    found = run("CL406", text)
    assert len(found) == 1 and found[0].severity == "info"
    assert where(found[0]) == at(text, "SENSITIVE")


def test_cl406_sensitive_on_unclas_is_silent() -> None:
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE"), NA, ("1. (SBU) A.",), classified_by=False)
    assert run("CL406", text) == []


def test_cl406_caption_announcing_sbu_portions_is_silent() -> None:
    # the caption tells the reader the cable also holds (SBU) paragraphs
    text = make(CONFIDENTIAL, ("SIPDIS", "SENSITIVE"), EO, ("1. (C) A.", "", "2. (SBU) B."))
    assert run("CL406", text) == []


def test_cl406_message_says_what_the_caption_announces_and_what_to_do() -> None:
    """fresh-12 audit A116/A158/A202: the message names the missing (SBU) portion and the
    two ways out, not a claim that the caption marks the cable unclassified."""
    text = make(CONFIDENTIAL, ("SIPDIS", "SENSITIVE"), EO, ("1. (C) A.", "", "2. (C) B."))
    [found] = run("CL406", text)
    assert found.message == ("'SENSITIVE' caption on a CONFIDENTIAL cable with no (SBU) "
                             "portion: it announces sensitive unclassified text; remove it "
                             "or mark that text (SBU)")
