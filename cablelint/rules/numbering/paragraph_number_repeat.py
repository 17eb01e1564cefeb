"""CL202 paragraph-number-repeat."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import digits_span
from cablelint.analysis.numbering import irregular
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class NumberRepeat(Rule):
    """No paragraph number repeats or goes backwards.

    A number out of sequence between the two numbers around it (``3, 3, 5``;
    ``1, 1, 3``) is the missing paragraph misnumbered: one finding, with a fix
    that writes the number the neighbours imply (no gap is reported after it).

    Why: two paragraphs with one number (``¶6`` twice) or a step back
    (``¶14`` then ``¶12``) make references to paragraphs ambiguous and often
    mean text was pasted twice.  A warning: it is a heuristic about numbering,
    and pasting and extraction cause it as often as drafting.

    Source: 5 FAH-1 H-246 (number paragraphs consecutively).

    Bad:
        ¶6. (C) ...
        ¶6. (C) ...

    Good:
        ¶6. (C) ...
        ¶7. (C) ...

    Fix: renumber, or remove the duplicated paragraph; ``--fix`` renumbers a
    paragraph misnumbered between its neighbours (``3, 3, 5``: the second 3
    becomes 4).
    """

    code = "CL202"
    name = "paragraph-number-repeat"
    summary = "A paragraph number repeats or goes backwards"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (most cables number their paragraphs in order): a
        # generator made for nothing costs the engine more than the whole test
        if not irregular(context):
            return iter(())
        return self._steps(context)

    def _steps(self, context: RuleContext) -> Iterator[Diagnostic]:
        for step in irregular(context):
            if step.kind == "repeat":
                yield context.report(step.paragraph.number_span,
                                     f"paragraph number {step.value} repeats the one before; "
                                     f"expected {step.expected}")
            elif step.kind == "misnumbered":
                paragraph = step.paragraph
                start, end = digits_span(context, paragraph)
                yield context.report(
                    paragraph.number_span,
                    f"paragraph number {paragraph.number} between \u00b6{step.previous} and "
                    f"\u00b6{step.value + 1} should be {step.value}; renumber it",
                    fix=context.fix(f"renumber to {step.value}",
                                    Edit(start, end, str(step.value))))
            elif step.kind == "backward":
                yield context.report(step.paragraph.number_span,
                                     f"paragraph numbers go back from {step.previous} to "
                                     f"{step.value}; expected {step.expected}")
