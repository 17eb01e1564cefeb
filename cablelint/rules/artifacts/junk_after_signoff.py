"""CL911 junk-after-signoff."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import is_blank, junk_lines
from cablelint.analysis.structure import line_span
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class JunkAfterSignOff(Rule):
    """Junk after the sign-off: an echoed, truncated subject (``... RELEASED ON...``),
    a database query, a newspaper tracking line, a mail-client header, lone dots.

    The end-of-message marker ``NNNN``, ``End Cable Text``, the classified-
    website footer, a trailing classification line and a repeated sign-off are
    not junk and are left alone.  Without a detectable sign-off only the last
    lines are searched, and only for queries, tracking lines and mail headers.
    A mail-client header must be the whole line (``Anna Z Smith 03/12/2009
    04:04:14 PM From DB/Inbox: Search``): a time stamp inside a sentence is text.

    Why: the junk is not part of the cable and confuses tools that read its end.
    A warning, not an error: it is extraction debris, not a marking-rule violation.

    Source: observed in extracted cables (cable-format.md, section 13).

    Bad:
        C O N F I D E N T I A L ZENDA 000417

        SUBJECT: THE REGENT NAMES A NEW CABINET

        1. (C) The Regent named a new cabinet today.

        RASSENDYLL

        THE REGENT NAMES A NEW CAB...

    Good:
        C O N F I D E N T I A L ZENDA 000417

        SUBJECT: THE REGENT NAMES A NEW CABINET

        1. (C) The Regent named a new cabinet today.

        RASSENDYLL

    Fix: ``--fix`` removes the junk lines (safe).
    """

    code = "CL911"
    name = "junk-after-signoff"
    summary = "Junk follows the sign-off"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE
    # junk lines are trailer lines (:func:`junk_lines`): not run on the cables without
    requires = frozenset({"trailer"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        for number, kind in junk_lines(context):
            yield context.report(
                line_span(context, number),
                f"{kind} after the end of the cable; remove it",
                fix=context.fix(f"remove the {kind}", self._removal(context, number)))

    @staticmethod
    def _removal(context: RuleContext, number: int) -> Edit:
        """Remove the line and the blank lines above it (back to the previous text)."""
        texts, starts = context.source.texts, context.source.starts
        above = number - 2
        while above >= 0 and is_blank(texts, above):
            above -= 1
        start = starts[above] + len(texts[above]) if above >= 0 else starts[number - 1]
        return Edit(start, starts[number - 1] + len(texts[number - 1]), "")
