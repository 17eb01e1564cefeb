"""CL403 metadata-classification-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import level_name, metadata_record
from cablelint.analysis.overall_level import portions_above
from cablelint.analysis.portion_marks import tables
from cablelint.diagnostics import Diagnostic
from cablelint.fields.banner import read_label
from cablelint.rules.base import Rule, RuleContext


class MetadataClassification(Rule):
    """When external metadata is supplied, its classification matches the
    banner.  The cable viewer labels an UNCLAS cable with the ``SENSITIVE``
    caption line ``UNCLASSIFIED//FOR OFFICIAL USE ONLY``; a caption that
    opens with ``SENSITIVE BUT UNCLASSIFIED`` gets either label (the plain
    caption ``UNCLASSIFIED//FOR OFFICIAL USE ONLY`` in 06BAGHDAD3505, ``...
    -- HANDLE ACCORDINGLY`` plain ``UNCLASSIFIED`` in 07PARIS1791), so both
    agree with the banner; other captions that merely contain the word keep
    plain ``UNCLASSIFIED``.  Runs only with ``--metadata``.

    Why: a mismatch means the text and the record describe different cables
    (a routing header carrying another cable's text) or one of them was
    re-marked.  A warning: the record is kept outside the cable, and either
    of the two may be the wrong one.

    Source: cable-viewer convention observed in the corpus.

    The examples are a cable whose metadata record says ``CONFIDENTIAL``.

    Bad:
        S E C R E T ZENDA 000123
        ...
        ¶1. (S) ...

    Good:
        C O N F I D E N T I A L ZENDA 000123
        ...
        ¶1. (C) ...

    Fix: find out which is right (no autofix).
    """

    code = "CL403"
    name = "metadata-classification-mismatch"
    summary = "The metadata's classification differs from the banner"
    severity = "warning"
    basis = "heuristic"
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        record = metadata_record(context)
        if record is None or not record.get("classification"):
            return
        banner = context.document.banner
        wanted = _metadata_level(context, record["classification"])
        level = banner.classification.level
        kinds = {c.kind for c in context.document.captions} if level == "U" else set()
        if "sensitive" in kinds:
            level = "SBU"
        elif wanted == "SBU" and ("sbu" in kinds or "EFTO" in banner.classification.caveats):
            # the viewer reads "SENSITIVE BUT UNCLASSIFIED" either way, and labels an
            # UNCLAS E F T O cable FOR OFFICIAL USE ONLY (09EFTOLONDON2468)
            return
        if wanted is None or level is None or wanted == level:
            return
        above = portions_above(context)
        if above is not None and above.agrees("metadata"):
            return  # the portions say so too: CL401 reports the low banner once
        label = "UNCLAS with the SENSITIVE caption" if level == "SBU" else \
            level_name(context, level)
        yield context.report(banner.level_span,
                             f"the banner says {label} but the metadata says "
                             f"{record['classification']}; check which is right")


def _metadata_level(context: RuleContext, label: str) -> str | None:
    """Level code of a viewer label: ``SECRET//NOFORN`` -> S; the FOUO label -> SBU."""
    read = read_label(label)
    spellings = tables(context).spellings
    level = spellings.get(read.level)
    if level == "U" and any(spellings.get(part) in ("FOUO", "SBU") for part in read.controls):
        return "SBU"
    return level
