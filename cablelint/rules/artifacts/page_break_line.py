"""CL907 page-break-line."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import drop_line_edit, page_breaks
from cablelint.analysis.structure import line_span
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class PageBreakLine(Rule):
    """A page-break line (``LA PAZ 00002657 002 OF 002``) inside the text.

    The telegram's page headers were kept as lines of their own, usually in
    the middle of a sentence and wrapped in blank lines.

    Why: the line breaks the sentence it interrupts for readers and tools.
    Info rather than warning: it fires on half the cables, and the parser
    already reads past these lines; the rule exists for its fix.

    Source: observed in extracted cables (cable-format.md, section 10).

    Bad:
        ... the Regent has asked for Embassy logistical

        ZENDA 00000417 002 OF 002

        support for the coronation.

    Good:
        ... the Regent has asked for Embassy logistical
        support for the coronation.

    Fix: ``--fix`` removes the line and the blank lines around it and
    re-joins the text (a blank line is kept when a new paragraph follows).  A
    mark glued to text is removed alone, with the blank it leaves: the text
    on its line is kept.
    """

    code = "CL907"
    name = "page-break-line"
    summary = "A page-break line interrupts the text"
    severity = "info"
    basis = "extraction"
    fixable = FixAvailability.SAFE
    # every finding is one of the model's page breaks: not run on the cables without
    requires = frozenset({"page_breaks"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        breaks = page_breaks(context)
        for number in breaks.lines:
            edit = drop_line_edit(context, number)
            yield context.report(
                line_span(context, number),
                f"page-break line '{context.line(number).strip()}' interrupts the text; "
                "remove it",
                fix=context.fix("remove the page-break line and re-join the text", edit))
        for brk, removal in breaks.glued:
            yield context.report(
                brk.span, f"page-break mark '{brk.raw}' is glued to the text; remove it",
                fix=context.fix("remove the page-break mark", removal))
