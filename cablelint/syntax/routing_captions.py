"""Captions below the routing header of a cable that lost its banner.

The telegram's text begins with the banner, then its captions (``SIPDIS``,
``NOFORN`` ...).  When extraction lost the banner, the region search starts
the header at the first keyword field, so the caption lines between the
routing header and that field fell into the prologue, where they were read
as addressees (``INFO RHEHNSC/NSC WASHINGTON DC`` / ``SIPDIS``: an INFO
addressee "SIPDIS"), and a caption run onto the last routing line
(``RHMFISS/HQ USSOUTHCOM MIAMI FLSIPDIS``) as part of that addressee.  They are
the header's first lines: CL101 then points at where the banner belongs,
above them.  Asked only of a cable without a banner.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cablelint.source import SourceText
from cablelint.syntax.lalr import Token
from cablelint.syntax.tokens import line_token

#: the prologue kinds a caption may have been read as: text continuing the
#: routing addressees, or the INFO / TO line it was run onto
_ADDRESS_KINDS = frozenset({"ROUTING_TEXT", "INFO_LINE", "TO_LINE"})
#: a SIPDIS caption run onto the end of a routing line ("MIAMI FLSIPDIS")
_GLUED_SIPDIS = re.compile(r"\S(SIPDIS)$")


def retype_routing_captions(source: SourceText, tokens: list[Token], first: int,
                            is_caption: Callable[[str], object]) -> None:
    """Turn the caption lines ending the prologue's tokens (``tokens[first:]``)
    into CAPTION tokens, in place: whole lines ``is_caption`` (the grammar's
    CAPTION) matches, and a SIPDIS run onto the last routing line above them,
    cut from that line.  Only the lines directly below routing lines count."""
    index = len(tokens)
    while index > first + 1 and tokens[index - 1].type == "ROUTING_TEXT" and \
            is_caption(tokens[index - 1].value):
        index -= 1
    for position in range(index, len(tokens)):
        tokens[position] = tokens[position]._replace(type="CAPTION")
    above = tokens[index - 1] if index > first else None
    if above is None or above.type not in _ADDRESS_KINDS:
        return
    glued = _GLUED_SIPDIS.search(above.value)
    if glued is None:
        return
    line = above.line - 1
    column = above.column - 1 + glued.start(1)
    tokens[index - 1:index] = [
        line_token(source, above.type, line, above.column - 1, column),
        line_token(source, "CAPTION", line, column, above.end_column - 1)]
