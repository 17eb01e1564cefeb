"""CL4xx: classification consistency between the banner, the captions, the
portion marks, the E.O. line and (when supplied) external metadata.

Marks come from the shared inventory of :mod:`cablelint.rules.portion`;
levels, their ranks and the caption controls from the ``classification``
vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.numbering import counted as counted_paragraphs
from cablelint.analysis.portion_marks import inventory, rank, tables, vocabulary
from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.model import TextLine
from cablelint.rules.base import Rule, RuleContext, cable_id_of

_NOT_LETTER = re.compile(r"[^A-Z]+")


def _banner_level(context: RuleContext) -> str | None:
    banner = context.document.banner
    return banner.classification.level if banner is not None else None


def _level_name(context: RuleContext, level: str | None) -> str:
    return tables(context).names.get(level or "", "no level")


def _caption(context: RuleContext, word: str) -> TextLine | None:
    """The first header caption that contains ``word`` (upper case) as a word."""
    if word not in _caption_text(context):
        return None
    padded = f" {word} "
    for caption in context.document.captions:
        if padded in " " + " ".join(_NOT_LETTER.split(caption.text.upper())) + " ":
            return caption
    return None


def _caption_text(context: RuleContext) -> str:
    """All captions in upper case, for a quick first test."""
    found = context.memos.get("caption-text")  # a hit costs one lookup
    if found is None:
        found = context.memo("caption-text", lambda: "\n".join(
            caption.text for caption in context.document.captions).upper())
    return found


def _caption_span(context: RuleContext, caption: TextLine, word: str) -> Span:
    """The span of ``word`` inside a caption line (case-insensitive)."""
    index = caption.text.upper().find(word)
    start = caption.span.start + max(index, 0)
    return context.span(start, start + (len(word) if index >= 0 else len(caption.text)))


def _line_end(context: RuleContext, span: Span) -> int | None:
    """End of the line a header item ends on, when nothing but blanks follows it."""
    index = span.end_line - 1
    end = context.source.starts[index] + len(context.source.texts[index])
    return end if not context.text[span.end:end].strip() else None


class PortionAboveBanner(Rule):
    """No portion is marked above the banner's level.

    Whole-text statements (``SECRET - ENTIRE TEXT``) count as a mark on every
    paragraph.  SBU, FOUO and LOU count as unclassified.

    Why: the overall marking is the highest level of anything inside; a
    ``(S)`` paragraph under a CONFIDENTIAL banner is under-protected.

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

    Fix: raise the banner or correct the mark (a human decision; no autofix).
    """

    code = "CL401"
    name = "portion-above-banner"
    summary = "A portion is marked above the banner's classification"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner_rank = rank(context, _banner_level(context))
        if banner_rank is None:
            return iter(())  # the common case, without making a generator
        marks = inventory(context)
        ranks = tables(context).rank
        top = marks.top_rank(ranks)
        if top is None or top <= banner_rank:
            return iter(())
        return self._findings(context, marks, ranks, banner_rank)

    @staticmethod
    def _findings(context: RuleContext, marks, ranks, banner_rank) -> Iterator[Diagnostic]:
        banner = _level_name(context, _banner_level(context))
        items = [(m.span, m.raw, m.level) for m in marks.marks]
        if marks.whole_text is not None:
            whole = marks.whole_text
            items.append((whole.span, whole.raw, whole.level))
        for span, raw, level in items:
            if ranks.get(level or "", -1) > banner_rank:
                yield context.report(span, f"'{raw}' is {_level_name(context, level)}, above "
                                     f"the {banner} banner; raise the banner or correct the "
                                     "mark")


class BannerAbovePortions(Rule):
    """The banner is not above the highest portion mark.

    Compared only when at least half the numbered paragraphs are marked (or a
    whole-text statement covers them); CL301 reports the unmarked ones.  SBU
    counts as unclassified.  Reported as info in partial extracts, where the
    higher-marked paragraphs may be among the missing ones.

    Why: a SECRET banner over CONFIDENTIAL content over-classifies the cable,
    which hinders sharing; or a higher-marked paragraph was lost.

    Source: 31 CFR 2.7(a) (overall marking = highest level inside);
    E.O. 13526 sec. 1.6.

    Bad:
        S E C R E T ZENDA 000123
        ¶1. (C/NF) ...
        ¶2. (U) ...

    Good:
        C O N F I D E N T I A L ZENDA 000123
        NOFORN
        ¶1. (C/NF) ...

    Fix: downgrading is a human decision (no autofix).
    """

    code = "CL402"
    name = "banner-above-portions"
    summary = "The banner is above the highest portion mark"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        banner_rank = rank(context, _banner_level(context))
        if banner is None or not banner_rank:
            return iter(())  # the common case, without making a generator
        marks = inventory(context)
        top_rank = marks.top_rank(tables(context).rank)
        if top_rank is None or top_rank >= banner_rank:
            return iter(())
        return self._findings(context, banner, marks)

    @staticmethod
    def _findings(context: RuleContext, banner, marks) -> Iterator[Diagnostic]:
        ranks = tables(context).rank
        if marks.whole_text is None:
            counted = counted_paragraphs(context)
            marked = sum(1 for p in counted if p.portion_mark is not None
                         or p.span.start in marks.lead_in)
            if counted and marked * 2 < len(counted):
                return
        items = [(ranks.get(m.level or "", -1), m.raw, m.level) for m in marks.marks]
        if marks.whole_text is not None:
            whole = marks.whole_text
            items.append((ranks.get(whole.level or "", -1), whole.raw, whole.level))
        top = max(items, key=lambda item: item[0])
        partial = context.document.partial_extract
        yield context.report(
            banner.level_span,
            f"the banner is {_level_name(context, _banner_level(context))} but the highest "
            f"portion mark is '{top[1]}' ({_level_name(context, top[2])}); lower the banner "
            "or correct the marks" + (" (partial extract)" if partial else ""),
            severity="info" if partial else None)


def _metadata(context: RuleContext) -> dict[str, str] | None:
    metadata = context.settings.metadata
    if not metadata:
        return None
    cable_id = cable_id_of(context.document)
    return metadata.get(cable_id) if cable_id else None


def _metadata_level(context: RuleContext, label: str) -> str | None:
    """Level code of a viewer label: ``SECRET//NOFORN`` -> S; the FOUO label -> SBU."""
    head = label.upper().split("//")
    spellings = tables(context).spellings
    level = spellings.get(head[0].strip())
    if level == "U" and any(spellings.get(part.strip()) in ("FOUO", "SBU")
                            for part in head[1:]):
        return "SBU"
    return level


