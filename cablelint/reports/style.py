"""ANSI colours for the human-readable formats (text, concise, grouped).

Why plain escape codes rather than a terminal library: a report is a few
fixed styles, and importing a library would cost more start-up time than
the whole report.  When colour is off every method returns its text unchanged.
"""

from __future__ import annotations

_RESET = "\x1b[0m"
_CODES = {
    "bold": "1",
    "red": "31",
    "yellow": "33",
    "blue": "34",
    "cyan": "36",
    "dim": "2",
}
SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


class Style:
    """Wraps text in ANSI styles when ``enabled``."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def paint(self, text: str, *styles: str) -> str:
        if not self.enabled or not text:
            return text
        codes = ";".join(_CODES[style] for style in styles)
        return f"\x1b[{codes}m{text}{_RESET}"

    def path(self, text: str) -> str:
        return self.paint(text, "bold")

    def code(self, text: str) -> str:
        return self.paint(text, "bold", "red")

    def fixable(self, text: str) -> str:
        return self.paint(text, "cyan")

    def severity(self, severity: str, text: str | None = None) -> str:
        """``text`` (default: the severity itself) in the severity's colour."""
        colour = SEVERITY_COLOURS.get(severity, "bold")
        return self.paint(severity if text is None else text, colour)

    def gutter(self, text: str) -> str:
        return self.paint(text, "bold", "blue")
