"""The paragraph-number sequence of a cable, read the way a careful reviewer would.

Shared by the numbering rules (CL201-CL206), the artifact rules CL901
(pilcrow read as "1") and CL903 (a wrapped number taken for a paragraph) and
CL302, so that each paragraph is judged once and one defect gives one finding.

The walk keeps the number it expects next (and, inside a nested list, the
list's own count):

1. the number it expects is accepted;
2. inside a nested list, the list's next number is a nested item (a tie with
   the outer count goes to the outer count when the paragraph carries a portion
   mark the list's first item lacks);
2a. a number below the expected one whose first digit(s) end the last line of
   text above (``PKO/HAITI ------ 1`` / ``\u00b60. (C)``: ¶10, 04BRASILIA1291) is the
   expected number split by a line break (:func:`cablelint.fields.body.find_split_number`):
   a "split" step, its number in ``strays``, reported by CL206 alone;
2b. a number below the expected one whose paragraph begins with the same words
   as an earlier paragraph of that number, a page break between them, is a copy
   of it, printed again by the extraction (a page printed twice,
   09BRUSSELS1580); so is one that an earlier preview of it, cut short with
   "...", begins (07ISLAMABAD5283): a "copy" step,
   skipped by the count and reported by CL918 (:class:`_Copies`);
3. an unmarked, out-of-sequence number whose previous non-blank line ends
   mid-sentence with a month or a word such as "paragraph" (``... reception
   February`` / ``¶28. Keen ...``), or mid-sentence at all when the next
   paragraph carries the number expected here (``... NATO Response Force`` /
   ``¶14. We had hoped``, then ¶5), is a wrapped number: flagged as CL903 and
   skipped.  Tested before rule 4: ``... O/A August`` / ``15. In addition`` is a
   date, not ¶5 with a damaged pilcrow.  The first number is tested too (a
   cable whose one paragraph is unnumbered: ``... met on May`` / ``¶14. We
   delivered``); a first number above 1 after a line ending mid-sentence with
   any word in lower case is wrapped too when the next paragraph does not go
   on from it (``... now totals`` / ``¶227. Therefore``: :func:`_runs_on_first`).
   The line above is read without a line-end backslash (:func:`text_line_above`).
   A bare number standing alone on its line inside a sentence (``... HAS BECOME
   THE MOST`` / ``¶3.`` / ``VICIOUS CAMPAIGN ...``, see :func:`_bare_in_sentence`)
   is a "fragment" of damaged text: skipped, and reported by no rule (joining it
   to the line above would put it into the sentence);
4. ``"1" + expected`` (``17.`` after ¶6) is ¶7 whose pilcrow became "1" in
   extraction: accepted as the expected number, flagged as CL901;
5. a "1" whose previous non-blank line ends with ":" (``U.S. side:``,
   ``Pensions:``), or after text since the previous number that announces a list
   but no quoted document ("... are as follows:" and headings above the lists,
   :func:`_introduces_list`), opens a nested list: its items are counted on their own,
   and the outer count resumes after them.  When the text since the previous
   paragraph introduces a quoted text (``The text of the proposal is below:``,
   ``as follows:``, ``begin text``: :func:`_introduces_text`), the list is that
   document's own numbering: any number above the list's last one (a gap of
   its own) or a "1" (the document's next list) stays in it until the outer
   count's expected number comes.  (A quoted text numbered from 1 with no
   lead-in ending in ":" is still a restart: CL203 asks for BEGIN TEXT.)
5b. any other out-of-sequence number between a BEGIN TEXT and its END TEXT
   (:func:`_in_quoted_text`) is the quoted document's own: a nested list the
   same way, from whatever number it starts (a note's conditions ``2.``, ``3.``);
6. a number out of sequence whose next paragraph carries the number after the
   expected one (``3, 3, 5``; ``1, 1, 3``) is the expected paragraph misnumbered:
   one finding (CL202), and the count goes on from the expected number;
7. at a gap, the missing numbers are looked for written out of place between
   the two paragraphs (glued into the text above, or malformed at the start of
   a line: see :func:`cablelint.fields.body.find_stray_number`): each one found
   is reported as a format slip by CL206; when all are found the step is
   "recovered", not a gap;
8. anything else is accepted as written: a gap, a repeat, a backward step or
   a restart at 1 (after a number above 1).

A DoD intelligence report (``Document.iir``) numbers the paragraphs of each of
its TEXT and COMMENTS fields from 1, the first on the label's line (``COMMENTS:
1. (C) ...``): at such a field the walk goes on from that number.

The entries of a table of contents (``Document.contents_entries``: ``¶1. Lead
Stories Summary`` ... before the sections that repeat the numbers) are no
paragraphs: the walk leaves them out, so they are no steps, and the sections
after them are numbered from 1 as expected.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.diagnostics import new_tuple
from cablelint.fields.body import find_glued_paragraphs, find_split_number, find_stray_number
from cablelint.fields.dates import MONTH_WORDS
from cablelint.fields.line_end import without_line_end_backslash
from cablelint.model import Paragraph, StrayNumber
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
#: steps that are no paragraph of the sequence (CL301 and the numbering rules skip them)
_UNCOUNTED = frozenset({"wrapped", "nested", "fragment", "copy"})
#: how many leading characters of two paragraphs' words must agree for one to be
#: a copy of the other (enough to rule out a shared stock phrase, few enough that
#: a damaged letter further on does not hide the copy)
_COPY_PREFIX = 30
#: the fewest characters a preview cut short with "..." keeps of the paragraph
_PREVIEW_PREFIX = 10
#: the previews kept per number (a cable holds one or two; a flood of them must not
#: make every look-up a pass over all)
_MAX_PREVIEWS = 4
#: how many characters of a paragraph's opening tell whether it is written in capitals
_CASE_SAMPLE = 80
#: characters that end a sentence (or a lead-in) at the end of a line
_SENTENCE_END = ".:;!?\")]\u201d"


class Step(NamedTuple):
    """How one numbered paragraph fits the sequence."""

    paragraph: Paragraph
    #: ok, first, pilcrow, split, wrapped, fragment, nested, copy, misnumbered,
    #: recovered, gap, repeat, backward, restart
    kind: str
    expected: int  # the number the sequence expected here
    value: int  # the number this paragraph stands for (expected, for pilcrow)
    previous: int | None  # the previous accepted number
    #: the numbers this step skips, found written out of place (kinds "recovered"
    #: and "gap"; also a first paragraph's, kind "first"); for kind "split", the
    #: number itself, split across a line break
    strays: tuple[StrayNumber, ...] = ()
    #: the earlier paragraph this one repeats (kind "copy")
    original: Paragraph | None = None


class Walk(NamedTuple):
    """The walk's steps, and what the rules ask of them most often (made on the way)."""

    steps: list[Step]
    irregular: list[Step]  # the steps other than "ok", in order (most cables: none)
    #: the paragraphs of the sequence, without wrapped numbers and nested items
    counted: list[Paragraph]


