"""What several artifact rules (CL9xx) read about one cable, computed once.

- :func:`digits_span`: the digits of a paragraph number (CL901, CL903);
- :func:`page_breaks`, :func:`body_lines` and :func:`droppable`: the page-break
  lines and glued marks (all the parser's), the lines where body nodes begin
  and the stand-alone SIPDIS lines (CL907, CL908, CL910);
- :func:`drop_line_edit`: removing a whole line (CL907, CL910, CL911, CL912; they
  report it with :func:`cablelint.analysis.structure.line_span`);
- :func:`junk_lines` and :func:`doomed`: the lines CL911 and CL912 remove
  (junk after the text, the model's repeated header lines), inside which
  CL906, CL909 and CL910 do not report.

Speed: where text must be searched these analyses look for rare characters or
long literals with ``str.find`` on the shared lower-cased bytes, and compile
their regular expressions on first use (:func:`lazy_pattern`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.diagnostics import Edit, new_tuple
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
    from the end of the text (one space kept when text follows too, none before a
    glued sign-off: CL111 puts that on a line of its own)."""
    source = context.source
    line = brk.span.line
    start = source.starts[line - 1]
    written = source.texts[line - 1]
    after_mark = written[brk.span.end - start:]
    rest = after_mark.lstrip()
    if brk.glued == "before":
        return Edit(brk.span.start, brk.span.end + len(after_mark) - len(rest), "")
    text_end = start + len(written[:brk.span.start - start].rstrip())
    signoff = context.document.signoff
    if signoff is not None and signoff.glued and \
            signoff.span.start == brk.span.end + len(after_mark) - len(rest):
        # the sign-off glued after the mark: the blank before the name is CL111's to
        # replace (with a line break), so the two fixes apply in one pass
        return Edit(text_end, brk.span.end, "")
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
        return new_tuple(Edit, (start, starts[index] + len(texts[index]), ""))
    if before < 0 or before + 1 in dropped:
        return new_tuple(Edit, (starts[index], starts[after], ""))
    start = starts[before] + len(texts[before].rstrip())
    body = context.document.body
    inside = bool(body) and before + 1 >= body[0].span.line and \
        after + 1 not in body_lines(context)[0]
    spaced = before < index - 1 or after > index + 1
    # every field given: the fast constructor (one edit per page-break line)
    return new_tuple(Edit, (start, starts[after], "\n\n" if spaced and not inside else "\n"))


# ------------------------------------------------------- junk after the sign-off

#: the trailer kinds that are junk (cablelint.syntax.trailer), as CL911 names them
_JUNK_NAMES = {
    "query": "database query",
    "tracking": "newspaper tracking line",
    "tracking-id": "newspaper tracking line",
    "mail-header": "mail-client header",
    "dots": "stray full-stop line",
    "echo": "echoed, truncated subject",
    "comment": "word-processor comment",
}


@analysis
def junk_lines(context: RuleContext) -> tuple[tuple[int, str], ...]:
    """(line, kind) of every junk line at the end of the cable (CL911): the
    model's trailer lines of a junk kind.  (Without a sign-off the parser's
    trailer holds only junk no text can be: queries, tracking lines, mail headers.)"""
    return tuple((line.span.line, _JUNK_NAMES[line.kind]) for line in context.document.trailer
                 if line.kind in _JUNK_NAMES)


# ------------------------------------------------------------- doomed lines


@analysis
def doomed(context: RuleContext) -> frozenset[int]:
    """Lines that CL911 and CL912 remove: other rules do not report inside them."""
    lines = {number for number, _ in junk_lines(context)}
    for repeat in context.document.repeated_headers:
        lines.update(range(repeat.span.line, repeat.span.end_line + 1))
    return frozenset(lines)


def in_doomed_line(context: RuleContext, offset: int) -> bool:
    """Is ``offset`` on a line CL911 or CL912 removes (see :func:`doomed`)?

    Asked for every candidate finding of CL906 and CL909; most cables have no
    such line, and then the offset's line is not worked out."""
    lines = doomed(context)
    return bool(lines) and context.source.line_col(offset)[0] in lines
