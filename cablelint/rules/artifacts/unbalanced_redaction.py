"""CL914 unbalanced-redaction."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class UnbalancedRedaction(Rule):
    """An unbalanced redaction bracket: ``[XXXXXXXXXXXX`` without its ``]``.

    Redaction runs (``XXXXXXXXXXXX``, ``xxxxx``) replace names the publishers
    removed; they are tokens, not text errors, and are not reported.  A run
    opened with ``[`` but never closed on its line shows that the redaction
    swallowed part of the sentence, including the closing bracket.

    Why: the sentence around an unbalanced bracket is incomplete; a reader
    should not take it at face value.  Info: nothing can be repaired; the
    finding only warns the reader.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        The [XXXXXXXXXXXX account of the meeting matches ours.

    Good:
        The [XXXXXXXXXXXX] account of the meeting matches ours.

    Fix: none: what was removed cannot be restored.
    """

    code = "CL914"
    name = "unbalanced-redaction"
    summary = "A redaction bracket is not closed"
    severity = "info"
    basis = "extraction"

    requires = frozenset({"redactions"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        for run in context.document.redactions:
            if run.unclosed and run.bracket is not None:
                yield context.report(
                    run.bracket,
                    f"redaction '[{run.raw}' opens a bracket that is never "
                    "closed; part of the sentence was removed")
