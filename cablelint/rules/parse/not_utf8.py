"""CL002 not-utf8."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class DecodingError(Rule):
    """The file is not valid UTF-8; it was read as Windows-1252 (or Latin-1).

    Why: mixed encodings garble pilcrows and quotes, and positions reported by
    editors then disagree with cablelint's.  A warning: the text was still
    read and checked; only some of its characters may be wrong.

    Source: cablelint itself.

    Bad: a file saved by an old editor with byte ``0xB6`` for the pilcrow.

    Good: the same file saved as UTF-8.

    Fix: re-save the file as UTF-8.
    """

    code = "CL002"
    name = "not-utf8"
    summary = "The file is not valid UTF-8"
    severity = "warning"
    basis = "extraction"
    runs = False  # the source reader reports it

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        """Nothing: the source reader reports this finding when it decodes the file."""
        yield from ()
