"""CL309 unmarked-unclassified-cable."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.portion_marks import (
    inventory,
    unclassified_marking_required,
    unmarked_paragraphs,
)
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class UnmarkedUnclassifiedCable(Rule):
    """An unclassified cable marks none of its paragraphs.

    The Foreign Affairs Handbook (5 FAH-1 H-246, from 2004) asks every
    paragraph of a telegram, unclassified ones included, to carry a portion
    mark such as ``(U)`` or ``(SBU)``.  E.O. 12958 itself requires marks on
    classified text only, and wholly unmarked UNCLAS cables are common in the
    archive, so this is off by default: select it where a house style holds
    unclassified cables to the handbook.  One finding per cable, at its first
    unmarked paragraph; the paragraphs CL301 would not judge (quoted
    documents, wrapped numbers, redactions ...) are left out the same way.
    Cables from before 2004 are not reported.

    Why: a reader cannot tell which paragraphs are releasable, or whether the
    drafter considered marking at all.  Info: a requirement of the handbook,
    not of the order, and blinded readers judged it debatable on most
    unmarked UNCLAS cables.

    Source: 5 FAH-1 H-246 (portion marks on every telegram paragraph).

    Bad:
        UNCLAS ZENDA 000123
        ...
        1. The king was crowned.

    Good:
        UNCLAS ZENDA 000123
        ...
        1. (U) The king was crowned.

    Fix: add (U) or (SBU) after each paragraph number (a judgement; no autofix).
    """

    code = "CL309"
    name = "unmarked-unclassified-cable"
    summary = "An unclassified cable marks none of its paragraphs"
    severity = "info"
    basis = "convention"
    enabled = False
    requires = frozenset({"paragraphs", "banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (most cables are classified): a
        # generator made for nothing costs the engine more than the whole test
        if context.classified or unclassified_marking_required(context) is False:
            return iter(())
        return self._unclassified(context)

    def _unclassified(self, context: RuleContext) -> Iterator[Diagnostic]:
        if inventory(context).marks:
            return
        unmarked = unmarked_paragraphs(context)
        if unmarked:
            yield context.report(
                unmarked[0].paragraph.number_span,
                "this unclassified cable marks no paragraph; write (U) or (SBU) after "
                "each paragraph number")
