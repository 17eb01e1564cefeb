"""CL000 internal-error."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class InternalError(Rule):
    """A rule raised an exception while checking this file.

    Why: one broken rule (a built-in bug or a third-party plugin) must not stop
    the others, nor hide that its findings are missing.  An error: the file's
    findings are incomplete, so its result cannot be trusted.

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
    basis = "check-failed"
    runs = False  # the engine reports it

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        """Nothing: the engine reports this finding when another rule raises."""
        yield from ()
