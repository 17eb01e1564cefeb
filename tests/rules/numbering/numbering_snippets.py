"""Hand-written cables for the numbering-pattern tests (invented names only)."""

from __future__ import annotations

from cable_snippets import NUMBERED_HEADER
from rule_helpers import findings


def body_cable(*lines: str) -> str:
    """The numbered-cable header, then ``lines`` as the body, then the sign-off."""
    return NUMBERED_HEADER + "\n".join(lines) + "\n\nRASSENDYLL\n"


def numbering_findings(text: str) -> list[tuple[str, int]]:
    """(code, line) of every numbering finding (CL201-CL206, CL901, CL903), in order."""
    found = []
    for code in ("CL201", "CL202", "CL203", "CL204", "CL205", "CL206", "CL901", "CL903"):
        found += [(d.code, d.span.line) for d in findings(text, code)]
    return sorted(found, key=lambda item: (item[1], item[0]))


def line_with(text: str, needle: str) -> int:
    """The 1-based line of the first ``needle`` in ``text``."""
    return text.count("\n", 0, text.index(needle)) + 1