class MetadataClassification(Rule):
    """When external metadata is supplied, its classification matches the
    banner.  The cable viewer labels an UNCLAS cable with the ``SENSITIVE``
    caption line ``UNCLASSIFIED//FOR OFFICIAL USE ONLY``; other captions that
    merely contain the word (``SENSITIVE BUT UNCLASSIFIED -- HANDLE
    ACCORDINGLY``) keep plain ``UNCLASSIFIED``.  Runs only with ``--metadata``.

    Why: a mismatch means the text and the record describe different cables
    (a routing header carrying another cable's text) or one of them was
    re-marked.

    Source: cable-viewer convention observed in the corpus.

    Bad:
        metadata "SECRET", banner C O N F I D E N T I A L

    Good:
        metadata "CONFIDENTIAL", banner C O N F I D E N T I A L

    Fix: find out which is right (no autofix).
    """

    code = "CL403"
    name = "metadata-classification-mismatch"
    summary = "The metadata's classification differs from the banner"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        record = _metadata(context)
        banner = context.document.banner
        if record is None or banner is None or not record.get("classification"):
            return iter(())  # the common case (no metadata), without making a generator
        return self._findings(context, record, banner)

    @staticmethod
    def _findings(context: RuleContext, record, banner) -> Iterator[Diagnostic]:
        wanted = _metadata_level(context, record["classification"])
        level = banner.classification.level
        if level == "U" and any(c.text.strip().upper() == "SENSITIVE"
                                for c in context.document.captions):
            level = "SBU"
        if wanted is None or level is None or wanted == level:
            return
        label = "UNCLAS with the SENSITIVE caption" if level == "SBU" else \
            _level_name(context, level)
        yield context.report(banner.level_span,
                             f"the banner says {label} but the metadata says "
                             f"{record['classification']}; check which is right")


