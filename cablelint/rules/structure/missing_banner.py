"""CL101 missing-banner."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.overall_level import level_evidence
from cablelint.analysis.structure import first_line_span, header_items, level_name
from cablelint.diagnostics import Diagnostic, Span
from cablelint.fields.cable_id import post_letters
from cablelint.model import Document
from cablelint.rules.base import Rule, RuleContext


class MissingBanner(Rule):
    """The cable has a classification banner line before the E.O. line.

    The banner (``C O N F I D E N T I A L SECTION 01 OF 04 KIEV 001261``) is
    the first line of the telegram text and carries its overall classification.
    The finding points at the first header line, where the banner should have
    been: below the routing header, above its captions (a SIPDIS caption run
    onto the last routing line, ``MIAMI FLSIPDIS``, is pointed at itself: the
    banner goes on a line of its own before it).  The example banner has a
    SECTION part only when the cable shows one: the DE line's section
    (``#0123/01``) with a count from a page-break mark (``002 OF 003``); a
    DE section alone says too little (one cable in four whose DE line names
    section 01 has no SECTION part in its banner).  In partial extracts it is
    reported as info.

    When the cable states its level elsewhere -- the ZNY/ZNR routing letters
    (``SSSSS``), the page-break banners, a pseudo banner, the closing
    classification line, the metadata record -- the finding names that level
    and the evidence, and is a warning: the telegram had a banner (its routing
    says it was classified), so the text lost it in extraction.  The
    classification rules then judge the cable at that level.

    Why: without a banner the text states no overall classification, and the
    marking, portion and authority checks have only indirect evidence to
    compare with.  An error when nothing else states the level either: the
    overall marking is required.  In partial extracts it is info.

    Source: 5 FAH-2 H-222 (the first line of a telegram is the classification
    line); 31 CFR 2.7(a) (overall marking at the top of the first page).

    Bad:
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC 0123
        E.O. 12958: DECL: 06/10/2019

    Good:
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC 0123
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 06/10/2019

    Fix: add the banner line (the level is a human decision).
    """

    code = "CL101"
    name = "missing-banner"
    summary = "The cable has no classification banner"
    severity = "error"
    basis = "marking-rule"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (nearly every cable has a banner): a
        # generator made for nothing costs the engine more than the whole test
        if context.document.banner is not None:
            return iter(())
        return self._missing(context)

    def _missing(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        where = _first_after_banner(document)
        if where is None:
            return  # an empty file: nothing to point at (the parser reports it)
        partial = document.partial_extract
        evidence = level_evidence(context)
        if evidence.level is None:
            yield context.report(
                first_line_span(context, where),
                "no classification banner before the header; add the banner line "
                "(e.g. 'C O N F I D E N T I A L POST 000123') above this line"
                + (" (partial extract)" if partial else ""),
                severity="info" if partial else None)
            return
        name = level_name(evidence.level)
        glued = _glued_caption(document, where)
        example = _example_banner(document, evidence.level)
        yield context.report(
            where if glued else first_line_span(context, where),
            f"no classification banner before the header (lost in extraction?); classified "
            f"{name} from {evidence.described()}; restore the banner line "
            f"(e.g. '{example}') "
            + (f"on a line of its own before '{glued}'" if glued else "above this line")
            + (" (partial extract)" if partial else ""),
            severity="info" if partial else "warning")


def _example_banner(document: Document, level: str) -> str:
    """The banner the cable id and the level suggest: ``S E C R E T ZENDA 000123``;
    with a SECTION part when the routing's DE line names the section (``#0123/01``)
    and a page-break mark the count (dev corpora: 87 of 390 cables whose DE line
    names section 01 have no SECTION part, so the DE line alone adds none)."""
    word = " ".join(level_name(level)) if level in ("C", "S") else "UNCLAS"
    if level == "TS":
        word = "T O P S E C R E T"
    section = document.routing.transmission_section if document.routing else None
    total = next((mark.total for mark in document.page_breaks if mark.total), None) \
        if section is not None else None
    if total:
        word += f" SECTION {int(section):02d} OF {total:02d}"
    own = _text_own_id(document)
    if own is not None:
        return f"{word} {own[0]} {own[1]:06d}"
    cable_id = document.cable_id
    if cable_id is None:
        return f"{word} POST 000123"
    return f"{word} {_post_as_written(document, cable_id.originator)} {cable_id.serial:06d}"


def _text_own_id(document: Document) -> tuple[str, int] | None:
    """The post and serial the text's own page-break marks print (``PARIS 00004247
    002 OF 004``) when they name another cable than the file's id: a text filed
    under another cable's routing header (06AMMAN3564 holds PARIS 004247, fresh-15
    A175) is restored with its own banner, not the file's.  None when the marks
    agree with the id or give none (the id, spelt as the FM line, is then used)."""
    cable_id = document.cable_id
    for mark in document.page_breaks:
        if mark.originator and mark.serial and mark.serial.isdigit():
            serial = int(mark.serial)
            if cable_id is not None and serial == cable_id.serial:
                return None
            return mark.originator.upper(), serial
    return None


def _glued_caption(document: Document, where: Span) -> str | None:
    """The text of the caption at ``where`` when it is run onto the routing line
    above (``MIAMI FLSIPDIS``): the banner goes between them, not above the line."""
    for caption in document.captions:
        if caption.span.start == where.start:
            return caption.text if caption.glued else None
    return None


def _post_as_written(document: Document, originator: str) -> str:
    """The post as the FM line spells it (``SAN SALVADOR``), when it is the file
    name's originator (``SANSALVADOR``) with its blanks; else the file name's form.

    File names drop the blanks of a post's name, banners keep them.
    """
    routing = document.routing
    origin = routing.origin if routing is not None else None
    if not origin:
        return originator
    words = origin.split()
    for start in range(len(words)):  # "AMEMBASSY SAN SALVADOR": skip the office
        post = " ".join(words[start:])
        if post_letters(post) == originator.upper():
            return post.upper()
    return originator


def _first_after_banner(document: Document) -> Span | None:
    """Where the header starts: the first caption, addressee or header field, or the body."""
    candidates = [node.span for node in (*document.captions, *document.addressees)]
    candidates += [span for _, span in header_items(document)]
    if document.body:
        candidates.append(document.body[0].span)
    routing_end = document.routing.span.end if document.routing else -1
    candidates = [span for span in candidates if span.start >= routing_end]
    return min(candidates, key=lambda span: span.start) if candidates else None
