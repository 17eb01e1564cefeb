"""CL110 long-cable-summary: hand-written cables."""

from __future__ import annotations

from cable_snippets import where
from rule_helpers import findings
from rule_helpers import where as span_of
from structure_helpers import good


def test_cl110_long_cable_without_summary() -> None:
    text = good(banner="C O N F I D E N T I A L SECTION 01 OF 04 ZENDA 000123")
    found = findings(text, "CL110")
    assert len(found) == 1
    line, column, end = where(text, "SECTION 01 OF 04")
    assert span_of(found[0]) == (line, column, line, end)


def test_cl110_summary_present_or_short_cable() -> None:
    body = ("1. (C) Summary: The king was crowned. End summary.",)
    assert findings(good(banner="S E C R E T SECTION 01 OF 05 ZENDA 000123", body=body),
                    "CL110") == []
    assert findings(good(banner="S E C R E T SECTION 01 OF 03 ZENDA 000123"), "CL110") == []


def test_cl110_a_summary_heading_is_a_summary() -> None:
    body = ("SUMMARY AND TABLE OF CONTENTS", "", "1. (C) The king was crowned.", "",
            "2. (C) More.")
    assert findings(good(banner="S E C R E T SECTION 01 OF 05 ZENDA 000123", body=body),
                    "CL110") == []


def test_cl110_a_heading_that_only_mentions_a_summary_is_none() -> None:
    """"NO SUMMARY OF TALKS" is no summary heading (the markers' recogniser says so)."""
    body = ("NO SUMMARY OF TALKS", "", "1. (C) The king was crowned.", "", "2. (C) More.")
    assert len(findings(good(banner="S E C R E T SECTION 01 OF 05 ZENDA 000123", body=body),
                        "CL110")) == 1


def test_cl110_an_opening_paragraph_lost_may_have_been_the_summary() -> None:
    banner = "S E C R E T SECTION 01 OF 05 ZENDA 000123"
    body = ("1. (C) The king was crowned.", "", "3. (C) The regent left.", "",
            "4. (C) Embassy will follow events.")
    assert findings(good(banner=banner, body=body), "CL110") == []
    # a paragraph lost further down cannot have been the summary
    body = ("1. (C) The king was crowned.", "", "2. (C) The regent left.", "",
            "3. (C) More.", "", "5. (C) Embassy will follow events.")
    assert len(findings(good(banner=banner, body=body), "CL110")) == 1


def test_cl110_key_points_are_a_summary_under_another_label() -> None:
    body = ("1.(S) Key Points: -- The king was crowned. -- Strelsau is calm.", "",
            "2. (C) More.")
    assert findings(good(banner="S E C R E T SECTION 01 OF 05 ZENDA 000123", body=body),
                    "CL110") == []
    assert findings(good(banner="S E C R E T SECTION 01 OF 05 ZENDA 000123", body=body),
                    "CL109") == []  # a list of key points needs no END marker


def test_cl110_lead_stories_summary_of_a_media_reaction_is_a_summary() -> None:
    # 10BERLIN178, 09BERLIN1626: "¶1.   Lead Stories Summary" heads the first paragraph
    body = ("\u00b61.   Lead Stories Summary", "", "The main story this morning is the king.",
            "", "\u00b62.   (Zenda)   Coronation", "", "Papers report the crowning.")
    text = good(banner="UNCLAS SECTION 01 OF 04 ZENDA 000123", body=body)
    assert findings(text, "CL110") == []
    assert findings(text, "CL109") == []  # a label, with no END to look for


def test_cl110_text_starting_after_its_opening_paragraphs_is_not_reported() -> None:
    # the opening paragraphs (where the summary stands) were not kept: "XXXXXXXXXXXX",
    # then paragraph 7 (a blinded reader: "add a summary paragraph" is wrong advice there)
    banner = "S E C R E T SECTION 01 OF 05 ZENDA 000123"
    body = ("XXXXXXXXXXXX", "", "7. (C) The king was crowned.", "",
            "8. (C) Embassy will follow events.")
    assert findings(good(banner=banner, body=body), "CL110") == []


def test_cl110_an_introduction_heading_above_the_first_paragraph_is_a_summary() -> None:
    """04BOGOTA11752 (fresh-8 audit, A171): 'Introduction' underlined above ¶1, an
    overview of the topics below (a scenesetter), serves as the summary."""
    banner = "C O N F I D E N T I A L SECTION 01 OF 04 ZENDA 000123"
    for heading in ("Introduction", "INTRODUCTION/COMMENT", "Overview"):
        body = (heading, "------------", "", "1. (C) The king's visit. Topics include:", "",
                "--The harbour", "", "The Harbour", "-----------", "", "2. (C) More.")
        assert findings(good(banner=banner, body=body), "CL110") == [], heading


def test_cl110_an_introduction_heading_further_down_is_no_summary() -> None:
    """An 'Overview and ...' section after the first paragraph is the cable's
    matter, not its summary (05SOFIA1207 in the dev corpora)."""
    body = ("1. (C) This cable answers the request.", "", "OVERVIEW AND ACTIVITIES",
            "-----------------------", "", "2. (C) The gangs of Zenda are strong.")
    found = findings(good(banner="C O N F I D E N T I A L SECTION 01 OF 04 ZENDA 000123",
                          body=body), "CL110")
    assert len(found) == 1
