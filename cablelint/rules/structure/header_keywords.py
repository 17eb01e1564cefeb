"""CL106 header-keywords."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cablelint.analysis.structure import first_line_span, header_items
from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class HeaderKeywords(Rule):
    """The E.O., TAGS and SUBJECT lines are present and their keywords spelled
    correctly (``TAGS``, not ``TAG``, ``TABS``, ``TGS``, ``TAS``, ``TAGES`` or
    ``AGS``; ``SUBJECT:`` once, not ``UBJECT:`` nor ``SUBJECT`` without its colon).

    A missing line is reported where it should have been: at the header item
    that follows it.  In partial extracts a missing line is info.  Keyword
    style (``EO 12958``, ``TAGS`` without a colon) is left to CL512 and CL601.
    A DoD intelligence report sent as a cable (``Document.iir``) has no E.O.
    line by its format (``DRV FROM:`` and ``DECL ON:`` end it): not reported.

    Why: search tools and the reader rely on these three lines; a misspelt
    keyword hides the line from both.  A warning: a line may be missing
    because extraction lost it, and a misspelt keyword is a slip, not a
    wrong marking.

    Source: cable convention; 5 FAH-3 (TAGS).

    Bad:
        TAG PREL, PGOV, ZN
        SUBJECT: SUBJECT: MINISTER VISITS ZENDA

    Good:
        TAGS: PREL PGOV ZN
        SUBJECT: MINISTER VISITS ZENDA

    Fix: ``--fix`` writes ``TAGS`` for a misspelt keyword, ``SUBJECT`` for
    ``UBJECT``, adds a missing colon after ``SUBJECT`` and removes a doubled
    ``SUBJECT:`` (safe); a missing line must be
    written by hand.
    """

    code = "CL106"
    name = "header-keywords"
    summary = "E.O., TAGS or SUBJECT line missing or its keyword misspelt"
    severity = "warning"
    basis = "convention"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        partial = document.partial_extract
        severity = "info" if partial else None
        if document.banner is not None or document.eo is not None or document.tags is not None:
            nodes = [("E.O. line", document.eo), ("TAGS line", document.tags),
                     ("SUBJECT line", document.subject)]
            # a DoD intelligence report (IIR) has no E.O. line: DRV FROM / DECL ON instead
            skip = "E.O. line" if document.iir is not None else None
            for index, (label, node) in enumerate(nodes):
                if node is not None or label == skip:
                    continue
                where = _where_missing(context, nodes[index + 1:], nodes[:index])
                if where is not None:
                    yield context.report(
                        where, f"no {label} in the header; add it here"
                        + (" (partial extract)" if partial else ""), severity=severity)
        tags = document.tags
        if tags is not None and tags.misspelt and tags.keyword_span is not None:
            yield _misspelt_tags(context, tags.keyword, tags.keyword_span)
        subject = document.subject
        if subject is not None and subject.misspelt and subject.keyword_span is not None:
            where = subject.keyword_span
            where = context.span(where.start, where.start + len(subject.keyword))
            letter = "S" if subject.keyword.isupper() else "s"
            yield context.report(
                where, f"'{subject.keyword}' has lost its first letter; write "
                f"'{letter}{subject.keyword}'",
                fix=context.fix("write SUBJECT", Edit(where.start, where.start, letter)))
        if subject is not None and subject.no_colon and subject.keyword_span is not None:
            end = subject.keyword_span.end
            yield context.report(
                subject.keyword_span, f"'{subject.keyword}' has no colon; write "
                f"'{subject.keyword}:'",
                fix=context.fix("add the colon", Edit(end, end, ":")))
        second = subject.doubled_keyword if subject is not None else None
        if second is not None:
            yield context.report(
                second, "'SUBJECT:' is written twice; remove the second",
                fix=context.fix("remove the doubled keyword", Edit(second.start, second.end, "")))


def _misspelt_tags(context: RuleContext, written: str, where: Span) -> Diagnostic:
    """A misspelt TAGS keyword ("TAG", "TABS", "TGS", "TAGES", "AGS") and its fix."""
    if written.upper() == "TAG":
        letter = "S" if written.isupper() else "s"
        return context.report(
            where, f"'{written}' is misspelt; write '{written}{letter}'",
            fix=context.fix("write TAGS", Edit(where.end, where.end, letter)))
    right = "TAGS" if written.isupper() else "Tags"
    return context.report(where, f"'{written}' is misspelt; write '{right}'",
                          fix=context.fix("write TAGS", Edit(where.start, where.end, right)))


def _where_missing(context: RuleContext, later: list[tuple[str, Any]],
                   earlier: list[tuple[str, Any]]) -> Span | None:
    """Where a missing line belongs: the first line of the header item after it,
    or of header text after the items before it (or the end of the one before it,
    when none follows)."""
    document = context.document
    following = [node.span for _, node in later if node is not None]
    following += [span for label, span in header_items(document)
                  if label in ("REF block", "Classified By block")]
    if document.body:
        following.append(document.body[0].span)
    preceding = [node.span for _, node in earlier if node is not None]
    if preceding:
        after = max(span.end for span in preceding)
        # text below the fields before it (the rest of the header lost with the
        # missing line) is where that line belonged, not the first paragraph below
        following += [line.span for line in document.header_text]
        following = [span for span in following if span.start >= after]
    if following:
        return first_line_span(context, min(following, key=lambda span: span.start))
    if preceding:
        end = max(preceding, key=lambda span: span.end)
        return context.span(end.end, end.end)
    return None
