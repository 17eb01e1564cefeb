"""Rules 5 and 5b of the numbering walk: a nested list, and whether it numbers
a quoted document (a lead-in such as "as follows:", BEGIN TEXT ... END TEXT).

Separate from the walk (:mod:`cablelint.analysis.numbering`) because these
tests read the text between two paragraph numbers with their own lead-in
patterns, asked only where a number breaks the sequence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cablelint.model import Paragraph

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

#: a lead-in that introduces a quoted text (a draft, a statement, a letter) whose
#: numbered paragraphs are its own: "The text of the proposal is below:", "as follows:"
#: words announcing a list, and words announcing a quoted document (see introduces_list)
_INTRODUCES_LIST = re.compile(r"\bas follows\b", re.IGNORECASE)
_QUOTING = r"begin(?:ning of)? text|text follows|following text|text (?:of|reads)|quote:"
_QUOTES_TEXT = re.compile(rf"\b(?:{_QUOTING})", re.IGNORECASE)
_INTRODUCES_TEXT = re.compile(
    rf"\b(?:{_QUOTING}|follows:|as follows|(?:is|are|appears) below|reads:)", re.IGNORECASE)


def introduces_text(context: RuleContext, paragraphs: tuple[Paragraph, ...],
                     index: int) -> bool:
    """Rule 5's nested list at ``paragraphs[index]`` numbers a quoted document: the
    text since the previous paragraph's number introduces a text (08USUNNEWYORK258:
    ``¶14. ... The text of the drafting group proposal is below:``, then the
    proposal's own ¶1-3, 4.1-4.5, ¶5-7).  Such a document's numbers may skip
    (its "4" is written 4.1 ...); they are all its own until the outer count
    goes on.  Asked only where a nested list opens."""
    start = paragraphs[index - 1].number_span.start if index else 0
    return _INTRODUCES_TEXT.search(
        context.text, start, paragraphs[index].number_span.start) is not None


def introduces_list(context: RuleContext, paragraphs: tuple[Paragraph, ...],
                     index: int) -> bool:
    """Rule 5 for a "1" whose line above ends otherwise: the text since the previous
    paragraph's number announces a list ("The resolutions considered ... are as
    follows:", then headings such as 'Item 29: "..."' above each list, 08USUNNEWYORK1047)
    but no quoted document ("The text of the message is as follows:" asks for
    BEGIN TEXT / END TEXT: CL203's restart)."""
    start = paragraphs[index - 1].number_span.start if index else 0
    end = paragraphs[index].number_span.start
    text = context.text
    return _INTRODUCES_LIST.search(text, start, end) is not None and \
        _QUOTES_TEXT.search(text, start, end) is None


def in_quoted_text(context: RuleContext, paragraph: Paragraph) -> bool:
    """Rule 5b: the number lies between a BEGIN TEXT and the END TEXT that closes
    it (the markers' recogniser): the quoted document's own numbering, whatever
    number it starts from (06MANAGUA1695: ``¶2. BEGIN TEXT:`` a note whose list
    of conditions runs ``¶2.``, ``¶3.``).  Asked only of an out-of-sequence number;
    an opener never closed proves nothing (the text may run to the end)."""
    start = paragraph.number_span.start
    opened = False
    for marker in context.document.markers:
        if marker.kind != "text":
            continue
        if marker.span.start > start:
            return opened and marker.boundary == "end"
        opened = marker.boundary == "begin"
    return False
