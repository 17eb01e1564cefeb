"""CL203 paragraph-number-restart: hand-written cables."""

from __future__ import annotations

from cable_snippets import FIRST_BODY_LINE, NUMBERED_HEADER, line_of, numbered_cable
from rule_helpers import findings, where
from wrapped_day_snippets import WRAPPED_DAY


def test_restart_outside_an_embedded_text() -> None:
    [found] = findings(numbered_cable("1", "2", "3", "1", "2"), "CL203")
    assert where(found)[0] == line_of(3)
    embedded = numbered_cable("1", "2", "3", "1", "2").replace(
        "\u00b61. (C) The king spoke of the harbour.\n\n\u00b62. (C) The king spoke of the "
        "harbour.\nRASSENDYLL",
        "\u00b61. (C) The king spoke of the harbour.\n\n\u00b62. (C) The king spoke of the "
        "harbour.\nRASSENDYLL")
    text = embedded.replace("\u00b63. (C) The king spoke of the harbour.",
                            "\u00b63. (C) Begin text:")
    text = text.replace("\nRASSENDYLL", "\nEnd text.\n\nRASSENDYLL")
    assert findings(text, "CL203") == []


def test_cl203_lists_announced_as_follows_under_headings_are_nested() -> None:
    """08USUNNEWYORK1047 (fresh-5 audit): '¶2. The resolutions ... are as follows:',
    then 'Item 29: ...' and its list ¶1-¶2, 'Item 30: ...' and its ¶1: no restart."""
    from cable_snippets import numbered_cable
    from rule_helpers import findings

    text = numbered_cable("1", "2").replace(
        "2. (C) The king spoke of the harbour.",
        "2. (C) The resolutions and votes are as follows:\n\nItem 29: \"Zenda.\"\n\n"
        "\u00b61. L.11 \"Harbour dues.\"\n\n\u00b62. L.12 \"Strelsau roads.\"\n\n"
        "Item 30: \"Ruritania.\"\n\n\u00b61. L.15 \"The crown.\"\n\n"
        "3. (C) The king spoke of the harbour.")
    assert findings(text, "CL203") == []
    # "the text of ... is as follows:" announces a quoted document: the restart stays
    quoted = text.replace("The resolutions and votes are as follows:",
                          "The text of the note is as follows:")
    assert findings(quoted, "CL203") != []


def test_the_day_of_a_date_wrapped_after_an_abbreviated_month_is_no_paragraph() -> None:
    """07HELSINKI848 (fresh-9 audit, A059/A163): '... on Jan.' / '¶1.' is the date's
    day (CL903), not a restart at 1 nor a paragraph that leaves ¶2 missing."""
    text = WRAPPED_DAY
    assert findings(text, "CL203") == []
    assert len(findings(text, "CL903")) == 1


def _backslashed(text: str) -> str:
    """Every line ended with " \\" (the export of some extractions, 07BERN259)."""
    return "".join(f"{line} \\\n" for line in text.split("\n")[:-1])


def test_a_quoted_list_after_a_lead_in_colon_is_nested_when_lines_end_in_backslash() -> None:
    """07BERN259 (fresh-10 audit, A102): every line ends with " \\"; the quoted
    non-paper's ¶1 follows '... relaunch negotiations: \\' and a line holding only
    the backslash.  The line-end backslash is extraction damage: the lead-in ends
    with ":", so the list is the quoted text's own, not a restart."""
    text = NUMBERED_HEADER + (
        "\u00b61. (C) Zenda met the envoy.\n\n"
        "\u00b62. (SBU) Following is the text of the Zenda non-paper:\n\n"
        "The parties will agree on these principles to relaunch negotiations:\n\n"
        "\u00b61.  In order to create confidence, Strelsau will pause.\n\n"
        "\u00b62.  Zenda will be transparent.\n\n"
        "End text of Zenda paper.\nRASSENDYLL\n")
    assert findings(text, "CL203") == []
    assert findings(_backslashed(text), "CL203") == []
    assert findings(_backslashed(text), "CL202") == []
    # no lead-in: the restart stays, with or without the backslashes
    bare = text.replace("relaunch negotiations:", "relaunch negotiations.")
    assert len(findings(bare, "CL203")) == 1
    [found] = findings(_backslashed(bare), "CL203")
    assert where(found)[0] == FIRST_BODY_LINE + 6
