"""What several artifact rules (CL9xx) read about one cable, computed once.

- :func:`digits_span`: the digits of a paragraph number (CL901, CL903);
- :func:`page_breaks`, :func:`body_lines` and :func:`droppable`: the page-break
  lines (the parser's and those it misses), the lines where body nodes begin
  and the stand-alone SIPDIS lines (CL907, CL908, CL910);
- :func:`drop_line_edit` and :func:`line_span`: removing or reporting a whole
  line (CL907, CL910, CL911, CL912);
- :func:`junk_lines`, :func:`header_repeats` and :func:`doomed`: the lines
  CL911 and CL912 remove, inside which CL906, CL909 and CL910 do not report.

Speed: where text must be searched these analyses look for rare characters or
long literals with ``str.find`` on the shared lower-cased bytes, and compile
their regular expressions on first use (:func:`lazy_pattern`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.diagnostics import Edit, Span
from cablelint.model import Paragraph

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A compiler of ``pattern`` called on first use.

    Most patterns of the artifact rules serve rare cases, and compiling them
    all at import would cost a one-shot run several milliseconds.
    """
    compiled: list[re.Pattern[str]] = []

    def get() -> re.Pattern[str]:
        if not compiled:
            compiled.append(re.compile(pattern, flags))
        return compiled[0]
    return get


def is_blank(texts: list[str], index: int) -> bool:
    """Is line ``index`` (0-based) of ``texts`` empty or blanks only?"""
    line = texts[index]
    return not line or line.isspace()


# ------------------------------------------------------------ paragraph numbers


def digits_span(context: RuleContext, paragraph: Paragraph) -> tuple[int, int]:
    """Offsets of the digits of a paragraph number (after any pilcrow)."""
    span = paragraph.number_span
    written = context.text[span.start:span.end]
    first = written.index(paragraph.number_text)
    return span.start + first, span.start + first + len(paragraph.number_text)


# ------------------------------------------------------- lines that are dropped


@analysis
def body_lines(context: RuleContext) -> tuple[frozenset[int], tuple[int, ...]]:
    """Lines where a body node (paragraph, heading, rule, footer ...) begins, and the
    stand-alone SIPDIS lines: one pass over the body nodes."""
    starts, sipdis = [], []
    for node in context.document.body:
        kind = node.kind
        if kind == "sipdis":
            sipdis.append(node.span.line)
        elif kind != "page_break":
            starts.append(node.span.line)
    return frozenset(starts), tuple(sipdis)


@analysis
def droppable(context: RuleContext) -> frozenset[int]:
    """Line numbers of page-break lines and stand-alone SIPDIS lines in the body."""
    return frozenset((*page_breaks(context).lines, *body_lines(context)[1]))


_PAGE_BREAK = lazy_pattern(
    r"[ \t]*(?P<place>[A-Za-z][A-Za-z .]*?) +\d{8} +\d{3}(?:\.\d)? +of +\d{3}"
    r"(?P<rest>[ \t]+\S.*)?[ \t]*",
    re.IGNORECASE)


class InlineMark(NamedTuple):
    """A page-break mark after text on its line (``... in March. OTTAWA 00001502 002 OF 002``)."""

    line: int
    start: int  # offset of the mark
    end: int  # offset after the mark
    removal: Edit  # takes the mark and the blank it leaves, never a word of the text


class PageBreaks(NamedTuple):
    """The page-break lines and marks of a cable (see :func:`page_breaks`)."""

    #: lines that are a page break and nothing else (the parser's and those it misses)
    lines: tuple[int, ...]
    #: a mark that starts a line with text after it: (line, offset where the text starts)
    glued: tuple[tuple[int, int], ...]
    #: marks after text on their line
    inline: tuple[InlineMark, ...]


