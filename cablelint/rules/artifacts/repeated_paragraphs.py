"""CL918 repeated-paragraphs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cablelint.analysis.numbering import Step, irregular
from cablelint.diagnostics import Diagnostic
from cablelint.model import Paragraph
from cablelint.rules.base import Rule, RuleContext


class RepeatedParagraphs(Rule):
    """Paragraphs printed twice: after a page break the text starts again at a
    paragraph it already gave, with the same number and the same words; or a
    paragraph comes after a preview of itself cut short with "..." (``¶1. (S)
    SUMMARY.  On D...`` above the full ``¶1. (S) SUMMARY.  On December 11``).

    The numbering walk recognises the copy (:mod:`cablelint.analysis.numbering`,
    step kind ``copy``): a number below the one expected whose paragraph begins
    as an earlier paragraph of that number does, a page break between them (or
    that an earlier preview begins).  A run of copied paragraphs is one finding,
    at the first copy; the numbering rules leave the copies alone.

    Why: the copy doubles a passage of the record, and without this finding the
    numbering would be reported as going back or restarting, which sends the
    reader to renumber text that is not the drafter's.  Info, without a fix:
    extraction damage, and which copy is the better one (one may be cut short
    or run together) is for the reader to judge.

    Source: observed in extracted cables (09BRUSSELS1580, 09CAPETOWN204,
    07ISLAMABAD5283).

    Bad:
        4. (C) The king was crowned in the cathedral at Zenda.
        ZENDA 00000204 002 OF 002
        4. (C) The king was crowned in the cathedral at Zenda.

    Good:
        4. (C) The king was crowned in the cathedral at Zenda.
        ZENDA 00000204 002 OF 002

    Fix: none; delete one copy by hand.
    """

    code = "CL918"
    name = "repeated-paragraphs"
    summary = "Paragraphs are printed twice (the text repeats after a page break)"
    severity = "info"
    basis = "extraction"
    requires = frozenset({"paragraphs"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (most cables number their paragraphs in order): a
        # generator made for nothing costs the engine more than the whole test
        if not irregular(context):
            return iter(())
        return self._steps(context)

    def _steps(self, context: RuleContext) -> Iterator[Diagnostic]:
        run: list[Step] = []
        # each paragraph's index, by identity, made at the first pair of copies: a
        # search of the paragraphs per copy (comparing them field by field) took
        # quadratic time on a file of thousands of paragraphs
        indexes: dict[int, int] | None = None
        for step in irregular(context):
            if step.kind != "copy":
                continue
            if run:
                if indexes is None:
                    indexes = {id(paragraph): index for index, paragraph
                               in enumerate(context.document.paragraphs)}
                if not _follows(context.document.paragraphs, indexes, run[-1], step):
                    yield _report(context, run)
                    run = []
            run.append(step)
        if run:
            yield _report(context, run)


def _follows(paragraphs: Sequence[Paragraph], indexes: dict[int, int], last: Step,
             step: Step) -> bool:
    """Whether ``step`` copies the paragraph right after the one ``last`` copies."""
    index = indexes[id(last.paragraph)]
    return index + 1 < len(paragraphs) and paragraphs[index + 1] is step.paragraph


def _report(context: RuleContext, run: list[Step]) -> Diagnostic:
    first, last = run[0], run[-1]
    assert first.original is not None
    line = context.source.line_col(first.original.span.start)[0]
    numbers = (f"paragraph {first.value}" if len(run) == 1
               else f"paragraphs {first.value}-{last.value}")
    verb = "repeats" if len(run) == 1 else "repeat"
    return context.report(first.paragraph.number_span,
                          f"{numbers} {verb} the text given above (from line {line}); "
                          "keep one copy")
