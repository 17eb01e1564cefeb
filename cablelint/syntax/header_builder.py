"""Reading the header's fields from the parse tree: banner, captions, E.O., TAGS,
SUBJECT, REF, Classified By, Derived From.

:class:`HeaderBuilder` is a part of :class:`cablelint.syntax.builder.DocumentBuilder`
(it fills the builder's ``fields``, captions, addressees and header text from the
header's subtree).  Kept apart from the walk and the assembly of the document:
each handler reads one header field, and which copy of a field printed twice is
the cable's is decided here, next to the field's parser.
"""

from __future__ import annotations

from cablelint.diagnostics import Span, new_tuple
from cablelint.fields.banner import parse_banner, with_glued_text
from cablelint.fields.body import parse_page_break
from cablelint.fields.caption import caption_words, inserted_after_secretary, parse_caption
from cablelint.fields.classified_by import parse_classified_by
from cablelint.fields.eo import parse_eo_line
from cablelint.fields.subject import parse_subject
from cablelint.fields.tags import parse_tags
from cablelint.model import TextLine
from cablelint.syntax.lalr import Token, Tree
from cablelint.syntax.tokens import first_token

#: how much of a cut-off subject the complete one below must begin with to replace it
_SAME_SUBJECT = 20


class HeaderBuilder:
    """The header part of the document builder (mixed into ``DocumentBuilder``)."""

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


#: the header item handlers by rule name (``_h_banner`` for ``banner``), found once:
#: a ``getattr`` of a name built per item missed the type's attribute cache
#: (thousands of header items per corpus)
_HEADER_HANDLERS = {name[3:]: handler for name, handler in vars(HeaderBuilder).items()
                    if name.startswith("_h_")}
