"""The line lexer: turns a cable's physical lines into grammar tokens.

Why a hand-written lexer in front of Lark: every terminal of ``cable.lark`` is
one line, and which terminals may apply depends on the region of the cable
(a ``TO ...`` line is routing in the prologue but text in the body; ``SECRET``
is a caption in the header but a trailing banner after the sign-off).  The
lexer first finds the region boundaries (banner, first paragraph, sign-off),
then classifies each line with the grammar's own patterns for that region.
This is what Lark's contextual lexer does, done once per line instead of once
per character, which is what makes whole-corpus parsing fast.

Blank lines produce no token; they only decide ``TEXT`` (after a blank line)
versus ``CONT`` (directly below a non-blank line).
"""

from __future__ import annotations

import re

from cablelint.diagnostics import new_tuple
from cablelint.fields.banner import BannerPlace, is_banner_line
from cablelint.fields.caption import leading_caption_words
from cablelint.fields.eo import runs_on_tags
from cablelint.fields.line_end import without_line_end_backslash
from cablelint.fields.references import continues_block
from cablelint.fields.tags import continues_tags
from cablelint.source import SourceText
from cablelint.syntax.body_lexer import BodyLexer
from cablelint.syntax.grammar import leading_line_kinds, line_patterns, terminal_prefix
from cablelint.syntax.lalr import Token
from cablelint.syntax.regions import RegionFinder, Regions
from cablelint.syntax.routing_captions import retype_routing_captions
from cablelint.syntax.tokens import line_token

# The region terminals come from the grammar (``leading_line_kinds``), in its
# order of precedence: see the comments on _prologue_item and _header_item in
# cable.lark.  What stays here is what the grammar cannot say:
#
# Header tokens that a following non-blank text line continues: the header
# terminals after which the grammar's header rules allow a CONT.  Kept as a
# list: deriving it would take a FOLLOW computation for this one set.
_CONTINUABLE = frozenset({"ADDRESSEE", "EO_LINE", "TAGS_LINE", "SUBJECT_LINE", "REF_LINE",
                          "REF_ITEM", "CLASSIFIED_BY", "DERIVED_FROM", "HEADER_TEXT",
                          "CONT"})
# Header lines a Classified By block may be run onto (the line break was lost).
_MAY_HOLD_CLASSIFIED_BY = frozenset({"REF_LINE", "REF_ITEM", "CONT", "HEADER_TEXT"})
_UNKNOWN: str = "?"  # not looked up yet (a kind never has this name)


