"""CL206 paragraph-number-format."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from cablelint.analysis.numbering import counted, glued_after_last, irregular
from cablelint.diagnostics import Diagnostic, Edit, Fix
from cablelint.model import Paragraph, StrayNumber
from cablelint.rules.base import FixAvailability, Rule, RuleContext

_PILCROW = attrgetter("pilcrow")
#: how many times the spaced numbers the unspaced ones must outnumber to be the
#: cable's style (one finding) rather than slips (one finding each)
_MAJORITY = 2


class NumberFormat(Rule):
    """Paragraph numbers are written ``¶n. (MARK)`` or ``n. (MARK)``: one full stop,
    a space before the mark, and one pilcrow style throughout the cable.

    A paragraph number the numbering misses but finds written out of place is
    reported here too: run into the text above when extraction lost a line
    break (``... to grow. 12. (C) Ambassador``), or malformed at the start of
    its line (``7,``, ``(11.``, ``(13)``, ``15.UK``).  So are the paragraphs after
    the last one, with a portion mark, run into its text (``... overcome.
    ---------- 9. (SBU) Secretary ...``).

    Why: ``1.(C)`` and ``3..`` are typing or extraction slips that defeat
    search and numbering tools; mixing ``¶7.`` and ``8.`` in one cable shows
    the text was pieced together.  Info: the text reads the same either way,
    and a number out of place is found by a heuristic.

    Source: cable convention (no regulation).

    A portion mark written before the number (``(C) 1.``) is read as the
    paragraph's mark and reported once, to be written after the number.

    Bad:
        1.(C) The minister ...
        3.. (SBU) The mission ...
        (C) 4. The minister ...

    Good:
        1. (C) The minister ...
        3. (SBU) The mission ...
        4. (C) The minister ...

    Fix: ``--fix`` inserts the space, removes the extra full stop, writes
    the pilcrow the way most paragraphs of the cable do, writes a malformed
    number ``n.`` and puts a number written after its mark before it;
    ``--unsafe-fixes`` starts a glued number on a new line.
    """

    code = "CL206"
    name = "paragraph-number-format"
    summary = "A paragraph number is not written 'n. (MARK)' in the cable's style"
    severity = "info"
    basis = "convention"
    fixable = FixAvailability.SAFE
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        for step in irregular(context):
            for stray in step.strays:
                yield self._stray(context, stray)
        for stray in glued_after_last(context):
            yield self._stray(context, stray)
        paragraphs = counted(context)
        text = context.text
        # the viewer writes its pilcrow only before a number opening a line: one run
        # onto another line ("Classified By: ... 1.4 (b,d) 1. (C) ...", CL916's
        # finding) cannot have it and says nothing of the cable's style
        # (every paragraph with a pilcrow is styled: a cable whose paragraphs all have
        # one, or none has, is of one style, and most cables are; only the others
        # are sorted out line by line)
        with_pilcrow = sum(map(_PILCROW, paragraphs))
        mixed = False
        majority = True
        styled_starts: set[int] | None = None
        if 0 < with_pilcrow < len(paragraphs):
            starts = context.source.starts
            styled = [paragraph for paragraph in paragraphs if paragraph.pilcrow or
                      not text[starts[paragraph.number_span.line - 1]:
                               paragraph.number_span.start].strip()]
            majority = with_pilcrow >= len(styled) - with_pilcrow
            mixed = with_pilcrow < len(styled) and 2 * with_pilcrow != len(styled)
            styled_starts = {paragraph.number_span.start for paragraph in styled} \
                if len(styled) != len(paragraphs) else None
        unspaced: list[Paragraph] = []  # "4.(C)": no space before the mark
        spaced = 0  # numbers followed by their mark after a blank ("4. (C)")
        # this loop visits every paragraph of the corpus: the number is looked at in
        # place and copied out (``written``) only for a finding
        for paragraph in paragraphs:
            span = paragraph.number_span
            if paragraph.mark_first:
                yield self._mark_first(context, paragraph)
            if text.endswith("..", span.start, span.end):
                written = text[span.start:span.end]
                edit = Edit(span.end - 1, span.end, "")
                yield context.report(span, f"'{written}' has two full stops; write one",
                                     fix=context.fix("remove the extra full stop", edit))
            if text.startswith("(", span.end):
                unspaced.append(paragraph)
            elif paragraph.portion_mark is not None and not paragraph.mark_first:
                spaced += 1
            if mixed and paragraph.pilcrow != majority and (
                    styled_starts is None or span.start in styled_starts):
                written = text[span.start:span.end]
                if majority:
                    edit = Edit(span.start, span.start, "\u00b6")
                    message = "written without the pilcrow most paragraphs here have"
                else:
                    width = 2 if text[span.start + 1:span.start + 2] == " " else 1
                    edit = Edit(span.start, span.start + width, "")
                    message = "written with a pilcrow most paragraphs here lack"
                yield context.report(span, f"'{written}' is {message}; use one style",
                                     fix=context.fix("match the cable's pilcrow style", edit))
        if unspaced:
            yield from _unspaced(context, unspaced, spaced, len(paragraphs))

    @staticmethod
    def _mark_first(context: RuleContext, paragraph: Paragraph) -> Diagnostic:
        """``(C) 1.``: the mark written before the number; the fix swaps the two,
        keeping the blanks between them."""
        text = context.text
        assert paragraph.portion_mark is not None  # a mark-first paragraph has its mark
        mark, number = paragraph.portion_mark.span, paragraph.number_span
        written_mark = text[mark.start:mark.end]
        written_number = text[number.start:number.end]
        between = text[mark.end:number.start]
        return context.report(
            context.span(mark.start, number.end),
            f"portion mark '{written_mark}' is written before the number "
            f"'{written_number}'; write '{written_number} {written_mark}'",
            fix=context.fix("put the number before the mark",
                            Edit(mark.start, number.end,
                                 f"{written_number}{between}{written_mark}")))

    @staticmethod
    def _stray(context: RuleContext, stray: StrayNumber) -> Diagnostic:
        """A paragraph number found out of its place (see the class documentation)."""
        text = context.text
        span = stray.span
        written = text[span.start:span.end]
        if stray.form == "split":
            return NumberFormat._split(context, stray)
        if stray.form == "glued":
            start = span.start
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            return context.report(
                span, f"paragraph {stray.number} ('{written}') is run into the text above; "
                "start it on a new line",
                fix=context.fix("start the paragraph on a new line",
                                Edit(start, span.start, "\n\n"), safe=False))
        digits = text[stray.digits.start:stray.digits.end]
        pilcrow = text[span.start:stray.digits.start].lstrip("(")
        number = f"{pilcrow}{digits}."
        spaced = text[span.end:span.end + 1].isalpha()  # "15.UK": the text runs on
        if number == written:
            # written right but run into its text ("1.Unauthorized"): only the space
            # is missing, so the message and fix say that, not "write '1.'"
            return context.report(
                span, f"no space between paragraph number '{written}' and its text; "
                "insert one",
                fix=context.fix("insert a space", Edit(span.end, span.end, " ")))
        space = " and a space after it" if spaced else ""
        return context.report(
            span, f"'{written}' is paragraph number {stray.number} written malformed; "
            f"write '{number}'{space}",
            fix=context.fix(f"write '{number}'{space}",
                            Edit(span.start, span.end, number + (" " if spaced else ""))))

    @staticmethod
    def _split(context: RuleContext, stray: StrayNumber) -> Diagnostic:
        """A number split across a line break (``... ------ 1`` / ``\u00b60. (C)``):
        the fix moves the digits left above to the front of the rest, taking the
        blanks before them along; no word is lost."""
        text = context.text
        head = stray.digits
        written = text[head.end:stray.span.end].lstrip()  # the number's rest: "¶0."
        number_start = stray.span.end - len(written)
        digits_at = number_start + (written[0] == "\u00b6")
        while text[digits_at] in " \t":  # "¶ 0."
            digits_at += 1
        start = head.start
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        left = text[head.start:head.end]
        joined = text[number_start:digits_at] + left + text[digits_at:stray.span.end]
        return context.report(
            stray.span, f"paragraph {stray.number} is split across a line break: its "
            f"'{left}' ends the line above '{written}'; write '{joined}'",
            fix=context.fix(f"write '{joined}'", Edit(start, head.end, ""),
                            Edit(digits_at, digits_at, left)))


def _unspaced(context: RuleContext, unspaced: list[Paragraph], spaced: int,
              total: int) -> Iterator[Diagnostic]:
    """Numbers written without the space before the portion mark ("4.(C)").  When
    every number followed by a mark is written so (``spaced``: none with the
    blank), that is how the text was typed, not a slip here and there: one
    finding on the first, naming how many, with one fix for all (issue #12,
    fresh-13 05MUSCAT679: twelve findings said the same thing).  Paragraphs
    without a mark do not count against it: one paragraph whose mark is missing
    (CL301's finding) must not turn the one finding into one per number (the
    injected mark removals of benchmarks/detection.py on the dev corpus,
    08OSLO522, 10BEIJING231).  So too when the unspaced form is the cable's clear
    style, more than twice as many numbers written so as with the blank (fresh-16
    09DJIBOUTI1425, 16 of 18; 09OSLO146, 8 of 9; on the dev corpora 06ANKARA4688,
    09MANAMA642, 07ANKARA1091): one finding naming the spaced exceptions' count.
    A lone slip in a spaced cable, or a cable split about evenly, keeps one
    finding per number."""
    text = context.text
    if len(unspaced) > 1 and spaced and len(unspaced) > _MAJORITY * spaced:
        first = unspaced[0]
        yield context.report(
            first.number_span,
            f"{len(unspaced)} of {len(unspaced) + spaced} paragraph numbers with a portion "
            f"mark are written with no space before it ('{_written(context, first)}'; "
            f"{spaced} {'has' if spaced == 1 else 'have'} one); insert one after each",
            fix=_insert_spaces(context, unspaced))
        return
    if len(unspaced) > 1 and not spaced:
        first = unspaced[0]
        span = first.number_span
        written = _written(context, first)
        which = f"all {total} paragraph numbers are written with no space before the " \
            "portion mark" if len(unspaced) == total else \
            f"all {len(unspaced)} paragraph numbers with a portion mark are written with " \
            "no space before it"
        yield context.report(
            span, f"{which} ('{written}'); insert one after each",
            fix=_insert_spaces(context, unspaced))
        return
    for paragraph in unspaced:
        span = paragraph.number_span
        written = text[span.start:span.end]
        yield context.report(span, f"no space between '{written}' and the portion "
                             "mark; insert one",
                             fix=context.fix("insert a space", Edit(span.end, span.end, " ")))


def _written(context: RuleContext, paragraph: Paragraph) -> str:
    """The number and its mark as written ("1.(C)"), quoted by a folded finding."""
    span, mark = paragraph.number_span, paragraph.portion_mark
    return context.text[span.start:mark.span.end if mark is not None else span.end]


def _insert_spaces(context: RuleContext, unspaced: list[Paragraph]) -> Fix:
    """One fix inserting the space after every unspaced number."""
    return context.fix("insert a space after each number",
                       *(Edit(p.number_span.end, p.number_span.end, " ") for p in unspaced))
