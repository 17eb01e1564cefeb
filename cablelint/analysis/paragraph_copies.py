"""Rule 2b of the numbering walk: a paragraph printed again by the extraction.

Separate from the walk (:mod:`cablelint.analysis.numbering`) because it keeps
its own index of the paragraphs' opening words, built only at the first number
below the expected one (a few cables): the walk asks one question of it and
need not know how the copies are found.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from cablelint.model import Paragraph

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

#: how many leading characters of two paragraphs' words must agree for one to be
#: a copy of the other (enough to rule out a shared stock phrase, few enough that
#: a damaged letter further on does not hide the copy)
_COPY_PREFIX = 30
#: the fewest characters a preview cut short with "..." keeps of the paragraph
_PREVIEW_PREFIX = 10
#: the previews kept per number (a cable holds one or two; a flood of them must not
#: make every look-up a pass over all)
_MAX_PREVIEWS = 4


class Copies:
    """Rule 2b of the walk: the earlier paragraph with the same number that a
    paragraph repeats, a copy made by extraction, not a step of the numbering:

    * its words begin the same way, with a page break between (a printout that
      repeated paragraphs 4-7 after its page break, 09BRUSSELS1580);
    * or it is a preview cut short with "..." whose words up to there begin this
      one (``¶1. (S) SUMMARY.  On D...`` above the full ``¶1. (S) SUMMARY.  On
      December 11, ...``, 07ISLAMABAD5283).

    The paragraphs before the one asked about are indexed by number and opening
    words as the walk goes, each once: a look-up per question, never a pass over
    every earlier paragraph (a text of a thousand repeated headers stays linear).
    """

    def __init__(self, context: RuleContext) -> None:
        self.context = context
        self.paragraphs = context.document.paragraphs
        self.indexed = 0  # paragraphs[:indexed] are in the index
        self.first: dict[tuple[int, str], Paragraph] = {}  # (number, words) -> earliest
        self.previews: dict[int, list[tuple[str, Paragraph]]] = {}  # number -> cut previews
        self.breaks = sorted(brk.span.start for brk in context.document.page_breaks)

    def original(self, index: int) -> Paragraph | None:
        """The paragraph ``paragraphs[index]`` copies, or None."""
        context, paragraphs = self.context, self.paragraphs
        for earlier in paragraphs[self.indexed:index]:
            words = _opening_words(context, earlier)
            self.first.setdefault((earlier.number, words), earlier)
            cut = words.find("...")
            if cut >= _PREVIEW_PREFIX:
                kept = self.previews.setdefault(earlier.number, [])
                if len(kept) < _MAX_PREVIEWS:  # a few per number: bounded look-ups
                    kept.append((words[:cut], earlier))
        self.indexed = max(self.indexed, index)
        paragraph = paragraphs[index]
        words = _opening_words(context, paragraph)
        if len(words) < _COPY_PREFIX:
            return None
        same = self.first.get((paragraph.number, words))
        if same is not None:
            # the copy starts a printed page again: a page break lies between
            at = bisect.bisect_left(self.breaks, paragraph.span.start)
            if at and same.span.start < self.breaks[at - 1]:
                return same
        for prefix, preview in self.previews.get(paragraph.number, ()):
            if words.startswith(prefix):
                return preview
        return None


def _opening_words(context: RuleContext, paragraph: Paragraph) -> str:
    """The first characters of a paragraph's words, blanks normalised."""
    text = context.text[paragraph.opening:min(paragraph.span.end,
                                              paragraph.opening + 4 * _COPY_PREFIX)]
    return " ".join(text.split())[:_COPY_PREFIX]
