"""CL402 banner-above-portions."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import level_name
from cablelint.analysis.overall_level import overall_level
from cablelint.analysis.portion_marks import inventory, rank, tables
from cablelint.analysis.unseen_portions import unseen_portion
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class BannerAbovePortions(Rule):
    """The banner is not above the highest portion mark.

    Compared only when every portion shows its mark (or a whole-text statement
    covers them): not when a paragraph is unmarked (CL301), lost from the
    numbering (CL201) or the SUBJECT line is missing (CL106) -- the unseen
    portion may be the one the banner answers to, and its own finding already
    reports the defect (:mod:`cablelint.analysis.unseen_portions`).  SBU
    counts as unclassified.  Reported as info in partial extracts, where the
    higher-marked paragraphs may be among the missing ones.

    Why: a SECRET banner over CONFIDENTIAL content over-classifies the cable,
    which hinders sharing; or a higher-marked paragraph was lost.  A warning,
    not an error: a higher-marked paragraph lost in extraction leaves the same
    text, and then the banner is right.

    Source: 31 CFR 2.7(a) (overall marking = highest level inside);
    E.O. 13526 sec. 1.6.

    Bad:
        S E C R E T ZENDA 000123
        SUBJECT: (U) THE CORONATION
        ¶1. (C/NF) ...
        ¶2. (U) ...

    Good:
        C O N F I D E N T I A L ZENDA 000123
        NOFORN
        ¶1. (C/NF) ...

    Without a banner (lost in extraction) the level the cable states
    elsewhere (the ZNY line's letters, the page-break banners ...: see CL101)
    is compared instead, as info at the highest mark: that evidence is
    indirect.

    Fix: downgrading is a human decision (no autofix).
    """

    code = "CL402"
    name = "banner-above-portions"
    summary = "The banner is above the highest portion mark"
    severity = "warning"
    basis = "extraction"
    # no "banner": without one, the level comes from the other evidence

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        overall = overall_level(context)
        banner_rank = rank(context, overall.level)
        if not banner_rank:
            return
        marks = inventory(context)
        ranks = tables(context).rank
        top_rank = marks.top_rank(ranks)
        if top_rank is None or top_rank >= banner_rank:
            return
        if unseen_portion(context) is not None:
            return
        items = [(ranks.get(m.level or "", -1), m.raw, m.level, m.span) for m in marks.marks]
        if marks.whole_text is not None:
            whole = marks.whole_text
            items.append((ranks.get(whole.level or "", -1), whole.raw, whole.level, whole.span))
        top = max(items, key=lambda item: item[0])
        partial = context.document.partial_extract
        if banner is None or not overall.from_banner:
            yield context.report(
                top[3], f"'{top[1]}' is the highest portion mark "
                f"({level_name(context, top[2])}) but the cable is "
                f"{level_name(context, overall.level)} (from {overall.described()}; no banner); "
                "check the marks and the classification", severity="info")
            return
        yield context.report(
            banner.level_span,
            f"the banner is {level_name(context, overall.level)} but the highest "
            f"portion mark is '{top[1]}' ({level_name(context, top[2])}); lower the banner "
            "or correct the marks" + (" (partial extract)" if partial else ""),
            severity="info" if partial else None)
