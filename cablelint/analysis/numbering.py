"""The paragraph-number sequence of a cable, read the way a careful reviewer would.

Shared by the numbering rules (CL201-CL206) and the artifact rules CL901
(pilcrow read as "1") and CL903 (a wrapped number taken for a paragraph), so
that each paragraph is judged once and no problem is reported twice.

The walk keeps the number it expects next:

1. the number it expects is accepted;
2. ``"1" + expected`` (``17.`` after ¶6) is ¶7 whose pilcrow became "1" in
   extraction: accepted as the expected number, flagged as CL901.  After ¶16 the
   same ``17.`` is simply 17 (rule 1): the repair follows the sequence, not
   the digits;
3. an unmarked, out-of-sequence number whose previous non-blank line ends
   mid-sentence with a month or a word such as "paragraph" is a wrapped number
   (``... reception February`` / ``¶28. Keen ...``): flagged as CL903 and skipped;
4. anything else is accepted as written: a gap, a repeat, a backward step or
   a restart at 1.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.diagnostics import new_tuple
from cablelint.fields.dates import MONTH_WORDS
from cablelint.model import Paragraph

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

#: words after which a line break may split off a number ("... in" / "12. ...")
WRAP_WORDS = MONTH_WORDS | {
    "paragraph", "paragraphs", "para", "paras", "on", "of", "in", "to", "and", "or", "by",
    "at", "from", "since", "until", "till", "through", "the", "than", "about", "around",
    "some", "over", "under", "nearly", "almost", "approximately", "reftel", "ref", "see",
    "page", "pages", "number", "no", "item", "items", "section", "sections", "resolution",
    "article", "articles", "before", "after", "during", "for", "with", "between",
}
#: the last word of a line, before any trailing punctuation
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


class Step(NamedTuple):
    """How one numbered paragraph fits the sequence."""

    paragraph: Paragraph
    kind: str  # ok, first, pilcrow, wrapped, gap, repeat, backward, restart
    expected: int  # the number the sequence expected here
    value: int  # the number this paragraph stands for (expected, for pilcrow)
    previous: int | None  # the previous accepted number


class Walk(NamedTuple):
    """The walk's steps, and what the rules ask of them most often (made on the way)."""

    steps: list[Step]
    irregular: list[Step]  # the steps other than "ok", in order (most cables: none)
    counted: list[Paragraph]  # the paragraphs of the sequence, without wrapped numbers


def sequence(context: RuleContext) -> list[Step]:
    """One step per numbered paragraph, in order."""
    return walk(context).steps


def counted(context: RuleContext) -> list[Paragraph]:
    """The paragraphs of the sequence, without the wrapped numbers (CL903's)."""
    return walk(context).counted


def irregular(context: RuleContext) -> list[Step]:
    """The steps other than "ok", in order (most cables have none)."""
    return walk(context).irregular




@analysis
def walk(context: RuleContext) -> Walk:
    """The numbering walk over the cable's paragraphs (see the module documentation)."""
    steps: list[Step] = []
    append = steps.append
    unusual: list[Step] = []
    expected = 1
    previous: int | None = None
    for paragraph in context.document.paragraphs:
        number = paragraph.number
        if number == expected:  # the common case first (also a first paragraph "1")
            kind, value = "ok", number
        elif previous is None:
            kind, value = "first", number
        elif paragraph.number_text == f"1{expected}":
            kind, value = "pilcrow", expected
        elif paragraph.portion_mark is None and continues_sentence(context, paragraph):
            step = new_tuple(Step, (paragraph, "wrapped", expected, number, previous))
            append(step)
            unusual.append(step)
            continue
        elif number == 1:
            kind, value = "restart", number
        elif number > expected:
            kind, value = "gap", number
        elif number == previous:
            kind, value = "repeat", number
        else:
            kind, value = "backward", number
        step = new_tuple(Step, (paragraph, kind, expected, value, previous))
        append(step)
        if kind != "ok":
            unusual.append(step)
        previous = value
        expected = value + 1
    paragraphs = [step.paragraph for step in steps if step.kind != "wrapped"] if unusual \
        else list(context.document.paragraphs)
    return Walk(steps, unusual, paragraphs)


def continues_sentence(context: RuleContext, paragraph: Paragraph) -> bool:
    """The number only continues a sentence: the previous non-blank line ends
    mid-sentence with a month or a word that takes a number ("... posed in
    paragraph" / "¶3. Koenig").

    The one test of a wrapped number (the walk's, and so CL301's and CL903's).
    Blank lines in between do not make the number a paragraph: extraction
    leaves them where a page broke inside the sentence (08BERLIN1068: "...
    request posed in paragraph", a blank line, "¶3. Koenig").
    """
    line = paragraph.number_span.line - 1
    texts = context.source.texts
    while line >= 1 and not texts[line - 1].strip():
        line -= 1
    if line < 1:
        return False
    above = texts[line - 1].rstrip()
    if above[-1:] in ".:;!?\")]\u201d":
        return False
    last = _LAST_WORD.search(above)
    return bool(last) and last.group(1).lower() in WRAP_WORDS
