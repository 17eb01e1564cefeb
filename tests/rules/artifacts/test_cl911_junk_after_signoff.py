"""CL911 junk-after-signoff: hand-written cables."""

from __future__ import annotations

import pytest
from artifacts_helpers import cable, fixed_clean
from rule_helpers import findings, where


@pytest.mark.parametrize(("junk", "kind"), [
    ("THE COALITION WOB...", "echoed, truncated subject"),
    ("..", "lone full stop"),
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
