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

import bisect
import re
from typing import NamedTuple

from cablelint.fields.classified_by import continues_reason
from cablelint.source import SourceText
from cablelint.syntax.grammar import leading_line_kinds, line_patterns, terminal_prefix
from cablelint.syntax.lalr import Token
from cablelint.syntax.signoff import glued_name, is_name, same_name
from cablelint.syntax.trailer import HARD_JUNK, trailer_kind

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
_GLUED_BANNER = re.compile(r"(?:C O N F I D E N T I A L|S E C R E T|UNCLAS\b)")
_ADDRESS_WITH_RI = re.compile(r"[A-Z0-9]{3,9}/\S")
_UNKNOWN: str = "?"  # not looked up yet (a kind never has this name)
# Body tokens that absorb the continuation lines directly below them.
_FOLDABLE = frozenset({"PARA", "TEXT", "CONT", "LETTER_ITEM"})
_MAX_TRAILER_LINES = 6
_JUNK_TAIL_LINES = 4  # without a sign-off, the last lines that may be junk
# Below a sign-off, at most this many lines of stray text ("EPET @ EL P", a
# declassification stamp), each no longer than _STRAY_TEXT_MAX and no paragraph.
_STRAY_LINES = 2
_STRAY_TEXT_MAX = 60
_HEADER_WINDOW = 90
_BARE_HEADING_MAX = 70


class Regions(NamedTuple):
    """Line indexes (0-based) where the regions of a cable begin."""

    prologue_start: int
    header_start: int | None
    banner: int | None
    body_start: int | None
    signoff: int | None
    #: without a sign-off, the first of the junk lines ending the cable (query,
    #: tracking line, mail header: see cablelint.syntax.trailer), if any
    trailer: int | None = None
    #: a sign-off glued to the end of line ``signoff``: the name's columns
    #: (0-based, end exclusive); None for a sign-off on a line of its own
    glued: tuple[int, int] | None = None


