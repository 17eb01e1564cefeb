"""CL407 eo-line-level-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import banner_level, level_name
from cablelint.analysis.overall_level import portions_above
from cablelint.analysis.portion_marks import tables
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class EoLineLevel(Rule):
    """The E.O. line fits the banner: an UNCLAS cable has ``E.O. ...: N/A`` and no
    Classified By block; a classified cable has a declassification instruction,
    never ``N/A``.

    A re-marked old cable (``E.O. 12958: AS AMENDED; DECLASSIFIED ...``) is
    accepted under an UNCLASSIFIED banner.  When the portions and another
    statement of the level (routing letters, metadata ...) show the UNCLAS
    banner too low, the classified E.O. line is right and CL401 reports the
    banner: one defect, one finding.

    Why: a declassification date on an unclassified cable, or N/A on a
    classified one, means the banner or the authority block is wrong.  An
    error: the header contradicts itself in two lines that were both read,
    which no extraction damage explains.

    Source: E.O. 12958 and E.O. 13526 sec. 1.6(a); 2000 STATE 018029 (the
    SBU header example uses N/A).

    Bad:
        UNCLAS ZENDA 000123
        E.O. 12958: DECL: 03/30/2016

    Good:
        UNCLAS ZENDA 000123
        E.O. 12958: N/A

    Fix: correct the banner or the E.O. line (no autofix).
    """

    code = "CL407"
    name = "eo-line-level-mismatch"
    summary = "The E.O. line or Classified By block does not fit the banner's level"
    severity = "error"
    basis = "marking-rule"
    requires = frozenset({"banner", "eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        level = banner_level(context)
        if level is None:
            return
        classified = tables(context).classified.get(level)
        above = portions_above(context) if not classified else None
        if above is not None and above.agreeing:
            return  # the banner is too low, as CL401 reports: its classified DECL is right
        declass = document.eo.declassification
        span = declass.span or document.eo.span
        if classified and declass.kind == "n/a":
            yield context.report(span, f"a {level_name(context, level)} cable needs a "
                                 "declassification instruction, not N/A")
        elif not classified and declass.kind not in ("n/a", "declassified", "missing"):
            yield context.report(span, f"an unclassified cable has the declassification "
                                 f"'{declass.raw.strip()}'; write N/A")
        if not classified and document.classified_by is not None:
            block = document.classified_by
            yield context.report(block.lines[0] if block.lines else block.span,
                                 "an unclassified cable has a Classified By block; remove it "
                                 "or correct the banner")
