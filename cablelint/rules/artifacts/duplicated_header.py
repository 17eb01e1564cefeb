"""CL912 duplicated-header."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import is_blank
from cablelint.analysis.header_copies import field_copies
from cablelint.analysis.structure import line_span
from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.model import RepeatedHeader
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

    A header printed twice whose first copy was cut off (its Classified By or
    REF block, or any other header line, ends in "...": "TA..." for TAGS;
    ``RepeatedHeader.cut_short``) is reported once, on the cut copy: that one is
    to go, not the complete copy below it.  So is a preview of the cable cut off
    anywhere, even in its first paragraph and without "...", above the cable
    viewer's record ("id: 137434" / "date: ...") and the complete cable.

    The header printed again below the text, to the end of the file, perhaps cut
    off (``RepeatedHeader.trailing``), is a copy too: it is removed whole.

    Fix: ``--fix`` drops an exact repeat of earlier header lines and a copy below
    the text (safe); other copies, a cut copy and the metadata block are reported
    without a fix.
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
        cut_copies: dict[Span, list[RepeatedHeader]] = {}
        for repeat in document.repeated_headers:
            if repeat.quoted:
                continue  # the header of a telegram the cable quotes: its own text
            if repeat.cut_short is not None:  # judged below, once per cut copy
                cut_copies.setdefault(repeat.cut_short, []).append(repeat)
                continue
            first, last = repeat.span.line, repeat.span.end_line
            original, original_last = repeat.original.line, repeat.original.end_line
            if repeat.trailing:  # a copy below the text, perhaps cut off: not line for line
                what = f"lines {first}-{last} print the header (lines {original}-" \
                    f"{original_last}) again below the text"
            elif first == last:
                what = f"line {first} repeats line {original}"
            else:
                what = f"lines {first}-{last} repeat lines {original}-{original_last}"
            yield context.report(repeat.span, f"{what}; remove the copy",
                                 fix=context.fix("drop the repeated header lines",
                                                 self._removal(context, first, last)))
        for cut, repeats in cut_copies.items():
            yield _cut_copy(context, cut, repeats)
        for line, copy in field_copies(context):
            # the header's own field after the banner is the one to keep: the copy
            # above it may be cut short (fresh-13 A298, 09ULAANBAATAR234)
            field = line.text.strip()[:40]
            yield context.report(
                line_span(context, line.span.line),
                f"header field '{field}' is given twice; keep one copy" if copy is None
                else f"header field '{field}' is given twice (the header's own at line "
                f"{copy}, after the banner); remove this copy")

    @staticmethod
    def _removal(context: RuleContext, first: int, last: int) -> Edit:
        texts, starts = context.source.texts, context.source.starts
        start = starts[first - 1]
        stop = starts[last] if last < len(texts) else len(context.text)
        if first >= 2 and is_blank(texts, first - 2) and last < len(texts) and \
                is_blank(texts, last):
            stop = starts[last + 1] if last + 1 < len(texts) else len(context.text)
        return Edit(start, stop, "")


def _cut_copy(context: RuleContext, cut: Span, repeats: list[RepeatedHeader]) -> Diagnostic:
    """One finding for a first copy of the header cut off at ``cut`` (a header line
    or its Classified By or REF block ends in "..."), printed again complete
    below: the cut copy is the one to remove.  No fix: which of its lines the
    complete copy repeats is not all known (a routing line with the banner glued
    to it, text between the copies)."""
    first = min(repeat.original.start for repeat in repeats)
    copy_first = min(repeat.span.line for repeat in repeats)
    copy_last = max(repeat.span.end_line for repeat in repeats)
    document = context.document
    for block in (document.classified_by, document.subject):  # the complete copy's
        if block is not None and block.span.start > cut.end:
            copy_last = max(copy_last, block.span.end_line)
    span = context.span(context.source.starts[context.source.line_col(first)[0] - 1],
                        cut.end)
    # the "..." as written, or the last word of a preview cut off without one
    # ("Summar" above the viewer's record)
    word = context.text[cut.start:cut.end]
    shown = "..." if word == "\u2026" else word
    return context.report(
        span, f"lines {span.line}-{cut.line} are a copy of the header cut off at line "
        f"{cut.line} ('{shown}'); it is printed complete at lines {copy_first}-{copy_last}: "
        "remove the cut copy")
