"""Body fields: paragraph numbers and page-break lines (markers: :mod:`.markers`)."""

from __future__ import annotations

import re

from cablelint.diagnostics import Span, new_tuple
from cablelint.fields.banner import parse_banner, read_level_word
from cablelint.fields.portion import parse_portion_mark
from cablelint.fields.redaction import removal_note
from cablelint.model import Banner, PageBreak, Paragraph, StrayNumber
from cablelint.source import SourceText

_NUMBER = re.compile(r"[ \t]*(?P<pilcrow>\u00b6\s?)?(?P<digits>\d{1,3})\s?\.{1,2}")
# The parts of a page-break mark, "ROME 00001234 002 OF 003": the place, the
# serial padded to eight digits, the page (a fraction on the first page:
# "001.6") and the page count.  The lexer's PAGE_BREAK terminal takes the
# telegram's own form as a line of its own; the field parser also reads the
# forms that extraction damaged (lower-case "of", a mark glued to text), which
# it finds only by the cable's own serial (see find_glued_page_marks).
# the post, or ">" where a SMART copy lost it ("> 00001450 002 of 004"), as in its banner;
# its words are taken whole, one at a time (a place read up to any blank, before the
# blanks of " +", tried every split of a long run of blanks: quadratic time)
_PAGE_PLACE = r"(?P<origin>[A-Za-z][A-Za-z.'\-]*(?: +[A-Za-z.'\-]+)*?|>)"
_PAGE_NUMBERS = (r" +(?P<serial>\d{8}) +(?P<page>\d{3})(?:\.\d)? +(?P<of>of) +"
                 r"(?P<total>\d{3})")
_PAGE_BREAK = re.compile(_PAGE_PLACE + _PAGE_NUMBERS, re.IGNORECASE)
# a mark's numbers ending a line of text, after its place's last word: the mark the
# signer's name follows on the last line ("... emissions. RIO DE JAN 00000285 002 OF
# 002 HEARNE", 09RIODEJANEIRO285; the place is cut to ten characters)
_PAGE_NUMBERS_END = re.compile(r"[A-Za-z.'\-]" + _PAGE_NUMBERS + r"\Z", re.IGNORECASE)
#: the longest mark's numbers and the letter before them ("N 00001234 002.1 OF 003 ")
_PAGE_NUMBERS_MAX = 28
_PAGE_HEADER = re.compile(r"PAGE +(?P<page>\d{2,3}) +\S+ +(?P<banner>.+)")
# the same header without a level word: "PAGE 02 RUEHZN0123 ZENDA 000123"
_PAGE_HEADER_PLAIN = re.compile(
    r"PAGE +(?P<page>\d{2,3}) +\S+ +(?P<origin>[A-Z][A-Z.'\-]*(?: +[A-Z.'\-]+)*?) +"
    r"(?P<serial>\d{3,9})")


def parse_paragraph(source: SourceText, text: str, offset: int, span: Span,
                    line: int | None = None, column: int = 0,
                    blank_lines: tuple[int, ...] = ()) -> Paragraph:
    """A PARA token (number, pilcrow, portion mark); ``span`` covers the whole paragraph.

    ``line`` and ``column`` (1-based), when given, say where ``text`` starts:
    spans that do not cross a line break are then made without a search in
    the line table.  ``blank_lines``: the blank lines inside ``span`` (the
    builder knows them from the gaps between the paragraph's tokens).
    """
    number = _NUMBER.match(text)
    mark_first = number is None
    if mark_first:  # "(C) 1.": PARA's portion mark before the number
        mark = parse_portion_mark(source, text, offset, 0, line, column)
        assert mark is not None, "PARA takes a well-formed mark before a number"
        number = _NUMBER.match(text, mark.span.end - offset)
    assert number is not None, "the lexer only emits PARA for numbered lines"
    pilcrow, digits = number.group("pilcrow", "digits")
    number_end = number.end()
    if not mark_first:
        mark = parse_portion_mark(source, text, offset, number_end, line, column)
    number_start = number.start("pilcrow") if pilcrow else number.start("digits")
    # a mark ending on the first line leaves no line break before it, nor in the number
    if line is not None and (mark.span.end_line == line if mark is not None else
                             "\n" not in (head := text[:number_end]) and "\r" not in head):
        number_span = new_tuple(Span, (line, column + number_start, line, column + number_end,
                                  offset + number_start, offset + number_end))
    else:
        number_span = source.span(offset + number_start, offset + number_end)
    removed = None
    if mark is None and text[number_end:number_end + 4].lstrip()[:1] == "[":
        note = removal_note(source.text, offset + number_end, span.end)
        if note is not None:
            removed = source.span(*note)
    return new_tuple(Paragraph, (span, digits, int(digits), number_span, bool(pilcrow), mark,
                                 removed, blank_lines, mark_first))




