"""Building the :class:`~cablelint.model.Document` from the parse tree.

The tree is shallow (start -> prologue/header/body -> blocks -> line tokens),
so a direct walk is simpler and faster than a Lark ``Transformer``.  Field
values are parsed here with the field grammars of :mod:`cablelint.fields`.
"""

from __future__ import annotations

from cablelint.diagnostics import Diagnostic, Span, new_tuple
from cablelint.fields.banner import parse_banner, parse_classification_line, with_glued_text
from cablelint.fields.body import (
    parse_page_break,
    parse_paragraph,
)
from cablelint.fields.cable_id import parse_cable_id
from cablelint.fields.cancellation import find_cancellation
from cablelint.fields.caption import caption_words, inserted_after_secretary, parse_caption
from cablelint.fields.classified_by import parse_classified_by
from cablelint.fields.contents import find_contents_entries
from cablelint.fields.dates import match_numeric_date
from cablelint.fields.eo import parse_eo_line
from cablelint.fields.iir import find_iir_report
from cablelint.fields.redaction import find_redactions
from cablelint.fields.references import find_ref_citations, parse_references
from cablelint.fields.routing import parse_dateline
from cablelint.fields.rule_lines import find_rule_lines
from cablelint.fields.sbu_notice import find_sbu_notice
from cablelint.fields.sipdis import find_inline_sipdis
from cablelint.fields.subject import parse_subject
from cablelint.fields.tags import parse_tags
from cablelint.fields.urls import find_urls
from cablelint.fields.whole_text import parse_whole_text
from cablelint.model import (
    BodyNode,
    Caption,
    ClassifiedBy,
    Document,
    HeaderLine,
    Heading,
    IirReport,
    PageBreak,
    Paragraph,
    Printout,
    PseudoBanner,
    RepeatedHeader,
    StrayPilcrow,
    TextLine,
    TrailerLine,
    WebMetadata,
    WholeText,
)
from cablelint.source import SourceText
from cablelint.syntax.appended import appended_cable_start, without_appended
from cablelint.syntax.body_builder import BodyBuilder
from cablelint.syntax.classified_by import (
    block_in_paragraph,
    block_outside_header,
    continued_across_page_break,
    paragraphs_opening_with_block,
)
from cablelint.syntax.lalr import Token, Tree
from cablelint.syntax.regions import Regions
from cablelint.syntax.repeats import cut_short, repeated_headers
from cablelint.syntax.routing_builder import build_routing
from cablelint.syntax.tokens import first_token, last_token, tree_tokens

#: how much of a cut-off subject the complete one below must begin with to replace it
_SAME_SUBJECT = 20

#: how far below the banner the SBU handling notice is looked for: it follows the
#: header (600 characters below the banner in 07PARIS1791, the farthest seen)
_NOTICE_REACH = 2000


