"""A table of contents at the head of the body: numbered one-line entries that the
paragraphs after them repeat.

Media-reaction cables (and a few other digests) open with an index of their
sections, numbered like the sections themselves::

    ¶1.   Lead Stories Summary
    ¶2.   (Zenda)   Coronation
    ¶3.   (Ruritania)   Harbour Talks

    ¶1.   Lead Stories Summary

    Print media focused on ...

The lexer takes every index line for a numbered paragraph (it is one, by
form).  This module is the one place that tells the index apart: a run of at
least three paragraphs numbered upwards from 1 (1, 2, 3 ...; a number the
sections skip is skipped there too), each nothing but one short line
with no sentence in it, followed right away by a paragraph numbered 1 again,
with every number of the run repeated later.  The numbering walk and the
portion rules then leave the entries alone (``Document.contents_entries``),
so the index is no restart (CL203) and its entries need no portion marks
(CL301).
"""

from __future__ import annotations

from collections.abc import Sequence

from cablelint.model import Paragraph
from cablelint.source import SourceText

#: the fewest entries an index has (two numbered lines could be anything)
_MIN_ENTRIES = 3
#: the longest entry: a section title, never a sentence
_MAX_ENTRY = 80


def find_contents_entries(source: SourceText,
                          paragraphs: Sequence[Paragraph]) -> tuple[int, ...]:
    """Indexes into ``paragraphs`` of the entries of a table of contents (see the
    module documentation); () for nearly every cable."""
    firsts = [index for index, paragraph in enumerate(paragraphs) if paragraph.number == 1]
    if len(firsts) < 2:  # an index restarts the numbering: most cables stop here
        return ()
    text = source.text
    for start in firsts[:-1]:
        end, previous = start, 0
        # numbered upwards from 1; a number the sections skip, the index skips too
        # (09BERLIN144: "¶7. ..." then "¶9. ...", as in the sections below)
        while end < len(paragraphs) and paragraphs[end].number > previous and \
                _entry(text, paragraphs[end]):
            previous = paragraphs[end].number
            end += 1
        count = end - start
        if count < _MIN_ENTRIES or end >= len(paragraphs) or paragraphs[end].number != 1:
            continue
        later = {paragraph.number for paragraph in paragraphs[end:]}
        if later.issuperset(paragraph.number for paragraph in paragraphs[start:end]):
            return tuple(range(start, end))
    return ()


def _entry(text: str, paragraph: Paragraph) -> bool:
    """The paragraph is one short line after its number, with no sentence in it."""
    content = text[paragraph.number_span.end:paragraph.span.end].strip()
    return bool(content) and "\n" not in content and len(content) <= _MAX_ENTRY and \
        not content.endswith((".", ":", "?", "!")) and ". " not in content
