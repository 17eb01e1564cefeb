"""CL908 blank-line-in-sentence."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter
from typing import NamedTuple

from cablelint.analysis.artifacts import droppable
from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.fields.list_items import opens_list_item
from cablelint.rules.base import FixAvailability, Rule, RuleContext

_BLANK_LINES = attrgetter("blank_lines")
_SENTENCE_END = frozenset('.:;?!")\'')
#: Words that never end a sentence: a blank line after one breaks a sentence.
_OPEN_WORDS = frozenset((
    "a", "an", "the", "of", "in", "at", "on", "to", "that", "and", "or", "but", "with", "for",
    "by", "from", "as", "into", "than", "its", "their"))
_UNWRAPPED = 100  # a line longer than this is a whole unwrapped paragraph
#: a cable with at least this many split sentences, and blank lines after at least
#: this share of its paragraphs' lines, is double-spaced: one finding for all
_DOUBLE_SPACED_MIN = 4
_DOUBLE_SPACED_SHARE = 0.5


class BlankLineInSentence(Rule):
    """A blank line in the middle of a sentence (a removed page break).

    Fires inside a paragraph when the text above the blank line does not end a
    sentence and the text below starts in lower case, or the text above ends
    in a word that cannot end a sentence ("the", "of", "to" ...).  Headings,
    rules, lists (a line below the blank one that opens a list entry,
    ``b. Name`` or ``(c) ...``, starts an item, not the rest of a sentence),
    page-break lines (CL907 reports those) and header lines printed again in
    the body are left alone.

    Why: the blank line splits one paragraph into two for every reader and tool.
    Info: a heuristic on extraction damage, and a blank line may be deliberate.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        ¶3. (C) Canada had invested a great deal, he said,

        but it was unclear whether the trend would last.

    Good:
        ¶3. (C) Canada had invested a great deal, he said,
        but it was unclear whether the trend would last.

    A cable printed double-spaced throughout (a blank line after most lines of
    its paragraphs) gets one finding for all its split sentences, at the first
    one, with one fix joining them all: it is one defect of the copy, and a
    finding per sentence (dozens in such a cable) buries the others.

    Fix: ``--fix --unsafe-fixes`` removes the blank line.  Unsafe even when the
    next line starts in lower case: joining changes the paragraph structure a
    reader sees, and a list or a quotation can continue in lower case after a
    deliberate blank line; review the joins with ``--diff --unsafe-fixes``.
    """

    code = "CL908"
    name = "blank-line-in-sentence"
    summary = "A blank line interrupts a sentence"
    severity = "info"
    basis = "extraction"
    fixable = FixAvailability.UNSAFE
    requires = frozenset({"body"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        splits: list[_Split] = []
        for found in _splits(context):
            if isinstance(found, _Split):
                splits.append(found)
            else:
                yield found  # a header copy between the halves: its own finding
        if len(splits) >= _DOUBLE_SPACED_MIN and _double_spaced(context):
            yield context.report(
                splits[0].span,
                f"the text is double-spaced: blank lines split {len(splits)} sentences, the "
                f"first here {splits[0].excerpt}; remove the blank lines inside paragraphs",
                fix=context.fix(f"join the {len(splits)} split sentences",
                                *(split.edit for split in splits), safe=False))
            return
        for split in splits:
            yield context.report(
                split.span, f"blank line inside a sentence {split.excerpt}; join the lines",
                fix=context.fix("join the sentence", split.edit, safe=False))


class _Split(NamedTuple):
    """A sentence a blank line splits: where, its two halves quoted, the joining edit."""

    span: Span
    excerpt: str  # "('...he said,' / 'but it was...')"
    edit: Edit


def _splits(context: RuleContext) -> Iterator[_Split | Diagnostic]:
    """Each sentence a blank line splits (see the class documentation), and the
    finding for each header copy printed between the halves of a sentence."""
    text, source = context.text, context.source
    for above_line, below_line in _gaps(context):
        above = source.texts[above_line - 1].rstrip()
        if not above or above[-1] in _SENTENCE_END:
            continue
        end_above = source.starts[above_line - 1] + len(above)
        below = source.texts[below_line - 1].lstrip()
        start_below = source.starts[below_line - 1] + len(source.texts[below_line - 1]) - \
            len(below)
        if opens_list_item(text[start_below:start_below + 40]):
            continue  # "b.  Brig General ...": the next entry of a list
        lower = below[0].islower()
        if not lower:
            last_word = above.rsplit(None, 1)[-1]
            if last_word not in _OPEN_WORDS or \
                    above[:-len(last_word)].rstrip().endswith(";"):
                continue  # "...; and" ends a list item
        if _repeats_header(context, above):
            # a header line printed again in the body (a page header): the sentence,
            # if one is broken, runs from the line above the copy to the line below
            found = _header_copy(context, above_line, start_below, lower)
            if found is not None:
                yield found
            continue
        dropped = droppable(context)
        if above_line in dropped or below_line in dropped:
            continue
        joint = " " if len(above) > _UNWRAPPED else "\n"
        yield _Split(context.span(end_above, start_below),
                     f"('...{above[-20:].lstrip()}' / '{below[:20].rstrip()}...')",
                     Edit(end_above, start_below, joint))


def _double_spaced(context: RuleContext) -> bool:
    """Is the cable printed double-spaced: blank lines inside its paragraphs number at
    least ``_DOUBLE_SPACED_SHARE`` of the paragraphs' lines of text?"""
    blank = sum(len(paragraph.blank_lines) for paragraph in context.document.paragraphs)
    lines = sum(paragraph.span.end_line - paragraph.span.line + 1
                for paragraph in context.document.paragraphs)
    return blank >= _DOUBLE_SPACED_SHARE * (lines - blank)


