"""Where the regions of a cable begin: prologue, header (banner), body, sign-off, trailer.

Why a step of its own: which grammar terminals may apply to a line depends on
its region (``TO ...`` is routing in the prologue, text in the body), so the
line lexer first finds the boundaries and then classifies each region's
lines.  :class:`RegionFinder` is a part of :class:`cablelint.syntax.lexer.LineLexer`
(it uses the lexer's compiled line patterns and kind look-ups).
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
from cablelint.syntax.signoff import glued_name, is_name, record_tail, same_name
from cablelint.syntax.trailer import HARD_JUNK, trailer_kind

_MAX_TRAILER_LINES = 6
_JUNK_TAIL_LINES = 4  # without a sign-off, the last lines that may be junk
# Below a sign-off, at most this many lines of stray text ("EPET @ EL P"), each
# no longer than _STRAY_TEXT_MAX and no paragraph.
_STRAY_LINES = 2
_STRAY_TEXT_MAX = 60
#: below an archive's record run onto the sign-off's line, at most this many
#: non-blank lines of the text copied again (see RegionFinder._name_before_record)
_RECORD_REACH = 8
#: a header line longer than this holds the text of a cable whose line breaks
#: were lost (no header field is so long): a name may end it, glued
_FLATTENED_TEXT = 500
#: a header printed again below the text: at most this many lines from its banner
#: to the end, and one of these fields among them
_ECHO_LINES = 16
_ECHO_FIELDS = frozenset({"EO_LINE", "TAGS_LINE", "SUBJECT_LINE"})
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


class RegionFinder:
    """The region search of the line lexer (mixed into ``LineLexer``)."""

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

    def _header_echo(self, texts: list[str], floor: int, banner: int | None,
                     place: BannerPlace | None) -> int | None:
        """The first line of the header printed again at the end of the file, below
        the text and its sign-off: the cable's banner line as written, then only
        header fields (captions, E.O., TAGS, SUBJECT, REF, Classified By, each
        perhaps wrapped or cut off with "...") to the end, E.O., TAGS or SUBJECT
        among them (07PANAMA1197: "Eaton", then the banner, SIPDIS twice, ... and
        "Classified By: ... Reason:  1...").  Read from the last line up, which
        must be a field (it has a colon) or cut off: most cables end in a name,
        and a string test turns them away before any pattern is tried."""
        if banner is None or place is None:
            return None
        index = len(texts) - 1
        while index > floor and not texts[index].strip():
            index -= 1
        last = texts[index]
        if ":" not in last and not last.endswith("..."):
            return None
        written = texts[banner][place.start:place.end].strip()
        fields = False
        seen = 0
        while index > floor and seen < _ECHO_LINES:
            text = texts[index].strip()
            if not text:
                index -= 1
                continue
            seen += 1
            if text == written:
                return index if fields else None
            kind = self._header_kind(text)
            if kind is None and not text.endswith("...") and (
                    seen == 1 or not texts[index - 1].strip()):
                return None  # no field, nor a field's wrapped line: text
            fields = fields or kind in _ECHO_FIELDS
            index -= 1
        return None

    def _find_signoff(self, texts: list[str], body_start: int, end: int
                      ) -> tuple[int | None, tuple[int, int] | None]:
        """The drafter's name near the end (above line ``end``: a header printed again
        below the text is no trailer junk to step over), skipping footer and trailer
        junk: the sign-off line's index and, for a name glued to the last line of
        text, the name's columns (see cablelint.syntax.signoff).  A name written on
        two lines (``Huntsman`` / ``huntsman``) is the upper one; the lower one is
        trailer.  Below a name, a line or two of stray text is trailer too."""
        checked = 0
        index = end - 1
        while index >= body_start and checked <= _MAX_TRAILER_LINES:
            text = texts[index].strip()
            if not text:
                index -= 1
                continue
            checked += 1
            if is_name(text, apart=not texts[index - 1].strip()):
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
                above = self._name_above_stray_text(texts, index, body_start)
                return (above, None) if above is not None else \
                    self._name_before_record(texts, index, body_start)
            index -= 1
        return None, None

    def _name_before_record(self, texts: list[str], index: int, floor: int
                            ) -> tuple[int | None, tuple[int, int] | None]:
        """A sign-off followed by an archive's database record run onto its line and
        then by a repeated copy of the text, at line ``index`` or up to _RECORD_REACH
        non-blank lines above it (``... leaving post. XXXXXXXXXXXX TUTTLE 0 05/01/2008
        5729 PGOV,PTER,... On the heels ...``, then headings and paragraphs copied
        from above: 08LONDON1224): the name's line and, when glued to the text, its
        columns; the record and the copy below it are trailer.  Only the last text
        line of a cable without a sign-off gets here; a record holds a ``/``."""
        for _ in range(_RECORD_REACH):
            line = texts[index]
            if "/" in line and record_tail(line.strip()) is not None:
                if is_name(line.strip()):
                    return index, None
                glued = glued_name(line)
                return (index, (glued.start, glued.end)) if glued is not None else (None, None)
            above = self._previous_nonblank(texts, index, floor)
            if above is None:
                break
            index = above
        return None, None

    def _signoff_below_header(self, texts: list[str], header_start: int | None
                              ) -> tuple[int | None, tuple[int, int] | None]:
        """Without a body (its text ran on below the last header field, with no blank
        line), the last line when it is a name below a line of text, which no header
        field kind matches ("OSD FOR BREZINSKI" below "NSC FOR AHARRIMAN" is an
        addressee, not a sign-off) -- but a header line so long that it holds the
        cable's text ("Classified By: ... (C) Embassy passed ..." with the text run
        on, 08LONDON2689) is text, and the name below it the sign-off; and the
        sign-off's columns when it is glued to
        the end of that text (a cable flattened into its header: "... 22. (U)
        MINIMIZE CONSIDERED. RASSENDYLL")."""
        if header_start is None:
            return None, None
        last = self._previous_nonblank(texts, len(texts), header_start + 1)
        if last is None:
            return None, None
        if not is_name(texts[last].strip()):
            glued = self._glued_below_header(texts[last])
            return (last, glued) if glued is not None else (None, None)
        if self._header_kind(texts[last].strip()):
            return None, None
        above = self._previous_nonblank(texts, last, header_start + 1)
        if above is None:
            return None, None
        text = texts[above].strip()
        if is_name(text) or (self._header_kind(text) and len(text) <= _FLATTENED_TEXT):
            return None, None
        return last, None

    def _glued_below_header(self, line: str) -> tuple[int, int] | None:
        """The columns of a name glued to the end of a header line so long that it
        holds the cable's text (its line breaks lost): the header's own fields are
        short ("SUBJECT: TALKS WITH ZENDA. RASSENDYLL" ends in no sign-off).  Its
        trailer kind is asked as below a body: the text may end with the classified
        website's note, the name after the redaction of its address ("... Classified
        Website: XXXXXXXXXXXX LeBaron", 08LONDON2028)."""
        if len(line) <= _FLATTENED_TEXT:
            return None
        glued = glued_name(line, footer=trailer_kind(line.strip()) == "footer")
        return (glued.start, glued.end) if glued is not None else None

    def _name_above_stray_text(self, texts: list[str], index: int, floor: int) -> int | None:
        """A name line right above the stray text line ``index`` and at most
        _STRAY_LINES - 1 more (a sign-off the extraction left junk below)."""
        for _ in range(_STRAY_LINES):
            text = texts[index].strip()
            above = self._previous_nonblank(texts, index, floor)
            if len(text) > _STRAY_TEXT_MAX or self._para(text):
                # the archive's abstract below a name its record was run onto
                # ("HOAGLAND NNNN<tab>2005-10-20<tab>...", then the abstract)
                if above is not None and record_tail(texts[above].strip()) is not None \
                        and is_name(texts[above].strip()):
                    return above
                return None
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
