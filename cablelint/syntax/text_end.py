"""Where the cable's text ends: the sign-off, the junk lines below the text, a header
printed again at the end of the file.

Kept apart from :mod:`cablelint.syntax.regions` (which finds where the header and
body begin, reading down from the top): these searches read up from the last line,
past trailer junk, stray text, an archive's record or an echoed header, with their
own limits.  :class:`TextEndFinder` is a part of
:class:`~cablelint.syntax.regions.RegionFinder` (it uses the line lexer's compiled
line patterns and kind look-ups, as the region search does).
"""

from __future__ import annotations

from cablelint.fields.banner import BannerPlace
from cablelint.syntax.signoff import glued_name, is_name, record_tail, same_name
from cablelint.syntax.trailer import HARD_JUNK, trailer_kind

_MAX_TRAILER_LINES = 6
_JUNK_TAIL_LINES = 4  # without a sign-off, the last lines that may be junk
# Below a sign-off, at most this many lines of stray text ("EPET @ EL P"), each
# no longer than _STRAY_TEXT_MAX and no paragraph.
_STRAY_LINES = 2
_STRAY_TEXT_MAX = 60
#: below an archive's record run onto the sign-off's line, at most this many
#: non-blank lines of the text copied again (see TextEndFinder._name_before_record)
_RECORD_REACH = 8
#: a header line longer than this holds the text of a cable whose line breaks
#: were lost (no header field is so long): a name may end it, glued
_FLATTENED_TEXT = 500
#: a header printed again below the text: at most this many lines from its banner
#: to the end, and one of these fields among them
_ECHO_LINES = 16
_ECHO_FIELDS = frozenset({"EO_LINE", "TAGS_LINE", "SUBJECT_LINE"})


class TextEndFinder:
    """The searches from the end of the text up (mixed into ``RegionFinder``)."""

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
