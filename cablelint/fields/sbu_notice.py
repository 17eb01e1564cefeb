"""The SBU handling notice written in the text: ``Sensitive but unclassified.  Not
for internet distribution.`` or ``SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY``.

Some UNCLAS cables with (SBU) paragraphs say their handling in a sentence
between the header and the first paragraph instead of (or besides) the
``SENSITIVE`` caption (07PARIS1791, 06KIEV947).  The parser reads it here,
once, so that CL405 can tell a cable that marks its SBU handling in the text
from one that marks it nowhere.

Why only between the banner and the first paragraph: there the sentence is
the cable's own notice; inside a paragraph the words are the text's (a
report about SBU information).  One ``find`` in the lower-cased bytes of
that stretch (a few hundred bytes) costs next to nothing on the cables
without one.
"""

from __future__ import annotations

from cablelint.diagnostics import Span
from cablelint.source import SourceText

_NOTICE = b"sensitive but unclassified"


def find_sbu_notice(source: SourceText, begin: int, end: int) -> Span | None:
    """The notice's words (``Sensitive but unclassified``) in ``source.text[begin:end]``
    when they open a line (after blanks), or None."""
    found = source.lowered().find(_NOTICE, begin, end)
    if found < 0:
        return None
    text = source.text
    line_start = text.rfind("\n", 0, found) + 1
    if text[line_start:found].strip():
        return None  # inside a sentence of text
    return source.span(found, found + len(_NOTICE))
