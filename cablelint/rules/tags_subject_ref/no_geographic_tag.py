"""CL603 no-geographic-tag."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.tags_subject_ref import tags_analysis, unknown_runs
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext

#: a lone unknown token that may be a damaged TAG
_CODE_SHAPED = re.compile(r"[A-Za-z]{2,4}")


class NoGeographicTag(Rule):
    """The TAGS line names at least one country or region (a two-letter TAG).

    Any two-letter token counts, known or not: a wrong country code is CL602's
    finding, not a missing one.  So does an unknown token shaped like a code
    (one word of two to four letters, CL602's finding: ``IRAJ`` is IR and AJ
    run together, ``PQXZ`` a mistyped code): the country code may be the
    damaged one, and one defect gets one finding.  Free text (``USEU
    BRUSSELS``) is no code, damaged or not.

    Why: geographic TAGS route the cable to the country desks and let readers
    find all traffic about a country.  Info: a missing country TAG is a
    filing omission rather than a marking violation, and a TAGS line cut in
    extraction shows it too.

    Source: 5 FAH-3 (TAGS handbook).

    Bad:
        TAGS: ASEC PTER

    Good:
        TAGS: ASEC PTER CU

    Fix: none; add the TAG of the country or region the cable is about.
    """

    code = "CL603"
    name = "no-geographic-tag"
    summary = "The TAGS line has no geographic TAG"
    severity = "info"
    basis = "convention"
    requires = frozenset({"tags"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        analysis = tags_analysis(context)
        tags = context.document.tags
        geographic = analysis.codes.geographic
        for tag, kind in zip(tags.tags, analysis.kinds, strict=True):
            if kind != "name" and (len(tag.code) == 2 or tag.code in geographic):
                return
        if any(end - index == 1 and _CODE_SHAPED.fullmatch(tags.tags[index].code)
               for index, end in unknown_runs(context)):
            return  # the country code may be the unknown one (CL602 reports it)
        start = tags.span.start
        span = context.span(start, start + len(tags.keyword)) if tags.keyword else tags.span
        yield context.report(span, "TAGS line has no geographic TAG; add the two-letter "
                                   "code of the country or region concerned")
