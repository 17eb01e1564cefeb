"""Building the :class:`~cablelint.model.Document` from the parse tree.

The tree is shallow (start -> prologue/header/body -> blocks -> line tokens),
so a direct walk is simpler and faster than a Lark ``Transformer``.  Field
values are parsed with the field grammars of :mod:`cablelint.fields`.  This module
holds the walk and the assembly of the :class:`~cablelint.model.Document`; the
header's fields are read in :mod:`cablelint.syntax.header_builder`, the body's
nodes in :mod:`cablelint.syntax.body_builder`, and what needs both once the walk
is done in :mod:`cablelint.syntax.after_walk` (mixins of :class:`DocumentBuilder`).
"""

from __future__ import annotations

from cablelint.diagnostics import Diagnostic, Span, new_tuple
from cablelint.fields.banner import parse_banner, parse_classification_line
from cablelint.fields.cable_id import parse_cable_id
from cablelint.fields.cancellation import find_cancellation
from cablelint.fields.contents import find_contents_entries
from cablelint.fields.dates import match_numeric_date
from cablelint.fields.iir import find_iir_report
from cablelint.fields.redaction import find_redactions
from cablelint.fields.references import find_ref_citations, parse_references
from cablelint.fields.routing import parse_dateline
from cablelint.fields.rule_lines import find_rule_lines
from cablelint.fields.urls import find_urls
from cablelint.model import (
    BodyNode,
    Caption,
    Document,
    HeaderLine,
    Heading,
    PageBreak,
    Printout,
    PseudoBanner,
    StrayPilcrow,
    TextLine,
    TrailerLine,
    WebMetadata,
)
from cablelint.source import SourceText
from cablelint.syntax.after_walk import AfterWalk
from cablelint.syntax.appended import appended_cable_start, without_appended
from cablelint.syntax.body_builder import BodyBuilder
from cablelint.syntax.classified_by import (
    continued_across_page_break,
    paragraphs_opening_with_block,
)
from cablelint.syntax.header_builder import HeaderBuilder
from cablelint.syntax.lalr import Token, Tree
from cablelint.syntax.regions import Regions
from cablelint.syntax.repeats import cut_short, repeated_headers
from cablelint.syntax.routing_builder import build_routing
from cablelint.syntax.tokens import first_token, last_token, tree_tokens


class DocumentBuilder(HeaderBuilder, BodyBuilder, AfterWalk):
    """Collects model nodes while walking one parse tree (the header's fields in
    :class:`HeaderBuilder`, the body's nodes in :class:`BodyBuilder`, what needs both
    in :class:`AfterWalk`)."""

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

    # --------------------------------------------------------------- assemble

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


#: the builders of the start rule's parts by rule name, found once: a ``getattr`` of
#: a name built per part missed the type's attribute cache
_PART_BUILDERS = {part: getattr(DocumentBuilder, f"_{part}")
                  for part in ("prologue", "header", "body")}
