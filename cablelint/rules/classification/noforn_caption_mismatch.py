"""CL404 noforn-caption-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import caption, line_end
from cablelint.analysis.portion_marks import inventory, vocabulary
from cablelint.analysis.unseen_portions import unseen_portion
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class NofornCaption(Rule):
    """Any ``/NF`` portion implies a ``NOFORN`` caption in the header; a
    ``NOFORN`` caption in a cable whose marks never say NF is reported as info.

    Why: dissemination controls of any portion must appear in the overall
    marking, or the cable is distributed to readers who may not see the
    NOFORN portions.  A warning, not an error: a caption line is lost or
    mangled in extraction as easily as it is omitted, and a caption without
    NF marks (info) may rightly cover unmarked text -- so it is not reported
    when a portion's mark cannot be seen (an unmarked or lost paragraph, no
    SUBJECT line: :mod:`cablelint.analysis.unseen_portions`), whose own
    finding reports that defect.

    Source: ISOO marking booklet (Dec 2010): dissemination controls appear
    in the banner; cable convention (the NOFORN caption line).

    Bad:
        S E C R E T ZENDA 000123

        SIPDIS
        ...
        ¶2. (S/NF) ...

    Good:
        S E C R E T ZENDA 000123
        NOFORN

        SIPDIS

    Fix: ``--fix`` inserts a ``NOFORN`` caption line after the banner (safe:
    only when the banner stands on its own line).
    """

    code = "CL404"
    name = "noforn-caption-mismatch"
    summary = "NF portion marks and the NOFORN caption disagree"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = inventory(context)
        if not found.levels:
            return
        caption_word = vocabulary(context)["controls"]["NF"]["caption"]
        found_caption = caption(context, caption_word)
        noforn = [mark for mark in found.marks if "NF" in mark.caveats]
        if noforn and found_caption is None:
            first = noforn[0]
            more = f" (and {len(noforn) - 1} more)" if len(noforn) > 1 else ""
            fix = None
            end = line_end(context, context.document.banner.span)
            if end is not None:
                fix = context.fix(f"add a {caption_word} caption after the banner",
                                  Edit(end, end, "\n" + caption_word))
            yield context.report(first.span, f"'{first.raw}' is NOFORN{more} but the header "
                                 f"has no {caption_word} caption; add one", fix=fix)
        elif found_caption is not None and not noforn and unseen_portion(context) is None:
            yield context.report(found_caption[1].span,
                                 f"{caption_word} caption, but no portion mark says NF; "
                                 "check the caption or the marks", severity="info")
