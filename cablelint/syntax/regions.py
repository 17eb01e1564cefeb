"""Where the regions of a cable begin: prologue, header (banner), body, sign-off, trailer.

Why a step of its own: which grammar terminals may apply to a line depends on
its region (``TO ...`` is routing in the prologue, text in the body), so the
line lexer first finds the boundaries and then classifies each region's
lines.  :class:`RegionFinder` is a part of :class:`cablelint.syntax.lexer.LineLexer`
(it uses the lexer's compiled line patterns and kind look-ups).  The searches
from the last line up (sign-off, junk below the text, a header echoed at the end)
are in :mod:`cablelint.syntax.text_end`.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from cablelint.fields.banner import BannerPlace, find_banner
from cablelint.fields.classified_by import continues_reason
from cablelint.fields.references import continues_block
from cablelint.fields.viewer_record import preview_paragraph
from cablelint.syntax.printout import printout_end
from cablelint.syntax.text_end import TextEndFinder

_ADDRESS_WITH_RI = re.compile(r"[A-Z0-9]{3,9}/\S")
_HEADER_WINDOW = 90
# First characters of a line that PARA can match (it allows a little indentation
# and a portion mark before the number).
_PARA_FIRST = frozenset("0123456789\u00b6 \t(")


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
    #: where the banner is on line ``banner``, as the search found it: the lexer
    #: reuses it rather than reading the line again
    banner_place: BannerPlace | None = None
    #: a mail client's printout wrapper opening the file: its first and last line
    #: (cablelint.syntax.printout); the banner and header are looked for below it
    printout: tuple[int, int] | None = None
    #: the header printed again below the text (its banner line, then header fields
    #: to the end of the file): the echo's first line; the sign-off is looked for
    #: above it, and its lines are trailer lines of kind ``header-echo``
    echo: int | None = None


class RegionFinder(TextEndFinder):
    """The region search of the line lexer (mixed into ``LineLexer``; the searches
    from the end of the text up in :class:`TextEndFinder`)."""

    def find_regions(self, texts: list[str],
                     keyword_kinds: dict[int, str | None] | None = None,
                     banner_places: dict[int, BannerPlace | None] | None = None) -> Regions:
        """Where the regions begin.  ``keyword_kinds``, when given, receives the
        keyword kind (or None) of the header lines looked at, for the header lexer;
        ``banner_places`` the banner found on each line looked at above the banner
        (or None), for the prologue lexer."""
        n = len(texts)
        start = 0
        while start < n and not texts[start].strip():
            start += 1
        para = self._para
        first_para = n
        for i in range(start, n):
            text = texts[i]
            if text[:1] in _PARA_FIRST and para(text):
                if preview_paragraph(texts, i):
                    # a preview cut off in its first paragraph, the viewer's record
                    # and the complete cable below: that one's paragraph is the first
                    continue
                first_para = i
                break
        printout = printout_end(texts, start)
        below = printout[1] + 1 if printout is not None else start
        banner, banner_place = self._find_banner(texts, below, first_para, banner_places)
        header_start = banner
        if header_start is None:
            header_start = next(
                (i for i in range(below, min(first_para, below + _HEADER_WINDOW))
                 if self._keyword_kind(texts[i].lstrip())), None)
        if header_start is not None:
            body_start = self._find_body_start(texts, header_start, first_para, keyword_kinds)
        else:
            body_start = self._end_of_routing(texts, start, first_para)
        echo = None
        if body_start is not None:
            echo = self._header_echo(texts, body_start, banner, banner_place)
            signoff, glued = self._find_signoff(texts, body_start,
                                                echo if echo is not None else len(texts))
        else:
            signoff, glued = self._signoff_below_header(texts, header_start)
        # junk ending the text; without a body (the text stops in the header, a
        # preview with its header echoed below: 08BAKU768) the header's lines count
        floor = body_start if body_start is not None else (
            header_start + 1 if header_start is not None else None)
        trailer = (echo if echo is not None else self._find_junk_end(texts, floor)) \
            if floor is not None and signoff is None else None
        return Regions(start, header_start, banner, body_start, signoff, trailer, glued,
                       banner_place, printout, echo)

    def _find_banner(self, texts: list[str], start: int, stop: int,
                     places: dict[int, BannerPlace | None] | None = None
                     ) -> tuple[int | None, BannerPlace | None]:
        """The banner's line: the first line holding a banner that is no pseudo
        banner.  Without one, the last banner line that looked like a pseudo
        banner: it was the cable's own banner, and the lines below it that looked
        like routing are prose ("TO THE SECRETARY FROM AMBASSADOR ...", "INFO
        EUROPEAN POLITICAL COLLECTIVE"); a SMART pseudo banner above it stays one.
        Returns the line and where the banner is on it; ``places`` receives each
        line's answer."""
        pseudo: tuple[int | None, BannerPlace | None] = (None, None)
        if places is None:
            places = {}
        for i in range(start, min(stop, len(texts))):
            line = texts[i]
            place = places[i] = find_banner(line) if line else None
            if place is None:
                continue
            if not place.glued and place.end == len(line) and \
                    self._is_pseudo_banner(texts, i):
                pseudo = (i, place)
                continue
            return i, place
        return pseudo

    def _is_pseudo_banner(self, texts: list[str], index: int) -> bool:
        """A banner-like line followed by routing lines is a SMART or web copy."""
        seen = 0
        # (islice: the loop stops within a few lines; a slice copied the rest of the text)
        for text in islice(texts, index + 1, None):
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
        refs = -1  # the first line of the REF block being read
        for i in range(header_start, window_end):
            text = texts[i]
            if text:  # (no keyword kind matches an empty line)
                # self._keyword_kind(text.lstrip()) written out
                found = (keyword if "1" in text else keyword_no_eo)(text.lstrip())
                kind = keyword_kinds[i] = found.lastgroup if found else None
                if kind:
                    last_field = i
                    refs = i if kind == "REF_LINE" else -1
                elif refs >= 0 and not texts[i - 1].strip() and \
                        continues_block("\n".join(texts[refs:i]), text):
                    last_field = i  # the REF block goes on after a blank line
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
        """True for a Classified By block broken by a blank line ("REA" / "" / "SONS"),
        or whose classifier runs on below one with the reason after the next
        ("... U.S. Consulate" / "" / "Peshawar, State." / "" / "REASON: 1.4 (b)")."""
        if not self.p["CLASSIFIED_BY"].fullmatch(texts[last_field].lstrip()):
            return False
        following = next((texts[j] for j in range(index + 1, min(index + 3, len(texts)))
                          if texts[j].strip()), None)
        return continues_reason(" ".join(t.strip() for t in texts[last_field:index]),
                                texts[index], following)

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
