"""CL202 paragraph-number-repeat."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.numbering import irregular
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class NumberRepeat(Rule):
    """No paragraph number repeats or goes backwards.

    Why: two paragraphs with one number (``¶6`` twice) or a step back
    (``¶14`` then ``¶12``) make references to paragraphs ambiguous and often
    mean text was pasted twice.  A warning: pasting and extraction cause it
    as often as drafting.

    Source: 5 FAH-1 H-246 (number paragraphs consecutively).

    Bad:
        ¶6. (C) ...
        ¶6. (C) ...

    Good:
        ¶6. (C) ...
        ¶7. (C) ...

    Fix: renumber, or remove the duplicated paragraph.
    """

    code = "CL202"
    name = "paragraph-number-repeat"
    summary = "A paragraph number repeats or goes backwards"
    severity = "warning"
    basis = "extraction"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        for step in irregular(context):
            if step.kind == "repeat":
                yield context.report(step.paragraph.number_span,
                                     f"paragraph number {step.value} repeats the one before; "
                                     f"expected {step.expected}")
            elif step.kind == "backward":
                yield context.report(step.paragraph.number_span,
                                     f"paragraph numbers go back from {step.previous} to "
                                     f"{step.value}; expected {step.expected}")
