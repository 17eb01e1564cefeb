"""CL401 portion-above-banner."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import level_name
from cablelint.analysis.overall_level import overall_level
from cablelint.analysis.portion_marks import inventory, rank, tables
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class PortionAboveBanner(Rule):
    """No portion is marked above the banner's level.

    Whole-text statements (``SECRET - ENTIRE TEXT``) count as a mark on every
    paragraph.  SBU, FOUO and LOU count as unclassified.

    Why: the overall marking is the highest level of anything inside; a
    ``(S)`` paragraph under a CONFIDENTIAL banner is under-protected.  An
    error: the cable breaks the marking rule as it stands, and no extraction
    damage raises a portion mark above its banner.

    Source: 31 CFR 2.7(a) (overall marking = highest level inside);
    E.O. 13526 sec. 1.6.

    Bad:
        C O N F I D E N T I A L ZENDA 000123
        ...
        ¶2. (S) ...

    Good:
        S E C R E T ZENDA 000123
        ...
        ¶2. (S) ...

    Without a banner (lost in extraction) the marks are compared with the
    level the cable states elsewhere (the ZNY line's letters, the page-break
    banners ...: see CL101), as a warning: that evidence is indirect.

    Fix: raise the banner or correct the mark (a human decision; no autofix).
    """

    code = "CL401"
    name = "portion-above-banner"
    summary = "A portion is marked above the banner's classification"
    severity = "error"
    basis = "marking-rule"
    # no "banner": without one, the level comes from the other evidence

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        overall = overall_level(context)
        banner_rank = rank(context, overall.level)
        if banner_rank is None:
            return
        marks = inventory(context)
        ranks = tables(context).rank
        top = marks.top_rank(ranks)
        if top is None or top <= banner_rank:
            return
        name = level_name(context, overall.level)
        if overall.from_banner:
            against, severity = f"the {name} banner", None
        else:
            against = f"the cable's {name} (from {overall.described()}; no banner)"
            severity = "warning"
        items = [(m.span, m.raw, m.level) for m in marks.marks]
        if marks.whole_text is not None:
            whole = marks.whole_text
            items.append((whole.span, whole.raw, whole.level))
        for span, raw, level in items:
            if ranks.get(level or "", -1) > banner_rank:
                yield context.report(span, f"'{raw}' is {level_name(context, level)}, above "
                                     f"{against}; raise the banner or correct the mark",
                                     severity=severity)
