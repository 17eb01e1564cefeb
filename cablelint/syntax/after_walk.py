"""The model's parts worked out once the whole parse tree has been walked.

:class:`AfterWalk` is a part of :class:`cablelint.syntax.builder.DocumentBuilder`:
what needs the header and the body together (a Classified By block found outside
the header, a paragraph glued to that block, the whole-text statement, the SBU
notice below the banner, the header echoed in the trailer, where the released text
is cut short, an IIR's fields) is kept apart from the walk that collects them.
"""

from __future__ import annotations

from cablelint.diagnostics import Span, new_tuple
from cablelint.fields.body import parse_paragraph
from cablelint.fields.sbu_notice import find_sbu_notice
from cablelint.fields.sipdis import find_inline_sipdis
from cablelint.fields.subject import parse_subject
from cablelint.fields.whole_text import parse_whole_text
from cablelint.model import (
    BodyNode,
    ClassifiedBy,
    IirReport,
    Paragraph,
    RepeatedHeader,
    TextLine,
    WholeText,
)
from cablelint.syntax.classified_by import block_in_paragraph, block_outside_header

#: how far below the banner the SBU handling notice is looked for: it follows the
#: header (600 characters below the banner in 07PARIS1791, the farthest seen)
_NOTICE_REACH = 2000


