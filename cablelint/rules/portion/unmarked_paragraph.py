"""CL301 unmarked-paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.portion_marks import (
    inventory,
    portion_marking_required,
    unclassified_marking_required,
    unmarked_paragraphs,
)
from cablelint.analysis.structure import level_name
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class UnmarkedParagraph(Rule):
    """Every numbered paragraph carries a portion mark right after its number.

    Not reported: paragraphs covered by a whole-text statement (CL304), a mark
    written after a lead-in word (CL303 reports it), paragraphs whose own
    sub-items carry the marks (``¶1. KEY POINTS:`` then ``-- (C) ...``: a
    short one-line lead-in; sentences running over lines before a marked
    sub-heading or list are a portion, and reported), quoted documents whose
    numbering restarts, paragraphs printed twice (CL918), the "Classified by"
    line written as a numbered paragraph, a paragraph that is nothing but a
    redaction or the publisher's note that it was removed (``¶7. [DETAILS
    REMOVED]``), a number that merely ended a wrapped line or stands alone
    inside a sentence (the numbering walk's judgement, shared with CL903):
    see :func:`cablelint.analysis.portion_marks.unmarked_paragraphs`; and
    cables from before E.O. 12958 took effect (14 Oct 1995).  A paragraph
    that opens with a redaction run is reported as info: the mark may have
    gone with the redacted words.

    Unclassified cables (an UNCLAS banner, with or without the SENSITIVE
    caption) are judged apart.  E.O. 12958 requires portion marks on
    classified text only.  An unclassified cable that marks no paragraph at
    all is a drafting habit, not a slip: CL301 leaves it to CL309 (off by
    default; blinded readers judged that finding debatable 14 times in 17).
    An unclassified cable that marks some paragraphs and not others gets a
    warning per unmarked paragraph; before the vocabulary's
    ``unclassified_portion_marking_required_from`` (2004-01-01: the earliest
    text seen that asks an unclassified telegram to mark its paragraphs is
    the 2004 5 FAH-1 H-246) an info, since only the drafter's own choice to
    mark makes the gap a slip.

    Why: portion marks tell a reader which parts may be shared or quoted; an
    unmarked portion of a classified cable must be treated at the highest
    level, and in an unclassified cable the mark says it is releasable.  An
    error in classified cables: once the cases extraction explains (redactions,
    wrapped numbers, quoted documents) are set aside, an unmarked portion is a
    definite breach of the marking rules (a classified cable that marks no
    paragraph at all gets one error for the cable, at its first unmarked
    number: one omission, not one per paragraph); a warning in UNCLAS cables,
    where the missing mark hides no classified text.

    Source: E.O. 12958 (portion marking); E.O. 13526 sec. 1.6(c);
    5 FAH-1 H-246 (mark right after the number).

    Bad:
        ¶2. The minister said ...

    Good:
        ¶2. (C) The minister said ...

    Fix: add the mark the paragraph's content requires (a judgement; no autofix).
    Severity: error in classified cables (once per cable when it marks no
    paragraph), warning in UNCLAS cables that mark other paragraphs (info
    before 2004); silent on UNCLAS cables that mark none (CL309).
    """

    code = "CL301"
    name = "unmarked-paragraph"
    summary = "A numbered paragraph has no portion mark"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        if portion_marking_required(context) is False:
            return
        unmarked = unmarked_paragraphs(context)
        if not unmarked:
            return
        unclassified = not context.classified and context.document.banner is not None
        marks_nothing = not inventory(context).marks
        if unclassified and marks_nothing:
            return  # a habit, not a slip: CL309 (off by default) reports the cable
        # no text seen asks an unclassified telegram of then for marks: only a
        # paragraph left out where the drafter marked the others is worth a note
        optional = unclassified and unclassified_marking_required(context) is False
        if optional and not any(paragraph.portion_mark is not None
                                for paragraph in context.document.paragraphs):
            return  # only an unnumbered line is marked: no paragraph shows the choice
        if context.classified and marks_nothing:
            level = level_name(context.document.banner.classification.level)
            yield context.report(
                unmarked[0].paragraph.number_span,
                f"no paragraph of this {level} cable has a portion mark; write (U), "
                "(SBU), (C) or (S) after each paragraph number")
            return
        severity = None if context.classified else "info" if optional else "warning"
        for paragraph, redacted in unmarked:
            if optional:
                yield context.report(
                    paragraph.number_span,
                    f"paragraph {paragraph.number_text} has no portion mark, unlike the "
                    "cable's other paragraphs; write (U) or (SBU) after the number",
                    severity="info")
                continue
            yield context.report(
                paragraph.number_span,
                f"paragraph {paragraph.number_text} has no portion mark; write (U), (SBU), "
                "(C) or (S) after the number"
                + (" (the mark may have been redacted)" if redacted is not None else ""),
                severity="info" if redacted is not None else severity)
