"""Portions whose marks the text does not show.

CL402 (the banner is above every portion mark) and CL404's info (a NOFORN
caption but no NF mark) conclude from the *absence* of a mark: no portion
says SECRET, no portion says NF.  That conclusion needs every portion's mark.
When one is not visible -- a numbered paragraph without a mark (CL301's
finding), a paragraph the numbering shows was lost (CL201's gap), or no
SUBJECT line at all (CL106's), paragraphs run into the text of the last one
(their marks are no paragraph's: CL206's, CL205's) -- the missing mark may be exactly the one the
banner or the caption answers to, and the defect is already reported by the
rule that owns it: a second finding would report the same defect twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablelint.analysis import analysis
from cablelint.analysis.numbering import glued_after_last, irregular, sequence
from cablelint.analysis.portion_marks import inventory, items_carry_marks

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

@analysis
def unseen_portion(context: RuleContext) -> str | None:
    """Why some portion's mark cannot be seen (a few words), or None when every
    portion of the cable shows its mark (or a whole-text statement covers them)."""
    marks = inventory(context)
    if marks.whole_text is not None:
        return None
    if context.document.subject is None:
        return "no SUBJECT line"
    if any(step.kind == "gap" for step in irregular(context)):
        return "a paragraph is missing"
    if glued_after_last(context):
        return "a paragraph is run into the last one"
    if not marks.unmarked:
        return None
    document, text = context.document, context.text
    block = {document.paragraphs[index].span.start
             for index in document.classified_by_paragraphs}
    quoted = False  # as CL301: a restarted or nested count numbers a quoted document
    for step in sequence(context):
        paragraph = step.paragraph
        if paragraph.portion_mark is not None or paragraph.span.start in marks.lead_in:
            quoted = False
            continue
        if step.kind in ("restart", "nested"):
            quoted = True
        if quoted or step.kind in ("wrapped", "fragment") or paragraph.span.start in block:
            continue
        if items_carry_marks(context, paragraph):
            continue
        if text[paragraph.number_span.end:paragraph.span.end].strip():
            return f"paragraph {paragraph.number_text} has no mark"
    return None
