"""CL2xx: paragraph numbering.

All rules read the sequence analysis of :mod:`cablelint.rules._sequence`, so
a pilcrow damaged number (CL901) or a wrapped number (CL903) is never also
reported as a gap or a repeat here.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules._sequence import counted, irregular, sequence
from cablelint.rules.base import Rule, RuleContext

_PILCROW = attrgetter("pilcrow")


class NumberGap(Rule):
    """Paragraph numbers run 1, 2, 3 ... without gaps.

    A gap usually means a paragraph was lost when the cable was extracted or
    redacted.  In partial extracts (the "This record is a partial extract"
    preamble) and where a redaction run (``XXXXXXXXXXXX``) sits between the two
    paragraphs, the gap is expected and reported as info.

    Why: readers cite paragraphs by number; a gap makes "para 12" ambiguous.

    Source: 5 FAH-1 H-246 (number paragraphs consecutively).

    Bad:
        ¶11. (C) ...
        ¶13. (C) ...

    Good:
        ¶11. (C) ...
        ¶12. (C) ...

    Fix: restore the missing paragraph, or renumber if the gap is an error.
    """

    code = "CL201"
    name = "paragraph-number-gap"
    summary = "Paragraph numbers skip a number"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        if not irregular(context):
            return iter(())  # the common case, without making a generator
        return self._findings(context)

    def _findings(self, context: RuleContext) -> Iterator[Diagnostic]:
        for step in irregular(context):
            if step.kind != "gap":
                continue
            missing = f"\u00b6{step.expected}" if step.value == step.expected + 1 else \
                f"\u00b6{step.expected}-\u00b6{step.value - 1}"
            expected_gap = context.document.partial_extract or self._redaction_before(
                context, step.paragraph)
            yield context.report(
                step.paragraph.number_span,
                f"paragraph numbers jump from {step.previous} to {step.value}: {missing} "
                f"{'is' if step.value == step.expected + 1 else 'are'} missing"
                + (" (partial extract or redaction)" if expected_gap else
                   "; restore the paragraph or renumber"),
                severity="info" if expected_gap else None)

    @staticmethod
    def _redaction_before(context: RuleContext, paragraph) -> bool:
        paragraphs = context.document.paragraphs
        index = paragraphs.index(paragraph)
        start = paragraphs[index - 1].span.start if index else 0
        # a run of five X or x: in the lower-cased bytes only "X" and "x" are b"x"
        return context.source.lowered().find(b"xxxxx", start, paragraph.span.start) >= 0


class NumberRepeat(Rule):
    """No paragraph number repeats or goes backwards.

    Why: two paragraphs with one number (``¶6`` twice) or a step back
    (``¶14`` then ``¶12``) make references to paragraphs ambiguous and often
    mean text was pasted twice.

    Source: 5 FAH-1 H-246 (number paragraphs consecutively).

    Bad:
        ¶6. (C) ...
        ¶6. (C) ...

    Good:
        ¶6. (C) ...
        ¶7. (C) ...

    Fix: renumber, or remove the duplicated paragraph.
    """

    code = "CL202"
    name = "paragraph-number-repeat"
    summary = "A paragraph number repeats or goes backwards"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        if not irregular(context):
            return iter(())  # the common case, without making a generator
        return self._findings(context)

    @staticmethod
    def _findings(context: RuleContext) -> Iterator[Diagnostic]:
        for step in irregular(context):
            if step.kind == "repeat":
                yield context.report(step.paragraph.number_span,
                                     f"paragraph number {step.value} repeats the one before; "
                                     f"expected {step.expected}")
            elif step.kind == "backward":
                yield context.report(step.paragraph.number_span,
                                     f"paragraph numbers go back from {step.previous} to "
                                     f"{step.value}; expected {step.expected}")


class NumberRestart(Rule):
    """Numbering restarts at 1 only inside an embedded document.

    Cables quote other texts (a non-paper, talking points) between
    ``BEGIN TEXT`` and ``END TEXT``; their own numbering may restart there.

    Why: a restart anywhere else usually means two cables were run together.

    Source: cable convention (no regulation).

    Bad:
        ¶7. (C) Text follows:
        1. The Government of ...

    Good:
        ¶7. (C) Begin text:
        1. The Government of ...
        End text.

    Fix: mark the embedded document with BEGIN TEXT / END TEXT.
    """

    code = "CL203"
    name = "paragraph-number-restart"
    summary = "Paragraph numbering restarts at 1 outside an embedded text"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        restarts = [step for step in irregular(context) if step.kind == "restart"]
        if not restarts:
            return iter(())  # the common case, without making a generator
        return self._findings(context, restarts)

    @staticmethod
    def _findings(context: RuleContext, restarts) -> Iterator[Diagnostic]:
        markers = [m for m in context.document.markers if m.kind == "text"]
        for step in restarts:
            start = step.paragraph.span.start
            opened = [m for m in markers if m.span.start < start]
            if opened and opened[-1].boundary == "begin":
                continue
            yield context.report(step.paragraph.number_span,
                                 f"paragraph numbering restarts at 1 after {step.previous}; "
                                 "mark an embedded document with BEGIN TEXT / END TEXT")


class FirstNumber(Rule):
    """The first numbered paragraph is number 1.

    Why: a first paragraph numbered 2 or more means the opening paragraph was
    lost, or the numbering does not start where readers expect.

    Source: 5 FAH-1 H-246.

    Bad:
        ¶2. (C) ...

    Good:
        ¶1. (C) ...

    Fix: restore the first paragraph or renumber.
    """

    code = "CL204"
    name = "first-paragraph-number"
    summary = "The first numbered paragraph is not 1"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        steps = sequence(context)
        if not steps or steps[0].kind != "first":
            return iter(())  # the common case, without making a generator
        first = steps[0].paragraph
        partial = context.document.partial_extract
        return iter([context.report(first.number_span,
                                    f"the first paragraph is numbered {first.number}, not 1"
                                    + (" (partial extract)" if partial else ""),
                                    severity="info" if partial else None)])


class LoneNumberedParagraph(Rule):
    """A cable with a single paragraph does not number it.

    Why: a number implies other paragraphs; a lone "¶1." invites the question
    where ¶2 went.

    Source: 5 FAH-1 H-246 (do not number a lone paragraph).

    Bad:
        ¶1. (U) The embassy has no comment.

    Good:
        (U) The embassy has no comment.

    Fix: remove the number.
    """

    code = "CL205"
    name = "lone-numbered-paragraph"
    summary = "A cable's only paragraph is numbered"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        paragraphs = counted(context)
        if len(paragraphs) != 1:
            return iter(())  # the common case, without making a generator
        return iter([context.report(paragraphs[0].number_span,
                                    "the only paragraph is numbered; a lone paragraph takes "
                                    "no number")])


class NumberFormat(Rule):
    """Paragraph numbers are written ``¶n. (MARK)`` or ``n. (MARK)``: one full stop,
    a space before the mark, and one pilcrow style throughout the cable.

    Why: ``1.(C)`` and ``3..`` are typing or extraction slips that defeat
    search and numbering tools; mixing ``¶7.`` and ``8.`` in one cable shows
    the text was pieced together.

    Source: cable convention (no regulation).

    Bad:
        1.(C) The minister ...
        3.. (SBU) The mission ...

    Good:
        1. (C) The minister ...
        3. (SBU) The mission ...

    Fix: ``--fix`` inserts the space, removes the extra full stop and writes
    the pilcrow the way most paragraphs of the cable do.
    """

    code = "CL206"
    name = "paragraph-number-format"
    summary = "A paragraph number is not written 'n. (MARK)' in the cable's style"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        paragraphs = counted(context)
        with_pilcrow = sum(map(_PILCROW, paragraphs))
        without = len(paragraphs) - with_pilcrow
        majority = with_pilcrow >= without
        mixed = with_pilcrow and without and with_pilcrow != without
        text = context.text
        # the common case, "¶12. (C)", costs two character tests, in one comprehension
        # (the end read once: a named-tuple field is a slow, unspecialised attribute)
        suspects = [paragraph for paragraph in paragraphs
                    if text[(end := paragraph.number_span.end) - 2] == "."
                    or text[end:end + 1] == "("
                    or (mixed and paragraph.pilcrow != majority)]
        if not suspects:
            return iter(())  # the common case, without making a generator
        return self._findings(context, suspects, majority, mixed)

    @staticmethod
    def _findings(context: RuleContext, suspects, majority: bool, mixed
                  ) -> Iterator[Diagnostic]:
        text = context.text
        for paragraph in suspects:
            span = paragraph.number_span
            written = text[span.start:span.end]
            if written.endswith(".."):
                edit = Edit(span.end - 1, span.end, "")
                yield context.report(span, f"'{written}' has two full stops; write one",
                                     fix=context.fix("remove the extra full stop", edit))
            after = text[span.end:span.end + 1]
            if after == "(":
                edit = Edit(span.end, span.end, " ")
                yield context.report(span, f"no space between '{written}' and the portion "
                                     "mark; insert one",
                                     fix=context.fix("insert a space", edit))
            if mixed and paragraph.pilcrow != majority:
                if majority:
                    edit = Edit(span.start, span.start, "\u00b6")
                    message = "written without the pilcrow most paragraphs here have"
                else:
                    width = 2 if text[span.start + 1:span.start + 2] == " " else 1
                    edit = Edit(span.start, span.start + width, "")
                    message = "written with a pilcrow most paragraphs here lack"
                yield context.report(span, f"'{written}' is {message}; use one style",
                                     fix=context.fix("match the cable's pilcrow style", edit))


RULES = [NumberGap, NumberRepeat, NumberRestart, FirstNumber, LoneNumberedParagraph,
         NumberFormat]
