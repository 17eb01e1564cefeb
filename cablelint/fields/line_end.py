"""The backslash some extractions end every line with (``reasons 1.4 \\``).

Why a module: the line lexer, the banner reader and the sign-off node all meet
it and must agree that it is extraction damage, not a word of the cable.  A line
holding only the backslash is a blank line.  The export that writes it may
leave a C escape on the last line instead (``CARTER \\v``, 09BERN98: the
backslash and an escape letter): the same remnant.
"""

from __future__ import annotations

#: the letters of a C escape (``\\v``, ``\\f``, ``\\r`` ...) an export left after
#: its line-end backslash
_ESCAPE_LETTERS = frozenset("abfnrtv")


def without_line_end_backslash(text: str) -> str:
    """A right-stripped line without a final " \\" or " \\v" (any C escape
    letter); a lone "\\" becomes blank."""
    tail = text[-3:]
    if "\\" not in tail:  # nearly every line: one test
        return text
    if tail.endswith(" \\") or text == "\\":
        return text[:-1].rstrip()
    if tail[:2] == " \\" and tail[2] in _ESCAPE_LETTERS:
        return text[:-2].rstrip()
    return text
