"""Rule 3 of the numbering walk: whether a paragraph number only continues the
text above it (a number wrapped onto the next line, a fragment of damaged text).

Separate from the walk (:mod:`cablelint.analysis.numbering`) because these
tests read the raw lines around one number (the line above, its last word, a
heading above), asked only of unmarked, out-of-sequence numbers, a few per
cable; CL903 reads the line above the same way (:func:`text_line_above`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cablelint.fields.dates import MONTH_WORDS
from cablelint.fields.line_end import without_line_end_backslash
from cablelint.model import Paragraph
from cablelint.syntax.body_lexer import bare_heading_words

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
#: abbreviated months, written with a dot that ends no sentence ("on Jan." / "1.");
#: "may" is a whole word, and "Mar." is "March" abbreviated
MONTH_ABBREVIATIONS = frozenset(
    word for word in MONTH_WORDS if len(word) <= 4 and word != "may" and word != "june"
    and word != "july")
#: the last word of a line, before any trailing punctuation, matched on the line
#: reversed: searched forwards with "([A-Za-z]+)\W*$", a long word not at the end was
#: read again from each of its letters, quadratic time
_LAST_WORD_REVERSED = re.compile(r"\W*([A-Za-z]+)")
#: how many characters of a paragraph's opening tell whether it is written in capitals
_CASE_SAMPLE = 80
#: characters that end a sentence (or a lead-in) at the end of a line
_SENTENCE_END = ".:;!?\")]\u201d"


def is_wrapped(context: RuleContext, paragraph: Paragraph, index: int, expected: int) -> bool:
    """Rule 3 of the walk: the (unmarked, out-of-sequence) number continues the
    sentence above, or the line above ends mid-sentence and the next paragraph
    carries the number expected here.

    A heading's line above (its text or the rule of dashes under it) ends no
    sentence: a number under a heading opens a paragraph, even one the drafter
    numbered again (05BEIRUT654: a biography's heading and its rule, then a
    second ``¶5.``; joining it to the rule would damage the text); nor does a
    line in capitals above a paragraph that is not (:func:`_capitals_above`)."""
    if continues_sentence(context, paragraph):
        return not _heading_above(context, paragraph)
    paragraphs = context.document.paragraphs
    if index + 1 >= len(paragraphs) or paragraphs[index + 1].number != expected:
        return False
    above = _line_above(context, paragraph)
    return bool(above) and above[-1] not in _SENTENCE_END and \
        not _heading_above(context, paragraph) and not _capitals_above(context, paragraph, above)


def runs_on_first(context: RuleContext, paragraphs: tuple[Paragraph, ...],
                   index: int) -> bool:
    """Rule 3 for a first number (above 1, unmarked) after a line that ends
    mid-sentence with a word in lower case, when the next paragraph does not go on
    from it: the end of the sentence wrapped onto the next line, not a paragraph
    (07TOKYO5603, fresh-10 audit A116/A189: a press summary with no numbered
    paragraphs, ``... the DPJ candidates now totals`` / ``¶227. Therefore ...``).

    Any word will do here, not only :data:`WRAP_WORDS`: a first paragraph numbered
    above 1 that starts no sequence and breaks a sentence is no paragraph either
    way.  A paragraph that lost its opening paragraphs is followed by its next
    number, or stands under a heading or a header line (in capitals, or ending
    with a mark or a full stop).  Asked only of a first number that is not 1."""
    paragraph = paragraphs[index]
    if index + 1 < len(paragraphs) and paragraphs[index + 1].number == paragraph.number + 1:
        return False
    line, above = text_line_above(context, paragraph.number_span.line)
    if not above[-1:].islower() or _heading_above(context, paragraph):
        return False
    document = context.document  # the line above is body text, below the header's fields
    return all(line > field.span.end_line for field in (document.classified_by,
                                                        document.subject)
               if field is not None)


def _heading_above(context: RuleContext, paragraph: Paragraph) -> bool:
    """The last line of text above the paragraph's number is a heading's (the
    parser's headings: its words or its rules).  Asked only of an unmarked,
    out-of-sequence number, a few per corpus."""
    line = text_line_above(context, paragraph.number_span.line)[0]
    return any(heading.span.line <= line <= heading.span.end_line
               for heading in context.document.headings)


def _capitals_above(context: RuleContext, paragraph: Paragraph, above: str) -> bool:
    """The line above is a bare heading's words (:func:`bare_heading_words`) and the
    paragraph's own words are not in capitals: a heading whose blank lines the
    extraction dropped, not a sentence running on (06PANAMA360, fresh-9 audit
    A097: ``A.9. EFFICIENT CAPITAL MARKETS AND PORTFOLIO INVESTMENT`` / ``¶30.
    Panama's 1998 Banking Law ...``, the drafter's second 30).  In a text written
    all in capitals a line in capitals tells nothing.  Asked only where the line
    above ends without a wrap word and the next paragraph carries the expected
    number, a few per corpus."""
    if not bare_heading_words(above.strip()):
        return False
    opening = paragraph.opening
    return any(ch.islower() for ch in context.text[opening:opening + _CASE_SAMPLE])


def bare_in_sentence(context: RuleContext, paragraph: Paragraph) -> bool:
    """The number stands alone on its line, the last line of text above runs on
    mid-sentence and a line of words follows: a fragment of a damaged text
    (01HARARE2395: ``... HAS BECOME THE MOST`` / ``¶3.`` / ``VICIOUS CAMPAIGN
    ...``), not a paragraph.

    Asked only of an unmarked, out-of-sequence number.  A heading above ends
    no sentence, so it is no evidence: a number under one is a paragraph.
    """
    texts = context.source.texts
    span = paragraph.number_span
    if without_line_end_backslash(texts[span.line - 1][span.end_column - 1:].rstrip()).strip():
        return False  # text follows the number on its line
    above, text = text_line_above(context, span.line)  # the last line of text above
    if above < 1 or text[-1] in _SENTENCE_END:
        return False
    if any(heading.span.line <= above <= heading.span.end_line
           for heading in context.document.headings):
        return False
    below = span.line + 1  # 1-based: the first line of text below the number
    while below <= span.line + 3 and below <= len(texts) and \
            not without_line_end_backslash(texts[below - 1].rstrip()).strip():
        below += 1
    return below <= paragraph.span.end_line and below <= len(texts) and \
        texts[below - 1].lstrip()[:1].isalpha()



def line_above_ends_with(context: RuleContext, paragraph: Paragraph, ending: str) -> bool:
    """The last non-blank line above the paragraph's number ends with ``ending``."""
    return _line_above(context, paragraph).endswith(ending)


def _line_above(context: RuleContext, paragraph: Paragraph) -> str:
    """The last non-blank line above the paragraph's number, right-stripped ("" if none)."""
    return text_line_above(context, paragraph.number_span.line)[1]


def text_line_above(context: RuleContext, line: int) -> tuple[int, str]:
    """The last line of text above 1-based ``line`` (0 if none) and its text,
    right-stripped, without the backslash some extractions end every line with
    (:func:`without_line_end_backslash`: ``... negotiations: \\`` ends with ":", and
    a line holding only the backslash is blank).  Asked only of out-of-sequence
    numbers, a few per cable."""
    texts = context.source.texts
    line -= 1
    while line >= 1:
        text = without_line_end_backslash(texts[line - 1].rstrip())
        if text.strip():
            return line, text
        line -= 1
    return 0, ""


def continues_sentence(context: RuleContext, paragraph: Paragraph) -> bool:
    """The number only continues a sentence: the previous non-blank line ends
    mid-sentence with a month or a word that takes a number ("... posed in
    paragraph" / "¶3. Koenig"), or with an abbreviated month and its dot ("...
    the chairmanship on Jan." / "¶1.": the day of the date, 07HELSINKI848).

    The one test of a wrapped number (the walk's, and so CL301's and CL903's).
    Blank lines in between do not make the number a paragraph: extraction
    leaves them where a page broke inside the sentence (08BERLIN1068: "...
    request posed in paragraph", a blank line, "¶3. Koenig").
    """
    above = _line_above(context, paragraph)
    end = above[-1:]
    # "... on Jan." / "¶1.": the dot of an abbreviated month ends no sentence
    abbreviated = end == "." and above[-2:-1].isalpha()
    if not above or (end in _SENTENCE_END and not abbreviated):
        return False
    last = _LAST_WORD_REVERSED.match(above[::-1])
    if not last:
        return False
    word = last.group(1)[::-1].lower()
    return word in MONTH_ABBREVIATIONS if abbreviated else word in WRAP_WORDS
