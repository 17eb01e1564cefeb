"""CL305 unnumbered-portion-mark."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.portion_marks import inventory, leading_redaction, mark_problems
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class UnnumberedMark(Rule):
    """Unnumbered paragraphs, lettered items and list items that carry their own
    marks use the same mark syntax as numbered paragraphs; in a classified
    cable that marks its unnumbered paragraphs, every unnumbered paragraph is
    marked.

    Only marks that open a line (after an optional ``--``, ``A.``, ``1)``)
    are considered; a lower-case ``(c)`` there is a list letter, not a mark.

    Why: every portion of a classified document carries a mark, numbered or
    not.  Info: unnumbered portions and their marks are found by a scan of the
    text, and a missing mark is judged only by comparison with the cable's
    other unnumbered paragraphs.

    Source: E.O. 13526 sec. 1.6(c).

    Bad:
        (/NF) The delegation ...
        (S/NF) RSO stated ...
        The RSO added ...          (in a cable whose other paragraphs are marked)

    Good:
        (S/NF) The delegation ...
        (SBU) The RSO added ...

    Fix: write the mark in the standard form; mark the unmarked paragraph.
    """

    code = "CL305"
    name = "unnumbered-portion-mark"
    summary = "An unnumbered portion's mark is malformed or missing"
    severity = "info"
    basis = "heuristic"
    requires = frozenset({"body"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        marks = inventory(context)
        line_marks = marks.line_marks
        if not line_marks:
            return
        for mark in line_marks:
            if not mark.well_formed:
                problems, _ = mark_problems(context, mark)
                if problems:
                    yield context.report(mark.span, f"portion mark '{mark.raw}' "
                                         + " and ".join(problems))
        if not context.classified or marks.whole_text is not None:
            return
        starts = {mark.span.start for mark in line_marks}
        text = context.text
        marked_texts = 0
        unmarked = []
        for node in context.document.body:
            if node.kind != "text":
                continue
            first = node.span.start + len(text[node.span.start:node.span.end]) - \
                len(text[node.span.start:node.span.end].lstrip())
            if first in starts:
                marked_texts += 1
            else:
                unmarked.append(node)
        if marked_texts < 2:
            return  # the cable does not mark its unnumbered paragraphs
        for node in unmarked:
            first_line = context.line(node.span.line)
            line_start = context.source.starts[node.span.line - 1]
            if len(first_line.split()) < 4 or \
                    leading_redaction(context, line_start) is not None:
                continue  # a lead-in line or a redaction, not a paragraph
            yield context.report(
                context.span(node.span.start, node.span.start + len(first_line)),
                "unnumbered paragraph has no portion mark, unlike the other unnumbered "
                "paragraphs of this classified cable; add one")
