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
def misplaced_fields(context: RuleContext) -> tuple[TextLine, ...]:
    """The header fields printed before the banner that the header after the banner
    does not give again (the others are copies: see the module docstring)."""
    document = context.document
    duplicates = document.duplicate_fields
    if not duplicates:
        return ()
    banner = document.banner
    after = banner.span.start if banner is not None else -1
    kinds = {line.kind for line in document.header_lines
             if line.kind in _KEYWORD_KINDS and line.span.start > after}
    if not kinds:
        return duplicates
    patterns = line_patterns()
    return tuple(line for line in duplicates
                 if not any(patterns[kind].match(line.text.strip()) for kind in kinds))
