"""Whether text was removed from a cable: a redaction between two paragraphs,
or a cable that is an excerpt.

Separate from the numbering walk (:mod:`cablelint.analysis.numbering`): the walk
takes the numbers as written; the numbering rules (CL201, CL203-CL205) weigh
its gaps, restarts and lone paragraphs against these explanations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablelint.model import Paragraph

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

def redaction_between(context: RuleContext, paragraph: Paragraph) -> bool:
    """A redaction run (the parser's) between the previous paragraph and this one
    (for a first paragraph: anywhere before it)."""
    document = context.document
    paragraphs = document.paragraphs
    index = paragraphs.index(paragraph)
    start = paragraphs[index - 1].span.start if index else 0
    end = paragraph.span.start
    return any(start <= run.span.start < end for run in document.redactions)


def excerpted(context: RuleContext) -> bool:
    """The cable's text is an excerpt: a partial extract, a text cut short by the
    release (``Document.cut_short``: "¶1. (S/NF) Summa...", 08USNATO290), or a
    redaction run standing on a line of its own in place of removed text
    (09MADRID671: one paragraph, then a line of ``XXXXXXXXXXXX`` before the
    sign-off)."""
    document = context.document
    if document.partial_extract or document.cut_short is not None:
        return True
    texts = context.source.texts
    return any(texts[run.span.line - 1].strip(" \t[]().") == run.raw.strip(" []().")
               for run in document.redactions)
