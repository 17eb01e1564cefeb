"""CL202 paragraph-number-repeat: hand-written cables."""

from __future__ import annotations

import pytest
from cable_snippets import NUMBERED_HEADER, numbered_cable
from iir_snippets import IIR
from rule_helpers import findings


@pytest.mark.parametrize(("numbers", "message"), [
    (("1", "2", "2", "3"), "repeats"),
    (("1", "2", "3", "4", "2", "3"), "go back from 4 to 2"),
])
def test_repeat_and_backward_step(numbers, message) -> None:
    found = findings(numbered_cable(*numbers), "CL202")
    assert len(found) == 1 and message in found[0].message
    assert findings(numbered_cable(*numbers), "CL201") == []


def test_cl202_silent_on_the_layout_of_an_iir() -> None:
    """A DoD intelligence report sent as a cable (issue #12, audit of 04OTTAWA2931)."""
    from rule_helpers import findings

    assert findings(IIR, "CL202") == []


def _quoted_note(end: str) -> str:
    """06MANAGUA1695's shape (fresh-9 audit, A026): '¶2. BEGIN TEXT:' opens a quoted
    note whose list of conditions is numbered '¶2.', '¶3.' of its own."""
    return NUMBERED_HEADER + (
        "\u00b61. The embassy received the note below.\n\n"
        "\u00b62. BEGIN TEXT:\n\n"
        "The Ministry of Zenda presents its compliments.  Visitors may enter\n"
        "under these conditions:\n\n"
        "a) Valid passport;\n"
        "b) Identification issued by the army of Zenda.\n\n"
        "\u00b62. They fill out the entry card.\n\n"
        "\u00b63. The Ministry receives the documents in advance.\n\n"
        f"{end}"
        "\u00b63. The embassy will reply.\n")


def test_numbers_of_a_quoted_document_between_begin_and_end_text_are_its_own() -> None:
    text = _quoted_note("END TEXT.\n\n")
    for code in ("CL201", "CL202", "CL203"):
        assert findings(text, code) == []


def test_a_repeat_is_still_reported_when_the_begin_text_is_never_closed() -> None:
    """An opener with no END TEXT proves nothing: the second ¶2 repeats (and the
    second ¶3 after it), as without the opener."""
    text = _quoted_note("")
    found = findings(text, "CL202")
    assert [d.message.split(";")[0] for d in found] == [
        "paragraph number 2 repeats the one before", "paragraph number 3 repeats the one before"]


def test_a_repeat_after_the_end_text_is_still_reported() -> None:
    text = _quoted_note("END TEXT.\n\n") + "\n\u00b63. The embassy will reply again.\n"
    [found] = findings(text, "CL202")
    assert "paragraph number 3 repeats" in found.message
