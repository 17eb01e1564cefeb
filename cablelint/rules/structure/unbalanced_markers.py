"""CL109 unbalanced-markers."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.numbering import lost_after
from cablelint.analysis.structure import MARKER_KINDS, MarkerEvent, marker_events
from cablelint.diagnostics import Diagnostic
from cablelint.model import Marker
from cablelint.rules.base import Rule, RuleContext


class UnbalancedMarkers(Rule):
    """SUMMARY, COMMENT and NOTE markers are balanced.

    An inline ``(Note:`` or ``(Comment:`` is closed by END NOTE / END COMMENT
    (or at least by its closing parenthesis) before the paragraph ends; a
    SUMMARY is closed by END SUMMARY; an END marker has an opener before it.
    A comment or note that heads its own paragraph or section and runs to the
    end of the cable (the usual final "Comment" section) needs no END marker.
    ``Summary and comment`` opens, and ``End summary and comment`` closes, both.
    A SUMMARY followed by a paragraph the numbering shows lost (CL201) is not
    reported: its END SUMMARY may have gone with that paragraph.
    ``Key points:`` opening paragraph 1 is a summary under another label;
    ``End key points`` closes it, but a list of key points needs no END marker.

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
    basis = "heuristic"
    requires = frozenset({"markers"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        events = marker_events(context)
        for kind in MARKER_KINDS:
            pending: list[MarkerEvent] = []
            for event in events:
                if event.kind != kind:
                    continue
                if event.boundary == "begin":
                    if event.marker.misspelt:
                        yield _misspelt(context, event.marker)
                    if pending and kind != "summary":
                        yield from _unclosed(context, pending[-1])
                    if not pending or kind != "summary":  # a repeated Summary opener
                        pending.append(event)
                    continue
                if not pending:
                    yield context.report(
                        event.marker.span, f"'{_one_line(event.marker.raw)}' has no "
                        f"{kind.upper()} opener before it; add the opener or remove it")
                pending.clear()
            if pending:
                yield from _unclosed(context, pending[-1])


def _unclosed(context: RuleContext, event: MarkerEvent) -> Iterator[Diagnostic]:
    """The finding for an opener left open, unless its style needs no END marker."""
    kind, marker = event.kind, event.marker
    if marker.style == "paren":
        if marker.close_span is not None:
            return  # closed by its parenthesis before the paragraph ends
    elif kind != "summary":
        return  # a Comment/Note paragraph or section: the next one (or the end) ends it
    elif marker.kind == "key points":
        return  # a list of key points heading the first paragraph: its end is plain
    elif marker.style == "heading" and any(
            heading.span.start > marker.span.end for heading in context.document.headings):
        return  # a SUMMARY section ended by the next heading
    elif lost_after(context, marker.span.end):
        return  # the END SUMMARY may be in the lost paragraph (CL201 reports it)
    end = f"END {kind.upper()}"
    yield context.report(marker.span, f"'{_one_line(marker.raw)}' is never closed; add "
                         f"'{end}' where the {kind} stops")


def _misspelt(context: RuleContext, marker: Marker) -> Diagnostic:
    """The finding for an opener written with a typo: the word to write instead."""
    word = marker.kind.upper() if marker.raw.isupper() else marker.kind.capitalize()
    return context.report(marker.span, f"'{marker.raw}' is a misspelt {marker.kind.upper()} "
                          f"opener; write '{word}'")


def _one_line(text: str) -> str:
    return " ".join(text.split())
