"""CL911 junk-after-signoff: hand-written cables."""

from __future__ import annotations

import pytest
from artifacts_helpers import cable, fixed_clean
from rule_helpers import apply_fixes, findings, where


@pytest.mark.parametrize(("junk", "kind"), [
    ("THE COALITION WOB...", "echoed, truncated subject"),
    ("..", "stray full-stop line"),
    ("SELECT * FROM `cable` WHERE `id` = '123'", "database query"),
    ("Anna Z Smith 03/12/2009 04:04:14 PM From DB/Inbox: X", "mail-client header"),
])
def test_junk_after_the_signoff(junk, kind) -> None:
    text = cable("\u00b61. (C) The coalition wobbles.\n", trailer=f"\nSAPT\n\n{junk}\n")
    [found] = findings(text, "CL911")
    assert kind in found.message
    assert where(found)[0] == len(text.splitlines())
    assert fixed_clean(text, "CL911").endswith("wobbles.\n\nSAPT\n")


def test_tracking_lines_without_a_signoff() -> None:
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 trailer="\nTrack impresion: editor @ Sat Dec 4 19:20:36 2010.\nID:\t1234\n")
    assert len(findings(text, "CL911")) == 2


def test_end_of_message_footer_and_bottom_banner_are_not_junk() -> None:
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 trailer="\nSAPT\nNNNN\nEnd Cable Text\n\nCONFIDENTIAL\n")
    assert findings(text, "CL911") == []


def test_time_stamp_inside_a_final_paragraph_is_not_a_mail_header() -> None:
    # issue #13: the pattern matched a time stamp anywhere in a line and the safe
    # fix deleted the cable's last paragraph
    last = ("\u00b63. (C) The minister called back at 07/30/2008 04:04:14 PM and said the "
            "vote would be held.")
    text = cable("\u00b61. (C) The coalition wobbles.\n\n\u00b62. (C) The Regent waits.\n\n"
                 f"{last}\n", trailer="")
    assert findings(text, "CL911") == []
    assert last in apply_fixes(text, findings(text, "CL911"))


def test_a_line_holding_a_whole_cable_after_an_inbox_header_is_kept() -> None:
    # issue #13: with --allow-parse-errors a one-line cable starting with
    # "From DB/Inbox:" was deleted whole
    text = ("From DB/Inbox: Search Results C O N F I D E N T I A L STRELSAU 000733 SUBJECT: "
            "THE COALITION WOBBLES 1. (C) The coalition wobbles. RASSENDYLL\n")
    assert findings(text, "CL911") == []


@pytest.mark.parametrize("header", [
    "Anna Z Smith 03/12/2009 04:04:14 PM From DB/Inbox: X",
    "Anna Z Smith  12/02/2009 11:08:08 AM  From  DB/Inbox:  Search ",
    "From DB/Inbox: Search Results",
])
def test_a_whole_mail_header_line_is_removed_and_nothing_else(header) -> None:
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 trailer=f"\nSAPT\n\n{header}\n\u00b6 The minister called at 04:04:14 PM.\n")
    [found] = findings(text, "CL911")
    assert "mail-client header" in found.message
    assert fixed_clean(text, "CL911") == text.replace(f"\n\n{header}", "")


@pytest.mark.parametrize("prose", [
    "Select officials from the ministry will attend the talks.",
    "SELECT OFFICIALS FROM THE MINISTRY WILL ATTEND THE TALKS.",
    "Track impressions of the visit were mixed, he said.",
])
def test_a_prose_line_among_the_last_lines_is_never_removed(prose) -> None:
    # the query and tracking patterns were anchored only at the start (and the
    # query's case-blind): a last line of prose in a cable without sign-off was deleted
    text = cable(f"\u00b61. (C) The coalition wobbles.\n\n{prose}\n", trailer="")
    assert findings(text, "CL911") == []
    assert prose in apply_fixes(text, findings(text, "CL911"))
