"""The backslash some extractions end every line with (``reasons 1.4 \\``).

Why a module: the line lexer and the banner reader both meet it and must
agree that it is extraction damage, not a word of the cable.  A line holding
only the backslash is a blank line.
"""

from __future__ import annotations


def without_line_end_backslash(text: str) -> str:
    """A right-stripped line without a final " \\" (a lone "\\" becomes blank)."""
    if text.endswith(" \\") or text == "\\":
        return text[:-1].rstrip()
    return text
