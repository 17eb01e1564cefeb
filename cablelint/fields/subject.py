"""The SUBJECT line: keyword, portion mark, subject text and its recoveries.

Everything the subject rules judge is recognised here, once: the keyword as
written and where it ends (``SUBJECT:``, ``Subj:``), a keyword written twice
(``SUBJECT: SUBJECT: ...``), editors' insertions in square brackets
(``[Source removed]``, which are not the drafter's words) and a subject cut
off with an ellipsis.  Where the subject ends (before a dateline or banner
of a header printed twice) is the line lexer's decision.
"""

from __future__ import annotations

import re

from cablelint.fields.portion import parse_portion_mark
from cablelint.model import Subject
from cablelint.source import SourceText

# The keyword and its colon; a second one may follow (SUBJECT_LINE guarantees the
# first).  ``rest`` is the white space after the colon, line breaks included.
_KEYWORD = re.compile(r"(?P<keyword>SUBJ(?:ECT)?)[ \t]*:(?P<rest>\s*)", re.IGNORECASE)
_ELLIPSES = ("...", "\u2026")


def parse_subject(source: SourceText, text: str, offset: int) -> Subject:
    """Parse a SUBJECT block (its line and continuation lines) starting at ``offset``."""
    span = source.span
    first = _KEYWORD.match(text)
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
    mark = parse_portion_mark(source, text[rest_at:], offset + rest_at)
    body = text[(mark.span.end - offset) if mark else rest_at:]
    stripped = text.rstrip()
    truncated = None
    for ellipsis in _ELLIPSES:
        if stripped.endswith(ellipsis):
            truncated = span(offset + len(stripped) - len(ellipsis), offset + len(stripped))
            break
    editorial = _editorial(source, text, offset) if "[" in text else ()
    return Subject(span(offset, offset + len(text)), text, " ".join(body.split()), mark,
                   keyword, keyword_span, doubled, editorial, truncated)


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
