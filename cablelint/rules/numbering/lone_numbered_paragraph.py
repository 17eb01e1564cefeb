"""CL205 lone-numbered-paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.excerpts import excerpted
from cablelint.analysis.numbering import counted, glued_after_last, sequence
from cablelint.diagnostics import Diagnostic
from cablelint.model import Paragraph
from cablelint.rules.base import Rule, RuleContext


class LoneNumberedParagraph(Rule):
    """A cable with a single paragraph does not number it.

    Not reported in an excerpt: a partial extract, or a cable whose removed
    text stands as a line of ``XXXXXXXXXXXX`` (the other paragraphs were there).
    Nor when the paragraph introduces lettered paragraphs (``¶1. ... keyed to
    reftel`` then ``¶A.``, ``¶B.`` ...: the parser's letter items): its
    number heads a structure, it is not a lone paragraph.  Nor when other
    numbered, marked paragraphs are run into the text before or after it
    (``... point.  2. (C) The ...``: extraction lost their line breaks; the
    numbering walk's stray numbers, :func:`glued_after_last`).

    Why: a number implies other paragraphs; a lone "¶1." invites the question
    where ¶2 went.  Info: a style point, and truncated cables show it too.

    Source: 5 FAH-1 H-246 (do not number a lone paragraph).

    Bad:
        ¶1. (U) The embassy has no comment.

    Good:
        (U) The embassy has no comment.

    Fix: remove the number.
    """

    code = "CL205"
    name = "lone-numbered-paragraph"
    summary = "A cable's only paragraph is numbered"
    severity = "info"
    basis = "convention"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        paragraphs = counted(context)
        if len(paragraphs) == 1 and not excerpted(context) and \
                not _introduces_letters(context, paragraphs[0]) and \
                not any(step.strays for step in sequence(context)) and \
                not glued_after_last(context):
            yield context.report(paragraphs[0].number_span,
                                 "the only paragraph is numbered; a lone paragraph takes "
                                 "no number")


def _introduces_letters(context: RuleContext, paragraph: Paragraph) -> bool:
    """Two or more lettered items (``¶A.``, ``¶B.``: the viewer's pilcrows before
    letter items, found by the parser) follow the paragraph's number."""
    start = paragraph.number_span.end
    letters = [stray for stray in context.document.stray_pilcrows
               if stray.span.start > start and stray.label[:1].isalpha()]
    return len(letters) >= 2
