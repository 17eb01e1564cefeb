"""The SUBJECT line: keyword, portion mark, subject text and its recoveries.

Everything the subject rules judge is recognised here, once: the keyword as
written and where it ends (``SUBJECT:``, ``Subj:``), a keyword written twice
(``SUBJECT: SUBJECT: ...``), editors' insertions in square brackets
(``[Source removed]``, which are not the drafter's words) and a subject cut
off with an ellipsis.  Where the subject ends (before a dateline or banner
of a header printed twice) is the line lexer's decision.

The portion mark usually opens the subject (``SUBJECT: (C) ...``); some cables,
and DoD intelligence reports sent as cables, put it at the end instead
(``... FROM GERMAN FIRMS (S)``): that is the subject's mark too, flagged
``mark_at_end``.  Only a well-formed mark counts there (an acronym ``(RUE)`` or a report number
``(C-RE8-02675)`` does not).

Three recoveries: the keyword without its first letter (``UBJECT:``, flagged
``misspelt``), the keyword in capitals without its colon (``SUBJECT SAG AGREES
...``, flagged ``no_colon``), and a REF or Classified By block run onto the subject's line
(``ENERGY INSTALLATIONS REF: BRASILIA 861``): the subject text stops before
it and ``glued`` spans it.  Both keywords are found with the grammar's own
terminals (REF_LINE, CLASSIFIED_BY).
"""

from __future__ import annotations

import re
from functools import cache

from cablelint.fields.portion import parse_portion_mark
from cablelint.model import Subject
from cablelint.source import SourceText
from cablelint.syntax.grammar import terminal_prefix

# The keyword and its colon; a second one may follow (SUBJECT_LINE guarantees the
# first).  ``rest`` is the white space after the colon, line breaks included.
_KEYWORD = re.compile(r"(?P<keyword>SUBJ(?:ECT)?|UBJECT)[ \t]*:(?P<rest>\s*)",
                      re.IGNORECASE)
# The keyword without its colon: SUBJECT in capitals before the subject's first
# capital (the grammar's SUBJECT_LINE admits it only so); flagged ``no_colon``.
_BARE_KEYWORD = re.compile(r"(?P<keyword>SUBJECT)(?P<rest>[ \t]+)(?=[A-Z(])")
_ELLIPSES = ("...", "\u2026")
# A parenthesised word ending the subject: its portion mark when it reads as one.
_END_MARK = re.compile(r"\([^()\n]{1,12}\)\s*$")


@cache
def _glued_block() -> re.Pattern[str]:
    """A REF or Classified By keyword after white space: the grammar's REF_LINE and
    CLASSIFIED_BY (without a portion mark before it) searched inside the subject."""
    ref = terminal_prefix("REF_LINE")
    classified = terminal_prefix("CLASSIFIED_BY").pattern
    classified = classified[classified.index("CLASS"):]  # the keyword itself
    return re.compile(rf"(?<=\s)(?:(?i:{ref.pattern})|(?i:{classified}))")


def parse_subject(source: SourceText, text: str, offset: int) -> Subject:
    """Parse a SUBJECT block (its line and continuation lines) starting at ``offset``."""
    span = source.span
    first = _KEYWORD.match(text)
    no_colon = first is None and _BARE_KEYWORD.match(text) is not None
    if no_colon:
        first = _BARE_KEYWORD.match(text)
    keyword, keyword_span, doubled, rest_at = "", None, None, 0
    if first is not None:
        keyword = first.group("keyword")
        keyword_span = span(offset, offset + first.start("rest"))
        rest_at = first.end()
        again = _KEYWORD.match(text, rest_at)
        if again is not None:
            doubled = span(offset + again.start(), offset + again.end())
        while again is not None:  # the subject begins after the last keyword
            rest_at = again.end()
            again = _KEYWORD.match(text, rest_at)
    glued = None
    upper = text.upper()
    if "REF" in upper or "CLAS" in upper:
        block = _glued_block().search(text, rest_at)
        if block is not None:
            glued = span(offset + block.start(), offset + len(text.rstrip()))
            text = text[:block.start()].rstrip()
    mark = parse_portion_mark(source, text[rest_at:], offset + rest_at)
    body = text[(mark.span.end - offset) if mark else rest_at:]
    at_end = False
    if mark is None and text.endswith(")", 0, len(text.rstrip())):
        end = _END_MARK.search(text, rest_at)
        mark = parse_portion_mark(source, text, offset, end.start()) if end else None
        if mark is not None and not mark.well_formed:
            mark = None  # "(C-RE8-02675)": a report number, not a mark
        if mark is not None:
            at_end = True
            body = text[rest_at:mark.span.start - offset]
    stripped = text.rstrip()
    truncated = None
    for ellipsis in _ELLIPSES:
        if stripped.endswith(ellipsis):
            truncated = span(offset + len(stripped) - len(ellipsis), offset + len(stripped))
            break
    editorial = _editorial(source, text, offset) if "[" in text else ()
    return Subject(span(offset, offset + len(text)), text, " ".join(body.split()), mark,
                   keyword, keyword_span, doubled, editorial, truncated,
                   keyword.upper() == "UBJECT", glued, at_end, no_colon)


def _editorial(source: SourceText, text: str, offset: int) -> tuple:
    """Spans of the outermost square brackets: editors' insertions such as
    ``[Source removed]`` (an unclosed bracket runs to the end of the subject)."""
    spans = []
    depth = 0
    opened = 0
    for index, ch in enumerate(text):
        if ch == "[":
            if not depth:
                opened = index
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
            if not depth:
                spans.append(source.span(offset + opened, offset + index + 1))
    if depth:
        spans.append(source.span(offset + opened, offset + len(text)))
    return tuple(spans)
