"""CL308 unmarked-subject."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class UnmarkedSubject(Rule):
    """The subject line of a classified cable carries a portion mark.

    Off by default: most cables of the period leave the subject unmarked
    (about 257 of the 300 development cables would be reported).

    Why: the subject is quoted in indexes and replies; its mark says whether
    it may be quoted in an unclassified context.  Info (and off): no
    regulation text requiring the mark has been confirmed, and most cables of
    the period omit it.

    Source: common practice; no regulation text confirmed.

    Bad:
        SUBJECT: TALKS WITH THE MINISTER

    Good:
        SUBJECT: (U) TALKS WITH THE MINISTER

    Fix: add the subject's mark (no autofix).
    """

    code = "CL308"
    name = "unmarked-subject"
    summary = "The subject of a classified cable has no portion mark"
    severity = "info"
    basis = "convention"
    enabled = False
    requires = frozenset({"subject", "banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        subject = context.document.subject
        if subject.portion_mark is not None or not context.classified:
            return
        keyword = subject.keyword_span
        yield context.report(keyword if keyword is not None else subject.span,
                             "the subject of a classified cable has no portion mark; "
                             "write e.g. 'SUBJECT: (U) ...'")
