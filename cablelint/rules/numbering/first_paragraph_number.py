"""CL204 first-paragraph-number."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.excerpts import redaction_between
from cablelint.analysis.numbering import sequence
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class FirstNumber(Rule):
    """The first numbered paragraph is number 1.

    Not reported in a partial extract or after a redaction run (the opening
    text was removed), nor when all the lower numbers are found written out of
    place (``... for reasons 1.4 b and d 1.(C)``: CL206 reports that).  When
    only some are (``... End Summary.  2. (SBU) ...`` above ``¶8.``), the first
    of them is the first paragraph: reported there, with its number.

    Why: a first paragraph numbered 2 or more means the opening paragraph was
    lost, or the numbering does not start where readers expect.  A warning:
    a heuristic, and extraction loses opening paragraphs too.

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
        if steps[0].kind != "first" or len(steps[0].strays) == steps[0].value - 1:
            return
        first = steps[0].paragraph
        if context.document.partial_extract or redaction_between(context, first):
            return
        strays = steps[0].strays
        if strays:  # the lower numbers found run into the text above: the first of them
            yield context.report(strays[0].span, f"the first paragraph is numbered "
                                 f"{strays[0].number}, not 1")
            return
        yield context.report(first.number_span,
                             f"the first paragraph is numbered {first.number}, not 1")