class AfterWalk:
    """The document builder's work after the walk (mixed into ``DocumentBuilder``)."""

    def _recovered_classified_by(self, block_paragraphs: tuple[int, ...]) -> ClassifiedBy | None:
        """The block the grammar did not read as a header field: in text between the
        E.O. line (else the banner) and paragraph 1, else opening a paragraph."""
        start = 0
        for item in (self.fields.get("eo"), self.fields.get("banner")):
            if item is not None:
                start = item.span.start
                break
        end = self.paragraphs[0].span.start if self.paragraphs else len(self.source.text)
        subject = self.fields.get("subject")
        block = block_outside_header(self.source, start, end,
                                     subject.span if subject is not None else None)
        if block is None and block_paragraphs:
            block = block_in_paragraph(self.source, self.paragraphs[block_paragraphs[0]])
        return block

    def _glued_first_paragraph(self) -> None:
        """The paragraph run onto the Classified By block's last line (``... 1.4 (b), (d)
        1. (C) Summary: ...``, ``ClassifiedBy.glued_paragraph``) is the first paragraph:
        put before the others and the body's nodes, so that its number and portion
        mark are judged like any other's.  The body nodes' paragraph indexes move on.
        A bare number and mark that paragraph 1 below repeats is an echo of it
        (``ClassifiedBy.glued_echo``), no paragraph."""
        classified_by = self.fields.get("classified_by")
        glued = classified_by.glued_paragraph if classified_by is not None else None
        if glued is None:
            return
        text = self.source.text[glued.start:glued.end]
        paragraph = parse_paragraph(self.source, text, glued.start, glued)
        mark = paragraph.portion_mark
        rest = glued.end if mark is None else mark.span.end
        if self.paragraphs and self.paragraphs[0].number == paragraph.number and \
                not self.source.text[rest:glued.end].strip():
            # "... 1.4(D) 1. (C)" above "¶1. (C) During ...": an echo of paragraph 1
            self.fields["classified_by"] = classified_by._replace(glued_echo=True)
            return
        self.paragraphs.insert(0, paragraph)
        self.body[:] = [new_tuple(BodyNode, ("paragraph", glued, 0)), *(
            node._replace(index=node.index + 1) if node.kind == "paragraph" else node
            for node in self.body)]


    def _trailing_echo(self) -> tuple[RepeatedHeader, ...]:
        """The header printed again below the text (``Regions.echo``, its lines trailer
        lines of kind ``header-echo``) as a repeated header: the copy, from its banner
        line to its last line, of the header from the banner to the body."""
        regions, banner = self.regions, self.fields.get("banner")
        if regions is None or regions.echo is None or banner is None or not self.header_tokens:
            return ()
        echoes = [line.span for line in self.trailer if line.kind == "header-echo"]
        if not echoes:
            return ()
        header = [token for token in self.header_tokens if token.end_pos > banner.span.start]
        if not header:
            return ()
        return (RepeatedHeader(self.source.span(echoes[0].start, echoes[-1].end),
                               self.source.span(banner.span.start, header[-1].end_pos),
                               tuple(token.type for token in header), trailing=True),)

    def _sbu_notice(self) -> Span | None:
        """The SBU handling notice between the banner and the first paragraph, for an
        UNCLAS banner only (a classified cable's notice is no SBU handling), within
        _NOTICE_REACH characters of the banner (it follows the header: a cable without
        a numbered paragraph is not searched to its end)."""
        banner = self.fields.get("banner")
        if banner is None or banner.classification.level != "U":
            return None
        start = banner.span.end
        end = self.paragraphs[0].span.start if self.paragraphs else start + _NOTICE_REACH
        return find_sbu_notice(self.source, start, min(end, start + _NOTICE_REACH))

    def _cut_short(self) -> Span | None:
        """The "..." where the released text stops: the last line of text above the
        trailer ends with it ("¶1. (S/NF) Summa...", a preview of the cable with
        its header printed again below, 08USNATO290; or "Classified By: ... for
        re..." above the echo when the text stops in its header, 08BAKU768)."""
        text = self.source.text
        end = self.trailer[0].span.start if self.trailer else len(text)
        regions = self.regions
        if not self.trailer and regions is not None and regions.trailer is not None:
            # a text that stops in its header has no trailer nodes: the region search
            # still found where its junk begins (the header echoed below it, 08BAKU768)
            end = self.source.starts[regions.trailer]
        while end and text[end - 1].isspace():  # (in place: no copy of the text)
            end -= 1
        for ellipsis in ("...", "\u2026"):
            if text.endswith(ellipsis, 0, end) and not text.endswith("....", 0, end):
                return self.source.span(end - len(ellipsis), end)
        return None

    def _inline_sipdis(self, body: tuple[BodyNode, ...]) -> tuple[Span, ...]:
        """The SIPDIS tokens of the text, without those of a header printed again on
        one line below it (a trailer line of kind ``header-echo``: there SIPDIS is
        the header's caption, not a word in a sentence)."""
        found = find_inline_sipdis(self.source, body)
        echoes = [line.span for line in self.trailer if line.kind == "header-echo"]
        if not found or not echoes:
            return found
        return tuple(token for token in found
                     if not any(echo.start <= token.start < echo.end for echo in echoes))

    def _iir_layout(self, iir: IirReport, markers: list) -> list:
        """What an IIR's fields mean for the rest of the model: the subject ends
        where the next field begins (``SUBJECT: ... (U)`` / ``WARNING: ...``), a
        field label is no marker (``SUMMARY: (C) ...`` is closed by the next
        field, not by END SUMMARY), and ``DRV FROM:`` is the line a derivatively
        classified report gives instead of a Classified By block."""
        subject = self.fields.get("subject")
        if subject is not None:
            cut = next((field.span.start for field in iir.fields
                        if subject.span.start < field.span.start < subject.span.end), None)
            if cut is not None:
                text = self.source.text[subject.span.start:cut].rstrip()
                self.fields["subject"] = parse_subject(self.source, text, subject.span.start)
        derived = iir.field("DRV FROM")
        if derived is not None and "derived_from" not in self.fields:
            self.fields["derived_from"] = TextLine(
                derived.span, self.source.text[derived.span.start:derived.span.end])
        labels = {field.label_span.start for field in iir.fields}
        return [marker for marker in markers if marker.span.start not in labels]

    def _whole_text(self) -> WholeText | None:
        """The whole-text statement between the banner and the second paragraph; when
        it is written as the first paragraph's mark (``1. (C - ENTIRE TEXT)``), that
        paragraph is left without a portion mark."""
        banner = self.fields.get("banner")
        paragraphs = self.paragraphs
        end = paragraphs[1].span.start if len(paragraphs) > 1 else len(self.source.text)
        whole = parse_whole_text(self.source, banner.span.end if banner else 0, end)
        if whole is None or not paragraphs:
            return whole
        first: Paragraph = paragraphs[0]
        if first.portion_mark is not None and first.portion_mark.span.start == whole.span.start:
            paragraphs[0] = first._replace(portion_mark=None)
            whole = whole._replace(paragraph=0)
        return whole

