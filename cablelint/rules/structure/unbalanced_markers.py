"""CL109 unbalanced-markers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.structure import MARKER_KINDS, MarkerEvent, marker_events
from cablelint.diagnostics import Diagnostic
from cablelint.model import Marker
from cablelint.rules.base import Rule, RuleContext

_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_BLANK_OR_DOT = frozenset(b" \t\n\r\f\v.")
_PARENS = re.compile(r"[()]")
_PARAGRAPH_LEAD = re.compile(r"\s*(?:\u00b6\s?)?\d{1,3}\s*\.+\s*(?:\([^)]{0,20}\)\s*)?"
                             r"(?:[A-Za-z ]{0,12}\s(?:and|AND)\s+)?$")
_NUMBER_ONLY = re.compile(r"(?:\u00b6\s?)?\d{1,3}\s*\.")
_PARENTHESIZED = re.compile(r"\s*\([^)]{1,20}\)")


class UnbalancedMarkers(Rule):
    """SUMMARY, COMMENT and NOTE markers are balanced.

    An inline ``(Note:`` or ``(Comment:`` is closed by END NOTE / END COMMENT
    (or at least by its closing parenthesis) before the paragraph ends; a
    SUMMARY is closed by END SUMMARY; an END marker has an opener before it.
    A comment or note that heads its own paragraph or section and runs to the
    end of the cable (the usual final "Comment" section) needs no END marker.
    ``Summary and comment`` opens, and ``End summary and comment`` closes, both.

    Why: an unclosed comment makes the reader guess where the drafter's
    opinion stops and the reporting resumes; a stray END marker means the
    opener was lost or mistyped.  A warning: where a marker is missing is
    judged by heuristics, and extraction loses markers too.

    Source: cable convention (cable-format.md, section 11).

    Bad:
        1. (C) Summary: The minister agreed ...
        2. (C) On March 3 ...      (no End Summary)

        ... he said (Comment: this is new.
        3. (C) The next day ...

    Good:
        1. (C) Summary: The minister agreed ... End summary.
        ... he said (Comment: this is new. End comment.)

    Fix: add the END marker where the summary, comment or note stops, or
    remove the stray one; no automatic fix.
    """

    code = "CL109"
    name = "unbalanced-markers"
    summary = "A SUMMARY, COMMENT or NOTE marker is not closed, or an END has no opener"
    severity = "warning"
    requires = frozenset({"markers"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        events = marker_events(context)
        document = context.document
        header_end = document.subject.span.end if document.subject else 0
        for kind in MARKER_KINDS:
            pending: list[MarkerEvent] = []
            searched_from = header_end
            for event in events:
                if event.kind != kind:
                    continue
                if event.boundary == "begin":
                    if pending and kind != "summary":
                        yield from _unclosed(context, pending[-1])
                    if not pending or kind != "summary":  # a repeated Summary opener
                        pending.append(event)
                    continue
                if not pending and not _missed_opener(context, kind, searched_from,
                                                      event.start):
                    yield context.report(
                        event.marker.span, f"'{_one_line(event.marker.raw)}' has no "
                        f"{kind.upper()} opener before it; add the opener or remove it")
                pending.clear()
                searched_from = event.marker.span.end
            if pending:
                yield from _unclosed(context, pending[-1])


def _missed_opener(context: RuleContext, kind: str, start: int, end: int) -> bool:
    """An opener the model did not record ("Summary and comment:", "[Note:",
    "Ambassador's Comment:", a bare "Summary" heading) between ``start`` and ``end``."""
    # rb"(end[\s.]*)?\bnote\b" found between start and end without its "end" group,
    # read without that regex (tried at every position, ~60 us on a long cable):
    # each whole word "note" is such a match unless "end" and blanks or full stops
    # lead up to it
    lowered = context.source.lowered()
    word = kind.encode()
    found = lowered.find(word, start, end)
    while found >= 0:
        after = found + len(word)
        # \b sees the character before ``start`` but none at or after ``end``
        if (found == 0 or lowered[found - 1] not in _WORD_BYTES) and (
                after == end or lowered[after] not in _WORD_BYTES):
            lead = found
            while lead > start and lowered[lead - 1] in _BLANK_OR_DOT:
                lead -= 1
            if lead == found or lead - 3 < start or lowered[lead - 3:lead] != b"end":
                return True
        found = lowered.find(word, found + 1, end)
    return False


def _unclosed(context: RuleContext, event: MarkerEvent) -> Iterator[Diagnostic]:
    """The finding for an opener left open, unless its style needs no END marker."""
    kind, marker = event.kind, event.marker
    event.style = event.style or _style(context, marker)
    if event.style == "paren":
        if _closed_by_parenthesis(context, marker):
            return
    elif kind != "summary":
        return  # a Comment/Note paragraph or section: the next one (or the end) ends it
    elif event.style == "heading" and any(
            heading.span.start > marker.span.end for heading in context.document.headings):
        return  # a SUMMARY section ended by the next heading
    end = f"END {kind.upper()}"
    yield context.report(marker.span, f"'{_one_line(marker.raw)}' is never closed; add "
                         f"'{end}' where the {kind} stops")


def _style(context: RuleContext, marker: Marker) -> str:
    """How an opener is written: paren "(Note:", heading, paragraph lead or inline."""
    text = context.text
    line_start = context.source.starts[marker.span.line - 1]
    before = text[line_start:marker.span.start]
    stripped = before.rstrip()
    if stripped.endswith("("):
        return "paren"
    line = context.line(marker.span.line)
    rest = line.strip(" -/:.\t").upper().replace(marker.raw.upper(), "", 1).strip(" -/:.\t")
    if not rest or _NUMBER_ONLY.fullmatch(rest):
        return "heading"
    if not stripped or _PARAGRAPH_LEAD.match(before) or (stripped.endswith(")") and \
            _PARENTHESIZED.fullmatch(stripped)):
        return "lead"
    return "inline"


def _closed_by_parenthesis(context: RuleContext, marker: Marker) -> bool:
    """An inline ``(Note: ...)`` whose parenthesis closes before the paragraph ends."""
    text = context.text
    open_at = text.rfind("(", 0, marker.span.start)
    # the paragraph ends at the next numbered paragraph or heading; blank lines do
    # not end it, since a page break inside a sentence leaves blank lines behind
    stop = len(text)
    document = context.document
    for node in (*document.paragraphs, *document.headings):
        if marker.span.end < node.span.start < stop:
            stop = node.span.start
    depth = 0
    for found in _PARENS.finditer(text, open_at, min(stop, open_at + 4000)):
        depth += 1 if found.group() == "(" else -1
        if depth == 0:
            return True
    return False


def _one_line(text: str) -> str:
    return " ".join(text.split())
