"""CL408 metadata-noforn-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import caption, metadata_record
from cablelint.analysis.portion_marks import vocabulary
from cablelint.diagnostics import Diagnostic
from cablelint.fields.banner import read_label
from cablelint.rules.base import Rule, RuleContext


class MetadataNoforn(Rule):
    """When metadata is supplied, its NOFORN flag (``SECRET//NOFORN``) matches
    the header's NOFORN caption.  Runs only with ``--metadata``.

    Why: the record and the text disagree about foreign release.  Info: the
    record is kept outside the cable, and the cable's own caption and marks
    are checked against each other by CL404.  A NOFORN caption on an UNCLAS cable
    is not compared: the viewer's labels have no UNCLASSIFIED//NOFORN, so the
    record cannot show it.

    Source: cable-viewer convention observed in the corpus.

    The examples are a cable whose metadata record says ``CONFIDENTIAL//NOFORN``.

    Bad:
        C O N F I D E N T I A L ZENDA 000123

        SIPDIS
        ...
        ¶1. (C/NF) ...

    Good:
        C O N F I D E N T I A L ZENDA 000123
        NOFORN

        SIPDIS
        ...
        ¶1. (C/NF) ...

    Fix: find out which is right (no autofix).
    """

    code = "CL408"
    name = "metadata-noforn-mismatch"
    summary = "The metadata's NOFORN flag differs from the header caption"
    severity = "info"
    basis = "heuristic"
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        record = metadata_record(context)
        if record is None or not record.get("classification"):
            return
        word = vocabulary(context)["controls"]["NF"]["caption"]
        label = read_label(record["classification"])
        in_metadata = word in label.controls
        found = caption(context, word)
        if in_metadata and found is None:
            yield context.report(context.document.banner.level_span, f"the metadata says "
                                 f"{record['classification']} but the header has no {word} "
                                 "caption; check which is right")
        elif found is not None and not in_metadata and label.level != "UNCLASSIFIED":
            # (the viewer's labels have no UNCLASSIFIED//NOFORN: an UNCLAS cable's
            # NOFORN cannot show in its metadata)
            yield context.report(found[1].span,
                                 f"{word} caption, but the metadata says "
                                 f"{record['classification']}; check which is right")
