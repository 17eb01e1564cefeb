"""CL303 mark-after-lead-in."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.portion_marks import inventory
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class MarkAfterLeadIn(Rule):
    """The portion mark comes right after the paragraph number, before any
    lead-in word such as ``Summary:``.

    Why: readers and tools look for the mark right after the number; a mark
    behind a lead-in is easily read as an unmarked paragraph.  A warning, not
    an error: the portion is marked, only in the wrong place.

    Source: 5 FAH-1 H-246 (paragraph classification right after the number).

    Bad:
        ¶1. Summary: (C) The minister ...

    Good:
        ¶1. (C) Summary: The minister ...

    Fix: ``--fix`` moves the mark before the lead-in (safe).
    """

    code = "CL303"
    name = "mark-after-lead-in"
    summary = "A portion mark stands after a lead-in word instead of the number"
    severity = "warning"
    basis = "marking-rule"
    fixable = FixAvailability.SAFE
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        text = context.text
        for paragraph, mark in inventory(context).lead_in.values():
            after = paragraph.number_span.end
            lead_start = after + len(text[after:mark.span.start]) - \
                len(text[after:mark.span.start].lstrip())
            content = mark.span.end
            while text[content:content + 1] in (" ", "\t"):
                content += 1
            lead = text[lead_start:mark.span.start]
            edit = Edit(lead_start, content, f"{mark.raw} {lead}")
            yield context.report(
                mark.span,
                f"portion mark '{mark.raw}' follows the lead-in '{lead.strip()}'; put it "
                "right after the paragraph number",
                fix=context.fix("move the mark before the lead-in", edit))
