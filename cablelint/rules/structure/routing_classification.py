"""CL107 routing-classification."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.overall_level import portions_above
from cablelint.analysis.structure import level_name, spliced_routing
from cablelint.diagnostics import Diagnostic
from cablelint.fields.routing import zn_level
from cablelint.rules.base import Rule, RuleContext


class RoutingClassification(Rule):
    """The ``ZNY``/``ZNR`` routing line agrees with the banner: ``CCCCC`` for
    CONFIDENTIAL, ``SSSSS`` for SECRET, ``UUUUU`` for unclassified (and SBU).

    Not reported when the routing header and the text are two cables' (the DE
    line's serial is not the banner's, and the banner names another post than
    the file's cable id; CL103 reports that): each is classified right for
    itself, and "correct the wrong one" would mislead.  When the file holds a
    second cable's routing header (``RoutingHeader.second``), the banner below
    it is compared with that header's line, not the first cable's.

    Why: the routing letters steer the telegram through the network; when they
    disagree with the banner, one of the two classifications is wrong.  An
    error: two classifications of one telegram that disagree are a definite
    marking fault, which no extraction damage produces.

    Source: cable convention (cable-format.md, section 2).

    Bad:
        ZNY CCCCC ZZH
        ...
        S E C R E T ZENDA 000123

    Good:
        ZNY SSSSS ZZH
        ...
        S E C R E T ZENDA 000123

    Fix: correct whichever of the two is wrong; no automatic fix.
    """

    code = "CL107"
    name = "routing-classification"
    summary = "The ZNY/ZNR routing letters disagree with the banner"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"routing", "banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        routing, banner = document.routing, document.banner
        if routing.second is not None:  # two cables: the text is the second's
            routing = routing.second
        if not routing.zn_classification:
            return
        letters = routing.zn_classification.upper()
        routed = zn_level(letters)
        level = banner.classification.level
        if level == "SBU":
            level = "U"
        if routed is None or level is None or routed == level or spliced_routing(document):
            return
        above = portions_above(context)
        if above is not None and above.agrees("routing"):
            return  # the portions say so too: CL401 reports the low banner once
        yield context.report(banner.level_span,
                             f"banner says {level_name(level)} but the routing line has "
                             f"{letters} ({level_name(routed)}); correct the wrong one")
