"""CL105 header-order."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import drop_line_edit
from cablelint.analysis.header_copies import misplaced_fields
from cablelint.analysis.structure import first_line_span, header_items, line_ending, line_span
from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.model import Caption
from cablelint.rules.base import FixAvailability, Rule, RuleContext

_RANKS = {"E.O. line": 0, "TAGS line": 1, "SUBJECT line": 2, "REF block": 3,
          "Classified By block": 4}


class HeaderOrder(Rule):
    """Header blocks come in the order banner, captions and addressee lines,
    E.O., TAGS, SUBJECT, REF, Classified By, first paragraph, each on its own
    line.

    Reported: a header field out of that order, TAGS or an addressee written on
    the E.O. line, a SUBJECT run onto the TAGS line, a REF or Classified By
    block run onto the SUBJECT line, a Classified By block run onto the REF
    line, a caption (``NOFORN``, ``SIPDIS``) after the E.O. line, and header
    fields printed before the banner.  A SIPDIS below the E.O. line right after a
    line naming the Secretary (``Caption.inserted``) is no caption: the release's
    software put it there, as in the body (CL910); it is reported at info, to
    remove, not to move.  A header printed twice (the banner, or a run of
    lines with the E.O. line, repeated) is left to CL912, and so is a field before
    the banner that the header after it gives again: a copy to remove, not a
    field to move (``misplaced_fields``).

    Why: readers and tools find the subject, references and classification
    authority by position; out of order or run together they are missed.  A
    warning: the fields are all there, and run-together lines are often the
    extraction's doing.

    Source: cable convention (cable-format.md, section 0).

    Bad:
        E.O. 12958: N/A TAGS: PREL PGOV ZN
        SUBJECT: ...
        Classified By: ...
        REF: ZENDA 122

    Good:
        E.O. 12958: N/A
        TAGS: PREL PGOV ZN
        SUBJECT: ...
        REF: ZENDA 122
        Classified By: ...

    Fix: ``--fix`` moves TAGS written on the E.O. line onto a line of their own,
    and starts an E.O. keyword glued to the text before it on a new line (a
    lost line break, safe); ``--fix --unsafe-fixes`` removes a SIPDIS inserted
    after the Secretary; other re-orderings are reported only.
    """

    code = "CL105"
    name = "header-order"
    summary = "Header blocks are out of order or share a line"
    severity = "warning"
    basis = "convention"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        text = context.text
        misplaced = misplaced_fields(context) if document.duplicate_fields else ()
        if misplaced:
            first = misplaced[0]
            lines = ", ".join(str(item.span.line) for item in misplaced)
            where = f" on line {document.banner.span.line}" if document.banner else ""
            yield context.report(
                line_span(context, first.span.line),
                f"header lines {lines} are printed before the banner{where}; "
                "header fields follow the banner")
        eo = document.eo
        if eo is not None and eo.prefix_span is not None:
            yield _eo_prefix(context)
        tags = document.tags
        if eo is not None and eo.trailing_tags_span is not None and tags is not None \
                and tags.span.start == eo.trailing_tags_span.start:
            before = text[eo.span.start:tags.span.start].rstrip()
            cut = eo.span.start + len(before)
            edit = Edit(cut, tags.span.start, line_ending(context, tags.span.line))
            yield context.report(
                context.span(tags.span.start, tags.span.start + len(tags.keyword)),
                "TAGS written on the E.O. line; start them on a line of their own",
                fix=context.fix("move TAGS to their own line", edit))
        if tags is not None and tags.trailing_subject is not None:
            yield _run_on(context, tags.trailing_subject, "SUBJECT", "the TAGS line")
        subject = document.subject
        if subject is not None and subject.glued is not None:
            word = "REF" if text[subject.glued.start:subject.glued.start + 3].upper() == "REF" \
                else "Classified By"
            yield _run_on(context, subject.glued, word, "the SUBJECT line")
        block = document.classified_by
        if block is not None and block.recovered == "after-ref" and block.keyword_span:
            yield context.report(
                block.keyword_span,
                "Classified By runs onto the REF line; start it on a line of its own")
        order = _order(context)
        if order and not _printed_twice(context):
            yield from order


def _eo_prefix(context: RuleContext) -> Diagnostic:
    """Text before the E.O. keyword on its line.  Glued to the keyword ("... FOR
    TSOUE.O. 12958:"), it is a lost line break: the fix breaks the line there."""
    eo = context.document.eo
    assert eo is not None and eo.prefix_span is not None
    message = f"'{eo.prefix}' shares the E.O. line; put it on its own line above"
    keyword = eo.keyword_span
    if keyword is None or eo.prefix_span.end != keyword.start:
        return context.report(eo.prefix_span, message)
    edit = Edit(keyword.start, keyword.start, line_ending(context, keyword.line))
    return context.report(eo.prefix_span, message,
                          fix=context.fix("start the E.O. line on a new line", edit))


def _run_on(context: RuleContext, glued: Span, what: str, where: str) -> Diagnostic:
    """A field run onto the line of another (from its keyword on): start it on its own
    line (the blanks before it become a line break)."""
    text = context.text
    cut = glued.start
    while cut > 0 and text[cut - 1] in " \t":
        cut -= 1
    keyword = context.span(glued.start, glued.start + len(what))
    return context.report(
        keyword, f"{what} written on {where}; start it on a line of its own",
        fix=context.fix(f"move {what} to its own line",
                        Edit(cut, glued.start, line_ending(context, glued.line))))


def _order(context: RuleContext) -> list[Diagnostic]:
    """Header fields and captions out of order (not checked in a header printed twice)."""
    document = context.document
    eo = document.eo
    findings: list[Diagnostic] = []
    highest = None
    for label, span in header_items(document):
        if highest is not None and _RANKS[label] < _RANKS[highest[0]]:
            findings.append(context.report(
                first_line_span(context, span),
                f"{label} comes after the {highest[0]} (line "
                f"{highest[1].line}); put it before"))
        elif highest is None or _RANKS[label] > _RANKS[highest[0]]:
            highest = (label, span)
    if eo is not None:
        prefix = eo.prefix_span
        for caption in document.captions:
            if caption.span.start < eo.span.start or (
                    prefix is not None and prefix.start <= caption.span.start < prefix.end):
                # (a caption run onto the E.O. line ahead of its keyword stands before
                # it: the prefix's finding asks for the line to be split)
                continue
            if caption.inserted:
                findings.append(_inserted(context, caption))
            elif _one_word(caption):
                word = caption.text.upper()
                findings.append(context.report(
                    line_span(context, caption.span.line),
                    f"caption {word} comes after the E.O. line; put "
                    "captions between the banner and the E.O. line"))
    return findings


def _inserted(context: RuleContext, caption: Caption) -> Diagnostic:
    """A SIPDIS the release's software inserted after a line naming the Secretary
    (``Caption.inserted``): debris to remove, not a caption to move.  Info, and the
    fix unsafe, as CL910's in the body: it deletes a word of the text as released."""
    line = caption.span.line
    return context.report(
        line_span(context, line),
        "SIPDIS after a line naming the Secretary was inserted by the release, "
        "not a caption; remove it",
        fix=context.fix("remove the SIPDIS line", drop_line_edit(context, line), safe=False),
        severity="info")


def _one_word(caption: Caption) -> bool:
    """SIPDIS, or one control word alone (``NOFORN``, ``EXDIS``): a caption line that
    belongs above the E.O. line.  Longer caption lines (``SENSITIVE BUT UNCLASSIFIED``,
    ``SECRET//NOFORN``) are handling notes whose place varies."""
    controls = caption.controls
    return caption.kind == "sipdis" or (len(controls) == 1 and controls[0].span == caption.span)


def _printed_twice(context: RuleContext) -> bool:
    """The header was printed twice (CL912's finding), so the order of its items says
    nothing: the banner line is printed again, or a run of lines with the E.O. line
    (a second copy whose banner the extraction hid, '","C O N F I D E N T I A L ...'
    from a comma-separated data record, 09THEHAGUE264: its SIPDIS and TAGS were
    judged against the first copy's E.O. and SUBJECT lines).  A lone E.O. line copied
    is one field again, not the header: the order is still judged.  So is the
    header's when its copy follows the text (``RepeatedHeader.trailing``)."""
    return any("BANNER" in repeat.kinds or ("EO_LINE" in repeat.kinds and len(repeat.kinds) > 1)
               for repeat in context.document.repeated_headers if not repeat.trailing)