@analysis
def page_breaks(context: RuleContext) -> PageBreaks:
    """Page-break lines (the parser's plus those it misses) and page-break marks glued to text.

    The parser does not take ``Kiev 00001261 002 of 004`` (lower-case "of") for
    a page break, nor ``RABAT 00001657 002 OF 002 French companies ...`` (the
    mark glued to the text that follows), nor ``... in March. OTTAWA 00001502
    002 OF 002`` (the mark glued to the end of a sentence).  When the banner's
    ``SECTION n OF N`` promises more breaks than the parser found, they are
    searched by the banner's serial padded to eight digits.  The place before
    the serial must end in the banner's originator: words before it on the
    line are text, never part of the mark (a line whose place is not the
    originator is left alone: it cannot be told from text).
    """
    document = context.document
    lines = {brk.span.line for brk in document.page_breaks}
    glued: list[tuple[int, int]] = []
    inline: list[InlineMark] = []
    banner = document.banner
    # a cable of N sections has N - 1 breaks; search only when some are missing
    if banner is not None and banner.section is not None and \
            len(lines) < banner.section.total - 1:
        text, source = context.text, context.source
        needle = f"{banner.serial_value:08d}"
        origin = banner.originator.upper().split()
        position = text.find(needle)
        while position >= 0:
            line, _ = source.line_col(position)
            found = _PAGE_BREAK().fullmatch(source.texts[line - 1])
            if found is not None and line not in lines:
                place = found.group("place").upper().split()
                if place[-len(origin):] != origin:
                    pass  # not this cable's mark: the words may be text
                elif len(place) > len(origin):
                    inline.append(_inline_mark(line, source.texts[line - 1],
                                               source.starts[line - 1], found, len(origin)))
                elif found.group("rest"):
                    rest = found.group("rest")
                    glued.append((line, source.starts[line - 1] + found.start("rest") +
                                  len(rest) - len(rest.lstrip())))
                else:
                    lines.add(line)
            position = text.find(needle, position + 8)
    return PageBreaks(tuple(sorted(lines)), tuple(glued), tuple(inline))


def _inline_mark(line: int, written: str, start: int, found: re.Match[str],
                 origin_words: int) -> InlineMark:
    """The mark of ``found`` whose place ends in the originator (``origin_words``
    words) after words of the text."""
    words = found.group("place").split()
    place_start = found.start("place")
    for word in words[:-origin_words]:  # skip the text's words: the mark starts after them
        place_start = written.index(word, place_start) + len(word)
    mark_start = written.index(words[-origin_words], place_start)
    text_end = len(written[:mark_start].rstrip())
    rest = found.group("rest")
    if rest:  # text follows too: one space between the two parts
        mark_end = found.start("rest")
        removal = Edit(start + text_end, start + mark_end + len(rest) - len(rest.lstrip()), " ")
    else:
        mark_end = len(written.rstrip())
        removal = Edit(start + text_end, start + len(written), "")
    return InlineMark(line, start + mark_start, start + mark_end, removal)


def drop_line_edit(context: RuleContext, number: int) -> Edit:
    """An edit removing line ``number`` and the blank lines around it.

    The text on either side is re-joined with one line break when the line
    interrupted a body node (paragraph ...); elsewhere (before a new node, in
    the header) a blank line is kept if there was one.  Next to another droppable line
    only the blank lines up to that line are taken, so edits never overlap.
    """
    texts, starts = context.source.texts, context.source.starts
    dropped = droppable(context)
    index = number - 1
    before = index - 1
    while before >= 0 and is_blank(texts, before):
        before -= 1
    after = index + 1
    while after < len(texts) and is_blank(texts, after):
        after += 1
    if after >= len(texts):  # nothing follows: cut from the end of the text above
        start = starts[before] + len(texts[before]) if before >= 0 else starts[index]
        return Edit(start, starts[index] + len(texts[index]), "")
    if before < 0 or before + 1 in dropped:
        return Edit(starts[index], starts[after], "")
    start = starts[before] + len(texts[before].rstrip())
    body = context.document.body
    inside = bool(body) and before + 1 >= body[0].span.line and \
        after + 1 not in body_lines(context)[0]
    spaced = before < index - 1 or after > index + 1
    return Edit(start, starts[after], "\n\n" if spaced and not inside else "\n")


