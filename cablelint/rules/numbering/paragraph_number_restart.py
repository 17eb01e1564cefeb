"""CL203 paragraph-number-restart."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.excerpts import redaction_between
from cablelint.analysis.numbering import irregular
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class NumberRestart(Rule):
    """Numbering restarts at 1 only inside an embedded document.

    Cables quote other texts (a non-paper, talking points) between
    ``BEGIN TEXT`` and ``END TEXT``; their own numbering may restart there.  A
    list numbered from 1 after a lead-in ending in ":" (``U.S. side:``) is a
    nested list, not a restart; nor is a restart after a redaction run or in a
    partial extract, where the text between was removed.

    Why: a restart anywhere else usually means two cables were run together.
    Info: a heuristic, and cables often quote a numbered text without the
    markers.

    Source: cable convention (no regulation).

    Bad:
        ¶7. (C) The ministry sent the note below.
        1. The Government of ...

    Good:
        ¶7. (C) The ministry sent the note below.
        Begin text:
        1. The Government of ...
        End text.

    Fix: mark the embedded document with BEGIN TEXT / END TEXT.
    """

    code = "CL203"
    name = "paragraph-number-restart"
    summary = "Paragraph numbering restarts at 1 outside an embedded text"
    severity = "info"
    basis = "heuristic"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (most cables number their paragraphs in order): a
        # generator made for nothing costs the engine more than the whole test
        if not irregular(context):
            return iter(())
        return self._steps(context)

    def _steps(self, context: RuleContext) -> Iterator[Diagnostic]:
        restarts = [step for step in irregular(context) if step.kind == "restart"]
        if not restarts:
            return
        if context.document.partial_extract:
            return
        markers = [m for m in context.document.markers if m.kind == "text"]
        for step in restarts:
            if redaction_between(context, step.paragraph):
                continue
            start = step.paragraph.span.start
            opened = [m for m in markers if m.span.start < start]
            if opened and opened[-1].boundary == "begin":
                continue
            yield context.report(step.paragraph.number_span,
                                 f"paragraph numbering restarts at 1 after {step.previous}; "
                                 "mark an embedded document with BEGIN TEXT / END TEXT")
