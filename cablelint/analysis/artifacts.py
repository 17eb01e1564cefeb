"""What several artifact rules (CL9xx) read about one cable, computed once.

- :func:`digits_span`: the digits of a paragraph number (CL901, CL903);
- :func:`page_breaks`, :func:`body_lines` and :func:`droppable`: the page-break
  lines and glued marks (all the parser's), the lines where body nodes begin
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
from cablelint.model import PageBreak, Paragraph

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


class PageBreaks(NamedTuple):
    """The page-break lines and glued marks of a cable (see :func:`page_breaks`)."""

    #: lines that are a page break and nothing else
    lines: tuple[int, ...]
    #: marks glued to text on their line, with the edit that removes each
    glued: tuple[tuple[PageBreak, Edit], ...]


@analysis
def page_breaks(context: RuleContext) -> PageBreaks:
    """The model's page breaks: whole lines, and marks glued to text with their removal.

    The parser finds every break (:attr:`Document.page_breaks`), marks glued
    to text included; the removal of a glued mark takes the mark and the blank
    it leaves, never a word of the text.
    """
    lines: set[int] = set()
    glued: list[tuple[PageBreak, Edit]] = []
    for brk in context.document.page_breaks:
        if brk.glued is None:
            lines.add(brk.span.line)
        else:
            glued.append((brk, _mark_removal(context, brk)))
    return PageBreaks(tuple(sorted(lines)), tuple(glued))


def _mark_removal(context: RuleContext, brk: PageBreak) -> Edit:
    """The edit removing a glued mark: before text, up to the text; after text,
    from the end of the text (one space kept when text follows too)."""
    source = context.source
    line = brk.span.line
    start = source.starts[line - 1]
    written = source.texts[line - 1]
    after_mark = written[brk.span.end - start:]
    rest = after_mark.lstrip()
    if brk.glued == "before":
        return Edit(brk.span.start, brk.span.end + len(after_mark) - len(rest), "")
    text_end = start + len(written[:brk.span.start - start].rstrip())
    if rest.strip():
        return Edit(text_end, brk.span.end + len(after_mark) - len(rest), " ")
    return Edit(text_end, start + len(written), "")


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

#: the trailer kinds that are junk (cablelint.syntax.trailer), as CL911 names them
_JUNK_NAMES = {
    "query": "database query",
    "tracking": "newspaper tracking line",
    "tracking-id": "newspaper tracking line",
    "mail-header": "mail-client header",
    "dots": "lone full stop",
    "echo": "echoed, truncated subject",
}


@analysis
def junk_lines(context: RuleContext) -> tuple[tuple[int, str], ...]:
    """(line, kind) of every junk line at the end of the cable (CL911): the
    model's trailer lines of a junk kind.  (Without a sign-off the parser's
    trailer holds only junk no text can be: queries, tracking lines, mail headers.)"""
    return tuple((line.span.line, _JUNK_NAMES[line.kind]) for line in context.document.trailer
                 if line.kind in _JUNK_NAMES)


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
