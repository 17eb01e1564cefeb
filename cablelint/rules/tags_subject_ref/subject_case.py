"""CL605 subject-case."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class SubjectCase(Rule):
    """The SUBJECT is written in upper case, as telegrams were.

    Off by default: the SMART system of 2009-2010 sent mixed-case subjects
    (``Subject: Kenya responds to ...``), so mixed case is a style observation,
    not an error.  Editors' insertions in brackets (``[Source removed]``)
    are left as written.

    Why: a uniform upper-case subject matches the rest of the telegram header.
    Info: mixed case is correct for SMART cables and changes nothing a reader
    or a search sees.

    Source: observed in the cables (cable-format.md, section 7).

    Bad:
        Subject: minister convoked over border incident

    Good:
        SUBJECT: MINISTER CONVOKED OVER BORDER INCIDENT

    Fix: ``--fix`` upper-cases the subject (safe).
    """

    code = "CL605"
    name = "subject-case"
    summary = "The SUBJECT is not in upper case"
    severity = "info"
    basis = "convention"
    enabled = False
    fixable = FixAvailability.SAFE
    requires = frozenset({"subject"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        subject = context.document.subject
        region = subject.raw
        if region == region.upper():
            return
        start = subject.span.start
        editorial = {at - start for part in subject.editorial for at in range(part.start, part.end)}
        lower = [i for i, ch in enumerate(region) if ch.islower() and i not in editorial]
        if not lower:
            return
        first, last = lower[0], lower[-1]
        while first > 0 and not region[first - 1].isspace():
            first -= 1
        while last + 1 < len(region) and not region[last + 1].isspace():
            last += 1
        replacement = "".join(ch if i in editorial else ch.upper()
                              for i, ch in enumerate(region[first:last + 1], first))
        edit_start, edit_end = start + first, start + last + 1
        yield context.report(
            context.span(edit_start, edit_end),
            "SUBJECT is in mixed case; write it in upper case",
            fix=context.fix("upper-case the subject", Edit(edit_start, edit_end, replacement)))