class LineLexer(RegionFinder, BodyLexer):
    """Classifies the lines of one :class:`SourceText` into grammar tokens."""

    def __init__(self) -> None:
        p = line_patterns()
        self.p = p
        self._para = _prefix(p["PARA"]).match
        self._rule = p["RULE"].fullmatch
        self._page_break = p["PAGE_BREAK"].fullmatch
        self._footer = p["FOOTER_LINE"].fullmatch
        self._letter = p["LETTER_ITEM"].fullmatch
        self._sipdis = p["SIPDIS_LINE"].fullmatch
        self._ref_item = p["REF_ITEM"].fullmatch
        # the Classified By keyword after other text on a line: the grammar's own
        # keyword (CLASSIFIED_BY without its ".*") after a blank
        self._inline_classified_by = re.compile(
            rf"\S\s+({terminal_prefix('CLASSIFIED_BY').pattern})", re.IGNORECASE).search
        # Region markers found before classification: the first lines of the
        # routing blocks and of the keyword fields, ...
        routing_kinds = leading_line_kinds("_routing_block")
        keyword_kinds = leading_line_kinds("_field")
        # ... the header field lines, which begin with the keyword fields (the
        # grammar lists _field first) ...
        header_field_kinds = leading_line_kinds("_header_item")
        assert header_field_kinds[:len(keyword_kinds)] == keyword_kinds
        # ... and the prologue lines in order of precedence.  A banner line in
        # the prologue is a pseudo banner and a keyword field there a duplicate
        # (the real ones follow the banner): tried last, in this order, and
        # renamed (the banner is told by find_banner: see _prologue_kind).
        self._prologue_renames = {kind: "DUPLICATE_FIELD" for kind in keyword_kinds}
        self._keyword_kind_names = frozenset(keyword_kinds)
        prologue_kinds = (*leading_line_kinds("_prologue_item"), *self._prologue_renames)
        self._header_kinds = _union(p, header_field_kinds)
        # the header kinds that are not keyword kinds, in the same order
        self._other_header_kinds = _union(p, header_field_kinds[len(keyword_kinds):])
        self._keyword_kinds = _union(p, keyword_kinds)
        self._routing_kinds = _union(p, routing_kinds)
        self._prologue_kinds = _union(p, prologue_kinds)
        # The same without EO_LINE, for lines without a "1": an E.O. line names its
        # order ("E.O. 12958"), and EO_LINE, which looks for it in the first sixty
        # characters, costs more than all other kinds together.
        self._keyword_kinds_no_eo = _union(p, _without_eo(keyword_kinds))
        self._prologue_kinds_no_eo = _union(p, _without_eo(prologue_kinds))
        self._header_kinds_no_eo = _union(p, _without_eo(header_field_kinds))

    # ------------------------------------------------------------------ api

    def tokenize(self, source: SourceText) -> tuple[list[Token], Regions]:
        texts = list(map(str.rstrip, source.texts))
        # (a rare copy: one character looked for first, which is fast)
        if "\\" in source.text and " \\\n" in source.text:
            texts = list(map(without_line_end_backslash, texts))
        keyword_kinds: dict[int, str | None] = {}
        banner_places: dict[int, BannerPlace | None] = {}
        regions = self.find_regions(texts, keyword_kinds, banner_places)
        tokens: list[Token] = []
        end_of_prologue = regions.header_start if regions.header_start is not None else (
            regions.body_start if regions.body_start is not None else len(texts))
        self._lex_prologue(source, texts, regions.prologue_start, end_of_prologue, tokens,
                           regions.printout, banner_places)
        if regions.banner is None and regions.header_start is not None and tokens:
            # the banner lost: the captions below the routing header are the header's
            retype_routing_captions(source, tokens, 0, self.p["CAPTION"].fullmatch)
        glued_below_header = regions.body_start is None and regions.glued is not None
        if regions.header_start is not None:
            header_end = regions.body_start if regions.body_start is not None else (
                regions.signoff + glued_below_header if regions.signoff is not None
                else len(texts))
            self._lex_header(source, texts, regions, header_end, tokens, keyword_kinds)
        if regions.body_start is not None:
            self._lex_body(source, texts, regions, tokens)
        elif glued_below_header:
            _cut_glued_signoff(source, texts, regions, tokens)
        elif regions.signoff is not None:
            tokens.append(line_token(source, "SIGNOFF", regions.signoff))
        return tokens, regions

    # -------------------------------------------------------------- regions


    # ------------------------------------------------------- classification

    def _keyword_kind(self, text: str) -> str | None:
        found = (self._keyword_kinds if "1" in text else self._keyword_kinds_no_eo)(text)
        return found.lastgroup if found else None

    def _header_kind(self, text: str) -> str | None:
        found = (self._header_kinds if "1" in text else self._header_kinds_no_eo)(text)
        return found.lastgroup if found else None

    def _routing_kind(self, text: str) -> str | None:
        found = self._routing_kinds(text)
        return found.lastgroup if found else None

    def _lex_prologue(self, source: SourceText, texts: list[str], start: int, stop: int,
                      tokens: list[Token], printout: tuple[int, int] | None,
                      banner_places: dict[int, BannerPlace | None] | None = None) -> None:
        """The prologue's tokens; the lines of the ``printout`` wrapper (first and
        last line, see cablelint.syntax.printout) are PRINTOUT_LINEs.
        ``banner_places``: the region search's banner (or None) on the lines it
        looked at, which the prologue's lines asked again (the banner regex is the
        costly part)."""
        if banner_places is None:
            banner_places = {}
        p = self.p
        prologue_kinds, prologue_kinds_no_eo = self._prologue_kinds, self._prologue_kinds_no_eo
        renames = self._prologue_renames
        starts = source.starts
        append = tokens.append
        previous = None
        web = False  # inside the web-metadata block, after its date line
        for i in range(start, stop):
            raw = texts[i]
            text = raw.strip()
            if not text:
                web = False
                continue
            kind = None
            if printout is not None and printout[0] <= i <= printout[1]:
                kind = "PRINTOUT_LINE"
            elif previous == "WEB_MARK":
                kind = "WEB_DATE"
                web = True
            elif web:
                if p["VZCZC_LINE"].fullmatch(text):
                    web = False
                else:
                    kind = "WEB_METADATA"
            elif previous in ("VZCZC_LINE", "PRECEDENCE_LINE", "RI_LINE"):
                if p["PRECEDENCE_LINE"].fullmatch(text) and previous != "RI_LINE":
                    kind = "PRECEDENCE_LINE"
                elif p["RI_LINE"].fullmatch(text):
                    kind = "RI_LINE"
            if kind is None:
                found = (prologue_kinds if "1" in text else prologue_kinds_no_eo)(text)
                kind = found.lastgroup if found else None
                if kind is None or kind in renames:  # (most lines: an item kind)
                    # the region search's answer holds for the line as it read it:
                    # the same text when nothing was stripped before it
                    kind = self._prologue_kind(kind, text, banner_places.get(
                        i, _UNKNOWN) if len(raw) == len(text) else _UNKNOWN)
                if kind == "WEB_MARK" and not (i + 1 < stop and p["WEB_DATE"].fullmatch(
                        texts[i + 1].strip())):
                    kind = "ROUTING_TEXT"  # a ">" is the metadata block's only before its date
            # line_token(source, kind, i) written out (``raw`` is the line right-stripped)
            last = len(raw)
            first = last - len(text)
            offset = starts[i]
            append(new_tuple(Token, (kind, text, offset + first, offset + last, i + 1,
                                      first + 1, i + 1, last + 1)))
            previous = kind

    def _lex_header(self, source: SourceText, texts: list[str], regions: Regions, stop: int,
                    tokens: list[Token],
                    keyword_kinds: dict[int, str | None] | None = None) -> None:
        start = regions.header_start
        assert start is not None
        starts = source.starts
        last: str | None = None
        in_refs = False
        refs = start  # the REF block's first line (while ``in_refs``)
        in_subject = False
        in_tags = False  # the line above is a TAGS line or continues the TAGS
        for i in range(start, stop):
            raw = texts[i]
            text = raw.strip()
            if not text:
                continue
            previous_blank = i == start or not texts[i - 1]  # (right-stripped: blank is empty)
            if i == regions.banner:
                last = self._lex_banner(source, raw, i, regions.banner_place, tokens)
                in_tags = last == "TAGS_LINE"
                continue
            # the header kinds begin with the keyword kinds (same order): a line whose
            # keyword kind is known needs at most the remaining alternatives
            kind = keyword_kinds.get(i, _UNKNOWN) if keyword_kinds else _UNKNOWN
            if kind is _UNKNOWN:
                kind = self._header_kind(text)
            elif kind is None:
                found = self._other_header_kinds(text)
                kind = found.lastgroup if found else None
            tags_above = False  # (set where a line below the TAGS is judged)
            if kind == "ADDRESSEE" and not previous_blank and last in _CONTINUABLE:
                kind = None  # "... INTENDED FOR X" continues the SUBJECT above it
            if kind == "REF_LINE":
                if in_refs and self._ref_item(text):
                    kind = "REF_ITEM"  # "REF B SECSTATE 76108" below "REF A ...": one block
                else:
                    refs = i
                in_refs = True
            elif kind is not None:
                in_refs = False
            if kind is None:
                if in_refs and self._ref_item(text):
                    kind = "REF_ITEM"
                elif self._page_break(text):
                    kind = "HEADER_PAGE_BREAK"
                elif in_subject and not previous_blank and self._ends_subject(text):
                    kind = "HEADER_TEXT"  # a header printed twice: not the subject's words
                elif not previous_blank and (in_tags or (
                        last == "EO_LINE" and runs_on_tags(texts[i - 1]))):
                    # (an E.O. line is asked only here: most have a blank line below)
                    tags_above = True
                    kind = "CONT" if continues_tags(texts[i - 1], text) else "HEADER_TEXT"
                    in_refs = in_refs and kind == "CONT"  # prose: no more codes
                elif (not previous_blank and last in _CONTINUABLE) or (
                        last in ("CLASSIFIED_BY", "CONT") and self._continues_reason(
                            texts, self._block_start(texts, i, start), i)) or (
                        in_refs and previous_blank and
                        continues_block("\n".join(texts[refs:i]), raw)):
                    kind = "CONT"  # (the last: the text of a label ending the REF block)
                else:
                    kind = "HEADER_TEXT"
                    in_refs = False
            in_subject = kind == "SUBJECT_LINE" or (in_subject and kind == "CONT")
            in_tags = kind == "TAGS_LINE" or (tags_above and kind == "CONT")
            # (the search needs a "by", letters that IGNORECASE matches in ASCII only)
            inline = self._inline_classified_by(raw) if kind in _MAY_HOLD_CLASSIFIED_BY \
                and "by" in raw.lower() else None
            if inline is not None:  # "REF: ... C. IIR 6 809 Classified By: ..." on one line
                tokens.append(line_token(source, kind, i, None, inline.start() + 1))
                tokens.append(line_token(source, "CLASSIFIED_BY", i, inline.start(1)))
                in_refs = in_subject = in_tags = False
                last = "CLASSIFIED_BY"
                continue
            # line_token(source, kind, i) written out (``raw`` is the line right-stripped)
            end = len(raw)
            first = end - len(text)
            offset = starts[i]
            tokens.append(new_tuple(Token, (kind, text, offset + first, offset + end, i + 1,
                                             first + 1, i + 1, end + 1)))
            last = kind

    def _prologue_kind(self, found: str | None, text: str,
                       place: BannerPlace | str | None = _UNKNOWN) -> str:
        """The kind of a prologue line the prologue terminals matched as ``found``
        (None: none did): a banner line before the banner is a pseudo banner (tried
        before the keyword fields), a keyword field a duplicate, else routing text.
        ``place``: ``find_banner(text)`` when already known."""
        if (found is None or found in self._keyword_kind_names) and (
                is_banner_line(text) if place is _UNKNOWN else
                place is not None and not place.glued and place.end == len(text)):
            return "PSEUDO_BANNER"
        if found is None:
            return "ROUTING_TEXT"
        return self._prologue_renames.get(found, found)

    def _lex_banner(self, source: SourceText, raw: str, index: int,
                    place: BannerPlace | None, tokens: list[Token]) -> str:
        """The banner line's tokens: the text glued before the banner (a prologue
        kind: preamble, INFO line ...), the banner, and the text run on after it
        (a header kind: a caption, the E.O. line of a flattened header ...).
        Returns the kind of the last token.  ``place``: the region search's
        answer for this line (found once: the banner regex is the costly part)."""
        assert place is not None, "the region search found a banner on this line"
        if place.glued:
            prefix = raw[:place.start].rstrip()
            text = prefix.strip()
            found = self._prologue_kinds(text)
            tokens.append(line_token(source, self._prologue_kind(
                found.lastgroup if found else None, text), index, None, len(prefix)))
        tokens.append(line_token(source, "BANNER", index, place.start, place.end))
        rest = raw[place.end:]
        if not rest.strip():
            return "BANNER"
        first = len(raw) - len(rest.lstrip())
        # captions run on ahead of other header text: each a caption of its own
        for start, end in leading_caption_words(raw, first):
            tokens.append(line_token(source, "CAPTION", index, start, end))
            first = end + len(raw[end:]) - len(raw[end:].lstrip())
        kind = self._header_kind(raw[first:].strip()) or "HEADER_TEXT"
        tokens.append(line_token(source, kind, index, first))
        return kind

    def _ends_subject(self, text: str) -> bool:
        """A line below the SUBJECT that is the dateline or banner of the header
        printed again ("Friday, 18 December 2009, 11:04" / "S E C R E T SECTION 01 OF
        02 ISLAMABAD 003037"): it ends the subject instead of continuing it."""
        return is_banner_line(text) or bool(self.p["DATELINE"].fullmatch(text))

    def _block_start(self, texts: list[str], index: int, floor: int) -> int:
        """Index of the Classified By line above ``index`` (for the blank-line split case)."""
        match = self.p["CLASSIFIED_BY"].fullmatch
        for i in range(index - 1, floor - 1, -1):
            if match(texts[i].strip()):
                return i
        return floor


