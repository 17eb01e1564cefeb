"""CL201 paragraph-number-gap."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.excerpts import redaction_between
from cablelint.analysis.numbering import irregular, missing_numbers
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class NumberGap(Rule):
    """Paragraph numbers run 1, 2, 3 ... without gaps.

    A gap usually means a paragraph was lost when the cable was extracted or
    redacted.  In partial extracts (the "This record is a partial extract"
    preamble) and where a redaction run (``XXXXXXXXXXXX``) sits between the two
    paragraphs, the gap is expected and reported as info.

    Why: readers cite paragraphs by number; a gap makes "para 12" ambiguous.
    A warning, not an error: a lost paragraph is extraction damage as often
    as a drafting slip.

    Source: 5 FAH-1 H-246 (number paragraphs consecutively).

    Bad:
        ¶11. (C) ...
        ¶13. (C) ...

    Good:
        ¶11. (C) ...
        ¶12. (C) ...

    Fix: restore the missing paragraph, or renumber if the gap is an error.
    """

    code = "CL201"
    name = "paragraph-number-gap"
    summary = "Paragraph numbers skip a number"
    severity = "warning"
    basis = "extraction"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (most cables number their paragraphs in order): a
        # generator made for nothing costs the engine more than the whole test
        if not irregular(context):
            return iter(())
        return self._steps(context)

    def _steps(self, context: RuleContext) -> Iterator[Diagnostic]:
        for step in irregular(context):
            if step.kind != "gap":
                continue
            numbers = missing_numbers(step)
            missing = _runs(numbers)
            expected_gap = context.document.partial_extract or redaction_between(
                context, step.paragraph)
            yield context.report(
                step.paragraph.number_span,
                f"paragraph numbers jump from {step.previous} to {step.value}: {missing} "
                f"{'is' if len(numbers) == 1 else 'are'} missing"
                + (" (partial extract or redaction)" if expected_gap else
                   "; restore the paragraph or renumber"),
                severity="info" if expected_gap else None)


def _runs(numbers: list[int]) -> str:
    """``[3, 4, 5, 7]`` as "¶3-¶5, ¶7"."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(f"\u00b6{low}" if low == high else f"\u00b6{low}-\u00b6{high}"
                     for low, high in runs)