class NofornCaption(Rule):
    """Any ``/NF`` portion implies a ``NOFORN`` caption in the header; a
    ``NOFORN`` caption in a cable whose marks never say NF is reported as info.

    Why: dissemination controls of any portion must appear in the overall
    marking, or the cable is distributed to readers who may not see the
    NOFORN portions.

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
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        if banner is None:
            return iter(())  # the common case, without making a generator
        found = inventory(context)
        if not found.levels:
            return iter(())
        caption_word = vocabulary(context)["controls"]["NF"]["caption"]
        caption = _caption(context, caption_word)
        noforn = [mark for mark in found.marks if "NF" in mark.caveats]
        if bool(noforn) == (caption is not None):
            return iter(())  # marks and caption agree: no generator to make
        return self._findings(context, banner, caption_word, caption, noforn)

    @staticmethod
    def _findings(context: RuleContext, banner, caption_word: str, caption: TextLine | None,
                  noforn: list) -> Iterator[Diagnostic]:
        if noforn and caption is None:
            first = noforn[0]
            more = f" (and {len(noforn) - 1} more)" if len(noforn) > 1 else ""
            fix = None
            end = _line_end(context, banner.span)
            if end is not None:
                fix = context.fix(f"add a {caption_word} caption after the banner",
                                  Edit(end, end, "\n" + caption_word))
            yield context.report(first.span, f"'{first.raw}' is NOFORN{more} but the header "
                                 f"has no {caption_word} caption; add one", fix=fix)
        elif caption is not None and not noforn:
            yield context.report(_caption_span(context, caption, caption_word),
                                 f"{caption_word} caption, but no portion mark says NF; "
                                 "check the caption or the marks", severity="info")


class SbuWithoutSensitive(Rule):
    """``(SBU)`` portions in an UNCLAS cable require the ``SENSITIVE`` caption.

    Why: SBU telegrams were sent as UNCLASSIFIED with the caption SENSITIVE;
    without it the cable is handled as plain unclassified.

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
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        if document.banner is None or document.banner.classification.level != "U":
            return iter(())  # the common case, without making a generator
        marks = inventory(context)
        if "SBU" not in marks.levels:
            return iter(())
        return self._findings(context, marks)

    @staticmethod
    def _findings(context: RuleContext, marks) -> Iterator[Diagnostic]:
        document = context.document
        sbu: list[tuple[Span, str]] = [(mark.span, mark.raw) for mark in marks.marks
                                       if mark.level == "SBU"]
        if marks.whole_text is not None and marks.whole_text.level == "SBU":
            sbu.insert(0, (marks.whole_text.span, marks.whole_text.raw))
        if not sbu:
            return
        controls = vocabulary(context)["caption_controls"]
        words = [w for w, c in controls.items() if c.get("level") in ("SBU", "FOUO")]
        if any(_caption(context, word) for word in words):
            return
        after = document.banner.span
        for caption in document.captions:
            if caption.text.strip().upper() == "SIPDIS":
                after = caption.span
        end = _line_end(context, after)
        fix = None if end is None else \
            context.fix("add the SENSITIVE caption", Edit(end, end, "\nSENSITIVE"))
        span, raw = sbu[0]
        more = f" (and {len(sbu) - 1} more)" if len(sbu) > 1 else ""
        yield context.report(span, f"'{raw}'{more} in an UNCLAS cable without the SENSITIVE "
                             "caption; add SENSITIVE after SIPDIS", fix=fix)


