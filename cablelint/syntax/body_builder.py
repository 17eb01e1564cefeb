"""Building the body's nodes: paragraphs, headings, markers, page breaks, sign-off, trailer.

:class:`BodyBuilder` is a part of :class:`cablelint.syntax.builder.DocumentBuilder`
(it fills the builder's lists of paragraphs, headings, markers, page breaks and
body nodes from the body's subtree).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from operator import attrgetter

from cablelint.diagnostics import Span, new_tuple
from cablelint.fields.banner import banner_section
from cablelint.fields.body import (
    ends_with_page_mark,
    find_glued_page_marks,
    heading_before_mark,
    parse_page_break,
    parse_paragraph,
)
from cablelint.fields.line_end import without_line_end_backslash
from cablelint.fields.markers import (
    find_markers,
    heading_marker,
    key_points_markers,
    parenthesis_close,
)
from cablelint.fields.pilcrows import stray_pilcrows
from cablelint.model import BodyNode, Heading, Marker, PageBreak, Paragraph, SignOff, TrailerLine
from cablelint.syntax.lalr import Token, Tree
from cablelint.syntax.signoff import noise_kind, repeated_word, same_name, trailing_noise
from cablelint.syntax.tokens import first_token, last_token
from cablelint.syntax.trailer import trailer_kind

_SECTION_KINDS = frozenset({"paragraph", "heading"})
_TEXT_KINDS = frozenset({"PARA", "CONT", "TEXT", "LETTER_ITEM"})
_PILCROW = "\u00b6"
#: how many lines above a SIPDIS line a later section's banner is looked for
_LINES_BEFORE = 5


#: a marker's start offset: the order of ``DocumentBuilder.markers``
_MARKER_START = attrgetter("span.start")


class BodyBuilder:
    """The body half of the document builder (mixed into ``DocumentBuilder``)."""

    def _body(self, tree: Tree) -> None:
        self._scan_markers(tree)
        for item in tree.children:
            if isinstance(item, Token):
                self._body_token(item)
                continue
            kind = item.data
            if kind == "paragraph":
                self._paragraph(item)
            elif kind == "heading":
                self._heading(item)
            elif kind == "text_block":
                for token in item.children:
                    self._body_token(token)
            elif kind == "signoff":
                self.fields["signoff"] = self._signoff(item.children[0])
            elif kind == "trailer":
                self._trailer(item.children)

    def _signoff(self, token: Token) -> SignOff:
        """The SIGNOFF token's name: glued when text stands before it on its line
        (the lexer found it at the end of the last line of text); a detached full
        stop or quote ("MURRAY .", 'BLAKE "') dropped; glued noise ("HORAN##",
        "MCNAMARA.") kept apart in ``noise``; a name written twice on the line ("KUBISKE
        KUBISKE") kept once, the second writing in ``repeated``; an export's line-end
        backslash ("TICHENOR \\", "CARTER \\v") is no part of the name."""
        value, start = token.value, token.start_pos
        if "\\" in value:  # (rare: no call for the others)
            value = without_line_end_backslash(value)
        noise = kind = None
        written = self.source.texts[token.line - 1]
        before = written[:token.column - 1].rstrip()
        cut = trailing_noise(value, apart=True)  # (the lexer took it for a name)
        if cut is not None:
            kind = noise_kind(value[cut:])
            # (a record or stamp begins at its first character, after the blanks)
            lead = len(value) - cut - len(value[cut:].lstrip())
            noise = self.source.span(start + cut + lead, start + len(value))
            value = value[:cut]
        elif before and token.end_column <= len(written) and written[token.end_column - 1:].strip():
            # a glued name's record or date stamp (the lexer cut the name before it)
            rest = written[token.end_column - 1:].rstrip()
            lead = len(rest) - len(rest.lstrip())
            noise_start = self.source.starts[token.line - 1] + token.end_column - 1
            noise = self.source.span(noise_start + lead, noise_start + len(rest))
            kind = noise_kind(rest)
        name = value.rstrip(' ."') if value.endswith((" .", ' "')) else value
        repeated = None
        second = repeated_word(name)
        if second is not None:
            repeated = self.source.span(start + second, start + len(name))
            name = name[:second].rstrip()
        return SignOff(self.source.span(start, start + len(name)), name, glued=bool(before),
                       after_stop=before.endswith("."), repeated=repeated, noise=noise,
                       noise_kind=kind, after_mark=bool(before) and ends_with_page_mark(before))

    def _trailer(self, tokens: list[Token]) -> None:
        """The lines after the text, each with its kind (see cablelint.syntax.trailer);
        the sign-off written again right below it (the lexer takes the upper one)
        is of kind ``signoff`` and the sign-off's ``repeated``; the lines of a header
        printed again below the text (``Regions.echo``) are of kind ``header-echo``."""
        kind = None
        signoff = self.fields.get("signoff")
        regions = self.regions  # type: ignore[attr-defined]
        echo = regions.echo + 1 if regions is not None and regions.echo is not None else None
        for token in tokens:
            line = self.line(token)
            if echo is not None and token.line >= echo:
                kind = "header-echo"  # the header printed again below the text
            elif kind is None and signoff is not None and signoff.repeated is None \
                    and same_name(token.value, signoff.name):
                kind = "signoff"
                self.fields["signoff"] = signoff._replace(repeated=line.span)
            else:
                kind = trailer_kind(token.value, kind) or "text"
            self.trailer.append(new_tuple(TrailerLine, (line.span, line.text, kind)))

    def _paragraph(self, tree: Tree) -> None:
        children = tree.children
        head = last = children[0]
        # the paragraph ends with its last line of text, not with a page-break,
        # SIPDIS or footer line that happens to follow it
        blank_lines: tuple[int, ...] = ()
        if len(children) > 1:  # (a loop: a generator costs more than the search)
            for last in reversed(children):
                if last.type in _TEXT_KINDS:
                    break
            blank_lines = _blank_lines(children, last)
        span = new_tuple(Span, (head.line, head.column, last.end_line, last.end_column,
                           head.start_pos, last.end_pos))
        paragraph = parse_paragraph(self.source, head.value, head.start_pos, span, head.line,
                                    head.column, blank_lines)
        self.body.append(new_tuple(BodyNode, ("paragraph", span, len(self.paragraphs))))
        if not self.paragraphs:  # "1. (C) Key points: ...": a summary under another label
            self._key_points(paragraph)
        self.paragraphs.append(paragraph)
        # the pilcrow of "¶3." is the paragraph's number, never a stray one: the
        # first line is looked at after it (most paragraphs hold no other pilcrow)
        own = paragraph.number_span.end - head.start_pos if paragraph.pilcrow else 0
        if head.value.find(_PILCROW, own) >= 0:
            self.stray_pilcrows += stray_pilcrows(self.source, head.value, head.start_pos)
        for token in children[1:]:
            if token.type not in _TEXT_KINDS:  # its lines of text are the paragraph's
                self._body_token(token)
            elif _PILCROW in token.value:
                self.stray_pilcrows += stray_pilcrows(self.source, token.value, token.start_pos)

    def _key_points(self, paragraph: Paragraph) -> None:
        """The "Key points:" label opening the first paragraph, and its END marker."""
        text = self.source.text
        opening = paragraph.opening
        while text[opening:opening + 1] in (" ", "\t"):
            opening += 1
        if text[opening:opening + 1] not in ("K", "k", "L"):  # Key points, Lead Stories
            return  # (nearly every cable: decided without a pattern)
        found = key_points_markers(self.source, opening, len(text))
        if found:
            self.markers.extend(found)
            self.markers.sort(key=lambda marker: marker.span.start)

    def _heading(self, tree: Tree) -> None:
        # RULE? HEADING RULE?: one loop counts the rules and finds the heading
        # (two comprehensions cost more, a thousand headings per corpus)
        rules = 0
        for token in tree.children:
            if token.type == "RULE":
                rules += 1
            else:
                heading = token
        text = heading.value
        style = "boxed" if rules == 2 else "underlined" if rules else (
            "slashes" if text.startswith("//") else "bare")
        span = self.span_of(tree)
        marker = heading_marker(self.span_of(heading), text)
        self.body.append(new_tuple(BodyNode, ("heading", span, len(self.headings))))
        self.headings.append(new_tuple(Heading, (span, text.strip("/ "), style,
                                                 marker.kinds if marker is not None else ())))
        if marker is not None:
            # the markers are in text order: whether one lies on the heading's line is
            # a bisection, not a pass over all of them per heading (quadratic on a
            # file of many cables)
            markers = self.markers
            at = bisect_left(markers, heading.start_pos, key=_MARKER_START)
            if at == len(markers) or markers[at].span.start >= heading.end_pos:
                insort(markers, marker, key=_MARKER_START)

    def _scan_markers(self, tree: Tree) -> None:
        """SUMMARY/COMMENT/NOTE markers: one scan over the body before the sign-off
        (a glued one too), from the Classified By block when it comes last in the
        header: a "Summary" heading after it may be caught in the block (09BELGRADE765)."""
        items = [item for item in tree.children
                 if not (isinstance(item, Tree) and item.data in ("signoff", "trailer"))]
        if not items:
            return
        first, last = items[0], items[-1]
        start = (first_token(first) if isinstance(first, Tree) else first).start_pos
        classified_by = self.fields.get("classified_by")
        if classified_by is not None and classified_by.span.end <= start:
            start = classified_by.span.start
        end = (last_token(last) if isinstance(last, Tree) else last).end_pos
        # a name glued to the last line ends the text: what follows it there is an
        # archive's record and abstract (08LONDON1224), no marker of the cable.  The
        # sign-off and trailer come last: only they are looked at, not every item
        for item in reversed(tree.children):
            if not isinstance(item, Tree) or item.data not in ("signoff", "trailer"):
                break
            if item.data == "signoff":
                end = min(end, first_token(item).start_pos)
        self.markers.extend(find_markers(self.source, start, end))

    def _close_parentheses(self) -> list[Marker]:
        """The markers, each opener written in parentheses ("(Note: ...") with the
        ``)`` that closes it before the next paragraph or heading (or None)."""
        markers = self.markers
        closed = None
        body, at = self.body, 0  # markers and body nodes are both in reading order
        for index, marker in enumerate(markers):
            if marker.style != "paren":
                continue
            if closed is None:
                closed = list(markers)
            after = marker.span.end
            while at < len(body) and (body[at].span.start <= after or
                                      body[at].kind not in _SECTION_KINDS):
                at += 1
            stop = body[at].span.start if at < len(body) else len(self.source.text)
            # close_span is the field before last (misspelt)
            closed[index] = new_tuple(Marker, (*marker[:-2], parenthesis_close(
                self.source, marker, stop), marker.misspelt))
        return markers if closed is None else closed

    def _body_token(self, token: Token) -> None:
        kind = token.type
        span = new_tuple(Span, (token.line, token.column, token.end_line, token.end_column,
                           token.start_pos, token.end_pos))
        if kind == "PAGE_BREAK":
            self.page_breaks.append(parse_page_break(self.source, token.value, token.start_pos))
            self.body.append(new_tuple(BodyNode, ("page_break", span, len(self.page_breaks) - 1)))
        elif kind == "SIPDIS_LINE":
            node_kind = "section_caption" if self._after_section_banner(token.line) \
                else "sipdis"
            self.body.append(new_tuple(BodyNode, (node_kind, span, None)))
        elif kind == "RULE":
            self.body.append(new_tuple(BodyNode, ("rule", span, None)))
        elif kind == "FOOTER_LINE":
            self.body.append(new_tuple(BodyNode, ("footer", span, None)))
        else:
            node_kind = "letter_item" if kind == "LETTER_ITEM" else "text"
            self.body.append(new_tuple(BodyNode, (node_kind, span, None)))
            if _PILCROW in token.value:
                self.stray_pilcrows += stray_pilcrows(self.source, token.value, token.start_pos)

    def _after_section_banner(self, line: int) -> bool:
        """Does the SIPDIS line ``line`` follow a later section's banner printed again
        in the body ("UNCLAS SECTION 02 OF 02 ZENDA 002955", then SIPDIS and the other
        captions: the teletype's header of that section)?  Then it is a caption of
        that header.  Read on the lines above, blank lines skipped, with at most one
        caption ("NOFORN") between: the banner may have been folded into the text
        above (no blank line after the paragraph)."""
        texts = self.source.texts
        seen = 0
        for number in range(line - 2, max(line - 2 - _LINES_BEFORE, -1), -1):
            above = texts[number].strip()
            if not above:
                continue
            section = banner_section(above)
            if section is not None:
                return section > 1
            seen += 1
            if seen > 1 or not above.isupper() or len(above.split()) > 2:
                return False
        return False

    def _page_breaks(self) -> tuple[tuple[PageBreak, ...], tuple[BodyNode, ...]]:
        """The PAGE_BREAK lines plus the marks only the field parser finds, in text
        order; the body's page-break nodes re-pointed at their break."""
        banner = self.fields.get("banner")
        if self.page_breaks:
            self.page_breaks = heading_before_mark(self.source, self.page_breaks, banner)
        glued = find_glued_page_marks(self.source, banner, self.page_breaks)
        if not glued:
            return tuple(self.page_breaks), tuple(self.body)
        order = sorted(range(len(self.page_breaks) + len(glued)),
                       key=lambda i: (self.page_breaks + glued)[i].span.start)
        every = self.page_breaks + glued
        new_index = {old: new for new, old in enumerate(order)}
        body = tuple(node._replace(index=new_index[node.index]) if node.kind == "page_break"
                     else node for node in self.body)
        return tuple(every[i] for i in order), body


def _blank_lines(children: list[Token], last: Token) -> tuple[int, ...]:
    """The blank lines between a paragraph's first token and ``last``: every line of
    the body that is not blank is in a token (continuation lines folded into the one
    above), so the lines between two neighbouring tokens are the blank ones."""
    blank: list[int] = []
    above, end = children[0].end_line, last.end_line
    for token in children[1:]:
        if token.line > end:
            break
        if token.line > above + 1:
            blank.extend(range(above + 1, token.line))
        above = token.end_line
    return tuple(blank)