# What follows a stray paragraph number's stop: a portion mark's "(" or a
# capital letter, after white space or (in a malformed number, "15.UK") right away.
_STRAY_AFTER = re.compile(r"[ \t]*\(|[ \t]+[A-Z\"\u201c]|[A-Z]")
# What a glued number follows (the text before it on its line ends so): the end
# of a sentence, a redaction run, a page-break mark ("002 OF 002") or a
# date-time group ("291401Z").
_GLUED_BEFORE = re.compile(
    r"(?:[.!?\"\u201d\u2019')\]][ \t]+|XXX[ \t]*| OF \d{3}[ \t]+|\d{6}Z[ \t]+)\Z")
# A real portion mark right after the number: a glued number may then follow
# any word ("... for reasons 1.4 b and d 1.(C) Summary").
_PORTION_AFTER = re.compile(r"[ \t]*\((?:U|SBU|C|S|TS)(?:/+[A-Z]+)*\)")


def find_stray_number(source: SourceText, start: int, end: int,
                      number: int) -> StrayNumber | None:
    """Paragraph number ``number`` written out of its place between ``start`` and
    ``end`` (the first one), or None.

    Glued: run into a line of text after what ``_GLUED_BEFORE`` matches (or
    after any word when a portion mark follows), written ``n.`` and followed by
    a portion mark or a capital letter.  Malformed: opening its line (after at
    most four blanks) as ``7,``, ``(11.``, ``(13)``, ``15.UK`` or ``2 (S/NF)``.  See
    :class:`cablelint.model.StrayNumber`.

    Only asked where the numbering misses ``number`` (a gap, or a first
    paragraph numbered above 1); the digits are found with a plain string
    search, and only their surroundings are tested.
    """
    text = source.text
    digits = str(number)
    # the digits with each mark that may follow them ("7.", "7,", "7)"), each found
    # with its own C-level search: a search for the bare digits stops at every
    # "7" of the text (dates, figures), a Python step each
    needles = [digits + mark for mark in (".", ",", ")", " (")]
    limit = end + 1  # the digits lie before ``end``, their mark may follow it
    found_at = [text.find(needle, start, limit) for needle in needles]
    while True:
        position = min((at for at in found_at if at >= 0), default=-1)
        if position < 0:
            return None
        stop = position + len(digits)
        if not text[position - 1:position].isdigit() and not text[stop + 1:stop + 2].isdigit():
            found = _stray_at(source, position, stop, number)
            if found is not None:
                return found
        which = found_at.index(position)
        found_at[which] = text.find(needles[which], position + 1, limit)


def find_glued_paragraphs(source: SourceText, start: int, end: int,
                          first: int) -> tuple[StrayNumber, ...]:
    """Paragraphs ``first``, ``first + 1`` ... run into the text between ``start``
    and ``end`` (each after the one before), with a portion mark after the number:
    ``... point.  4. (SBU) Garre was ...``, ``---------- 2. (C) Czech ...``.

    Why: when extraction joined a cable's lines, the paragraphs after the last
    one that opens a line are glued into it; without them the last paragraph
    looks like the only one and their marks are never seen.  Only numbers
    with a portion mark count: a bare "3." in a sentence is rather a figure
    or a list item.
    """
    found: list[StrayNumber] = []
    number = first
    text = source.text
    limit = end + 1  # the digits lie before ``end``, their full stop may follow it
    needle = f"{number}."
    position = text.find(needle, start, limit)
    while position >= 0:  # (a glued number is written "n.": one search, most cables none)
        stop = position + len(needle) - 1
        stray = None if text[position - 1:position].isdigit() else \
            _stray_at(source, position, stop, number)
        if stray is not None and stray.form == "glued" and \
                _PORTION_AFTER.match(text, stray.span.end) is not None:
            found.append(stray)
            number += 1
            needle = f"{number}."
            start = stray.span.end
        else:
            start = position + 1
        position = text.find(needle, start, limit)
    return tuple(found)


def find_split_number(source: SourceText, paragraph: Paragraph,
                      expected: int) -> StrayNumber | None:
    """Paragraph number ``expected`` split across a line break, or None: its first
    digit(s) end the last line of text above (after a blank: ``PKO/HAITI ------ 1``)
    and the rest opens the paragraph's line (``\u00b60. (C) ...``: ¶10, 04BRASILIA1291).

    ``form`` is ``"split"``; ``span`` runs from the digits left above to the end of
    the paragraph's number, ``digits`` covers the digits left above.  Only asked
    of a number below the expected one (a few per cable at most): a walk back over
    the blanks and digits before the number, no search.
    """
    text = source.text
    number = paragraph.number_span
    line_start = text.rfind("\n", 0, number.start) + 1
    if text[line_start:number.start].strip(" \t"):
        return None  # the number does not open its line
    end = line_start - 1  # the line break before the number's line
    while end > 0 and text[end - 1] in " \t\r\n\\":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isdigit() and end - start < 3:
        start -= 1
    if start == end or (start > 0 and text[start - 1] not in " \t\n"):
        return None
    head = text[start:end]
    if "\n" not in text[end:number.start] or head[0] == "0" or \
            int(head + paragraph.number_text) != expected:
        return None
    return StrayNumber(source.span(start, number.end), expected, "split",
                       source.span(start, end))


