"""CL917 printout-wrapper."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class PrintoutWrapper(Rule):
    """The file opens with a mail client's printout of the telegram.

    Some cables were saved from an inbox: the client's header ("... From
    DB/Inbox: ..."), "Cable", "Text:" and the telegram's summary form (To,
    Action, From, TAGS, Subject, Ref over a rule) stand above the telegram's
    own banner and header.  The parser reads the wrapper as one construct
    (``Document.printout``), so its form fields are not taken for header fields
    out of order or given twice; this rule reports the wrapper once.

    Why: the wrapper repeats part of the header in another layout, and readers
    and tools that expect the banner first are misled by it.  Info: extraction
    damage, and the telegram below it is whole.

    Source: observed in cables saved from a mail client (issue #12's third fresh
    audit set).

    Bad:
        Rudolf R Rassendyll  05/24/2007 04:07:03 PM  From  DB/Inbox:  Search Results

        Cable
        Text:

        TELEGRAM                                  May 20, 2003

        To:       No Action Addressee

        TAGS:     PREL, PGOV

        Subject:  CORONATION GOES AHEAD
        ____________________________________________________________
        UNCLAS ZENDA 000123

        E.O. 12958: N/A
        TAGS: PREL PGOV AU
        SUBJECT: CORONATION GOES AHEAD

        1. (U) The king was crowned today.

        RASSENDYLL

    Good:
        UNCLAS ZENDA 000123

        E.O. 12958: N/A
        TAGS: PREL PGOV AU
        SUBJECT: CORONATION GOES AHEAD

        1. (U) The king was crowned today.

        RASSENDYLL

    Fix: ``--fix --unsafe-fixes`` deletes the wrapper up to the banner.  Unsafe:
    the form may name an action office or a date the telegram's own header
    does not; review the deletion with ``--diff --unsafe-fixes``.
    """

    code = "CL917"
    name = "printout-wrapper"
    summary = "The file opens with a mail client's printout wrapper"
    severity = "info"
    basis = "extraction"
    fixable = FixAvailability.UNSAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (few cables have a printout wrapper): a generator
        # made for nothing costs the engine more than the whole test
        printout = context.document.printout
        if printout is None:
            return iter(())
        span = printout.span
        banner = context.document.banner
        end = banner.span.start if banner is not None and banner.span.start >= span.end \
            else None
        fix = None if end is None else \
            context.fix("delete the printout wrapper", Edit(span.start, end, ""), safe=False)
        return iter((context.report(
            span,
            f"lines {span.line}-{span.end_line} are a mail client's printout wrapper around "
            "the telegram; remove them",
            fix=fix),))
