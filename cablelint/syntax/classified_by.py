"""Finding a Classified By block the line lexer could not read as a header field.

Why here: the grammar reads the block when its keyword starts a header line.
Real cables also have it run onto another line of text before the first
paragraph (the line break lost, or the text read as body), or written as the
first words of a numbered paragraph.  The builder looks for the grammar's own
keyword in those places once the cable has no block, so that the model -- not
each rule -- knows where the block is and how it was found.
"""

from __future__ import annotations

from collections.abc import Sequence

from cablelint.diagnostics import Span
from cablelint.fields.classified_by import (
    continues_reason,
    has_reason_section,
    keyword_search,
    parse_classified_by,
)
from cablelint.model import BodyNode, ClassifiedBy, PageBreak, Paragraph
from cablelint.source import SourceText
from cablelint.syntax.grammar import line_patterns, terminal_prefix

#: continuation lines a recovered block may take (a block is at most four lines)
_MAX_MORE_LINES = 3
#: white space allowed between a paragraph's opening and the keyword
_OPENING_GAP = 3
#: the first characters of the keyword or of a portion mark before it
_KEYWORD_FIRST = frozenset("Cc(")  # (not the empty string: a set of characters)


def block_outside_header(source: SourceText, start: int, end: int,
                         subject: Span | None) -> ClassifiedBy | None:
    """The first block whose keyword stands in ``text[start:end]`` (outside the subject).

    ``start`` is the E.O. line (else the banner), ``end`` the first paragraph:
    the block there is in the header's text or in text before paragraph 1.
    """
    text = source.text
    search = keyword_search().search
    found = search(text, start, end)
    while found is not None and subject is not None and \
            subject.start <= found.start() < subject.end:
        found = search(text, found.end(), end)
    if found is None:
        return None
    block_end = _block_end(source, found.start())
    return parse_classified_by(source, text[found.start():block_end], found.start(),
                               "outside-header")


def paragraphs_opening_with_block(source: SourceText,
                                  paragraphs: Sequence[Paragraph]) -> tuple[int, ...]:
    """Indexes of the numbered paragraphs that open with the keyword
    (``2. (U) Classified by ...``): the block written as a paragraph."""
    text = source.text
    match = keyword_search().match
    found = []
    for index, paragraph in enumerate(paragraphs):
        # Paragraph.opening written out: this loop visits every paragraph
        mark = paragraph.portion_mark
        opening = mark.span.end if mark is not None and not paragraph.mark_first \
            else paragraph.number_span.end
        # the keyword, or the portion mark before it, begins with one of
        # _KEYWORD_FIRST: most paragraphs are decided without a regular expression
        if text[opening:opening + _OPENING_GAP + 1].lstrip(" \t")[:1] in _KEYWORD_FIRST and \
                match(text, _opening(text, paragraph), paragraph.span.end) is not None:
            found.append(index)
    return tuple(found)


def block_in_paragraph(source: SourceText, paragraph: Paragraph) -> ClassifiedBy:
    """The block that opens ``paragraph``: its text from the keyword on."""
    position = _opening(source.text, paragraph)
    return parse_classified_by(source, source.text[position:paragraph.span.end], position,
                               "in-paragraph")


def _opening(text: str, paragraph: Paragraph) -> int:
    """Where a paragraph's words begin: after its number and portion mark, and after
    up to three blanks."""
    opening = paragraph.opening
    position = opening
    while position - opening < _OPENING_GAP and text[position:position + 1] in (" ", "\t"):
        position += 1
    return position


def _block_end(source: SourceText, start: int) -> int:
    """The end of a block found at ``start``: its line and the lines continuing it
    until one cites a reason section (at most three more, never past a blank line,
    a paragraph, a rule or a header field)."""
    texts, starts = source.texts, source.starts
    line = source.span(start, start).line  # 1-based: texts[line] is the next line
    first = line
    end = starts[line - 1] + len(texts[line - 1].rstrip())
    while not has_reason_section(source.text[start:end]) and line < len(texts) and \
            line - first < _MAX_MORE_LINES:
        following = texts[line]
        if not following.strip() or _stops_block(following):
            break
        end = starts[line] + len(following.rstrip())
        line += 1
    return end


def _stops_block(line: str) -> bool:
    """A line that is no continuation: a paragraph, a dash rule or a header field."""
    patterns = line_patterns()
    text = line.strip()
    return terminal_prefix("PARA").match(line) is not None or \
        patterns["RULE"].fullmatch(text) is not None or \
        any(patterns[kind].fullmatch(text) is not None
            for kind in ("REF_LINE", "SUBJECT_LINE", "TAGS_LINE", "CLASSIFIED_BY"))


def continued_across_page_break(source: SourceText, block: ClassifiedBy,
                                page_breaks: Sequence[PageBreak], body: Sequence[BodyNode]
                                ) -> tuple[ClassifiedBy, tuple[BodyNode, ...]] | None:
    """The block whose reason a telegram page break split off (``... REASONS`` /
    ``PAGE 02 RUEHZN0123 S E C R E T`` / ``1.4 (B) AND (D).``), and the body without
    that line; None when the block does not go on so.

    The grammar ends the header's block at the page-break line, which opens the
    body; the line after it is then body text.  Only a block without a reason
    section goes on, with one line that looks like the rest of a reason
    (:func:`continues_reason`), right after the body's first item, the page break.
    The page-break line stays a page break; ``ClassifiedBy.page_break`` names it.
    """
    if len(body) < 2 or body[0].kind != "page_break" or body[1].kind != "text" or \
            body[1].span.line != body[1].span.end_line or has_reason_section(block.text):
        return None
    text = source.text
    page, line = body[0].span, body[1].span
    if text[block.span.end:page.start].strip() or text[page.end:line.start].strip() or \
            not continues_reason(block.text, text[line.start:line.end]):
        return None
    # the page-break line blanked, so that the block's text and lines leave it out
    blanked = (text[block.span.start:page.start] + " " * (page.end - page.start)
               + text[page.end:line.end])
    longer = parse_classified_by(source, blanked, block.span.start, block.recovered)
    return longer._replace(raw=text[block.span.start:line.end], page_break=page), \
        (body[0], *body[2:])
