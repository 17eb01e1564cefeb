"""CL301 unmarked-paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.numbering import sequence
from cablelint.analysis.portion_marks import (
    inventory,
    items_carry_marks,
    leading_redaction,
    portion_marking_required,
    unclassified_marking_required,
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
    sub-heading or list are a portion, and reported), quoted documents whose numbering
    restarts, the "Classified by" line written as a numbered paragraph, a
    paragraph that is nothing but a redaction or the publisher's note that it
    was removed (``¶7. [DETAILS REMOVED]``), a number that merely ended a
    wrapped line or stands alone inside a sentence (the numbering walk's
    judgement, shared with CL903), and cables from before E.O. 12958 took
    effect (14 Oct 1995).  A paragraph that opens with a redaction run is
    reported as info: the mark may have gone with the redacted words.

    Unclassified cables (an UNCLAS banner, with or without the SENSITIVE
    caption) are judged apart.  E.O. 12958 requires portion marks on
    classified text only; the earliest text seen that asks an unclassified
    telegram to mark its paragraphs is the 2004 5 FAH-1 H-246, so an
    unclassified cable from before the vocabulary's
    ``unclassified_portion_marking_required_from`` (2004-01-01) is not
    required to mark (a blinded reader could not say that a 2001 UNCLAS cable
    had to mark (U)): only a paragraph left unmarked where the drafter marked
    the others is noted (info), since the drafter chose to mark.  After it,
    an unclassified cable that marks no paragraph at all gets one info
    finding for the cable, at its first unmarked number, not one per
    paragraph: wholly unmarked UNCLAS cables are common, and one drafting
    habit is one finding.  An unclassified cable that marks some
    paragraphs and not others still gets a warning per unmarked paragraph.

    Why: portion marks tell a reader which parts may be shared or quoted; an
    unmarked portion of a classified cable must be treated at the highest
    level, and in an unclassified cable the mark says it is releasable.  An
    error in classified cables: once the cases extraction explains (redactions,
    wrapped numbers, quoted documents) are set aside, an unmarked portion is a
    definite breach of the marking rules (a classified cable that marks no
    paragraph at all gets one error for the cable, at its first unmarked
    number: one omission, not one per paragraph); a warning in UNCLAS cables, where the
    missing mark hides no classified text, and info for an UNCLAS cable that
    marks nothing (a requirement of the handbook, not of the order).

    Source: E.O. 12958 (portion marking); E.O. 13526 sec. 1.6(c);
    5 FAH-1 H-246 (mark right after the number).

    Bad:
        ¶2. The minister said ...

    Good:
        ¶2. (C) The minister said ...

    Fix: add the mark the paragraph's content requires (a judgement; no autofix).
    Severity: error in classified cables (once per cable when it marks no
    paragraph), warning in UNCLAS cables (info, once per cable, when an UNCLAS
    cable marks no paragraph; info per unmarked paragraph in an UNCLAS cable
    from before 2004 that marks its others, silent when it marks none).
    """

    code = "CL301"
    name = "unmarked-paragraph"
    summary = "A numbered paragraph has no portion mark"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        marks = inventory(context)
        if not marks.unmarked or marks.whole_text is not None or \
                portion_marking_required(context) is False:
            return
        unclassified = not context.classified and context.document.banner is not None
        # a cable that marks nothing: one finding for the cable
        unmarked_cable = not marks.marks
        # no text seen asks an unclassified telegram of then for marks: only a
        # paragraph left out where the drafter marked the others is worth a note
        optional = unclassified and unclassified_marking_required(context) is False
        if optional and unmarked_cable:
            return
        severity = None if context.classified else "info" if optional else "warning"
        text = context.text
        document = context.document
        block_paragraphs = {document.paragraphs[index].span.start
                            for index in document.classified_by_paragraphs}
        quoted = False
        for step in sequence(context):
            paragraph = step.paragraph
            if paragraph.portion_mark is not None or paragraph.span.start in marks.lead_in \
                    or paragraph.removed is not None:
                quoted = False
                continue
            if step.kind in ("restart", "nested"):
                quoted = True  # a quoted document or a nested list numbers on its own
            if quoted or step.kind == "wrapped" or step.kind == "fragment":
                continue
            if items_carry_marks(context, paragraph):
                continue
            after = paragraph.number_span.end
            content = text[after:paragraph.span.end]
            if paragraph.span.start in block_paragraphs or not content.strip():
                continue
            redacted = leading_redaction(context, after)
            if redacted is not None and not text[redacted:paragraph.span.end].strip():
                continue
            if unmarked_cable and unclassified:
                yield context.report(
                    paragraph.number_span,
                    "this unclassified cable marks no paragraph; write (U) or (SBU) after "
                    "each paragraph number", severity="info")
                return
            if unmarked_cable and context.classified:
                level = level_name(document.banner.classification.level)
                yield context.report(
                    paragraph.number_span,
                    f"no paragraph of this {level} cable has a portion mark; write (U), "
                    "(SBU), (C) or (S) after each paragraph number")
                return
            level = "info" if redacted is not None else severity
            if optional:
                yield context.report(
                    paragraph.number_span,
                    f"paragraph {paragraph.number_text} has no portion mark, unlike the "
                    "cable's other paragraphs; write (U) or (SBU) after the number",
                    severity=level)
                continue
            yield context.report(
                paragraph.number_span,
                f"paragraph {paragraph.number_text} has no portion mark; write (U), (SBU), "
                "(C) or (S) after the number"
                + (" (the mark may have been redacted)" if redacted is not None else ""),
                severity=level)
