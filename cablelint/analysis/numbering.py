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
   skipped by the count and reported by CL918 (:class:`cablelint.analysis.paragraph_copies.Copies`);
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
   on from it (``... now totals`` / ``¶227. Therefore``:
   :func:`~cablelint.analysis.wrapped_numbers.runs_on_first`).  The line above
   is read without a line-end backslash
   (:func:`~cablelint.analysis.wrapped_numbers.text_line_above`).  A bare
   number standing alone on its line inside a sentence (``... HAS BECOME THE
   MOST`` / ``¶3.`` / ``VICIOUS CAMPAIGN ...``, see
   :func:`~cablelint.analysis.wrapped_numbers.bare_in_sentence`) is a
   "fragment" of damaged text: skipped, and reported by no rule (joining it to
   the line above would put it into the sentence);
4. ``"1" + expected`` (``17.`` after ¶6) is ¶7 whose pilcrow became "1" in
   extraction: accepted as the expected number, flagged as CL901;
5. a "1" whose previous non-blank line ends with ":" (``U.S. side:``,
   ``Pensions:``), or after text since the previous number that announces a list
   but no quoted document ("... are as follows:" and headings above the lists,
   :func:`~cablelint.analysis.nested_lists.introduces_list`), opens a nested
   list: its items are counted on their own, and the outer count resumes after
   them.  When the text since the previous paragraph introduces a quoted text
   (``The text of the proposal is below:``, ``as follows:``, ``begin text``:
   :func:`~cablelint.analysis.nested_lists.introduces_text`), the list is that
   document's own numbering: any number above the list's last one (a gap of
   its own) or a "1" (the document's next list) stays in it until the outer
   count's expected number comes.  (A quoted text numbered from 1 with no
   lead-in ending in ":" is still a restart: CL203 asks for BEGIN TEXT.)
5b. any other out-of-sequence number between a BEGIN TEXT and its END TEXT
   (:func:`~cablelint.analysis.nested_lists.in_quoted_text`) is the quoted
   document's own: a nested list the same way, from whatever number it starts
   (a note's conditions ``2.``, ``3.``);
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

The walk is this module; the tests it asks of the text around an
out-of-sequence number live apart, one subject each, so that each stays small:
:mod:`cablelint.analysis.wrapped_numbers` (rule 3, the line above a number),
:mod:`cablelint.analysis.paragraph_copies` (rule 2b) and
:mod:`cablelint.analysis.nested_lists` (rules 5 and 5b).  What the rules weigh
against its gaps and restarts (a redaction, an excerpt) is
:mod:`cablelint.analysis.excerpts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.analysis.nested_lists import in_quoted_text, introduces_list, introduces_text
from cablelint.analysis.paragraph_copies import Copies
from cablelint.analysis.wrapped_numbers import (
    bare_in_sentence,
    continues_sentence,
    is_wrapped,
    line_above_ends_with,
    runs_on_first,
)
from cablelint.diagnostics import new_tuple
from cablelint.fields.body import find_glued_paragraphs, find_split_number, find_stray_number
from cablelint.model import Paragraph, StrayNumber

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

#: steps that are no paragraph of the sequence (CL301 and the numbering rules skip them)
_UNCOUNTED = frozenset({"wrapped", "nested", "fragment", "copy"})


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
    copies: Copies | None = None  # made at the first number below the expected one
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
                runs_on_first(context, paragraphs, index):
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
                copies := copies or Copies(context)).original(index)):
            step = new_tuple(Step, (paragraph, "copy", expected, number, previous, (), original))
            append(step)
            unusual.append(step)
            continue
        elif paragraph.portion_mark is None and is_wrapped(context, paragraph, index, expected):
            step = new_tuple(Step, (paragraph, "wrapped", expected, number, previous, ()))
            append(step)
            unusual.append(step)
            continue
        elif paragraph.portion_mark is None and bare_in_sentence(context, paragraph):
            step = new_tuple(Step, (paragraph, "fragment", expected, number, previous, ()))
            append(step)
            unusual.append(step)
            continue
        elif paragraph.number_text == f"1{expected}":
            kind, value = "pilcrow", expected
        elif in_quoted_text(context, paragraph):
            step = new_tuple(Step, (paragraph, "nested", number, number, None, ()))
            append(step)
            unusual.append(step)
            nested, nested_first, quoted = number + 1, paragraph, True
            continue
        elif number == 1 and previous is not None and (
                line_above_ends_with(context, paragraph, ":")
                or introduces_list(context, paragraphs, index)):
            step = new_tuple(Step, (paragraph, "nested", 1, 1, None, ()))
            append(step)
            unusual.append(step)
            nested, nested_first = 2, paragraph
            quoted = introduces_text(context, paragraphs, index)
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
