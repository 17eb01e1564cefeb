"""CL916 glued-paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class GluedParagraph(Rule):
    """The first paragraph is run onto the end of the Classified By line.

    ``Classified By: ... reasons 1.4 (b), (d) 1. (C) Summary: ...``: the line
    break (and blank line) between the block and paragraph 1 was lost when the
    cable was extracted.  The parser cuts the paragraph off the block
    (``ClassifiedBy.glued_paragraph``) and keeps it as the first paragraph, so
    its number and portion mark are checked like any other's.

    Why: readers and tools look for paragraph 1 at the start of a line; run
    onto the block it reads as part of the classification authority.  A
    warning, not an error: it is extraction damage, not a drafting error.

    Source: observed in extracted cables (08OSLO522, 10BRASILIA51).

    Bad:
        Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d) 1. (C) Summary: ...

    Good:
        Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d)

        1. (C) Summary: ...

    A bare number and mark that the first paragraph below repeats (``... 1.4(D)
    1. (C)`` above ``¶1. (C) During ...``) is an echo of it, not a paragraph
    (``ClassifiedBy.glued_echo``): the rule says to remove it.

    Fix: ``--fix`` puts the paragraph on a line of its own after a blank line (safe);
    ``--unsafe-fixes`` removes an echo (it deletes text, though only a repeat).
    """

    code = "CL916"
    name = "glued-paragraph"
    summary = "A paragraph is run onto the end of the Classified By line"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE
    requires = frozenset({"classified_by"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (few blocks have a paragraph glued on): a generator
        # made for nothing costs the engine more than the whole test
        block = context.document.classified_by
        glued = block.glued_paragraph
        if glued is None:
            return iter(())
        if block.glued_echo:
            return iter((context.report(
                glued, "the paragraph number and mark run onto the end of the Classified By "
                       "line repeat those of the first paragraph below; remove them",
                fix=context.fix("remove the repeated number and mark",
                                Edit(block.span.end, glued.end, ""), safe=False)),))
        paragraphs = context.document.paragraphs
        number = paragraphs[0].number_text if paragraphs and \
            paragraphs[0].span.start == glued.start else None
        what = f"paragraph {number}" if number is not None else "a paragraph"
        return iter((context.report(
            glued, f"{what} is run onto the end of the Classified By line; "
                   "start it on a line of its own",
            fix=context.fix("put the paragraph on a line of its own",
                            Edit(block.span.end, glued.start, "\n\n"))),))
