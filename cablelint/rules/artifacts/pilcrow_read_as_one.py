"""CL901 pilcrow-read-as-one."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import digits_span
from cablelint.analysis.numbering import irregular
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class PilcrowReadAsOne(Rule):
    """A paragraph number ``1N`` where ``N`` is the number expected next: the
    pilcrow ``¶`` became the digit "1" when the cable was extracted.

    The repair follows the sequence, not the digits: ``17.`` right after ¶6 is
    ¶7, while ``17.`` after ¶16 is a genuine 17 and is left alone.

    Why: "110." for ¶10 breaks every reference to the paragraph and every
    numbering check after it.  A warning, not an error: it is extraction
    damage, not a marking-rule violation.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        6. (C) ...
        17. (C) ...
        18. (C) ...

    Good:
        6. (C) ...
        7. (C) ...
        8. (C) ...

    Fix: ``--fix`` writes the expected number (safe: only when ``1N`` is out of
    sequence and ``N`` is exactly the number expected).
    """

    code = "CL901"
    name = "pilcrow-read-as-one"
    summary = "A paragraph number carries a pilcrow misread as '1'"
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
            if step.kind != "pilcrow":
                continue
            paragraph = step.paragraph
            start, end = digits_span(context, paragraph)
            yield context.report(
                context.span(start, end),
                f"paragraph number '{paragraph.number_text}.' follows \u00b6{step.previous}: it "
                f"is \u00b6{step.value} with its pilcrow read as '1'; write '{step.value}.'",
                fix=context.fix(f"renumber to {step.value}", Edit(start, end, str(step.value))))
