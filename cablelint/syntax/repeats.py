"""Header lines printed again: the one place that finds them.

Extracted cables sometimes carry their header twice (the web page printed the
routing header or the banner-to-SUBJECT block again) or a single field again
(a SUBJECT copied below the Classified By block).  A copy repeats earlier lines
exactly, so the search compares the line tokens before the body (prologue and
header) by their text, and joins copies of consecutive lines into runs; each
run records the kinds (grammar terminals) of the lines it repeats.

A run that follows a quote opener ("BEGIN TEXT" -- the markers' recogniser --
or a "QUOTE" line) after the lines it repeats is the header of a quoted or
repeated telegram (``RepeatedHeader.quoted``): the cable's own words.

What is not a repeat: the web-page metadata block (its own prologue node), a
header field printed before the banner (``Document.duplicate_fields``, judged
on its own), and a lone repeated line that is no header item (a second SIPDIS
or NOFORN caption, an addressee line: normal telegram practice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from cablelint.diagnostics import Span
from cablelint.fields.markers import find_markers
from cablelint.fields.viewer_record import is_record_start
from cablelint.model import RepeatedHeader
from cablelint.source import SourceText
from cablelint.syntax.lalr import Token

_TEXT = itemgetter(1)  # Token.value, read for every line of every cable
#: lines never compared: the web-page metadata block
_NOT_COMPARED = frozenset({"WEB_MARK", "WEB_DATE", "WEB_METADATA"})
#: lines that are not counted as repeats although compared: header fields before
#: the banner (reported as duplicate fields)
_NOT_REPORTED = frozenset({"DUPLICATE_FIELD"})
#: the shortest copied line taken as the start of an original line with text glued on
#: (a routing line, a caption): shorter ones ("1.", "--") begin too many lines
_MIN_CUT = 8
#: the kinds of header item whose copy is reported even alone
#: a line opening a quoted telegram ("QUOTE", "BEGIN QUOTE:"); "BEGIN TEXT" is a marker
_QUOTE_LINE = re.compile(r"(?:BEGIN\s+)?QUOTE\b", re.IGNORECASE)
_HEADER_ITEMS = frozenset({"BANNER", "SUBJECT_LINE", "TAGS_LINE", "EO_LINE", "REF_LINE",
                           "CLASSIFIED_BY", "VZCZC_LINE", "DE_LINE", "FM_LINE"})
#: how the extraction marks a line it cut off
_ELLIPSES = ("...", "\u2026")
#: the dashes a re-encoded copy writes for a hyphen
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"))


def repeated_headers(source: SourceText, lines: list[Token],
                     second_cable: int | None = None) -> tuple[RepeatedHeader, ...]:
    """Runs of ``lines`` (the line tokens before the body, prologue and header, in
    order) that repeat earlier lines.

    ``second_cable`` is where a second cable's routing header starts
    (``RoutingHeader.second``): its lines are that cable's own, not copies of
    the first cable's (its VZCZC and FM lines read alike), so they are compared
    only with the lines after them."""
    texts = list(map(_TEXT, lines))
    if len(set(texts)) == len(texts):  # most cables: no line twice, nothing to pair up
        return ()
    restart = -1 if second_cable is None else next(
        (index for index, line in enumerate(lines) if line.start_pos >= second_cable), -1)
    seen: dict[str, int] = {}  # each text's first line: the original a copy repeats
    latest: dict[str, int] = {}  # each text's latest line: where the copy before it stands
    # [first, last, original first, original last, previous copy's last] indexes
    runs: list[list[int]] = []
    ended = -2  # the index of the latest run's last line
    for index, line in enumerate(lines):
        if index == restart:  # a second cable: nothing before it is repeated
            seen.clear()
            latest.clear()
        if line.type in _NOT_COMPARED:
            continue
        text = texts[index]
        earlier = seen.get(text)
        if earlier is None:
            seen[text] = latest[text] = index
            if ended == index - 1:  # the line right after a run: the last line of a copy?
                run = runs[-1]
                if run[3] + 1 < run[0] and _cut_from(lines, texts, run[3] + 1, text):
                    run[1], run[3] = index, run[3] + 1
                elif run[3] + 1 < run[0] and _same_but_dashes(texts[run[3] + 1], text):
                    run[1], run[3], ended = index, run[3] + 1, index  # the copy goes on
            continue
        previous, latest[text] = latest[text], index
        if line.type in _NOT_REPORTED or lines[earlier].type in _NOT_REPORTED:
            continue
        ended = index
        if runs and runs[-1][1] == index - 1 and runs[-1][3] == earlier - 1:
            runs[-1][1], runs[-1][3], runs[-1][4] = index, earlier, previous
        elif runs and runs[-1][1] == index - 1 and runs[-1][3] + 1 < runs[-1][0] and \
                texts[runs[-1][3] + 1] == text:
            # a text printed twice in the original too (SIPDIS twice): the copy goes
            # on with the original's next line, not the text's first occurrence
            runs[-1][1], runs[-1][3], runs[-1][4] = index, runs[-1][3] + 1, previous
        else:
            runs.append([index, index, earlier, earlier, previous])
    return tuple(
        RepeatedHeader(source.span(lines[first].start_pos, lines[last].end_pos),
                       source.span(lines[original].start_pos, lines[original_last].end_pos),
                       tuple(line.type for line in lines[original:original_last + 1]),
                       _quoted(source, lines,
                               previous if previous < first else original_last, first))
        for first, last, original, original_last, previous in runs
        if first != last or lines[original].type in _HEADER_ITEMS)


def _cut_from(lines: list[Token], texts: list[str], original: int, text: str) -> bool:
    """Is ``text``, the line after a copy, the copy of line ``original`` (the line after
    the lines it repeats) with something glued to the end of the original?  A lost
    line break glued the next text to the original's last line ("RUMIAAA/USCINCSO
    MIAMI FLid: 49555", the web page's metadata after it); the copy, printed whole,
    ends at "FL", and that line belongs to the copy (issue #12: without it, removing
    the copy left a duplicate addressee).  Only the line right after a run, so no
    per-line work for cables whose lines are all different."""
    return (len(text) >= _MIN_CUT and lines[original].type not in _NOT_COMPARED
            and len(texts[original]) > len(text) and texts[original].startswith(text))


def _same_but_dashes(original: str, text: str) -> bool:
    """Is ``text`` the ``original`` line with a hyphen written as another dash
    (U+2010 for "-")?  A header printed again by the web page may have its
    hyphens re-encoded; without this, the copy's run stopped at that line and
    the advice left half the copy (issue #12, fresh-9 A189/A235).  Only the line
    right after a run is asked."""
    return len(original) == len(text) and original != text and \
        original.translate(_DASHES) == text.translate(_DASHES)


def _quoted(source: SourceText, lines: list[Token], before: int, first: int) -> bool:
    """True when a quote opener stands between line ``before`` and the copy at ``first``.

    ``before`` is the last line of the copy just before this one (the original
    itself for a first copy): a header printed thirty times is thirty copies of
    the header, not one copy and twenty-nine quoted telegrams because the first
    copy's own text holds a "BEGIN TEXT" (issue #13: ``--fix`` then removed one
    copy per pass and never converged)."""
    if any(_QUOTE_LINE.match(_TEXT(line)) for line in lines[before + 1:first]):
        return True
    return any(marker.kind == "text" and marker.boundary == "begin" for marker in find_markers(
        source, lines[before].end_pos, lines[first].start_pos))


def cut_short(repeats: tuple[RepeatedHeader, ...], cut_blocks: Sequence[Span],
              source: SourceText | None = None,
              lines: Sequence[Token] = ()) -> tuple[RepeatedHeader, ...]:
    """``repeats``, each marked with the "..." of a Classified By or REF block cut
    off between its original and its copy (``RepeatedHeader.cut_short``): then the
    original is part of a first copy of the header the extraction cut short, and
    the copy is the complete header the model reads.

    Any other header line of ``lines`` ending in "..." there marks the cut too:
    the first copy may stop inside any line ("TA..." for its TAGS line,
    03THEHAGUE2835), not only in a block.  Looked for only when a header is
    printed again.

    So does the line above the cable viewer's record ("id: 137434" / "date: ...",
    :mod:`cablelint.fields.viewer_record`) when it ends in no "...": a preview
    cut off at a fixed length ("¶1. (C) Summar", 08LIMA72), its last word the cut."""
    if not repeats:
        return repeats
    cuts = list(cut_blocks)
    if source is not None:
        cuts += [source.span(line.end_pos - (1 if _TEXT(line)[-1] == "\u2026" else 3),
                             line.end_pos)
                 for line in lines if _TEXT(line).endswith(_ELLIPSES)
                 and not _TEXT(line).endswith("....")]
        cuts += _record_cuts(source, lines)
    if not cuts:
        return repeats
    marked = []
    for repeat in repeats:
        cut = next((span for span in cuts
                    if repeat.original.end <= span.start < repeat.span.start), None)
        marked.append(repeat if cut is None else repeat._replace(cut_short=cut))
    return tuple(marked)


def _record_cuts(source: SourceText, lines: Sequence[Token]) -> list[Span]:
    """The last word of each line of ``lines`` right above the viewer's record,
    unless it ends in "..." (that cut is found already)."""
    cuts = []
    for index in range(1, len(lines) - 1):
        if not is_record_start(_TEXT(lines[index]), _TEXT(lines[index + 1])):
            continue
        above = lines[index - 1]
        text = _TEXT(above)
        if text.endswith(_ELLIPSES):
            continue
        last_word = len(text) - len(text.rsplit(None, 1)[-1])
        cuts.append(source.span(above.end_pos - (len(text) - last_word), above.end_pos))
    return cuts
