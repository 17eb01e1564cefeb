"""The ``--format tree`` view: a readable outline of a parsed cable with positions."""

from __future__ import annotations

from cablelint.diagnostics import Span
from cablelint.model import Document


def _at(span: Span) -> str:
    return f"{span.line}:{span.column}-{span.end_line}:{span.end_column}"


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def outline(document: Document) -> str:
    """One line per node, indented under the cable's path."""
    lines = [document.path]

    def add(label: str, span: Span, detail: str = "") -> None:
        lines.append(f"  {label:<14} {_at(span):<17} {detail}".rstrip())

    if document.preamble:
        add("preamble", document.preamble.span, _short(document.preamble.text))
    if document.routing:
        routing = document.routing
        dtg = routing.dtg.raw if routing.dtg else "-"
        add("routing", routing.span, f"DTG {dtg}; FM {routing.origin or '-'}")
    if document.dateline:
        add("dateline", document.dateline.span, document.dateline.text)
    if document.banner:
        banner = document.banner
        section = banner.section
        section = f" SECTION {section.number} OF {section.total}" if section else ""
        label = document.classification_label() or "?"
        add("banner", banner.span, f"{label}{section} {banner.originator} {banner.serial}")
    for caption in document.captions:
        add("caption", caption.span, caption.text)
    for addressee in document.addressees:
        add("addressee", addressee.span, _short(addressee.text))
    if document.eo:
        eo = document.eo
        decl = eo.declassification
        value = decl.date or decl.exemption or decl.raw
        add("eo", eo.span, f"E.O. {eo.order} {decl.kind} {value}")
    if document.tags:
        add("tags", document.tags.span, " ".join(tag.code for tag in document.tags.tags))
    if document.subject:
        add("subject", document.subject.span, _short(document.subject.text))
    if document.references:
        for item in document.references.items:
            add("ref", item.span, f"{item.letter or '-'} {_short(item.text, 40)} "
                f"[{item.canonical_id or '?'}]")
    if document.classified_by:
        block = document.classified_by
        reasons = "; ".join(f"{r.section or 'no section'} ({','.join(r.letters)})"
                            for r in block.reasons)
        reasons = reasons or "no reason"
        how = f" [{block.recovered}]" if block.recovered else ""
        add("classified-by", block.span, f"{_short(block.authority, 40)} | {reasons}{how}")
    if document.derived_from:
        add("derived-from", document.derived_from.span, _short(document.derived_from.text))
    if document.iir:
        add("iir", document.iir.span, f"IIR {document.iir.serial}: "
            + " ".join(field.label for field in document.iir.fields))
    if document.cancellation:
        add("cancellation", document.cancellation, "ZFR notice: the cable is cancelled")
    if document.cut_short:
        add("cut-short", document.cut_short, "the released text stops here")
    for node in document.body:
        if node.kind == "paragraph":
            paragraph = document.paragraphs[node.index]
            mark = paragraph.portion_mark.raw if paragraph.portion_mark else "(no mark)"
            pilcrow = "\u00b6" if paragraph.pilcrow else ""
            number = f"{pilcrow}{paragraph.number_text}."
            add("paragraph", node.span,
                f"{mark} {number} (mark first)" if paragraph.mark_first else f"{number} {mark}")
        elif node.kind == "heading":
            add("heading", node.span, _short(document.headings[node.index].text))
        elif node.kind == "page_break":
            add("page-break", node.span, document.page_breaks[node.index].raw)
        else:
            add(node.kind.replace("_", "-"), node.span)
    if document.signoff:
        glued = " (glued)" if document.signoff.glued else ""
        add("signoff", document.signoff.span, document.signoff.name + glued)
    for line in document.trailer:
        add("trailer", line.span, _short(line.text))
    for diagnostic in document.diagnostics:
        add(diagnostic.code, diagnostic.span, diagnostic.message)
    return "\n".join(lines) + "\n"