class LineLexer:
    """Classifies the lines of one :class:`SourceText` into grammar tokens."""

    def __init__(self) -> None:
        p = line_patterns()
        self.p = p
        self._para = _prefix(p["PARA"]).match
        self._banner = p["BANNER"].fullmatch
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
        # ... and the prologue lines in order of precedence.  A banner-like line
        # in the prologue is a pseudo banner and a keyword field there a
        # duplicate (the real ones follow the banner): tried last, and renamed.
        self._prologue_renames = {"BANNER": "PSEUDO_BANNER",
                                  **{kind: "DUPLICATE_FIELD" for kind in keyword_kinds}}
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
        keyword_kinds: dict[int, str | None] = {}
        regions = self.find_regions(texts, keyword_kinds)
        tokens: list[Token] = []
        end_of_prologue = regions.header_start if regions.header_start is not None else (
            regions.body_start if regions.body_start is not None else len(texts))
        self._lex_prologue(source, texts, regions.prologue_start, end_of_prologue, tokens)
        if regions.header_start is not None:
            header_end = regions.body_start if regions.body_start is not None else (
                regions.signoff if regions.signoff is not None else len(texts))
            self._lex_header(source, texts, regions, header_end, tokens, keyword_kinds)
        if regions.body_start is not None:
            self._lex_body(source, texts, regions, tokens)
        elif regions.signoff is not None:
            tokens.append(_token(source, "SIGNOFF", regions.signoff))
        return tokens, regions

    # -------------------------------------------------------------- regions

    def find_regions(self, texts: list[str],
                     keyword_kinds: dict[int, str | None] | None = None) -> Regions:
        """Where the regions begin.  ``keyword_kinds``, when given, receives the
        keyword kind (or None) of the header lines looked at, for the header lexer."""
        n = len(texts)
        start = 0
        while start < n and not texts[start].strip():
            start += 1
        para = self._para
        first_para = n
        for i in range(start, n):
            text = texts[i]
            if text[:1] in _PARA_FIRST and para(text):
                first_para = i
                break
        banner = self._find_banner(texts, start, first_para)
        header_start = banner
        if header_start is None:
            header_start = next(
                (i for i in range(start, min(first_para, start + _HEADER_WINDOW))
                 if self._keyword_kind(texts[i].lstrip())), None)
        if header_start is not None:
            body_start = self._find_body_start(texts, header_start, first_para, keyword_kinds)
        else:
            body_start = self._end_of_routing(texts, start, first_para)
        if body_start is not None:
            signoff, glued = self._find_signoff(texts, body_start)
        else:
            signoff, glued = self._signoff_below_header(texts, header_start), None
        trailer = self._find_junk_end(texts, body_start) \
            if body_start is not None and signoff is None else None
        return Regions(start, header_start, banner, body_start, signoff, trailer, glued)

    def _find_banner(self, texts: list[str], start: int, stop: int) -> int | None:
        for i in range(start, min(stop, len(texts))):
            text = texts[i].strip()
            if text and text[0] in _BANNER_FIRST and self._banner(text) and \
                    not self._is_pseudo_banner(texts, i):
                return i
            if "C O N" in text or "S E C" in text or "UNCLAS" in text:  # glued to a line?
                glued = _GLUED_BANNER.search(texts[i], 1)
                if glued and self._banner(texts[i][glued.start():].strip()):
                    return i
        return None

    def _is_pseudo_banner(self, texts: list[str], index: int) -> bool:
        """A banner-like line followed by routing lines is a SMART or web copy."""
        seen = 0
        for text in texts[index + 1:]:
            if not text.strip():
                continue
            if text.startswith("VZCZC") or self._routing_kinds(text):
                return True
            seen += 1
            if seen >= 3:
                return False
        return False

    def _find_body_start(self, texts: list[str], header_start: int, first_para: int,
                         keyword_kinds: dict[int, str | None] | None = None) -> int | None:
        """First body line: the first paragraph, or text after the last header field."""
        window_end = min(first_para, header_start + _HEADER_WINDOW, len(texts))
        last_field = header_start
        if keyword_kinds is None:
            keyword_kinds = {}
        keyword, keyword_no_eo = self._keyword_kinds, self._keyword_kinds_no_eo
        for i in range(header_start, window_end):
            text = texts[i]
            if text:  # (no keyword kind matches an empty line)
                # self._keyword_kind(text.lstrip()) written out
                found = (keyword if "1" in text else keyword_no_eo)(text.lstrip())
                kind = keyword_kinds[i] = found.lastgroup if found else None
                if kind:
                    last_field = i
        for i in range(last_field + 1, window_end):
            text = texts[i].strip()
            if not text:
                continue
            if self._rule(text) or self._page_break(text):
                return i
            previous_blank = not texts[i - 1].strip()
            if previous_blank and not self._header_kind(text) and not self._continues_reason(
                    texts, last_field, i):
                return i
        return first_para if first_para < len(texts) else None

    def _continues_reason(self, texts: list[str], last_field: int, index: int) -> bool:
        """True for a Classified By block broken by one blank line ("REA" / "" / "SONS")."""
        if not self.p["CLASSIFIED_BY"].fullmatch(texts[last_field].lstrip()):
            return False
        return continues_reason(" ".join(t.strip() for t in texts[last_field:index]),
                                texts[index])

    def _end_of_routing(self, texts: list[str], start: int, first_para: int) -> int | None:
        """Without banner or header fields the body starts after the last routing line."""
        last = start - 1
        for i in range(start, min(first_para, len(texts))):
            text = texts[i].strip()
            if not text:
                continue
            if self._routing_kind(text) or _ADDRESS_WITH_RI.match(text) or self.p[
                    "PREAMBLE"].fullmatch(text) or self.p["DATELINE"].fullmatch(text):
                last = i
        body = last + 1
        while body < len(texts) and not texts[body].strip():
            body += 1
        return body if body < len(texts) else None

    def _find_signoff(self, texts: list[str], body_start: int
                      ) -> tuple[int | None, tuple[int, int] | None]:
        """The drafter's name near the end, skipping footer and trailer junk: the
        sign-off line's index and, for a name glued to the last line of text, the
        name's columns (see cablelint.syntax.signoff).  A name written on two lines
        (``Huntsman`` / ``huntsman``) is the upper one; the lower one is trailer.
        Below a name, a line or two of stray text is trailer too."""
        checked = 0
        index = len(texts) - 1
        while index >= body_start and checked <= _MAX_TRAILER_LINES:
            text = texts[index].strip()
            if not text:
                index -= 1
                continue
            checked += 1
            if is_name(text):
                above = self._previous_nonblank(texts, index, body_start)
                if above is not None and is_name(texts[above].strip()) and \
                        same_name(texts[above], text):
                    return above, None
                return index, None
            kind = trailer_kind(text, self._kind_above(texts, index, body_start))
            if kind is None or kind == "footer":  # (a name may end a footer line too)
                glued = glued_name(texts[index], footer=kind == "footer")
                if glued is not None:
                    return index, (glued.start, glued.end)
            if kind is None:
                return self._name_above_stray_text(texts, index, body_start), None
            index -= 1
        return None, None

    def _signoff_below_header(self, texts: list[str], header_start: int | None) -> int | None:
        """Without a body (its text ran on below the last header field, with no blank
        line), the last line when it is a name below a line of text, which no header
        field kind matches ("OSD FOR BREZINSKI" below "NSC FOR AHARRIMAN" is an
        addressee, not a sign-off)."""
        if header_start is None:
            return None
        last = self._previous_nonblank(texts, len(texts), header_start + 1)
        if last is None or not is_name(texts[last].strip()) or self._header_kind(
                texts[last].strip()):
            return None
        above = self._previous_nonblank(texts, last, header_start + 1)
        if above is None:
            return None
        text = texts[above].strip()
        return last if not self._header_kind(text) and not is_name(text) else None

    def _name_above_stray_text(self, texts: list[str], index: int, floor: int) -> int | None:
        """A name line right above the stray text line ``index`` and at most
        _STRAY_LINES - 1 more (a sign-off the extraction left junk below)."""
        for _ in range(_STRAY_LINES):
            text = texts[index].strip()
            if len(text) > _STRAY_TEXT_MAX or self._para(text):
                return None
            above = self._previous_nonblank(texts, index, floor)
            if above is None:
                return None
            if is_name(texts[above].strip()):
                return above
            index = above
        return None

    def _find_junk_end(self, texts: list[str], body_start: int) -> int | None:
        """Without a sign-off: the first junk line no cable text can be (database
        query, tracking line, mail header) among the last few lines: the text ends
        above it, and what follows it is trailer too."""
        first = None
        seen = 0
        index = len(texts) - 1
        while index > body_start and seen < _JUNK_TAIL_LINES:
            text = texts[index].strip()
            if text:
                seen += 1
                if trailer_kind(text, self._kind_above(texts, index, body_start)) in HARD_JUNK:
                    first = index
            index -= 1
        return first

    def _kind_above(self, texts: list[str], index: int, floor: int) -> str | None:
        """The trailer kind of the non-blank line above ``index``, when ``index`` may
        need it (an ``ID:`` line is junk only below a tracking line)."""
        if not texts[index].lstrip().startswith("ID:"):
            return None
        above = self._previous_nonblank(texts, index, floor)
        return trailer_kind(texts[above].strip()) if above is not None else None

    @staticmethod
    def _previous_nonblank(texts: list[str], index: int, floor: int) -> int | None:
        index -= 1
        while index >= floor:
            if texts[index].strip():
                return index
            index -= 1
        return None

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
                      tokens: list[Token]) -> None:
        p = self.p
        prologue_kinds, prologue_kinds_no_eo = self._prologue_kinds, self._prologue_kinds_no_eo
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
            if previous == "WEB_MARK":
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
                kind = self._prologue_renames.get(found.lastgroup, found.lastgroup) if found \
                    else "ROUTING_TEXT"
                if kind == "WEB_MARK" and not (i + 1 < stop and p["WEB_DATE"].fullmatch(
                        texts[i + 1].strip())):
                    kind = "ROUTING_TEXT"  # a ">" is the metadata block's only before its date
            # _token(source, kind, i) written out (``raw`` is the line right-stripped)
            last = len(raw)
            first = last - len(text)
            offset = starts[i]
            append(_new_token(Token, (kind, text, offset + first, offset + last, i + 1,
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
        in_subject = False
        for i in range(start, stop):
            raw = texts[i]
            text = raw.strip()
            if not text:
                continue
            previous_blank = i == start or not texts[i - 1]  # (right-stripped: blank is empty)
            if i == regions.banner:
                glued = _GLUED_BANNER.search(raw, 1)
                if glued and not self._banner(text):
                    prefix = raw[:glued.start()].rstrip()
                    found = self._prologue_kinds(prefix.strip())  # preamble, INFO line ...
                    kind = self._prologue_renames.get(found.lastgroup, found.lastgroup) if found \
                        else "ROUTING_TEXT"
                    tokens.append(_token(source, kind, i, None, len(prefix)))
                    tokens.append(_token(source, "BANNER", i, glued.start()))
                else:
                    tokens.append(_token(source, "BANNER", i))
                last = "BANNER"
                continue
            # the header kinds begin with the keyword kinds (same order): a line whose
            # keyword kind is known needs at most the remaining alternatives
            kind = keyword_kinds.get(i, _UNKNOWN) if keyword_kinds else _UNKNOWN
            if kind is _UNKNOWN:
                kind = self._header_kind(text)
            elif kind is None:
                found = self._other_header_kinds(text)
                kind = found.lastgroup if found else None
            if kind == "ADDRESSEE" and not previous_blank and last in _CONTINUABLE:
                kind = None  # "... INTENDED FOR X" continues the SUBJECT above it
            if kind == "REF_LINE":
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
                elif (not previous_blank and last in _CONTINUABLE) or (
                        last in ("CLASSIFIED_BY", "CONT") and self._continues_reason(
                            texts, self._block_start(texts, i, start), i)):
                    kind = "CONT"
                else:
                    kind = "HEADER_TEXT"
                    in_refs = False
            in_subject = kind == "SUBJECT_LINE" or (in_subject and kind == "CONT")
            # (the search needs a "by", letters that IGNORECASE matches in ASCII only)
            inline = self._inline_classified_by(raw) if kind in _MAY_HOLD_CLASSIFIED_BY \
                and "by" in raw.lower() else None
            if inline is not None:  # "REF: ... C. IIR 6 809 Classified By: ..." on one line
                tokens.append(_token(source, kind, i, None, inline.start() + 1))
                tokens.append(_token(source, "CLASSIFIED_BY", i, inline.start(1)))
                in_refs = in_subject = False
                last = "CLASSIFIED_BY"
                continue
            # _token(source, kind, i) written out (``raw`` is the line right-stripped)
            end = len(raw)
            first = end - len(text)
            offset = starts[i]
            tokens.append(_new_token(Token, (kind, text, offset + first, offset + end, i + 1,
                                             first + 1, i + 1, end + 1)))
            last = kind

    def _ends_subject(self, text: str) -> bool:
        """A line below the SUBJECT that is the dateline or banner of the header
        printed again ("Friday, 18 December 2009, 11:04" / "S E C R E T SECTION 01 OF
        02 ISLAMABAD 003037"): it ends the subject instead of continuing it."""
        return bool(self._banner(text) or self.p["DATELINE"].fullmatch(text))

    def _block_start(self, texts: list[str], index: int, floor: int) -> int:
        """Index of the Classified By line above ``index`` (for the blank-line split case)."""
        match = self.p["CLASSIFIED_BY"].fullmatch
        for i in range(index - 1, floor - 1, -1):
            if match(texts[i].strip()):
                return i
        return floor

    def _lex_body(self, source: SourceText, texts: list[str], regions: Regions,
                  tokens: list[Token]) -> None:
        """Classify body lines; continuation lines are folded into the token above.

        Folding keeps the token count near the number of paragraphs rather than
        lines, which halves parse time on hard-wrapped cables.  Every test is
        guarded by a cheap look at the first or last character so that plain
        text lines, nine in ten, cost no regular expression at all.
        """
        start = regions.body_start
        assert start is not None
        n = len(texts)
        # (a glued sign-off's line is the last line of text)
        end = regions.signoff + (regions.glued is not None) if regions.signoff is not None \
            else (regions.trailer if regions.trailer is not None else n)
        footers = _footer_candidates(source, start, end)
        para, rule, page_break, letter = self._para, self._rule, self._page_break, self._letter
        footer = self._footer
        starts = source.starts
        previous_blank = True
        foldable = False
        previous_kind = tokens[-1].type if tokens else None
        head = -1  # index in ``tokens`` of the token continuation lines fold into
        head_last = -1  # last line folded into it
        # the head token's kind, start offset, line and column
        head_kind, head_start, head_line, head_column = "", 0, 0, 0
        for i in range(start, end):
            raw = texts[i]
            if not raw:  # lines are right-stripped: blank lines are empty
                previous_blank = True
                foldable = False
                continue
            text = raw.lstrip() if raw[0] in " \t" else raw
            first = text[0]
            if foldable and first not in _SPECIAL_FIRST and text[-1] not in _DIGITS \
                    and text[1:2] != "." and len(text) != 6 and i not in footers \
                    and not (first == "P" and text.startswith("PAGE ")) \
                    and (" " in text or not footer(text)):
                # the common case: a plain continuation line (never a heading,
                # which has a blank line or a rule above it; never a SIPDIS line,
                # which has six letters, nor a "PAGE nn" page break; a footer
                # line either is in ``footers`` or has no space, see there)
                head_last = i
                continue
            if (first.isdigit() or first == "\u00b6") and para(raw):
                kind = "PARA"
            elif first in "-=_" and rule(text):
                kind = "RULE"
            elif (text[-1].isdigit() and page_break(text)) or (first == "P" and text.startswith(
                    "PAGE ") and page_break(text)):
                kind = "PAGE_BREAK"
            elif len(text) == 6 and text.upper() == "SIPDIS":
                kind = "SIPDIS_LINE"
            elif (previous_blank or first == "/" or previous_kind == "RULE") and \
                    self._is_heading(texts, i, end, text, previous_blank, previous_kind == "RULE"):
                kind = "HEADING"
            elif (first == "\u00b6" or text[1:2] == ".") and letter(raw):
                kind = "LETTER_ITEM"
            elif (i in footers or " " not in text) and footer(text) and _has_footer_hint(text):
                kind = "FOOTER_LINE"
            elif foldable:
                head_last = i
                continue
            else:
                kind = "TEXT" if previous_blank else "CONT"
            if head_last >= 0:
                # _extend(source, tokens[head], head_last) written out
                last = len(texts[head_last])
                offset = starts[head_last] + last
                tokens[head] = _new_token(Token, (
                    head_kind, source.text[head_start:offset], head_start, offset, head_line,
                    head_column, head_last + 1, last + 1))
                head_last = -1
            # _token(source, kind, i, len(raw) - len(text), len(raw)) written out:
            # the line is ``raw`` right-stripped, so its trimmed text is ``text``
            last = len(raw)
            first = last - len(text)
            offset = starts[i]
            head_kind, head_start, head_line, head_column = kind, offset + first, i + 1, first + 1
            tokens.append(_new_token(Token, (kind, text, head_start, offset + last, head_line,
                                             head_column, head_line, last + 1)))
            foldable = kind in _FOLDABLE
            previous_kind = kind
            head = len(tokens) - 1
            previous_blank = False
        if head_last >= 0:
            tokens[head] = _extend(source, tokens[head], head_last)
        if regions.signoff is not None:
            glued = regions.glued
            tokens.append(_token(source, "SIGNOFF", regions.signoff, *glued) if glued
                          else _token(source, "SIGNOFF", regions.signoff))
        if end < n:
            for i in range(regions.signoff + 1 if regions.signoff is not None else end, n):
                if texts[i].strip():
                    tokens.append(_token(source, "TRAILER_LINE", i))

    def _is_heading(self, texts: list[str], index: int, end: int, text: str,
                    blank_above: bool, rule_above: bool) -> bool:
        """Is this text line a heading?  Boxed between dash rules, underlined by one,
        ``//SLASHED//``, or bare capitals standing alone (``TRANSATLANTIC RELATIONS``).

        Called only for lines that are no paragraph, rule, page break or SIPDIS,
        and that begin with "/" or have a blank line or a rule above them (other
        lines are no heading).  ``texts`` are right-stripped: blank lines are empty.
        """
        if self._slash_heading(text):
            return True
        if len(text) > 120:
            return False
        below = index + 1
        while below < end and not texts[below]:
            below += 1
        if below == end:
            below = None
        if rule_above and below is not None and self._is_rule_line(texts[below]):
            return True  # boxed
        if not blank_above or below is None:
            return blank_above and below is None and self._bare(text)
        if below == index + 1 and self._is_rule_line(texts[below]):
            # underlined, unless that rule is the top of a box around the next line
            middle = self._next_nonblank(texts, below, end)
            bottom = self._next_nonblank(texts, middle, end) if middle is not None else None
            return not (bottom is not None and self._is_rule_line(texts[bottom])
                        and not self._is_rule_line(texts[middle])
                        and self._heading_text(texts[middle].strip()))
        return below > index + 1 and self._bare(text)

    def _bare(self, text: str) -> bool:
        return text.isupper() and self._bare_heading(text) and self._heading_text(text) \
            and not self._letter(text)

    def _is_rule_line(self, text: str) -> bool:
        return text.lstrip()[:1] in ("-", "=", "_") and bool(self._rule(text.strip()))

    @staticmethod
    def _slash_heading(text: str) -> bool:
        """``//MFA: SPAIN COMMITTED TO AFGHANISTAN//``."""
        return text.startswith("//") and text.endswith("//") and len(text) > 4

    @staticmethod
    def _next_nonblank(texts: list[str], index: int, end: int) -> int | None:
        for i in range(index + 1, end):
            if texts[i].strip():
                return i
        return None

    def _heading_text(self, text: str) -> bool:
        return 0 < len(text) <= 120 and not self._rule(text) and not self._para(text) \
            and not self._page_break(text) and not self._sipdis(text)

    @staticmethod
    def _bare_heading(text: str) -> bool:
        """An upper-case line standing alone: ``TRANSATLANTIC RELATIONS``."""
        if len(text) > _BARE_HEADING_MAX or text[-1] in ".,;" or text.upper() != text:
            return False
        letters = sum(ch.isalpha() for ch in text)
        # "-- BULLET" and "- ITEM" lines are list items, not headings
        return letters >= 3 and not text.startswith(("END ", "(", "XXXX", "- ", "-- "))


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


#: ``Token(...)`` without the Python-level ``__new__`` a named tuple adds (what
#: ``Token._make`` does): tokens are made for every line that is not folded.
_new_token = tuple.__new__


def _token(source: SourceText, kind: str, index: int, first: int | None = None,
           last: int | None = None) -> Token:
    """A token for line ``index`` (0-based), trimmed of surrounding white space."""
    text = source.texts[index]
    if first is None:
        first = len(text) - len(text.lstrip())
    if last is None:
        last = len(text.rstrip())
    start = source.starts[index]
    return _new_token(Token, (kind, text[first:last], start + first, start + last, index + 1,
                              first + 1, index + 1, last + 1))


# Letters a BANNER line can start with: the level words' initials in any case
# (U+017F, long s, matches "s" under IGNORECASE).
_BANNER_FIRST = frozenset("CSTLUcstlu\u017f")
# A FOOTER_LINE is a line that FOOTER_LINE matches and that holds one of these
# (lower-cased, non-Latin-1 characters as "?": what ``SourceText.lowered`` gives).
_FOOTER_HINTS = (b"http", b"www.", b"web", b"intelink", b"sipr")
# Any such line with a space holds one of these words, as FOOTER_LINE's bare-URL
# alternatives match no white space; or, where its case-insensitive words are
# not in ASCII, one of the letters that IGNORECASE also matches to an ASCII
# letter (dotted and dotless I, long s, Kelvin sign).
_FOOTER_WORDS = (b"web", b"intelink", b"sipr")
_LETTERS_LIKE_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
# First characters of body lines that may be more than text: paragraph numbers,
# pilcrows, rules, "//HEADING//" ("PAGE nn" and "SIPDIS" lines are told by
# their length or prefix).
_SPECIAL_FIRST = frozenset("0123456789\u00b6-=_/")
_DIGITS = frozenset("0123456789")
# First characters of a line that PARA can match (it allows a little indentation).
_PARA_FIRST = frozenset("0123456789\u00b6 \t")


def _footer_candidates(source: SourceText, start: int, end: int) -> set[int]:
    """0-based indexes of the lines in ``start:end`` with a space that may be FOOTER_LINEs.

    A few ``find`` passes over the lower-cased body instead of a test per line.
    Lines without a space may be FOOTER_LINEs too (bare URLs): the body lexer
    tests those itself, which is cheaper than two more passes for "http" and
    "www.".  The letters like ASCII are looked for in the text (a ``find`` of a
    character wider than any in the text returns at once).
    """
    if start >= end:
        return set()
    starts = source.starts
    first = starts[start]
    last = starts[end - 1] + len(source.texts[end - 1])
    candidates: set[int] = set()
    for haystack, needles in ((source.lowered(), _FOOTER_WORDS),
                              (source.text, _LETTERS_LIKE_ASCII)):
        for needle in needles:
            position = haystack.find(needle, first, last)
            while position >= 0:
                candidates.add(bisect.bisect_right(starts, position) - 1)
                position = haystack.find(needle, position + 1, last)
    return candidates


def _has_footer_hint(text: str) -> bool:
    """Does ``text`` hold one of the footer hints (see ``_FOOTER_HINTS``)?"""
    lowered = text.encode("latin-1", "replace").lower()
    return any(hint in lowered for hint in _FOOTER_HINTS)


def _extend(source: SourceText, token: Token, index: int) -> Token:
    """``token`` grown to the end of line ``index`` (continuation lines join their head)."""
    text = source.texts[index]
    last = len(text.rstrip())
    end = source.starts[index] + last
    return _new_token(Token, (token.type, source.text[token.start_pos:end], token.start_pos, end,
                              token.line, token.column, index + 1, last + 1))
