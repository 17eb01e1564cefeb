"""CL204 first-paragraph-number."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.numbering import sequence
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class FirstNumber(Rule):
    """The first numbered paragraph is number 1.

    Why: a first paragraph numbered 2 or more means the opening paragraph was
    lost, or the numbering does not start where readers expect.  A warning:
    extraction loses opening paragraphs too.

    Source: 5 FAH-1 H-246.

    Bad:
        ¶2. (C) ...

    Good:
        ¶1. (C) ...

    Fix: restore the first paragraph or renumber.
    """

    code = "CL204"
    name = "first-paragraph-number"
    summary = "The first numbered paragraph is not 1"
    severity = "warning"
    basis = "extraction"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        steps = sequence(context)
        if steps[0].kind != "first":
            return
        first = steps[0].paragraph
        partial = context.document.partial_extract
        yield context.report(first.number_span,
                             f"the first paragraph is numbered {first.number}, not 1"
                             + (" (partial extract)" if partial else ""),
                             severity="info" if partial else None)