class ControlOnClassified(Rule):
    """SBU, FOUO and LOU designations are not the classification of a classified
    cable: a ``SENSITIVE`` (or SBU/FOUO/LOU) caption on a CONFIDENTIAL or SECRET
    cable is reported for review.

    Why: these designations mark unclassified information; on a classified
    cable they are redundant at best and confuse handling.

    Source: 32 CFR 2001.23(a); 2000 STATE 018029.

    Bad:
        C O N F I D E N T I A L ZENDA 000123
        SENSITIVE

    Good:
        C O N F I D E N T I A L ZENDA 000123
        SIPDIS

    Fix: remove the caption, or use (SBU) portion marks where meant (no autofix).
    """

    code = "CL406"
    name = "control-caption-on-classified"
    summary = "An SBU/FOUO/LOU caption on a classified cable"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        if not context.document.captions or not context.classified:
            return iter(())  # the common case, without making a generator
        text = _caption_text(context)
        for word in tables(context).control_captions:
            caption = _caption(context, word) if word in text else None
            if caption is not None:
                level = _level_name(context, _banner_level(context))
                return iter([context.report(_caption_span(context, caption, word),
                                            f"'{word}' caption on a {level} cable: it marks "
                                            "unclassified information; review it")])
        return iter(())


class EoLineLevel(Rule):
    """The E.O. line fits the banner: an UNCLAS cable has ``E.O. ...: N/A`` and no
    Classified By block; a classified cable has a declassification instruction,
    never ``N/A``.

    A re-marked old cable (``E.O. 12958: AS AMENDED; DECLASSIFIED ...``) is
    accepted under an UNCLASSIFIED banner.

    Why: a declassification date on an unclassified cable, or N/A on a
    classified one, means the banner or the authority block is wrong.

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

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # findings gathered in a list: most cables have none (no generator to make)
        findings: list[Diagnostic] = []
        document = context.document
        level = _banner_level(context)
        if level is None or document.eo is None:
            return iter(findings)
        declass = document.eo.declassification
        span = declass.span or document.eo.span
        classified = tables(context).classified.get(level)
        if classified and declass.kind == "n/a":
            findings.append(context.report(
                span, f"a {_level_name(context, level)} cable needs a "
                "declassification instruction, not N/A"))
        elif not classified and declass.kind not in ("n/a", "declassified", "missing"):
            findings.append(context.report(
                span, f"an unclassified cable has the declassification "
                f"'{declass.raw.strip()}'; write N/A"))
        if not classified and document.classified_by is not None:
            block = document.classified_by
            first = block.raw.split("\n", 1)[0]
            findings.append(context.report(
                context.span(block.span.start, block.span.start + len(first)),
                "an unclassified cable has a Classified By block; remove it "
                "or correct the banner"))
        return iter(findings)


class MetadataNoforn(Rule):
    """When metadata is supplied, its NOFORN flag (``SECRET//NOFORN``) matches
    the header's NOFORN caption.  Runs only with ``--metadata``.

    Why: the record and the text disagree about foreign release.

    Source: cable-viewer convention observed in the corpus.

    Bad:
        metadata "CONFIDENTIAL//NOFORN", no NOFORN caption

    Good:
        metadata "CONFIDENTIAL//NOFORN", NOFORN caption after the banner

    Fix: find out which is right (no autofix).
    """

    code = "CL408"
    name = "metadata-noforn-mismatch"
    summary = "The metadata's NOFORN flag differs from the header caption"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        record = _metadata(context)
        banner = context.document.banner
        if record is None or banner is None or not record.get("classification"):
            return iter(())  # the common case (no metadata), without making a generator
        return self._findings(context, record, banner)

    @staticmethod
    def _findings(context: RuleContext, record, banner) -> Iterator[Diagnostic]:
        word = vocabulary(context)["controls"]["NF"]["caption"]
        in_metadata = word in record["classification"].upper().split("//")
        caption = _caption(context, word)
        if in_metadata and caption is None:
            yield context.report(banner.level_span, f"the metadata says "
                                 f"{record['classification']} but the header has no {word} "
                                 "caption; check which is right")
        elif caption is not None and not in_metadata:
            yield context.report(_caption_span(context, caption, word),
                                 f"{word} caption, but the metadata says "
                                 f"{record['classification']}; check which is right")


RULES = [PortionAboveBanner, BannerAbovePortions, MetadataClassification, NofornCaption,
         SbuWithoutSensitive, ControlOnClassified, EoLineLevel, MetadataNoforn]