def _gaps(context: RuleContext) -> Iterator[tuple[int, int]]:
    """The blank-line gaps inside paragraphs, in reading order: for each run of blank
    lines followed by a line whose text starts with a letter (a numbered paragraph
    does not), the numbers of the lines above and below the run.

    Only a gap inside a paragraph can break a sentence (a heading above is a
    node of its own, and a text node is one run of lines without a blank one:
    the lexer starts a new token below a blank line).  The blank lines are the
    builder's (``Paragraph.blank_lines``: empty, or whitespace of any kind, such
    as a form feed or a no-break space) and the line table gives the positions,
    so a gap is the same whatever the file's line endings; few paragraphs hold a
    blank line at all, and only those are looked at.
    """
    texts = context.source.texts
    # the paragraphs without a blank line (most) are passed over in C
    for blank in filter(None, map(_BLANK_LINES, context.document.paragraphs)):
        first = 0  # the first blank line of the current run
        for index, line in enumerate(blank):
            if index == 0 or blank[index - 1] != line - 1:
                first = line
            below = line + 1
            if (index + 1 < len(blank) and blank[index + 1] == below) or below > len(texts):
                continue  # not the last of its run
            initial = texts[below - 1].lstrip()[:1]
            if first > 1 and initial.isascii() and initial.isalpha():
                yield first - 1, below


def _repeats_header(context: RuleContext, line: str) -> bool:
    """``line`` is one of the header's lines printed again: the SUBJECT's second line
    repeated as a page header inside a paragraph (09MOSCOW2529), or the whole SUBJECT
    on one line (02ADANA417), is no sentence, and joining it to the text below would
    weld the header into the paragraph."""
    text = line.strip()
    if any(header.text == text for header in context.document.header_lines):
        return True
    subject = context.document.subject
    return subject is not None and text[:4].upper() == "SUBJ" and \
        text.split() == context.source.text[subject.span.start:subject.span.end].split()


def _header_copy(context: RuleContext, copy_line: int, start_below: int,
                 lower: bool) -> Diagnostic | None:
    """The report for header lines printed again between the halves of a sentence.

    ``copy_line`` is the copy's last line (1-based), just above the blank lines.
    The copy's run of header lines goes back from it; the sentence is broken when
    the line above the run does not end a sentence and the text below the blank
    lines starts in lower case, or the line above ends in a word that cannot end
    one.  Joining only the blank lines would keep the header inside the sentence:
    the fix deletes the copy with the blank lines (unsafe, like every join).
    """
    source = context.source
    first = copy_line
    while first > 1 and _repeats_header(context, source.texts[first - 2]):
        first -= 1
    if first == 1:
        return None
    before = source.texts[first - 2].rstrip()
    if not before or before[-1] in _SENTENCE_END:
        return None
    last_word = before.rsplit(None, 1)[-1]
    if not lower and last_word not in _OPEN_WORDS:
        return None
    end_before = source.starts[first - 2] + len(before)
    below = source.texts[source.line_col(start_below)[0] - 1].lstrip()
    copied = source.texts[first - 1].strip()
    joint = " " if len(before) > _UNWRAPPED else "\n"
    return context.report(
        context.span(end_before, start_below),
        f"a copy of the header ('{copied[:20]}...') breaks a sentence ('...{before[-20:].lstrip()}'"
        f" / '{below[:20].rstrip()}...'); delete the copy and join the lines",
        fix=context.fix("delete the header copy and join the sentence",
                        Edit(end_before, start_below, joint), safe=False))