def sequence(context: RuleContext) -> list[Step]:
    """One step per numbered paragraph, in order."""
    return walk(context).steps


def counted(context: RuleContext) -> list[Paragraph]:
    """The paragraphs of the sequence, without the wrapped numbers (CL903's) and
    the items of nested lists."""
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
    paragraphs = context.document.paragraphs
    nested = 0  # inside a nested list: the list's next number (0: not in one)
    nested_first: Paragraph | None = None  # the nested list's first item
    quoted = False  # the nested list numbers a quoted text: its own gaps are no concern
    contents = context.document.contents_entries  # a table of contents: no paragraphs
    restarts = _iir_restarts(context)
    copies: _Copies | None = None  # made at the first number below the expected one
    for index, paragraph in enumerate(paragraphs):
        if contents and index in contents:
            continue
        while restarts and restarts[-1][0] < paragraph.span.start:
            # an IIR field opening with its own paragraph 1 ("COMMENTS: 1. (C)")
            previous = restarts.pop()[1]
            expected, nested = previous + 1, 0
        number = paragraph.number
        if nested and (number == nested or (quoted and number != expected and (
                number > nested or number == 1))) and not (
                number == expected and paragraph.portion_mark is not None
                and nested_first is not None and nested_first.portion_mark is None):
            step = new_tuple(Step, (paragraph, "nested", nested, number, nested - 1, ()))
            append(step)
            unusual.append(step)
            nested = number + 1
            continue
        nested = 0
        if number == expected:  # the common case first (also a first paragraph "1")
            kind, value = "ok", number
        elif previous is None and paragraph.portion_mark is None and \
                _runs_on_first(context, paragraphs, index):
            step = new_tuple(Step, (paragraph, "wrapped", expected, number, previous, ()))
            append(step)
            unusual.append(step)
            continue
        elif previous is None and (paragraph.portion_mark is not None
                                   or not continues_sentence(context, paragraph)):
            kind, value = "first", number
        elif number < expected and (split := find_split_number(
                context.source, paragraph, expected)) is not None:
            kind, value = "split", expected
        elif number < expected and (original := (
                copies := copies or _Copies(context)).original(index)):
            step = new_tuple(Step, (paragraph, "copy", expected, number, previous, (), original))
            append(step)
            unusual.append(step)
            continue
        elif paragraph.portion_mark is None and _wrapped(context, paragraph, index, expected):
            step = new_tuple(Step, (paragraph, "wrapped", expected, number, previous, ()))
            append(step)
            unusual.append(step)
            continue
        elif paragraph.portion_mark is None and _bare_in_sentence(context, paragraph):
            step = new_tuple(Step, (paragraph, "fragment", expected, number, previous, ()))
            append(step)
            unusual.append(step)
            continue
        elif paragraph.number_text == f"1{expected}":
            kind, value = "pilcrow", expected
        elif _in_quoted_text(context, paragraph):
            step = new_tuple(Step, (paragraph, "nested", number, number, None, ()))
            append(step)
            unusual.append(step)
            nested, nested_first, quoted = number + 1, paragraph, True
            continue
        elif number == 1 and previous is not None and (
                _ends_with(context, paragraph, ":") or _introduces_list(context, paragraphs,
                                                                        index)):
            step = new_tuple(Step, (paragraph, "nested", 1, 1, None, ()))
            append(step)
            unusual.append(step)
            nested, nested_first = 2, paragraph
            quoted = _introduces_text(context, paragraphs, index)
            continue
        elif index + 1 < len(paragraphs) and paragraphs[index + 1].number == expected + 1:
            kind, value = "misnumbered", expected
        elif number == 1 and previous is not None and previous > 1:
            kind, value = "restart", number
        elif number > expected:
            kind, value = "gap", number
        elif number == previous:
            kind, value = "repeat", number
        else:
            kind, value = "backward", number
        strays: tuple[StrayNumber, ...] = (split,) if kind == "split" else ()
        if kind == "gap" or (kind == "first" and number > 1):
            strays = _strays(context, paragraphs, index, expected if kind == "gap" else 1)
            if kind == "gap" and len(strays) == number - expected:
                kind = "recovered"
        step = new_tuple(Step, (paragraph, kind, expected, value, previous, strays))
        append(step)
        if kind != "ok":
            unusual.append(step)
        previous = value
        expected = value + 1
    counted_paragraphs = [step.paragraph for step in steps
                          if step.kind not in _UNCOUNTED] \
        if unusual or contents else list(paragraphs)
    return Walk(steps, unusual, counted_paragraphs)


