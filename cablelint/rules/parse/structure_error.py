"""CL001 structure-error."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class StructureError(Rule):
    """A line the cable grammar cannot place at this point.

    The parser keeps the line as text and goes on, like a compiler recovering
    from a syntax error; the findings of other rules still cover the rest.

    Why: a misplaced header line usually means a damaged or hand-edited cable.
    An error: the cable's structure around the line is unknown, so the other
    rules' findings there are in doubt (and ``--fix`` leaves the file alone).

    Source: ``grammar/cable.lark``.

    Bad: a banner line in the middle of the body.

    Good: one banner before the header fields.

    Fix: move or remove the line.
    """

    code = "CL001"
    name = "structure-error"
    summary = "A line is out of place for the cable grammar"
    severity = "error"
    basis = "check-failed"
    runs = False  # the parser reports it

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        """Nothing: the parser reports this finding while it reads the cable."""
        yield from ()
