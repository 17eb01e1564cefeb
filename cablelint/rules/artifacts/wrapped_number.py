"""CL903 wrapped-number."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import digits_span
from cablelint.analysis.numbering import irregular
from cablelint.analysis.wrapped_numbers import text_line_above
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class WrappedNumber(Rule):
    """A number that ended a wrapped line was taken for a paragraph number.

    ``... a reception February`` / ``¶28. Keen for insights ...``: the "28"
    belongs to the date on the line above.  The rule fires when the number is
    out of sequence, has no portion mark, and the last line of text above it
    (blank lines left by a page break do not count) ends mid-sentence with a
    month or a word that takes a number ("paragraph", "of", "on" ...).

    Why: the false paragraph breaks the sentence and the numbering.  A
    warning, not an error: it is extraction damage, told by a heuristic.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        ¶1. (C) The Regent hosted a reception February
        ¶28. Keen for insights into the coalition, guests asked ...

        ¶2. (C) ...

    Good:
        ¶1. (C) The Regent hosted a reception February 28. Keen for insights into
        the coalition, guests asked ...

        ¶2. (C) ...

    Fix: ``--fix`` joins the number to the line above and drops the pilcrow (safe:
    only when all three conditions hold).
    """

    code = "CL903"
    name = "wrapped-number"
    summary = "A wrapped number was taken for a paragraph number"
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
        source = context.source
        for step in irregular(context):
            if step.kind != "wrapped":
                continue
            paragraph = step.paragraph
            # the last line of text above (blank lines and a line-end backslash aside)
            above, text = text_line_above(context, paragraph.number_span.line)
            above_end = source.starts[above - 1] + len(text)
            digits_start, _ = digits_span(context, paragraph)
            edit = Edit(above_end, digits_start, " ")
            yield context.report(
                paragraph.number_span,
                f"'{paragraph.number_text}.' continues the line above"
                + (f" (expected paragraph {step.expected})" if step.previous is not None
                   else "")  # a first number: no paragraph was expected yet
                + "; join it to that line",
                fix=context.fix("join the number to the line above", edit))
