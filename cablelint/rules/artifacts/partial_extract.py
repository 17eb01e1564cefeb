"""CL913 partial-extract."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class PartialExtract(Rule):
    """The cable is a partial extract ("This record is a partial extract ...").

    Partial extracts lack their routing header and often their sign-off, and
    paragraphs may be missing.  The completeness rules (CL101, CL111, CL201,
    CL501) report at info severity in such cables; this finding says why.

    Why: a reader should know that gaps in the text are expected.  Info:
    nothing in the text is wrong; the finding explains other findings.

    Source: observed in extracted cables (cable-format.md, section 1).

    Bad:
        This record is a partial extract of the original cable. The full text
        of the original cable is not available.

    Good:
        (the full cable text)

    Fix: none: the missing text cannot be restored.
    """

    code = "CL913"
    name = "partial-extract"
    summary = "The cable is a partial extract"
    severity = "info"
    basis = "extraction"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (few cables have a preamble): a generator
        # made for nothing costs the engine more than the whole test
        preamble = context.document.preamble
        if preamble is None:
            return iter(())
        return iter((context.report(
            preamble.span,
            "partial extract: the full text is not available; completeness checks "
            "report at info severity"),))
