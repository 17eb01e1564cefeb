"""CL604 subject-defect."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class SubjectDefect(Rule):
    """The SUBJECT line is neither empty nor cut off with ``...``.

    A missing SUBJECT line and a doubled keyword (``SUBJECT: SUBJECT:``) are
    CL106's findings; a whole header printed twice is CL912's.

    Why: the subject is what readers and search results show of a cable; an
    empty or truncated one hides what the cable is about.  A warning, not an
    error: the subject line is a header convention rather than a marking
    rule, and extraction can empty or cut it.

    Source: observed in the cables (cable-format.md, section 7).

    Bad:
        SUBJECT:
        SUBJECT: (C) MINISTER TAKES ACTION ON SHIPMENT OF ...

    Good:
        SUBJECT: MINISTER VISITS THE NORTH
        SUBJECT: (C) MINISTER TAKES ACTION ON SHIPMENT OF ARMS

    Fix: none; restore the subject text from the original.
    """

    code = "CL604"
    name = "subject-defect"
    summary = "The SUBJECT line is empty or truncated"
    severity = "warning"
    basis = "convention"
    requires = frozenset({"subject"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        subject = context.document.subject
        span = subject.span
        if not subject.text.strip():
            keyword = subject.keyword_span
            where = span if keyword is None else keyword
            yield context.report(where, "SUBJECT line is empty; write the subject")
            return
        if subject.truncated is not None:
            yield context.report(subject.truncated,
                                 "SUBJECT is cut off with an ellipsis; restore the full subject")
