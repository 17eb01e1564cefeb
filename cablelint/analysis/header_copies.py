"""Which header fields printed before the banner are copies of the header's own.

A keyword field before the banner (``Document.duplicate_fields``: a TAGS,
SUBJECT, REF, E.O., Classified By or Derived From line) is either a copy -- a
web page printed the cable's TAGS and SUBJECT above the banner, and the header
below the banner gives them again -- or the field itself, misplaced.  The copy
is CL912's to remove; only a field the header lacks is CL105's to move (issue
#12: moving a copy after the banner would leave the field twice).

The kind of a duplicate is asked of the grammar's own line terminal (the one
recogniser of the keyword field), matched against the kinds of the header lines
after the banner; only cables with duplicates pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablelint.analysis import analysis
from cablelint.model import TextLine
from cablelint.syntax.grammar import line_patterns

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

#: the header's keyword-field terminals a line before the banner may be a copy of
_KEYWORD_KINDS = frozenset({"EO_LINE", "TAGS_LINE", "SUBJECT_LINE", "REF_LINE",
                            "CLASSIFIED_BY", "DERIVED_FROM"})


@analysis
def field_copies(context: RuleContext) -> tuple[tuple[TextLine, int | None], ...]:
    """Each header field printed before the banner, with the line (1-based) of the
    header's own field of that keyword after the banner, or None when the header
    lacks it (the field is misplaced, not a copy)."""
    document = context.document
    duplicates = document.duplicate_fields
    if not duplicates:
        return ()
    banner = document.banner
    after = banner.span.start if banner is not None else -1
    own: dict[str, int] = {}
    for line in document.header_lines:
        if line.kind in _KEYWORD_KINDS and line.span.start > after:
            own.setdefault(line.kind, line.span.line)
    if not own:
        return tuple((line, None) for line in duplicates)
    patterns = line_patterns()
    return tuple(
        (line, next((number for kind, number in own.items()
                     if patterns[kind].match(line.text.strip())), None))
        for line in duplicates)


def misplaced_fields(context: RuleContext) -> tuple[TextLine, ...]:
    """The header fields printed before the banner that the header after the banner
    does not give again (the others are copies: see the module docstring)."""
    return tuple(line for line, copy in field_copies(context) if copy is None)
