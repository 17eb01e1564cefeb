"""A second cable appended below the first: the one place that knows it.

A web page may print two cables one after the other, each closed by the
viewer's end marker (``=======CABLE ENDS=======``, the trailer's
``cable-ends`` line) and each opened by the viewer's record (``id:`` ...,
:mod:`cablelint.fields.viewer_record`) and its own banner, captions and
paragraphs.  Read as one cable, the second cable's SIPDIS and SENSITIVE
captions are "in the body" and its portion marks are judged against the first
cable's banner (issue #12, 04BOGOTA2019).  So the text from the end marker
on is the appended cable's (``Document.appended_cable``): the body nodes,
sign-off and trailer that the body rules judge are the first cable's.

The marker inside the body is read as a heading (a boxed line of "="), so only
the cable's few headings are asked: no work for a cable without one.
"""

from __future__ import annotations

from cablelint.diagnostics import Span
from cablelint.fields.banner import is_banner_line, parse_banner
from cablelint.fields.viewer_record import record_follows
from cablelint.model import AppendedCable, Banner, Document, Heading, Paragraph, SignOff
from cablelint.source import SourceText
from cablelint.syntax.signoff import is_name
from cablelint.syntax.trailer import trailer_kind

#: how many lines below the end marker the second cable's banner may be (the
#: viewer's record, a dozen lines, and blank lines)
_BANNER_REACH = 40


def appended_cable_start(source: SourceText, headings: list[Heading]) -> Span | None:
    """The span of the end marker a second cable follows (the viewer's record
    within a few blank lines below it), or None when the file holds one cable."""
    for heading in headings:
        if heading.text[:1] != "=" or heading.span.line != heading.span.end_line:
            continue
        if trailer_kind(heading.text.strip()) != "cable-ends":
            continue
        if record_follows(source.texts, heading.span.line - 1):
            return heading.span
    return None


def without_appended(source: SourceText, document: Document, marker: Span) -> Document:
    """``document`` with the text from the end ``marker`` on (the appended cable) out of its
    body: its paragraphs, headings, markers, page breaks, body nodes, sign-off,
    trailer and the body's SIPDIS tokens and pilcrows are the first cable's, and
    ``appended_cable`` spans the rest.  The sign-off found at the end of the file
    is the second cable's: the first cable's is its last line when that line is a
    name (the lexer read it as the last paragraph's)."""
    start = marker.start
    paragraphs = tuple(p for p in document.paragraphs if p.span.start < start)
    kept = len(paragraphs)
    body = tuple(node for node in document.body if node.span.start < start)
    signoff = document.signoff
    if signoff is not None and signoff.span.start >= start:  # the second cable's
        signoff = None
        if body and body[-1].kind == "paragraph" and body[-1].index == kept - 1:
            found = _closing_name(source, paragraphs[-1], marker.line)
            if found is not None:
                signoff, last = found
                paragraphs = (*paragraphs[:-1], last)
                body = (*body[:-1], body[-1]._replace(span=last.span))
    notice = document.sbu_notice
    return document._replace(
        paragraphs=paragraphs,
        headings=tuple(h for h in document.headings if h.span.start < start),
        markers=tuple(m for m in document.markers if m.span.start < start),
        page_breaks=tuple(p for p in document.page_breaks if p.span.start < start),
        body=body,
        signoff=signoff if signoff is None or signoff.span.start < start else None,
        trailer=tuple(t for t in document.trailer if t.span.start < start),
        inline_sipdis=tuple(s for s in document.inline_sipdis if s.start < start),
        stray_pilcrows=tuple(p for p in document.stray_pilcrows if p.span.start < start),
        contents_entries=tuple(i for i in document.contents_entries if i < kept),
        classified_by_paragraphs=tuple(i for i in document.classified_by_paragraphs
                                       if i < kept),
        sbu_notice=notice if notice is None or notice.start < start else None,
        appended_cable=AppendedCable(
            Span(marker.line, marker.column, document.span.end_line,
                 document.span.end_column, start, document.span.end),
            marker, _second_banner(source, marker.line)),
    )


def _second_banner(source: SourceText, marker_line: int) -> Banner | None:
    """The appended cable's banner: the first line below the end marker (1-based
    ``marker_line``) that is a banner and nothing else, within the viewer record's
    reach; None when there is none."""
    texts = source.texts
    for index in range(marker_line, min(len(texts), marker_line + _BANNER_REACH)):
        text = texts[index].strip()
        if text and is_banner_line(text):
            indent = len(texts[index]) - len(texts[index].lstrip())
            return parse_banner(source, text, source.starts[index] + indent)
    return None


def _closing_name(source: SourceText, last: Paragraph,
                  marker_line: int) -> tuple[SignOff, Paragraph] | None:
    """The first cable's sign-off: the last non-blank line above the end marker
    (1-based ``marker_line``) when it is a name on a line of its own inside the
    ``last`` paragraph, with that paragraph ending above it; else None."""
    texts = source.texts
    index = marker_line - 2
    while index > last.span.line - 1 and not texts[index].strip():
        index -= 1
    above = index - 1
    while above > last.span.line - 1 and not texts[above].strip():
        above -= 1
    if index <= last.span.line - 1 or index >= last.span.end_line:
        return None
    text = texts[index]
    name = text.strip()
    if not is_name(name, apart=above < index - 1):
        return None
    begin = source.starts[index] + len(text) - len(text.lstrip())
    line_end = source.starts[above] + len(texts[above].rstrip())
    paragraph = last._replace(
        span=source.span(last.span.start, line_end),
        blank_lines=tuple(line for line in last.blank_lines if line <= above + 1))
    return SignOff(span=source.span(begin, begin + len(name)), name=name, glued=False), paragraph