def _iir_restarts(context: RuleContext) -> list[tuple[int, int]]:
    """(offset, number) of each numbered field of an IIR (``TEXT: 1.``, ``COMMENTS:
    1.``: each counts its paragraphs from 1), last first; none for other cables."""
    iir = context.document.iir
    if iir is None:
        return []
    return [(field.number_span.start, field.number) for field in reversed(iir.fields)
            if field.number is not None and field.number_span is not None]


def _strays(context: RuleContext, paragraphs: tuple[Paragraph, ...], index: int,
            first: int) -> tuple[StrayNumber, ...]:
    """The numbers ``first`` up to the number of ``paragraphs[index]`` (exclusive)
    found written out of place, in order, after the previous paragraph's number
    (for a first paragraph: after the Classified By line or the subject).

    Only the run of found numbers that ends right before the paragraph is kept
    (05SOFIA1207: ¶9 lost in a redaction, ``XXXXXXXXXXXX10. (C)`` glued, then
    ¶11): a lone number found further away is more likely a list item or a
    reference than a paragraph.
    """
    paragraph = paragraphs[index]
    document = context.document
    if index:
        start = paragraphs[index - 1].number_span.end
    else:
        anchor = document.classified_by or document.subject
        start = anchor.span.start if anchor is not None else 0
    end = paragraph.number_span.start
    found: list[StrayNumber] = []
    for missing in range(first, paragraph.number):
        stray = find_stray_number(context.source, start, end, missing)
        if stray is not None:
            found.append(stray)
            start = stray.span.end
    run = len(found)
    while run and found[run - 1].number == paragraph.number - (len(found) - run) - 1:
        run -= 1
    return tuple(found[run:])


@analysis
def glued_after_last(context: RuleContext) -> tuple[StrayNumber, ...]:
    """The paragraphs after the last one of the sequence, run into its text
    (number and portion mark after a sentence end or a heading:
    :func:`cablelint.fields.body.find_glued_paragraphs`), in order.

    Why: the walk looks for numbers written out of place only where its count
    misses one; paragraphs glued after the last one miss nothing, but there
    the last paragraph is not the only one (CL205) and their marks are not
    seen (:mod:`cablelint.analysis.unseen_portions`).  Asked by those rules
    only, when their finding would depend on it.
    """
    for last in reversed(sequence(context)):
        if last.kind not in _UNCOUNTED:
            break
    else:
        return ()
    return find_glued_paragraphs(context.source, last.paragraph.number_span.end,
                                 last.paragraph.span.end, last.value + 1)


def missing_numbers(step: Step) -> list[int]:
    """The numbers a gap skips that were not found written out of place."""
    found = {stray.number for stray in step.strays}
    return [number for number in range(step.expected, step.value) if number not in found]


