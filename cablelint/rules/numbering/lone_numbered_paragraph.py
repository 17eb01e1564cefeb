"""CL205 lone-numbered-paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.numbering import counted, excerpted
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class LoneNumberedParagraph(Rule):
    """A cable with a single paragraph does not number it.

    Not reported in an excerpt: a partial extract, or a cable whose removed
    text stands as a line of ``XXXXXXXXXXXX`` (the other paragraphs were there).

    Why: a number implies other paragraphs; a lone "¶1." invites the question
    where ¶2 went.  Info: a style point, and truncated cables show it too.

    Source: 5 FAH-1 H-246 (do not number a lone paragraph).

    Bad:
        ¶1. (U) The embassy has no comment.

    Good:
        (U) The embassy has no comment.

    Fix: remove the number.
    """

    code = "CL205"
    name = "lone-numbered-paragraph"
    summary = "A cable's only paragraph is numbered"
    severity = "info"
    basis = "convention"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        paragraphs = counted(context)
        if len(paragraphs) == 1 and not excerpted(context):
            yield context.report(paragraphs[0].number_span,
                                 "the only paragraph is numbered; a lone paragraph takes "
                                 "no number")
