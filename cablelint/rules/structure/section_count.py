"""CL108 section-count."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.structure import line_span
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class SectionCount(Rule):
    """``SECTION nn OF mm`` on the banner agrees with the page-break lines
    (``ZENDA 00000123 002 OF 005``): the banner is section 01, every break line
    has the same total, and pages never go backwards.  Missing break lines are
    normal (many cables have none) and not reported; a serial that differs is
    CL103's finding.

    Why: a disagreeing count means sections were lost or pasted from another
    cable.  A warning: lost and pasted sections are extraction damage as
    often as a drafting fault.

    Source: cable convention (cable-format.md, section 10).

    Bad:
        S E C R E T SECTION 01 OF 03 ZENDA 000123
        ...
        ZENDA 00000123 002 OF 004

    Good:
        S E C R E T SECTION 01 OF 04 ZENDA 000123
        ...
        ZENDA 00000123 002 OF 004

    Fix: find the missing or extra section; no automatic fix.
    """

    code = "CL108"
    name = "section-count"
    summary = "The banner's SECTION nn OF mm disagrees with the page-break lines"
    severity = "warning"
    basis = "extraction"
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        section = document.banner.section
        if section is not None and (section.total < 1 or section.number > section.total
                                    or section.number < 1):
            yield context.report(
                section.span, f"SECTION {section.number:02d} OF "
                f"{section.total:02d} is impossible; the total counts the "
                "sections and the first is 01")
        elif section is not None and section.number != 1:
            yield context.report(
                section.span, f"the banner is section {section.number} of "
                f"{section.total}; the text should start with section 01")
        pages = [page for page in document.page_breaks
                 if page.page is not None and page.total is not None]
        if not pages:
            return
        if section is None:
            yield context.report(
                line_span(context, pages[0].span.line),
                f"page-break line counts {pages[0].total} sections but the "
                "banner has no SECTION 01 OF nn; add it to the banner")
            return
        previous = 0
        for page in pages:
            if page.total != section.total:
                yield context.report(
                    line_span(context, page.span.line),
                    f"page-break line says OF {page.total:03d} but the banner "
                    f"says OF {section.total:02d}; check for lost sections")
            elif page.page > page.total:
                yield context.report(
                    line_span(context, page.span.line),
                    f"page {page.page} of {page.total} is past the last "
                    "section")
            elif page.page < previous:
                yield context.report(
                    line_span(context, page.span.line),
                    f"page {page.page} comes after page {previous}; sections "
                    "are out of order")
            previous = max(previous, page.page)