def lost_after(context: RuleContext, offset: int) -> bool:
    """Whether the numbering shows a paragraph lost (a gap, CL201's finding) after
    ``offset``: text a rule misses there (an END SUMMARY, a summary) may have been
    in it, and the gap's finding already reports the loss."""
    return any(step.kind == "gap" and step.paragraph.span.start > offset
               for step in irregular(context))


class _Copies:
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


def _wrapped(context: RuleContext, paragraph: Paragraph, index: int, expected: int) -> bool:
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


def _runs_on_first(context: RuleContext, paragraphs: tuple[Paragraph, ...],
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


def _bare_in_sentence(context: RuleContext, paragraph: Paragraph) -> bool:
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


#: a lead-in that introduces a quoted text (a draft, a statement, a letter) whose
#: numbered paragraphs are its own: "The text of the proposal is below:", "as follows:"
#: words announcing a list, and words announcing a quoted document (see _introduces_list)
_INTRODUCES_LIST = re.compile(r"\bas follows\b", re.IGNORECASE)
_QUOTING = r"begin(?:ning of)? text|text follows|following text|text (?:of|reads)|quote:"
_QUOTES_TEXT = re.compile(rf"\b(?:{_QUOTING})", re.IGNORECASE)
_INTRODUCES_TEXT = re.compile(
    rf"\b(?:{_QUOTING}|follows:|as follows|(?:is|are|appears) below|reads:)", re.IGNORECASE)


def _introduces_text(context: RuleContext, paragraphs: tuple[Paragraph, ...],
                     index: int) -> bool:
    """Rule 5's nested list at ``paragraphs[index]`` numbers a quoted document: the
    text since the previous paragraph's number introduces a text (08USUNNEWYORK258:
    ``¶14. ... The text of the drafting group proposal is below:``, then the
    proposal's own ¶1-3, 4.1-4.5, ¶5-7).  Such a document's numbers may skip
    (its "4" is written 4.1 ...); they are all its own until the outer count
    goes on.  Asked only where a nested list opens."""
    start = paragraphs[index - 1].number_span.start if index else 0
    return _INTRODUCES_TEXT.search(
        context.text, start, paragraphs[index].number_span.start) is not None


def _introduces_list(context: RuleContext, paragraphs: tuple[Paragraph, ...],
                     index: int) -> bool:
    """Rule 5 for a "1" whose line above ends otherwise: the text since the previous
    paragraph's number announces a list ("The resolutions considered ... are as
    follows:", then headings such as 'Item 29: "..."' above each list, 08USUNNEWYORK1047)
    but no quoted document ("The text of the message is as follows:" asks for
    BEGIN TEXT / END TEXT: CL203's restart)."""
    start = paragraphs[index - 1].number_span.start if index else 0
    end = paragraphs[index].number_span.start
    text = context.text
    return _INTRODUCES_LIST.search(text, start, end) is not None and \
        _QUOTES_TEXT.search(text, start, end) is None


def _in_quoted_text(context: RuleContext, paragraph: Paragraph) -> bool:
    """Rule 5b: the number lies between a BEGIN TEXT and the END TEXT that closes
    it (the markers' recogniser): the quoted document's own numbering, whatever
    number it starts from (06MANAGUA1695: ``¶2. BEGIN TEXT:`` a note whose list
    of conditions runs ``¶2.``, ``¶3.``).  Asked only of an out-of-sequence number;
    an opener never closed proves nothing (the text may run to the end)."""
    start = paragraph.number_span.start
    opened = False
    for marker in context.document.markers:
        if marker.kind != "text":
            continue
        if marker.span.start > start:
            return opened and marker.boundary == "end"
        opened = marker.boundary == "begin"
    return False


def _ends_with(context: RuleContext, paragraph: Paragraph, ending: str) -> bool:
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


def redaction_between(context: RuleContext, paragraph: Paragraph) -> bool:
    """A redaction run (the parser's) between the previous paragraph and this one
    (for a first paragraph: anywhere before it)."""
    document = context.document
    paragraphs = document.paragraphs
    index = paragraphs.index(paragraph)
    start = paragraphs[index - 1].span.start if index else 0
    end = paragraph.span.start
    return any(start <= run.span.start < end for run in document.redactions)


def excerpted(context: RuleContext) -> bool:
    """The cable's text is an excerpt: a partial extract, a text cut short by the
    release (``Document.cut_short``: "¶1. (S/NF) Summa...", 08USNATO290), or a
    redaction run standing on a line of its own in place of removed text
    (09MADRID671: one paragraph, then a line of ``XXXXXXXXXXXX`` before the
    sign-off)."""
    document = context.document
    if document.partial_extract or document.cut_short is not None:
        return True
    texts = context.source.texts
    return any(texts[run.span.line - 1].strip(" \t[]().") == run.raw.strip(" []().")
               for run in document.redactions)


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
