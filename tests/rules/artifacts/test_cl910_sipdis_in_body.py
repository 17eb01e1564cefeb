"""CL910 sipdis-in-body: hand-written cables."""

from __future__ import annotations

from appended_cable_snippets import two_cables
from artifacts_helpers import HEADER, cable, fixed_clean
from rule_helpers import findings, where


def test_standalone_sipdis_after_secretary_is_removed() -> None:
    text = cable("\u00b61. (C) He met the visiting Deputy Secretary\n\nSIPDIS\n\n"
                 "earlier in the day.\n")
    [found] = findings(text, "CL910")
    line = text.splitlines().index("SIPDIS", 4) + 1
    assert where(found) == (line, 1, line, 7)
    assert "Deputy Secretary\nearlier in the day." in fixed_clean(text, "CL910", unsafe=True)


def test_sipdis_token_inside_a_sentence() -> None:
    text = cable("\u00b61. (C) The Secretary SIPDIS will arrive on Monday.\n")
    [found] = findings(text, "CL910")
    assert text[found.span.start:found.span.end] == "SIPDIS"
    assert "The Secretary will arrive" in fixed_clean(text, "CL910", unsafe=True)


def test_header_sipdis_captions_are_not_in_the_body() -> None:
    text = cable("\u00b61. (C) The coalition wobbles over SIPDISTRIBUTION.\n",
                 header=HEADER.replace("SIPDIS\n", "SIPDIS\n\nSIPDIS\n"))
    assert findings(text, "CL910") == []


def test_sentence_about_the_caption_is_no_debris() -> None:
    # issue #12 item 7: the fix deleted a real instruction
    text = cable("\u00b61. (U) Please include SIPDIS in all replies.  Posts should caption\n"
                 "SIPDIS on reporting; the SIPDIS caption and 'SIPDIS' are words here.\n")
    assert findings(text, "CL910") == []


def test_debris_token_next_to_a_mention_is_still_removed() -> None:
    text = cable("\u00b61. (C) The Secretary SIPDIS will ask posts to include SIPDIS in replies.\n")
    [found] = findings(text, "CL910")
    assert found.span.column == len("\u00b61. (C) The Secretary ") + 1
    fixed = fixed_clean(text, "CL910", unsafe=True)
    assert "The Secretary will ask posts to include SIPDIS in replies." in fixed


def test_sipdis_of_a_sections_header_printed_again_is_not_reported() -> None:
    # the banner folded into the paragraph above it (no blank line): still a header
    text = cable("\u00b61. (C) The Regent spoke at length\n"
                 "C O N F I D E N T I A L SECTION 02 OF 03 ZENDA 000123\nSIPDIS\n"
                 "NOFORN\n\n\u00b62. (C) He left.\n")
    assert findings(text, "CL910") == []


def test_sipdis_captions_of_a_header_printed_again_below_the_sign_off() -> None:
    """07PANAMA1197 (fresh-11 audit, A079/A224): the SIPDIS lines of the header printed
    again after the sign-off are its captions (CL912 removes the copy); a SIPDIS line
    inside the text above stays a finding."""
    from trailing_echo_snippets import BODY, ECHOED

    assert findings(ECHOED, "CL910") == []
    stray = BODY.replace("today.\n", "today.\n\nSIPDIS\n")
    text = ECHOED.replace(BODY, stray)
    [found] = findings(text, "CL910")
    line = text.splitlines().index("SIPDIS", 6) + 1
    assert where(found) == (line, 1, line, 7)


def test_appended_cables_sipdis_caption_is_not_in_the_body() -> None:
    # issue #12 (04BOGOTA2019): the SIPDIS under the second cable's banner, below the
    # first's "CABLE ENDS" line, is that cable's caption, not a SIPDIS in the text
    assert findings(two_cables(), "CL910") == []
