"""CL203 paragraph-number-restart: hand-written cables."""

from __future__ import annotations

from cable_snippets import line_of, numbered_cable
from rule_helpers import findings, where


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
