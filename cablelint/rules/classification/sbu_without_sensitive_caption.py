"""CL405 sbu-without-sensitive-caption."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import caption, line_end
from cablelint.analysis.portion_marks import inventory, vocabulary
from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class SbuWithoutSensitive(Rule):
    """``(SBU)`` portions in an UNCLAS cable require the ``SENSITIVE`` caption.

    Why: SBU telegrams were sent as UNCLASSIFIED with the caption SENSITIVE;
    without it the cable is handled as plain unclassified.  A warning: the
    caption is a Department telegram's convention rather than a marking
    regulation, and header captions are lost in extraction.  Info when the
    cable states its SBU handling in the text instead (``Sensitive but
    unclassified.  Not for internet distribution.`` before the first paragraph,
    ``Document.sbu_notice``): readers are told, only the caption's form is
    missing (06KIEV947, fresh-8 audit A114).

    Source: Department telegram 2000 STATE 018029.

    Bad:
        UNCLAS ZENDA 000123

        SIPDIS
        ...
        ¶1. (SBU) ...

    Good:
        UNCLAS ZENDA 000123

        SIPDIS
        SENSITIVE

    Fix: ``--fix`` adds a ``SENSITIVE`` caption line after SIPDIS (or after
    the banner when there is no SIPDIS caption); safe.
    """

    code = "CL405"
    name = "sbu-without-sensitive-caption"
    summary = "SBU portions in an UNCLAS cable without the SENSITIVE caption"
    severity = "warning"
    basis = "convention"
    fixable = FixAvailability.SAFE
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        if document.banner.classification.level != "U":
            return
        marks = inventory(context)
        if "SBU" not in marks.levels:
            return
        sbu: list[tuple[Span, str]] = [(mark.span, mark.raw) for mark in marks.marks
                                       if mark.level == "SBU"]
        if marks.whole_text is not None and marks.whole_text.level == "SBU":
            sbu.insert(0, (marks.whole_text.span, marks.whole_text.raw))
        if not sbu:
            return
        controls = vocabulary(context)["caption_controls"]
        words = [w for w, c in controls.items() if c.get("level") in ("SBU", "FOUO")]
        if any(caption(context, word) for word in words):
            return
        after, place = document.banner.span, "below the banner"
        for line in document.captions:
            # (a SIPDIS run onto the E.O. line is no line to write below)
            if line.kind == "sipdis" and line_end(context, line.span) is not None:
                after, place = line.span, "after SIPDIS"
        end = line_end(context, after)
        fix = None if end is None else \
            context.fix("add the SENSITIVE caption", Edit(end, end, "\nSENSITIVE"))
        span, raw = sbu[0]
        more = f" (and {len(sbu) - 1} more)" if len(sbu) > 1 else ""
        notice = document.sbu_notice
        if notice is not None:
            # the handling is marked, in a sentence rather than the caption
            yield context.report(span, f"'{raw}'{more} in an UNCLAS cable whose SBU notice is "
                                 f"in the text (line {notice.line}), not in a SENSITIVE "
                                 f"caption; add SENSITIVE {place}", fix=fix, severity="info")
            return
        yield context.report(span, f"'{raw}'{more} in an UNCLAS cable without the SENSITIVE "
                             f"caption; add SENSITIVE {place}", fix=fix)
