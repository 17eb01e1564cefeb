"""CL904 markdown-link."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class MarkdownLink(Rule):
    """TAGS written as markdown links, or URLs written as ``<http://...>`` autolinks.

    The cable-viewer pages linked every tag; copying the page as markdown turned
    ``PREL`` into ``[PREL](#)`` and a bare URL into ``<http://...>``.  Telegrams
    never carried either syntax.

    The TAGS finding is a warning: tools reading the TAGS line see ``[PREL](#)``
    instead of a tag.  An autolink is reported as info only: the URL itself is
    intact and sits in the classified-website footer, so nothing is misread;
    it is still reported because it is the same extraction damage and its fix
    is mechanical.

    Why: the link syntax hides the tags from every tool that reads them.  A
    warning, not an error: it is extraction damage, not a marking-rule violation.

    Source: observed in the user's example cable 05OTTAWA1502 (cable-format.md,
    section 6 and section 13); no corpus cable has it.

    Bad:
        TAGS: [PREL](#) [MARR](#) [CA](#)
        <http://www.state.sgov.gov/p/wha/ottawa>

    Good:
        TAGS: PREL MARR CA
        http://www.state.sgov.gov/p/wha/ottawa

    Fix: ``--fix`` strips the link syntax from TAGS (safe).  Un-bracketing an
    autolink is offered with ``--unsafe-fixes``: it edits the running text,
    where angle brackets may have been written on purpose, and users asked that
    ``--fix`` on the example cable change only its numbers and TAGS.
    """

    code = "CL904"
    name = "markdown-link"
    summary = "TAGS or URLs carry markdown link syntax"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        tags = context.document.tags
        if tags is not None and "](" in tags.raw:
            linked = [tag for tag in tags.tags if tag.markdown_link]
            if linked:
                edits = [Edit(tag.span.start, tag.span.end, tag.code) for tag in linked]
                plain = " ".join(tag.code for tag in linked)
                yield context.report(
                    context.span(linked[0].span.start, linked[-1].span.end),
                    f"TAGS written as markdown links; write the plain tags: {plain}",
                    fix=context.fix("strip the link syntax from the tags", *edits))
        for url in context.document.urls:
            if url.autolink:
                start, end = url.span.start, url.span.end
                yield context.report(
                    url.span,
                    f"URL written as a markdown autolink; drop the angle brackets: {url.text}",
                    severity="info",
                    fix=context.fix("drop the angle brackets", Edit(start, start + 1, ""),
                                    Edit(end - 1, end, ""), safe=False))
