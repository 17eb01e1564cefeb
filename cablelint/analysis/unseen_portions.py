"""Portions whose marks the text does not show.

CL402 (the banner is above every portion mark) and CL404's info (a NOFORN
caption but no NF mark) conclude from the *absence* of a mark: no portion
says SECRET, no portion says NF.  That conclusion needs every portion's mark.
When one is not visible -- a numbered paragraph without a mark (CL301's
finding), a paragraph the numbering shows was lost (CL201's gap), or no
SUBJECT line at all (CL106's), paragraphs run into the text of the last one
(their marks are no paragraph's: CL206's, CL205's), or a section run into a line
with a mark of its own after its label ("... TERRORISM I. (S/NF) ANTI-AMERICAN",
which the inventory, reading line starts, does not hold) -- the missing mark may
be exactly the one the banner or the caption answers to, and the defect is already reported by the
rule that owns it: a second finding would report the same defect twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablelint.analysis import analysis
from cablelint.analysis.numbering import glued_after_last, irregular
from cablelint.analysis.portion_marks import (
    inline_labelled_marks,
    inventory,
    leading_redaction,
    unmarked_paragraphs,
)

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
    # the paragraphs CL301 holds to a mark, and those redacted or removed by the
    # publishers: their mark may have gone with their words (CL301 asks none of them)
    unmarked = unmarked_paragraphs(context)
    if unmarked:
        return f"paragraph {unmarked[0].paragraph.number_text} has no mark"
    if marks.unmarked and any(
            paragraph.portion_mark is None and (paragraph.removed is not None or (
                leading_redaction(context, paragraph.number_span.end) is not None))
            for paragraph in context.document.paragraphs):
        return "a paragraph is redacted with its mark"
    if inline_labelled_marks(context):
        return "a section inside a line carries its own mark"
    return None