class DocumentBuilder(BodyBuilder):
    """Collects model nodes while walking one parse tree."""

    def __init__(self, source: SourceText, diagnostics: list[Diagnostic],
                 regions: Regions | None = None) -> None:
        self.source = source
        self.diagnostics = diagnostics
        #: the lexer's region search, when given: its banner match is not made again
        self.regions = regions
        self.fields: dict[str, object] = {}
        self.captions: list[Caption] = []
        self.addressees: list[TextLine] = []
        self.header_text: list[TextLine] = []
        self.duplicates: list[TextLine] = []
        self.pseudo_banners: list[PseudoBanner] = []
        self.paragraphs: list = []
        self.headings: list[Heading] = []
        self.markers: list = []
        self.page_breaks: list[PageBreak] = []
        self.body: list[BodyNode] = []
        self.trailer: list[TrailerLine] = []
        self.stray_pilcrows: list[StrayPilcrow] = []
        #: the "..." of Classified By or REF blocks cut off in a first copy of the header
        self.cut_blocks: list[Span] = []
        self.routing_tokens: list[Token] = []
        self.pending_header: list[Tree] = []
        self.header_tokens: list[Token] = []  # every token before the body, in order
        self.header_start = -1  # index in header_tokens of the header's first token (-1: none)

    # ---------------------------------------------------------------- helpers

    def span_of(self, node: Token | Tree) -> Span:
        """Span of a token or block, from the positions the lexer already knows."""
        if isinstance(node, Token):
            return new_tuple(Span, (node.line, node.column, node.end_line, node.end_column,
                               node.start_pos, node.end_pos))
        first, last = first_token(node), last_token(node)
        return new_tuple(Span, (first.line, first.column, last.end_line, last.end_column,
                           first.start_pos, last.end_pos))

    def text_of(self, node: Tree) -> tuple[str, int]:
        """Source text covered by a block and its start offset."""
        first, last = first_token(node), last_token(node)
        return self.source.text[first.start_pos:last.end_pos], first.start_pos

    def line(self, token: Token) -> TextLine:
        return new_tuple(TextLine, (new_tuple(Span, (token.line, token.column, token.end_line,
                                           token.end_column, token.start_pos, token.end_pos)),
                               token.value))

    # ------------------------------------------------------------------- walk

    def build(self, tree: Tree | None) -> Document:
        if tree is not None:
            for part in tree.children:
                if part.data != "body":  # prologue and header items hold line tokens
                    tokens = self.header_tokens
                    if part.data == "header":
                        self.header_start = len(tokens)
                    for item in part.children:
                        if type(item) is Token:
                            tokens.append(item)
                        else:
                            tokens.extend(item.children)
                _PART_BUILDERS[part.data](self, part)
        return self._document()

    def _prologue(self, tree: Tree) -> None:
        for item in tree.children:
            if isinstance(item, Token):
                if item.type == "DUPLICATE_FIELD":
                    self.duplicates.append(self.line(item))
                else:
                    self.routing_tokens.append(item)
                continue
            kind = item.data
            if kind == "preamble":
                self.fields["preamble"] = self.line(item.children[0])
            elif kind == "dateline":
                token = item.children[0]
                self.fields["dateline"] = parse_dateline(self.source, token.value,
                                                         token.start_pos)
            elif kind == "pseudo_banner":
                token = item.children[0]
                line = self.line(token)
                self.pseudo_banners.append(PseudoBanner(
                    line.span, line.text, parse_banner(self.source, token.value, token.start_pos)))
            elif kind == "web_metadata":
                self._web_metadata(item)
            elif kind == "printout":
                self.fields.setdefault("printout", Printout(
                    self.span_of(item), tuple(self.line(token) for token in item.children)))
            else:
                self.routing_tokens.extend(tree_tokens(item))

    def _web_metadata(self, tree: Tree) -> None:
        """The web page's metadata block: its lines, and the date of its date line."""
        lines = tuple(self.line(token) for token in tree.children)
        found = match_numeric_date(lines[1].text)
        self.fields.setdefault("web_metadata", WebMetadata(
            self.span_of(tree), lines, found[2] if found else None))

    def _header(self, tree: Tree) -> None:
        for item in tree.children:
            if isinstance(item, Token):  # a page-break line among the header fields
                self.page_breaks.append(parse_page_break(self.source, item.value,
                                                         item.start_pos))
                continue
            _HEADER_HANDLERS[item.data](self, item)

    def _h_banner(self, tree: Tree) -> None:
        token = tree.children[0]
        regions = self.regions
        place = regions.banner_place if regions is not None and \
            regions.banner == token.line - 1 else None
        if place is not None and place.start != token.column - 1:
            place = None
        banner = parse_banner(self.source, token.value, token.start_pos, place)
        if banner is not None:
            self.fields.setdefault("banner", with_glued_text(self.source, banner))

    def _h_caption(self, tree: Tree) -> None:
        token = tree.children[0]
        span = new_tuple(Span, (token.line, token.column, token.end_line, token.end_column,
                           token.start_pos, token.end_pos))
        caption = parse_caption(self.source, token.value, span)
        if token.start_pos and not self.source.text[token.start_pos - 1].isspace():
            caption = caption._replace(glued=True)  # run onto the line's text before it
        elif caption.kind == "sipdis" and "eo" in self.fields and \
                inserted_after_secretary(self.source, token.line):
            caption = caption._replace(inserted=True)  # debris after "Secretary"
        self.captions.append(caption)

    def _h_addressee(self, tree: Tree) -> None:
        text, _ = self.text_of(tree)
        self.addressees.append(TextLine(self.span_of(tree), " ".join(text.split())))

    def _h_stray_text(self, tree: Tree) -> None:
        text, _ = self.text_of(tree)
        self.header_text.append(TextLine(self.span_of(tree), text))

    def _h_eo_line(self, tree: Tree) -> None:
        text, start = self.text_of(tree)
        eo = parse_eo_line(self.source, text, start)
        if "eo" not in self.fields and eo.prefix_span is not None:
            # captions run onto the line ahead of the keyword ("NOFORN SIPDIS DEPT
            # FOR NEA/MAG E.O. 12958: ...", 09TRIPOLI1036) are the header's captions
            # too; the prefix keeps them (CL105 asks for the line to be split)
            prefix = eo.prefix_span
            for word_start, word_end in caption_words(self.source.text, prefix.start,
                                                      prefix.end):
                span = self.source.span(word_start, word_end)
                self.captions.append(parse_caption(
                    self.source, self.source.text[word_start:word_end], span))
        self.fields.setdefault("eo", eo)
        if eo.trailing_tags_span is not None and "tags" not in self.fields:
            self._tags(eo.trailing_tags, eo.trailing_tags_span.start)

    def _h_tags(self, tree: Tree) -> None:
        text, start = self.text_of(tree)
        self._tags(text, start)

    def _tags(self, text: str, start: int) -> None:
        """The TAGS field; a SUBJECT run onto its line is the subject when none
        came before (a SUBJECT line after it is then a second one)."""
        tags = self.fields["tags"] = parse_tags(self.source, text, start)
        glued = tags.trailing_subject
        if glued is not None and "subject" not in self.fields:
            self.fields["subject"] = parse_subject(
                self.source, text[glued.start - start:], glued.start)

    def _h_subject(self, tree: Tree) -> None:
        first = self.fields.get("subject")
        if first is not None and first.truncated is None:
            return
        text, start = self.text_of(tree)
        subject = parse_subject(self.source, text, start)
        if first is None:
            self.fields["subject"] = subject
        elif subject.truncated is None and subject.text.startswith(
                first.text.rstrip(".\u2026 ")[:_SAME_SUBJECT]):
            # a header printed twice, its first copy cut off in the subject ("... TO
            # COLOMBIA...", 05LIMA1254): the complete subject is the cable's
            self.fields["subject"] = subject
            self.cut_blocks.append(first.truncated)

    def _h_references(self, tree: Tree) -> None:
        self.pending_header.append(tree)  # needs the cable year: parsed in _document

    def _h_classified_by(self, tree: Tree) -> None:
        first = self.fields.get("classified_by")
        if first is not None and first.truncated is None and first.reasons:
            return
        text, start = self.text_of(tree)
        token = first_token(tree)
        line = self.source.texts[token.line - 1]
        # a keyword after other text on its line: split off a REF line by the lexer
        run_on = token.column - 1 > len(line) - len(line.lstrip())
        block = parse_classified_by(self.source, text, start, "after-ref" if run_on else None)
        if first is None:
            self.fields["classified_by"] = block
        elif first.truncated is None:
            # the block given again, the first copy without its reason and the second
            # with it ("CLASSIFIED BY: Chris Stevens, CDA, ... Department" / "of
            # State." then the whole block with "REASON: 1.4 (b), (d)", 08TRIPOLI833)
            if block.reasons and block.authority.startswith(first.authority.strip()[:20]):
                self.fields["classified_by"] = block
        elif block.truncated is None:
            # a header printed twice, its first copy cut off ("Classified By: Political
            # Counselor ..."): the complete block is the cable's
            self.fields["classified_by"] = block
            self.cut_blocks.append(first.truncated)

    def _h_derived_from(self, tree: Tree) -> None:
        text, _ = self.text_of(tree)
        self.fields.setdefault("derived_from", TextLine(self.span_of(tree), text))


    # --------------------------------------------------------------- assemble

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

    def _document(self) -> Document:
        self._glued_first_paragraph()
        routing = build_routing(self.source, self.routing_tokens)
        dateline = self.fields.get("dateline")
        date = routing.dtg.date if routing and routing.dtg else None
        if date is None and dateline is not None:
            date = dateline.date
        cable_id = parse_cable_id(self.source.path)
        year = int(date[:4]) if date else cable_id.year if cable_id else None
        for tree in self.pending_header:
            first = self.fields.get("references")
            if first is not None and first.truncated is None:
                break
            text, start = self.text_of(tree)
            block = parse_references(self.source, text, start, year)
            if first is None:
                self.fields["references"] = block
            elif block.truncated is None:
                # a header printed twice, its first copy cut off after "REF: A. ..." /
                # "...": the complete block is the cable's
                self.fields["references"] = block
                self.cut_blocks.append(first.truncated)
        references = self.fields.get("references")
        citations = ()
        if references is not None and references.items and references.items[0].letter:
            # only a lettered REF block can be cited by letter: the text after it
            end = self.trailer[0].span.start if self.trailer else len(self.source.text)
            citations = find_ref_citations(self.source, references.span.end, end)
        classified_by = self.fields.get("classified_by")
        block_paragraphs = paragraphs_opening_with_block(self.source, self.paragraphs)
        if classified_by is None:
            classified_by = self._recovered_classified_by(block_paragraphs)
        elif classified_by.recovered == "after-ref":
            references = self.fields.get("references")
            if references is None or references.span.end_line != classified_by.span.line:
                classified_by = classified_by._replace(recovered="run-on")
        signoff = self.fields.get("signoff")
        iir = find_iir_report(self.source, self.header_text) if self.header_text else None
        markers = self._close_parentheses()
        if iir is not None:
            markers = self._iir_layout(iir, markers)
        page_breaks, body = self._page_breaks()
        if classified_by is not None and body and body[0].kind == "page_break":
            continued = continued_across_page_break(self.source, classified_by, page_breaks,
                                                    body)
            if continued is not None:
                classified_by, body = continued
        # (the tokens unpacked: one line of the header, one node, thousands per corpus)
        header_lines = tuple([
            new_tuple(HeaderLine, (
                new_tuple(Span, (line, column, end_line, end_column, start, end)), kind, value))
            for kind, value, start, end, line, column, end_line, end_column
            in self.header_tokens[self.header_start:]]) if self.header_start >= 0 else ()
        text = self.source.text
        whole_text = self._whole_text()
        document = Document(
            path=self.source.path,
            span=self.source.span(0, len(text)),
            preamble=self.fields.get("preamble"),
            dateline=dateline,
            routing=routing,
            pseudo_banners=tuple(self.pseudo_banners),
            banner=self.fields.get("banner"),
            captions=tuple(self.captions),
            addressees=tuple(self.addressees),
            eo=self.fields.get("eo"),
            tags=self.fields.get("tags"),
            subject=self.fields.get("subject"),
            references=references,
            classified_by=classified_by,
            header_text=tuple(self.header_text),
            duplicate_fields=tuple(self.duplicates),
            paragraphs=tuple(self.paragraphs),
            headings=tuple(self.headings),
            markers=tuple(markers),
            page_breaks=page_breaks,
            body=body,
            signoff=signoff,
            trailer=tuple(self.trailer),
            date=date,
            diagnostics=tuple(self.diagnostics),
            ref_citations=citations,
            closing_classification=parse_classification_line(self.source),
            whole_text=whole_text,
            cable_id=cable_id,
            derived_from=self.fields.get("derived_from"),
            classified_by_paragraphs=block_paragraphs,
            web_metadata=self.fields.get("web_metadata"),
            header_lines=header_lines,
            repeated_headers=cut_short(repeated_headers(
                self.source, self.header_tokens,
                routing.second.span.start if routing and routing.second else None),
                self.cut_blocks, self.source, self.header_tokens) + self._trailing_echo(),
            redactions=find_redactions(self.source),
            inline_sipdis=self._inline_sipdis(body),
            stray_pilcrows=tuple(self.stray_pilcrows),
            urls=find_urls(self.source),
            rule_lines=find_rule_lines(self.source),
            contents_entries=find_contents_entries(self.source, self.paragraphs),
            iir=iir,
            printout=self.fields.get("printout"),
            cancellation=find_cancellation(self.source, self.headings, self.trailer),
            cut_short=self._cut_short(),
            sbu_notice=self._sbu_notice(),
        )
        marker = appended_cable_start(self.source, self.headings) if self.headings else None
        return document if marker is None else without_appended(self.source, document, marker)

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


#: the header item handlers by rule name (``_h_banner`` for ``banner``), found once:
#: a ``getattr`` of a name built per item missed the type's attribute cache
#: (thousands of header items per corpus)
_HEADER_HANDLERS = {name[3:]: handler for name, handler in vars(DocumentBuilder).items()
                    if name.startswith("_h_")}
#: the builders of the start rule's parts, likewise
_PART_BUILDERS = {part: getattr(DocumentBuilder, f"_{part}")
                  for part in ("prologue", "header", "body")}