def _stray_at(source: SourceText, position: int, stop: int, number: int) -> StrayNumber | None:
    """The stray number whose digits are ``text[position:stop]``, if it is one."""
    text = source.text
    first = position  # where the number is written: its pilcrow, if any
    if text[position - 1:position] == "\u00b6":
        first = position - 1
    elif text[position - 2:position] == "\u00b6 ":
        first = position - 2
    line_start = text.rfind("\n", 0, first) + 1
    before = text[line_start:first]
    mark = text[stop]
    if mark == " ":
        # the full stop lost, a portion mark after a blank, opening the line
        # ("2 (S/NF) XXXXXXXXXXXX was assigned ...", 08ASMARA546)
        if before.strip(" \t") or len(before) > 4 or \
                _PORTION_AFTER.match(text, stop) is None:
            return None
        return StrayNumber(source.span(first, stop), number, "malformed",
                           source.span(position, stop))
    if not before.strip(" \t") or (before.endswith("(") and not before[:-1].strip(" \t")):
        # at the start of its line: malformed, or a well-formed number left alone
        opened = before.endswith("(")
        if len(before) - opened > 4 or (not opened and mark == "." and
                                        not text[stop + 1:stop + 2].isalpha()):
            return None
        if _STRAY_AFTER.match(text, stop + 1) is None:
            return None
        return StrayNumber(source.span(first - opened, stop + 1), number, "malformed",
                           source.span(position, stop))
    if mark != "." or not (_STRAY_AFTER.match(text, stop + 1) and
                           text[stop + 1:stop + 2] in " \t("):
        return None
    if _GLUED_BEFORE.search(before[-12:]) is None and not (
            before[-1:] in " \t" and before.strip(" \t")
            and _PORTION_AFTER.match(text, stop + 1)):
        return None
    return StrayNumber(source.span(first, stop + 1), number, "glued",
                       source.span(position, stop))


def ends_with_page_mark(text: str) -> bool:
    """Does ``text`` end with a page-break mark's numbers after a word (its place):
    ``... RIO DE JAN 00000285 002 OF 002``?  Asked only of the last line of text,
    before a name glued to it (cablelint.syntax.signoff.glued_name): a string test
    turns away the lines that end in no page count before the pattern is tried."""
    text = text.rstrip()
    tail = text[-4:]
    if len(tail) < 4 or not tail[1:].isdigit() or tail[0] not in " \t":
        return False
    return _PAGE_NUMBERS_END.search(text, max(0, len(text) - _PAGE_NUMBERS_MAX)) is not None


def parse_page_break(source: SourceText, text: str, offset: int) -> PageBreak:
    """A page-break line: ``ROME 00001234  002 OF 003``, or the older page header
    ``PAGE 02 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440`` (its banner read by
    :func:`parse_banner`; without a level word, ``PAGE 02 RUEHZN0123 ZENDA 000123``)."""
    found = _PAGE_BREAK.fullmatch(text)
    span = source.span(offset, offset + len(text))
    if found is None:
        header = _PAGE_HEADER.fullmatch(text)
        banner = parse_banner(source, header.group("banner"), offset + header.start("banner")) \
            if header else None
        if banner is None:
            plain = _PAGE_HEADER_PLAIN.fullmatch(text)
            if plain is not None:
                return PageBreak(span, text, " ".join(plain.group("origin").split()),
                                 plain.group("serial"), int(plain.group("page")), None)
            if header is not None:  # the level alone: "PAGE 02 RUEHFRA0170 S E C R E T"
                level = read_level_word(header.group("banner"))
                if level is not None and not level.doubled_initial:
                    return PageBreak(span, text, None, None, int(header.group("page")), None,
                                     level=level.level)
        if header is None or banner is None:
            return PageBreak(span, text, None, None, None, None)
        return PageBreak(span, text, banner.originator, banner.serial,
                         int(header.group("page")), None, level=banner.classification.level)
    return PageBreak(span, text, found.group("origin"), found.group("serial"),
                     int(found.group("page")), int(found.group("total")),
                     malformed=found.group("of") != "OF")


