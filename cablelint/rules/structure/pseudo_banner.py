"""CL104 pseudo-banner."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.structure import level_name, line_span
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class PseudoBanner(Rule):
    """Only one banner precedes the body.  A SMART pseudo banner before the
    routing header (``UNCLASSIFIED   STATE   00100153``) is recognised and is not
    taken for the banner; it is reported (info) so a reader knows which line
    counts, and when it disagrees with the real banner.

    Why: a second classification line before the header is confusing, and
    tools that take the first classification-looking line get the level wrong
    when the two differ.  Info: the pseudo banner is what the SMART system
    printed, not a marking error, and the real banner still counts.

    Source: cable convention (cable-format.md, section 2).

    Bad:
        S E C R E T   STATE   00119085
        O 012345Z JAN 09
        ...
        S E C R E T STATE 119085

    Good:
        O 012345Z JAN 09
        ...
        S E C R E T STATE 119085

    Fix: none needed; remove the pseudo banner if the text is being cleaned.
    """

    code = "CL104"
    name = "pseudo-banner"
    summary = "A SMART pseudo banner precedes the routing header"
    severity = "info"
    basis = "convention"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (few cables have a pseudo banner): a
        # generator made for nothing costs the engine more than the whole test
        if not context.document.pseudo_banners:
            return iter(())
        return self._pseudo_banners(context)

    def _pseudo_banners(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        banner = document.banner
        for pseudo in document.pseudo_banners:
            text = pseudo.text.strip()
            if banner is None:
                where = "the cable has no real banner"
            else:
                where = f"the banner is line {banner.span.line}"
                level = pseudo.banner.classification.level if pseudo.banner else None
                if level and level != banner.classification.level:
                    where += f" and says {level_name(banner.classification.level)}"
            yield context.report(line_span(context, pseudo.span.line),
                                 f"'{' '.join(text.split())}' is a SMART pseudo banner, not "
                                 f"the classification banner; {where}")
