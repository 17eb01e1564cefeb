"""CL0xx: problems found while reading and parsing, listed here so that they
can be selected, ignored and explained like any rule.  The parser itself
reports them; these classes carry their documentation."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class _ReportedElsewhere(Rule):
    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        return iter(())


class InternalError(_ReportedElsewhere):
    """A rule raised an exception while checking this file.

    Why: one broken rule (a built-in bug or a third-party plugin) must not stop
    the others, nor hide that its findings are missing.

    Source: cablelint itself.

    Bad: a plugin rule that raises ``KeyError`` on a cable without a banner.

    Good: every rule returns its findings.

    Fix: report the message to the rule's authors; run with ``--ignore`` on the
    named rule until it is fixed.
    """

    code = "CL000"
    name = "internal-error"
    summary = "A rule failed with an exception; its findings are missing"
    severity = "error"


class StructureError(_ReportedElsewhere):
    """A line the cable grammar cannot place at this point.

    The parser keeps the line as text and goes on, like a compiler recovering
    from a syntax error; the findings of other rules still cover the rest.

    Why: a misplaced header line usually means a damaged or hand-edited cable.

    Source: ``grammar/cable.lark``.

    Bad: a banner line in the middle of the body.

    Good: one banner before the header fields.

    Fix: move or remove the line.
    """

    code = "CL001"
    name = "structure-error"
    summary = "A line is out of place for the cable grammar"
    severity = "error"


class DecodingError(_ReportedElsewhere):
    """The file is not valid UTF-8; it was read as Windows-1252 (or Latin-1).

    Why: mixed encodings garble pilcrows and quotes, and positions reported by
    editors then disagree with cablelint's.

    Source: cablelint itself.

    Bad: a file saved by an old editor with byte ``0xB6`` for the pilcrow.

    Good: the same file saved as UTF-8.

    Fix: re-save the file as UTF-8.
    """

    code = "CL002"
    name = "not-utf8"
    summary = "The file is not valid UTF-8"
    severity = "warning"


RULES = [InternalError, StructureError, DecodingError]