def heading_before_mark(source: SourceText, pages: list[PageBreak],
                        banner: Banner | None) -> list[PageBreak]:
    """The page-break lines, each whose place is three words or more longer than
    the banner's originator and ends with it, read as a heading with the mark
    glued after it: ``WITH POWER COMES RESPONSIBILITY ASTANA 00001541 003 OF 004``
    (09ASTANA1541, banner ASTANA).  The mark is then the originator onwards
    (``glued="after"``): removing it must keep the heading.  (Two words more, as
    ``RIO DE`` before ``ZENDA``, may be a place of its own: CL103 compares them.)"""
    origin = banner.originator if banner is not None else None
    if not origin:
        return pages
    result = []
    for page in pages:
        place = page.originator
        if place is not None and page.glued is None and place.endswith(" " + origin) \
                and len(place.split()) - len(origin.split()) >= 3:
            cut = page.raw.find(place) + len(place) - len(origin)
            if cut > 0:
                page = page._replace(span=source.span(page.span.start + cut, page.span.end),
                                     raw=page.raw[cut:], originator=origin, glued="after")
        result.append(page)
    return result


def find_glued_page_marks(source: SourceText, banner: Banner | None,
                          known: list[PageBreak]) -> list[PageBreak]:
    """Page-break marks the lexer cannot take for a PAGE_BREAK line, in line order.

    Those are a mark with a lower-case "of" (``Kiev 00001261 002 of 004``), a
    mark glued before text (``RABAT 00001657 002 OF 002 French companies ...``:
    ``glued="before"``) and one glued after it (``... in March. OTTAWA
    00001502 002 OF 002``: ``glued="after"``), text after it too or not
    (``... contact with a TUNIS 00000492 003 OF 005 wide swath of ...``, where
    extraction joined the page's lines around the mark).  Such a line cannot be
    told from text by its form alone, so the marks are searched by the banner's
    serial padded to eight digits, and only when the banner's ``SECTION n OF N``
    promises more breaks than ``known`` holds (a cable of N sections has N - 1).
    The place right before the serial must be the banner's originator, or that
    cut to the ten characters the telegram prints (``RIO DE JAN``, ``TEGUCIGALP``):
    words before it are text, never part of the mark.  Each page's mark is taken
    once (the first): a page is marked once, and a run of one mark written again
    and again gives one mark, in one pass.
    """
    lines = {brk.span.line for brk in known}
    if banner is None or banner.section is None or len(lines) >= banner.section.total - 1:
        return []
    text, texts, starts = source.text, source.texts, source.starts
    needle = f"{banner.serial_value:08d}"
    place = _place_pattern(banner.originator)
    found: list[PageBreak] = []
    pages: set[str] = set()  # the pages marked ("002", "001.2")
    position = text.find(needle)
    while position >= 0:
        line, _ = source.line_col(position)
        start = starts[line - 1]
        column = position - start
        written = texts[line - 1]
        numbers = _MARK_NUMBERS.match(written, column) if line not in lines else None
        before = place.search(written, max(0, column - _PLACE_MAX), column) \
            if numbers is not None else None
        page = numbers.group("page") + (numbers.group("part") or "") if numbers else ""
        if numbers is not None and before is not None and page not in pages:
            pages.add(page)
            first, last = before.start(), numbers.end("total")
            glued = "after" if written[:first].strip() else (
                "before" if written[last:].strip() else None)
            found.append(PageBreak(
                source.span(start + first, start + last), written[first:last],
                " ".join(written[first:before.end()].split()), numbers.group("serial"),
                int(numbers.group("page")), int(numbers.group("total")), glued,
                numbers.group("of") != "OF"))
            if glued is None:
                lines.add(line)
        position = text.find(needle, position + len(needle))
    return found


#: the mark's numbers from its serial on (the serial found by a string search)
_MARK_NUMBERS = re.compile(r"(?P<serial>\d{8}) +(?P<page>\d{3})(?P<part>\.\d)? +(?P<of>of) +"
                           r"(?P<total>\d{3})(?!\d)", re.IGNORECASE)
#: how far before the serial its place is looked for: the longest originator and blanks
_PLACE_MAX = 60
#: the characters of its place the telegram prints in a page-break mark
_PLACE_PRINTED = 10


def _place_pattern(originator: str) -> re.Pattern[str]:
    """The place of a page-break mark right before its serial: the originator's words
    (any blanks between them), or the originator cut to the characters printed, at a
    word's start and followed by the blanks before the serial."""
    written = " ".join(originator.split())
    forms = [written]
    if len(written) > _PLACE_PRINTED:
        forms.append(written[:_PLACE_PRINTED].rstrip())
    alternatives = "|".join(r" +".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"(?<![\w'.\-])(?:{alternatives}) +\Z", re.IGNORECASE)


