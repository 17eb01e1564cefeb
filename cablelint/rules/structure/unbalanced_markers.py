"""CL109 unbalanced-markers."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from operator import attrgetter

from cablelint.analysis.numbering import lost_after
from cablelint.analysis.structure import MARKER_KINDS, MarkerEvent, marker_events
from cablelint.diagnostics import Diagnostic
from cablelint.fields.markers import lists_topics, opens_with_label
from cablelint.model import Marker
from cablelint.rules.base import Rule, RuleContext

_PARAGRAPH_START = attrgetter("span.start")


class UnbalancedMarkers(Rule):
    """SUMMARY, COMMENT and NOTE markers are balanced.

    An inline ``(Note:`` or ``(Comment:`` is closed by END NOTE / END COMMENT
    (or at least by its closing parenthesis) before the paragraph ends; one
    left open is reported as missing its ``)``, which it misses whether or not
    the cable writes END NOTE as well (06MANAGUA220 closes its notes with ``)``
    alone); an opener may name who writes it (``(LEGATT NOTE:``); a
    SUMMARY is closed by END SUMMARY; an END marker has an opener before it.
    A comment or note that heads its own paragraph or section and runs to the
    end of the cable (the usual final "Comment" section) needs no END marker.
    ``Summary and comment`` opens, and ``End summary and comment`` closes, both.
    A SUMMARY followed by a paragraph the numbering shows lost (CL201) is not
    reported: its END SUMMARY may have gone with that paragraph.
    A ``Summary:`` ending its line over nothing but a list of topics (``--
    Growing Protests in ZENDA``), a heading after it, is the headlines of the
    sections below (06ASUNCION768): the heading ends it, no END marker needed.
    ``Key points:`` opening paragraph 1 is a summary under another label;
    ``End key points`` closes it, but a list of key points needs no END marker.
    A ``Summary:`` labelling one field of a form-style report, between
    paragraphs that open with labels too (``Date and Time:``, ``Desc:``; told by
    the markers' recogniser), needs no END marker: the next field ends it.
    An END of another kind than the opener left open right before it
    ("(Note: ... End Comment.)") is reported as a mismatched closer; an opener
    with a typo ("Ccomment:") is reported as misspelt (the parser reads it as
    the opener when an END of its kind follows), and so is an END SUMMARY with
    a typo ("End Summmary.") after a summary left open.

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
        unclosed: list[MarkerEvent] = []
        ended: set[int] = set()  # the openers a mismatched END closes (their id)
        for kind in MARKER_KINDS:
            pending: list[MarkerEvent] = []
            for index, event in enumerate(events):
                if event.kind != kind:
                    continue
                if event.boundary == "begin":
                    if event.marker.misspelt:
                        yield _misspelt(context, event.marker)
                    if pending and kind != "summary":
                        unclosed.append(pending[-1])
                    if not pending or kind != "summary":  # a repeated Summary opener
                        pending.append(event)
                    continue
                if event.marker.misspelt:
                    yield _misspelt(context, event.marker)
                if not pending:
                    yield _without_opener(context, events, index, ended)
                pending.clear()
            if pending:
                unclosed.append(pending[-1])
        for event in unclosed:
            if id(event.marker) not in ended:
                yield from _unclosed(context, event)


def _without_opener(context: RuleContext, events: list[MarkerEvent], index: int,
                    ended: set[int]) -> Diagnostic:
    """The finding for an END with no opener of its kind: a closer that does not
    match the opener left open just before it ("(Note: ... End Comment.)"), or a
    stray END.  A mismatched closer ends its opener: that opener is not reported
    as never closed as well (its marker's id goes into ``ended``)."""
    event = events[index]
    raw = _one_line(event.marker.raw)
    opener = _open_before(events, index)
    if opener is None:
        return context.report(event.marker.span, f"'{raw}' has no {event.kind.upper()} "
                              f"opener before it; add the opener or remove it")
    ended.add(id(opener.marker))
    word = "End " + opener.kind.capitalize() if not raw.isupper() else \
        f"END {opener.kind.upper()}"
    return context.report(event.marker.span, f"'{raw}' closes a {opener.kind.upper()}; "
                          f"write '{word}'")


def _open_before(events: list[MarkerEvent], index: int) -> MarkerEvent | None:
    """The opener of another kind right before the END ``events[index]``, still
    open there: no END comes between them and, written in parentheses, the END
    stands inside them (before their ``)``; an unclosed "(Note:" is not paired
    with an END paragraphs later)."""
    end = events[index]
    for before in reversed(events[:index]):
        if before.start == end.start:
            continue  # another kind of the same END marker
        if before.boundary != "begin" or before.kind == end.kind or end.kind in (
                before.marker.kinds or (before.marker.kind,)):
            return None
        close = before.marker.close_span
        if before.marker.style == "paren" and (
                close is None or close.start < end.marker.span.start):
            return None
        return before
    return None


def _unclosed(context: RuleContext, event: MarkerEvent) -> Iterator[Diagnostic]:
    """The finding for an opener left open, unless its style needs no END marker."""
    kind, marker = event.kind, event.marker
    if marker.style == "paren":
        if marker.close_span is not None:
            return  # closed by its parenthesis before the paragraph ends
    elif kind != "summary":
        return  # a Comment/Note paragraph or section: the next one (or the end) ends it
    elif marker.style == "lead" and _form_field(context, marker):
        return  # one field of a form-style report: the next field ends it
    elif marker.style == "lead" and _topic_list(context, marker):
        return  # the headlines of the sections below, ended by the first one's heading
    elif marker.kind == "key points":
        return  # a list of key points heading the first paragraph: its end is plain
    elif (marker.style == "heading" or any(
            heading.span.start <= marker.span.start < heading.span.end
            for heading in context.document.headings)) and any(
            heading.span.start > marker.span.end for heading in context.document.headings):
        # a SUMMARY section ended by the next heading; its own heading may name more
        # ("Summary and Introduction" underlined, 06KATHMANDU3112)
        return
    elif lost_after(context, marker.span.end):
        return  # the END SUMMARY may be in the lost paragraph (CL201 reports it)
    if marker.style == "paren":  # "(Note: ..." with no ")": the parenthesis is what
        # the reader misses (and what a cable closing its notes with ")" writes)
        yield context.report(marker.span, f"'({_one_line(marker.raw)}' is never closed; "
                             f"add ')' where the {kind} stops")
        return
    end = f"END {kind.upper()}"
    yield context.report(marker.span, f"'{_one_line(marker.raw)}' is never closed; add "
                         f"'{end}' where the {kind} stops")


def _form_field(context: RuleContext, marker: Marker) -> bool:
    """The summary ``marker`` leads a paragraph that stands between two paragraphs
    opening with labels ("¶2. (U) Date and Time:", "¶3. (SBU) Summary:", "¶4. (SBU)
    Desc:", 05GENEVA2414): one field of a form.  Asked only of a summary about to
    be reported as never closed (a few cables per corpus)."""
    paragraphs = context.document.paragraphs
    at = bisect.bisect_right(paragraphs, marker.span.start, key=_PARAGRAPH_START) - 1
    return 0 < at < len(paragraphs) - 1 and \
        opens_with_label(context.source, paragraphs[at - 1]) and \
        opens_with_label(context.source, paragraphs[at + 1])


def _topic_list(context: RuleContext, marker: Marker) -> bool:
    """The summary ``marker`` labels a paragraph that is only a list of topics
    (:func:`cablelint.fields.markers.lists_topics`) and a heading ends it: the
    headlines of the sections that follow (06ASUNCION768).  Asked only of a
    summary about to be reported as never closed."""
    paragraphs = context.document.paragraphs
    at = bisect.bisect_right(paragraphs, marker.span.start, key=_PARAGRAPH_START) - 1
    if at < 0:
        return False
    paragraph = paragraphs[at]
    after = paragraphs[at + 1].span.start if at + 1 < len(paragraphs) else len(context.text)
    return any(paragraph.span.end <= heading.span.start < after
               for heading in context.document.headings) and \
        lists_topics(context.source, marker, paragraph)


def _misspelt(context: RuleContext, marker: Marker) -> Diagnostic:
    """The finding for a marker written with a typo: the words to write instead."""
    word = marker.kind.upper() if marker.raw.isupper() else marker.kind.capitalize()
    if marker.boundary == "end":
        end = marker.raw.split()[0]
        return context.report(marker.span, f"'{marker.raw}' is a misspelt END "
                              f"{marker.kind.upper()}; write '{end} {word}'")
    return context.report(marker.span, f"'{marker.raw}' is a misspelt {marker.kind.upper()} "
                          f"opener; write '{word}'")


def _one_line(text: str) -> str:
    return " ".join(text.split())