def line_span(context: RuleContext, number: int) -> Span:
    """Span of line ``number`` without its leading and trailing blanks (no search)."""
    text = context.source.texts[number - 1]
    stripped = text.lstrip()
    first = len(text) - len(stripped)
    last = first + len(stripped.rstrip())
    start = context.source.starts[number - 1]
    return Span(number, first + 1, number, last + 1, start + first, start + last)


# ------------------------------------------------------- junk after the sign-off

_LONE_DOTS = lazy_pattern(r"\s*\.{1,3}\s*")
_ECHO = lazy_pattern(r"[A-Z0-9][A-Z0-9 ,.'/:;()&-]*\.\.\.\s*")
_STAMP = r"\d\d/\d\d/\d{4}[ \t]+\d\d:\d\d:\d\d[ \t]+[AP]M"
_INBOX = r"From[ \t]+[\w.\-]*/?Inbox:?(?:[ \t]+\S+){0,2}"
_HARD_JUNK_PATTERNS = (
    ("database query", r"\s*SELECT\s.+\sFROM\s", re.IGNORECASE),
    ("newspaper tracking line", r"\s*Track impresi", re.IGNORECASE),
    # the whole line, anchored: a name and a time stamp, "From <box>/Inbox:" and
    # at most two words (a subject cut short), or either part alone
    ("mail-client header", r"[ \t]*(?:(?:[A-Z][A-Za-z.'\-]*[ \t]+){1,4}" + _STAMP +
     r"(?:[ \t]+" + _INBOX + r")?|" + _INBOX + r")[ \t]*\Z", 0),
)
_HARD_JUNK_COMPILED: list[tuple[str, re.Pattern[str]]] = []
_TRACKING_ID = lazy_pattern(r"\s*ID:\s*\d+\s*")
_TAIL_LINES = 4  # without a sign-off, the last lines searched for database/tracking junk


def _hard_junk() -> list[tuple[str, re.Pattern[str]]]:
    """Database queries, newspaper tracking lines, mail headers, compiled once."""
    if not _HARD_JUNK_COMPILED:
        _HARD_JUNK_COMPILED.extend((kind, re.compile(pattern, flags))
                                   for kind, pattern, flags in _HARD_JUNK_PATTERNS)
    return _HARD_JUNK_COMPILED


def junk_kind(line: str, soft: bool, previous: str | None) -> str | None:
    """What kind of junk ``line`` is (``"database query"`` ...), or None.

    ``soft`` also admits lone dots and an echoed, truncated subject (only
    after a sign-off); ``previous`` is the kind of the junk line before, since
    a tracking line's ``ID:`` line is junk only right after it.
    """
    for kind, pattern in _hard_junk():
        if pattern.match(line):
            return kind
    if previous == "newspaper tracking line" and _TRACKING_ID().fullmatch(line):
        return previous
    if soft:
        if _LONE_DOTS().fullmatch(line):
            return "lone full stop"
        if _ECHO().fullmatch(line):
            return "echoed, truncated subject"
    return None


@analysis
def junk_lines(context: RuleContext) -> tuple[tuple[int, str], ...]:
    """(line, kind) of every junk line at the end of the cable (CL911).

    After a sign-off every line is searched; without one only the last
    lines, and only for queries, tracking lines and mail headers.
    """
    document, texts = context.document, context.source.texts
    signoff = document.signoff
    if signoff is not None:
        first = signoff.span.end_line + 1
        if signoff.name.endswith("..."):  # the parser took the echo for the sign-off
            first = signoff.span.line
        soft = True
    else:
        first, seen = len(texts), 0
        while first > 1 and seen < _TAIL_LINES:
            first -= 1
            seen += not is_blank(texts, first - 1)
        soft = False
    found = []
    previous_kind = None
    for number in range(first, len(texts) + 1):
        line = texts[number - 1]
        if not line or line.isspace():
            continue
        kind = junk_kind(line, soft, previous_kind)
        if kind is not None:
            found.append((number, kind))
        previous_kind = kind
    return tuple(found)


