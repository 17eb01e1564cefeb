"""CL912 duplicated-header."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import is_blank
from cablelint.analysis.structure import line_span
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class DuplicatedHeader(Rule):
    """Header items or web-page metadata printed twice.

    Reported: a run of header lines repeating earlier lines exactly (a whole
    routing header, banner to SUBJECT, a lone banner or SUBJECT line), header
    fields the parser found twice in different forms, and the cable viewer's
    metadata block (``>``, a date, the cable id, post, classification).  A
    second SIPDIS or NOFORN caption and a repeated addressee line are normal
    telegram practice and are left alone.

    Why: the copy makes the header ambiguous: which TAGS or SUBJECT is the cable's?
    A warning, not an error: it is extraction damage, not a marking-rule violation.

    Source: observed in extracted cables (cable-format.md, sections 0 and 2).

    Bad:
        SUBJECT: ZENDA: THE REGENT NAMES A NEW CABINET

        Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)

        SUBJECT: ZENDA: THE REGENT NAMES A NEW CABINET

    Good:
        SUBJECT: ZENDA: THE REGENT NAMES A NEW CABINET

        Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)

    Fix: ``--fix`` drops an exact repeat of earlier header lines (safe); other
    copies and the metadata block are reported without a fix.
    """

    code = "CL912"
    name = "duplicated-header"
    summary = "Header items or web metadata are printed twice"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        metadata = document.web_metadata
        if metadata is not None:
            yield context.report(
                metadata.span,
                f"web-page metadata block (lines {metadata.span.line}-"
                f"{metadata.span.end_line}) inside the header; remove it")
        for repeat in document.repeated_headers:
            if repeat.quoted:
                continue  # the header of a telegram the cable quotes: its own text
            first, last = repeat.span.line, repeat.span.end_line
            original, original_last = repeat.original.line, repeat.original.end_line
            what = f"line {first} repeats line {original}" if first == last else \
                f"lines {first}-{last} repeat lines {original}-{original_last}"
            yield context.report(repeat.span, f"{what}; remove the copy",
                                 fix=context.fix("drop the repeated header lines",
                                                 self._removal(context, first, last)))
        for line in document.duplicate_fields:
            yield context.report(
                line_span(context, line.span.line),
                f"header field '{line.text.strip()[:40]}' is given twice; keep one copy")

    @staticmethod
    def _removal(context: RuleContext, first: int, last: int) -> Edit:
        texts, starts = context.source.texts, context.source.starts
        start = starts[first - 1]
        stop = starts[last] if last < len(texts) else len(context.text)
        if first >= 2 and is_blank(texts, first - 2) and last < len(texts) and \
                is_blank(texts, last):
            stop = starts[last + 1] if last + 1 < len(texts) else len(context.text)
        return Edit(start, stop, "")