def _prefix(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without its final ``.*``, for a yes/no ``match`` at a line start.

    Such a test never needs the rest of the line, which ``.*`` would walk
    (paragraph lines are often a whole unwrapped paragraph long).
    """
    assert pattern.pattern.endswith(".*") and not pattern.pattern.endswith("\\.*")
    return re.compile(pattern.pattern[:-2], pattern.flags)


def _union(patterns: dict[str, re.Pattern[str]], kinds: tuple[str, ...]):
    """One ``fullmatch`` for several line kinds, tried in order; ``lastgroup`` names the kind.

    A single alternation is several times faster than one call per kind.  Each
    kind is named by an empty group after its pattern rather than a group around
    it: then an alternative that begins with a literal character or a character
    class is skipped at once on a line that starts otherwise.
    """
    alternatives = "|".join(f"(?:{patterns[kind].pattern})(?P<{kind}>)" for kind in kinds)
    return re.compile(alternatives).fullmatch


def _without_eo(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """``kinds`` without EO_LINE (which needs a "1"), the others in the same order."""
    assert "EO_LINE" in kinds
    return tuple(kind for kind in kinds if kind != "EO_LINE")


def _cut_glued_signoff(source: SourceText, texts: list[str], regions: Regions,
                       tokens: list[Token]) -> None:
    """A cable flattened into its header with the sign-off glued to its last line:
    that line's token ends before the name, and the name is the SIGNOFF token."""
    assert regions.signoff is not None and regions.glued is not None
    first, last = regions.glued
    line = texts[regions.signoff]
    if tokens and tokens[-1].line == regions.signoff + 1 and tokens[-1].end_line == tokens[-1].line:
        kept = tokens.pop()
        cut = len(line[:first].rstrip())
        tokens.append(line_token(source, kept.type, regions.signoff, kept.column - 1, cut))
    tokens.append(line_token(source, "SIGNOFF", regions.signoff, first, last))
