"""CL112 trailing-classification."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.structure import level_name, line_span
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class TrailingClassification(Rule):
    """The overall classification is repeated at the end of the text.

    Off by default: the viewer text keeps the closing classification line in
    almost no cable, so the rule only shows which texts lost it.  Not asked
    of unclassified cables (UNCLAS, SBU): the top-and-bottom marking is a
    rule for classified documents, and no marking rule asks an unclassified
    telegram to end with UNCLASSIFIED (issue #12, blinded audit).

    Why: the overall marking belongs at the top and bottom of the first and
    last page, so a page read alone shows it.  Info: the viewer text drops
    the closing line from almost every cable, so its absence is mostly
    extraction, not drafting.

    Source: 5 FAH-1 H-132(b).

    Bad:
        RASSENDYLL

    Good:
        RASSENDYLL
        CONFIDENTIAL

    Fix: add the classification line at the end; no automatic fix.
    """

    code = "CL112"
    name = "trailing-classification"
    summary = "The overall classification is not repeated at the end"
    severity = "info"
    basis = "extraction"
    enabled = False
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # the bottom marking is asked of classified documents only; a plain function,
        # not a generator: a generator made for nothing costs more than the whole test
        if not context.classified:
            return iter(())
        return self._classified(context)

    def _classified(self, context: RuleContext) -> Iterator[Diagnostic]:
        level = context.document.banner.classification.level
        closing = context.document.closing_classification
        if closing is not None and closing.level == level:
            return
        texts = context.source.texts
        last = len(texts)
        while last > 0 and not texts[last - 1].strip():
            last -= 1
        if last == 0:
            return
        yield context.report(line_span(context, last),
                             f"the text does not end with the classification "
                             f"({level_name(level)}); repeat it on the last line")

