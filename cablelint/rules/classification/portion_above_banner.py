"""CL401 portion-above-banner."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import level_name
from cablelint.analysis.overall_level import PortionsAbove, overall_level, portions_above
from cablelint.diagnostics import Diagnostic
from cablelint.fields.portion import runs_on_from_line_above
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

    One defect, one finding: when several portions are above the banner, or
    when another statement of the level (the routing letters, the page-break
    banners, the metadata ...) names the portions' level too, the banner is
    the likely fault and the cable gets one finding, at the banner, naming
    the portions and the agreeing evidence (CL107 and CL403 then leave that
    banner alone).  A single portion above the banner with nothing else
    agreeing is reported at the mark, which may be the slip.

    A mark opening a line inside a sentence the line above leaves open (that
    line ends in a word or a comma) may be words of the sentence rather than a
    mark: reported as a warning.  One that abbreviates the words before it
    ("the Technical Secretariat" / "(TS) necessitated") is no mark at all (the
    portion inventory leaves it out).

    Fix: raise the banner or correct the mark (a human decision; no autofix).
    """

    code = "CL401"
    name = "portion-above-banner"
    summary = "A portion is marked above the banner's classification"
    severity = "error"
    basis = "marking-rule"
    # no "banner": without one, the level comes from the other evidence

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        above = portions_above(context)
        if above is None:
            return
        overall = overall_level(context)
        name = level_name(context, overall.level)
        severity = None if overall.from_banner else "warning"
        marked = level_name(context, above.level)
        if overall.from_banner and (above.agreeing or len(above.portions) > 1):
            yield _banner_below(context, above, name, marked)
            return
        if overall.from_banner:
            against = f"the {name} banner"
        else:
            against = f"the cable's {name} (from {overall.described()}; no banner)"
        for span, raw, level in above.portions:
            # a mark opening a line inside a sentence the line above leaves open
            # may be words of that sentence: no definite violation
            yield context.report(span, f"'{raw}' is {level_name(context, level)}, above "
                                 f"{against}; raise the banner or correct the mark",
                                 severity="warning" if runs_on_from_line_above(
                                     context.text, span.start) else severity)


def _banner_below(context: RuleContext, above: PortionsAbove, name: str,
                  marked: str) -> Diagnostic:
    """One finding at the banner for one defect: several portions above it, or
    the other statements of the level agreeing with the portions."""
    banner = context.document.banner
    assert banner is not None
    span, raw, _ = above.portions[0]
    line = context.source.line_col(span.start)[0]
    count = len(above.portions)
    portions = f"'{raw}' on line {line}" if count == 1 else \
        f"{count} portions (first '{raw}' on line {line})"
    if above.agreeing:
        words = [piece.words for piece in above.agreeing]
        others = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        return context.report(banner.level_span,
                              f"the {name} banner is below {portions} marked {marked}, as "
                              f"{others} say; raise the banner to {marked}")
    return context.report(banner.level_span,
                          f"the {name} banner is below {portions} marked {marked}; raise the "
                          "banner or correct the marks")
