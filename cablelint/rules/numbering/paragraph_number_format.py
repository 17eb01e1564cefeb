"""CL206 paragraph-number-format."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.numbering import counted
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class NumberFormat(Rule):
    """Paragraph numbers are written ``¶n. (MARK)`` or ``n. (MARK)``: one full stop,
    a space before the mark, and one pilcrow style throughout the cable.

    Why: ``1.(C)`` and ``3..`` are typing or extraction slips that defeat
    search and numbering tools; mixing ``¶7.`` and ``8.`` in one cable shows
    the text was pieced together.  Info: the text reads the same either way.

    Source: cable convention (no regulation).

    Bad:
        1.(C) The minister ...
        3.. (SBU) The mission ...

    Good:
        1. (C) The minister ...
        3. (SBU) The mission ...

    Fix: ``--fix`` inserts the space, removes the extra full stop and writes
    the pilcrow the way most paragraphs of the cable do.
    """

    code = "CL206"
    name = "paragraph-number-format"
    summary = "A paragraph number is not written 'n. (MARK)' in the cable's style"
    severity = "info"
    basis = "convention"
    fixable = FixAvailability.SAFE
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        paragraphs = counted(context)
        with_pilcrow = sum(paragraph.pilcrow for paragraph in paragraphs)
        majority = with_pilcrow >= len(paragraphs) - with_pilcrow
        mixed = 0 < with_pilcrow < len(paragraphs) and 2 * with_pilcrow != len(paragraphs)
        text = context.text
        for paragraph in paragraphs:
            span = paragraph.number_span
            written = text[span.start:span.end]
            if written.endswith(".."):
                edit = Edit(span.end - 1, span.end, "")
                yield context.report(span, f"'{written}' has two full stops; write one",
                                     fix=context.fix("remove the extra full stop", edit))
            if text[span.end:span.end + 1] == "(":
                edit = Edit(span.end, span.end, " ")
                yield context.report(span, f"no space between '{written}' and the portion "
                                     "mark; insert one",
                                     fix=context.fix("insert a space", edit))
            if mixed and paragraph.pilcrow != majority:
                if majority:
                    edit = Edit(span.start, span.start, "\u00b6")
                    message = "written without the pilcrow most paragraphs here have"
                else:
                    width = 2 if text[span.start + 1:span.start + 2] == " " else 1
                    edit = Edit(span.start, span.start + width, "")
                    message = "written with a pilcrow most paragraphs here lack"
                yield context.report(span, f"'{written}' is {message}; use one style",
                                     fix=context.fix("match the cable's pilcrow style", edit))