# ------------------------------------------------------------ repeated header

_WEB_DATE = lazy_pattern(r"\d\d/\d\d/\d{4} \d\d:\d\d")
_IGNORED_REPEATS = frozenset({"SIPDIS", "NOFORN"})


@analysis
def header_repeats(context: RuleContext) -> tuple[list[list[int]], tuple[int, int] | None]:
    """Exact repeats of earlier header lines, as runs [first, last, original first,
    original last], and the web-page metadata block (first, last line), for CL912."""
    document = context.document
    texts = context.source.texts
    end = document.body[0].span.line - 1 if document.body else len(texts)
    if not _may_repeat(context, end):
        return [], None
    fields = {line.span.line for line in document.duplicate_fields}
    seen: dict[str, int] = {}
    runs: list[list[int]] = []
    metadata_block: tuple[int, int] | None = None
    number = 0
    while number < end:
        number += 1
        line = texts[number - 1].strip()
        if not line:
            continue
        if line == ">" and number < end and _WEB_DATE().fullmatch(texts[number].strip()):
            last = number + 1
            while last < end and texts[last].strip() and \
                    not texts[last].startswith("VZCZC"):
                last += 1
            metadata_block = (number, last)
            number = last
            continue
        earlier = seen.get(line)
        if earlier is None:
            seen[line] = number
            continue
        if earlier in fields or number in fields:
            continue
        if runs and runs[-1][3] == earlier - 1 - _blanks_before(texts, earlier) and \
                runs[-1][1] == number - 1 - _blanks_before(texts, number):
            runs[-1][1], runs[-1][3] = number, earlier
        else:
            runs.append([number, number, earlier, earlier])
    runs = [run for run in runs if run[0] != run[1] or (
        texts[run[0] - 1].strip() not in _IGNORED_REPEATS and _header_item(context, run[0]))]
    return runs, metadata_block


_REPEATED_KEYS = (b"subject", b"tags", b"vzczc", b"classified by", b"decl")


def _may_repeat(context: RuleContext, end: int) -> bool:
    """A cheap test before the line-by-line search: does a header keyword, the
    banner or a web-metadata mark occur twice in the first ``end`` lines?"""
    source = context.source
    stop = source.starts[end] if end < len(source.starts) else len(source.text)
    lowered = source.lowered()
    if any(lowered.count(key, 0, stop) > 1 for key in _REPEATED_KEYS):
        return True
    if lowered.find(b"\n>", 0, stop) >= 0:
        return True
    banner = context.document.banner
    return banner is not None and source.text.count(banner.raw.strip(), 0, stop) > 1


def _blanks_before(texts: list[str], number: int) -> int:
    count = 0
    while number - 2 - count >= 0 and is_blank(texts, number - 2 - count):
        count += 1
    return count


def _header_item(context: RuleContext, number: int) -> bool:
    """Is line ``number`` a header item (banner, subject ...), not an addressee line?"""
    line = context.line(number).lstrip().upper()
    banner = context.document.banner
    if banner is not None and context.line(number).strip() == banner.raw.strip():
        return True
    return line.startswith(("SUBJECT", "TAGS", "E.O.", "EO ", "REF", "CLASSIFIED BY",
                            "VZCZC", "DE ", "FM "))


# ------------------------------------------------------------- doomed lines


@analysis
def doomed(context: RuleContext) -> frozenset[int]:
    """Lines that CL911 and CL912 remove: other rules do not report inside them."""
    lines = {number for number, _ in junk_lines(context)}
    for first, last, _, _ in header_repeats(context)[0]:
        lines.update(range(first, last + 1))
    return frozenset(lines)


def in_doomed_line(context: RuleContext, offset: int) -> bool:
    """Is ``offset`` on a line CL911 or CL912 removes (see :func:`doomed`)?"""
    return context.source.line_col(offset)[0] in doomed(context)
