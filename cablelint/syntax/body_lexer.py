"""Lexing the body: numbered paragraphs, headings, rules, footers, page breaks, text.

:class:`BodyLexer` is a part of :class:`cablelint.syntax.lexer.LineLexer` (it
uses the lexer's compiled line patterns); the footer search and the folding
of continuation lines into the token above live here with it.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from cablelint.diagnostics import new_tuple
from cablelint.source import SourceText
from cablelint.syntax.lalr import Token
from cablelint.syntax.tokens import line_token

if TYPE_CHECKING:
    from cablelint.syntax.regions import Regions

# Body tokens that absorb the continuation lines directly below them.
_FOLDABLE = frozenset({"PARA", "TEXT", "CONT", "LETTER_ITEM"})


def bare_heading_words(text: str) -> bool:
    """The words of a bare heading: an upper-case line such as ``TRANSATLANTIC
    RELATIONS`` (stripped, not empty).  The lexer takes such a line for a heading
    when blank lines stand around it; the numbering walk asks it of a line above
    an out-of-sequence number in a text that lost its blank lines (06PANAMA360:
    ``A.9. EFFICIENT CAPITAL MARKETS AND PORTFOLIO INVESTMENT`` above a ``¶30.``)."""
    if len(text) > _BARE_HEADING_MAX or text[-1] in ".,;" or text.upper() != text:
        return False
    letters = sum(ch.isalpha() for ch in text)
    # "-- BULLET" and "- ITEM" lines are list items, not headings
    return letters >= 3 and not text.startswith(("END ", "(", "XXXX", "- ", "-- "))


_BARE_HEADING_MAX = 70


class BodyLexer:
    """The body region of the line lexer (mixed into ``LineLexer``)."""

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
        # the module's sets and ``len`` as locals: the loop reads them for every
        # line of every body (a local is a cheaper load than a global or builtin)
        indent, special_first_or_p, digits, length = _INDENT, _SPECIAL_FIRST_OR_P, _DIGITS, len
        starts = source.starts
        previous_blank = True
        foldable = False
        previous_kind = tokens[-1].type if tokens else None
        head_last = -1  # last line folded into the head token
        # the head token (the one continuation lines fold into): kind, start offset, line,
        # column, and text, end offset and end column of its first line.  Its token is
        # made once, when the next token starts or after the loop, with its folded lines:
        # made at once, a folded head was made twice (thousands of heads per corpus)
        head_kind, head_start, head_line, head_column = "", 0, 0, 0
        head_text, head_end, head_end_column = "", 0, 0
        # no footer candidate lies between the current line and ``next_footer``: the
        # fast path below compares two ints instead of looking every line up in the set
        later_footers = sorted(footers, reverse=True)
        next_footer = later_footers.pop() if later_footers else end
        for i in range(start, end):
            raw = texts[i]
            if not raw:  # lines are right-stripped: blank lines are empty
                previous_blank = True
                foldable = False
                continue
            first = raw[0]
            text = raw
            if first in indent:
                text = raw.lstrip()
                first = text[0]
            if foldable and (first not in special_first_or_p or (
                    first == "P" and not text.startswith("PAGE "))) \
                    and text[-1] not in digits and length(text) != 6 \
                    and (i < next_footer or i not in footers) \
                    and (text[1] != "." if " " in text
                         else text[1:2] != "." and not footer(text)):
                # the common case: a plain continuation line (never a heading,
                # which has a blank line or a rule above it; never a SIPDIS line,
                # which has six letters, nor a "PAGE nn" page break; a footer
                # line either is in ``footers`` or has no space, see there;
                # nor a letter item, with its "." second: a line with a space
                # inside its stripped text has a second character, and indexing
                # it is cheaper than a slice)
                head_last = i
                continue
            while i >= next_footer:
                next_footer = later_footers.pop() if later_footers else end
            if (first.isdigit() or first == "\u00b6" or first == "(") and para(raw):
                kind = "PARA"
            elif first in "-=_" and rule(text):
                kind = "RULE"
            elif (text[-1].isdigit() and page_break(text)) or (first == "P" and text.startswith(
                    "PAGE ") and page_break(text)):
                kind = "PAGE_BREAK"
            elif len(text) == 6 and self._sipdis(text):
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
            if head_kind:  # the head token above, made once (see there)
                if head_last >= 0:
                    # grown to the end of its last folded line
                    last = len(texts[head_last])
                    offset = starts[head_last] + last
                    tokens.append(new_tuple(Token, (
                        head_kind, source.text[head_start:offset], head_start, offset,
                        head_line, head_column, head_last + 1, last + 1)))
                    head_last = -1
                else:
                    tokens.append(new_tuple(Token, (
                        head_kind, head_text, head_start, head_end, head_line, head_column,
                        head_line, head_end_column)))
            # line_token(source, kind, i, len(raw) - len(text), len(raw)) written out:
            # the line is ``raw`` right-stripped, so its trimmed text is ``text``
            last = len(raw)
            first = last - len(text)
            offset = starts[i]
            head_kind, head_start, head_line, head_column = kind, offset + first, i + 1, first + 1
            head_text, head_end, head_end_column = text, offset + last, last + 1
            foldable = kind in _FOLDABLE
            previous_kind = kind
            previous_blank = False
        if head_kind:
            token = new_tuple(Token, (head_kind, head_text, head_start, head_end, head_line,
                                      head_column, head_line, head_end_column))
            tokens.append(_extend(source, token, head_last) if head_last >= 0 else token)
        if regions.signoff is not None:
            glued = regions.glued
            tokens.append(line_token(source, "SIGNOFF", regions.signoff, *glued) if glued
                          else line_token(source, "SIGNOFF", regions.signoff))
        if end < n:
            for i in range(regions.signoff + 1 if regions.signoff is not None else end, n):
                if texts[i].strip():
                    tokens.append(line_token(source, "TRAILER_LINE", i))

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
        if (below == index + 1 or (below == index + 2 and _underline_fits(text, texts[below])
                                   )) and self._is_rule_line(texts[below]):
            # underlined, unless that rule is the top of a box around the next line; a
            # blank line between the words and an underline as long as they are is a
            # double-spaced extraction of one ("Summary" / "" / "-------",
            # 08SANTODOMINGO1353)
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

    _bare_heading = staticmethod(bare_heading_words)


def _underline_fits(text: str, rule: str) -> bool:
    """Is ``rule`` (a line) as long as the words ``text`` it may underline, give or
    take a character?  A rule drawn to the words' length, one blank line below
    them, underlines them; a separator one blank line below a paragraph has its
    own length.  Asked only of a line with a blank line above and below it."""
    return abs(len(rule.strip()) - len(text)) <= 1


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
# pilcrows, a portion mark before a number ("(C) 2."), rules, "//HEADING//"
# ("PAGE nn" and "SIPDIS" lines are told by their length or prefix).
_SPECIAL_FIRST = frozenset("0123456789\u00b6(-=_/")
# The same with the "P" of "PAGE nn": one look-up for the first character of
# every line (a line starting with "P" is then told by its prefix).
_SPECIAL_FIRST_OR_P = _SPECIAL_FIRST | {"P"}
_INDENT = frozenset(" \t")


_DIGITS = frozenset("0123456789")


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


def may_be_footer_line(text: str) -> bool:
    """Could FOOTER_LINE match ``text``?  False only where it cannot: each of its
    alternatives holds one of ``_FOOTER_HINTS`` in some case, or a letter like
    ASCII in place of an "i", "s" or "k".

    A test before the pattern for callers that meet long lines (the trailer's
    kinds are asked of whole paragraphs): the pattern's leading ``.*`` walks
    back over the whole line, trying its words at every character.
    """
    # (the hints looked for in the ASCII characters alone: dropping the others can
    # join words but never part a hint, and costs a fifth of the Latin-1 encoding)
    ascii_lowered = text.encode("ascii", "ignore").lower()
    return any(hint in ascii_lowered for hint in _FOOTER_HINTS) or \
        any(letter in text for letter in _LETTERS_LIKE_ASCII)


def _has_footer_hint(text: str) -> bool:
    """Does ``text`` hold one of the footer hints (see ``_FOOTER_HINTS``)?"""
    lowered = text.encode("latin-1", "replace").lower()
    return any(hint in lowered for hint in _FOOTER_HINTS)


def _extend(source: SourceText, token: Token, index: int) -> Token:
    """``token`` grown to the end of line ``index`` (continuation lines join their head)."""
    text = source.texts[index]
    last = len(text.rstrip())
    end = source.starts[index] + last
    return new_tuple(Token, (token.type, source.text[token.start_pos:end], token.start_pos, end,
                              token.line, token.column, index + 1, last + 1))
