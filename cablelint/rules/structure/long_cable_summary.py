"""CL110 long-cable-summary."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.numbering import irregular, missing_numbers
from cablelint.analysis.structure import marker_events
from cablelint.diagnostics import Diagnostic
from cablelint.fields.markers import introduction_heading
from cablelint.rules.base import Rule, RuleContext

#: the paragraphs a summary may be: the first, or the third after a memo's
#: date-and-place and participants paragraphs
_OPENING = 3


class LongCableSummary(Rule):
    """A telegram longer than three pages carries a summary.

    Proxy for the length: the banner says ``SECTION 01 OF 04`` or more.  Any
    SUMMARY marker (heading, ``Summary:`` lead, END SUMMARY) counts, as does a
    heading the parser tells a summary heading (``Heading.kinds``) and a
    summary under the label ``Key points:`` opening paragraph 1 (the parser's
    ``Marker.kinds``), and an ``Introduction`` or ``Overview`` heading above the
    first paragraph (told by the markers' recogniser): the section it heads gives the overview
    a summary gives (04BOGOTA11752, a scenesetter; 10ANKARA87).  Not reported
    when the numbering shows one of the first three paragraphs lost (CL201), or
    the text starting after its opening paragraphs (the first one numbered above
    1, CL204): the summary,
    which opens the cable (after a memo's date and participants at the
    latest), may have been that paragraph.

    Why: the handbook asks drafters to summarise long telegrams so readers
    can decide whether to read on.  Info: a drafting recommendation, and the
    section count is only a proxy for the length.

    Source: 5 FAH-1 H-246 (summarise telegrams over three pages; to be
    verified against the current handbook).

    Bad:
        S E C R E T SECTION 01 OF 05 ZENDA 000123
        ...
        1. (S) The minister ...

    Good:
        S E C R E T SECTION 01 OF 05 ZENDA 000123
        ...
        1. (S) Summary: The minister ... End summary.

    Fix: add a summary paragraph; no automatic fix.
    """

    code = "CL110"
    name = "long-cable-summary"
    summary = "A cable of four or more sections has no summary"
    severity = "info"
    basis = "convention"
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        if banner.section is None or banner.section.total < 4:
            return
        if any(event.kind == "summary" for event in marker_events(context)):
            return
        paragraphs = context.document.paragraphs
        first = paragraphs[0].span.start if paragraphs else len(context.text)
        if any("summary" in heading.kinds or (
                heading.span.start < first and introduction_heading(heading.text))
               for heading in context.document.headings):
            return  # a summary heading, or an introduction heading opening the text
        if any(step.kind == "gap" and min(missing_numbers(step), default=_OPENING + 1)
               <= _OPENING for step in irregular(context)):
            return  # the summary may be the lost paragraph (CL201 reports the gap)
        if paragraphs and paragraphs[0].number > 1:
            return  # the text starts after its opening paragraphs (CL204): the summary may
            # have gone with them
        yield context.report(banner.section.span,
                             f"the cable has {banner.section.total} sections but no summary; "
                             "add a summary paragraph")
