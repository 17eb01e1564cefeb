"""CL110 long-cable-summary."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.structure import marker_events
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class LongCableSummary(Rule):
    """A telegram longer than three pages carries a summary.

    Proxy for the length: the banner says ``SECTION 01 OF 04`` or more.  Any
    SUMMARY marker (heading, ``Summary:`` lead, END SUMMARY) counts, as does a
    heading the parser tells a summary heading (``Heading.kinds``) and a
    summary under the label ``Key points:`` opening paragraph 1 (the parser's
    ``Marker.kinds``).

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
        if any("summary" in heading.kinds for heading in context.document.headings):
            return
        yield context.report(banner.section.span,
                             f"the cable has {banner.section.total} sections but no summary; "
                             "add a summary paragraph")
