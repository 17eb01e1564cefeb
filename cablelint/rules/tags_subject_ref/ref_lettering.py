"""CL606 ref-lettering."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.model import References
from cablelint.rules.base import Rule, RuleContext


class RefLettering(Rule):
    """REF items are lettered A, B, C ... in order, each letter once, and the
    text cites only letters the REF block has.

    Checked: a letter written twice (``A. (A) PARIS 1784``), a repeated or
    skipped letter among the item labels at line starts, and a citation such
    as ``(REF C)`` or ``reftels A through D`` in the text when the block has no
    item C or D.  Citations are read conservatively: the letter must be
    followed by punctuation or the end of the line (``REF A, ...``), so "reftel
    a request" is not a citation.

    Why: readers follow "see ref C" to the cited cable; a wrong letter sends
    them to the wrong one.  A warning, not an error: lettering is a drafting
    convention rather than a marking rule, and reformatting can double a
    letter.

    Source: observed in the cables (cable-format.md, section 8).

    Bad:
        REF: A. (A) ZENDA 1784
        B. ZENDA 1790
        ... as reported in ref C.

    Good:
        REF: A. ZENDA 1784
        B. ZENDA 1790
        ... as reported in ref B.

    Fix: none; correct the letters by hand.
    """

    code = "CL606"
    name = "ref-lettering"
    summary = "REF items are not lettered A, B, C ... or the text cites a missing letter"
    severity = "warning"
    basis = "convention"
    requires = frozenset({"references"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        references = context.document.references
        if not references.items or references.items[0].letter is None:
            return  # an unlettered REF block (a single reference) has no letters to check
        text = context.text
        letters: list[str] = []
        previous = None
        for item in references.items:
            letter = item.letter
            if letter == previous:
                yield context.report(item.label_span or item.span,
                                     f"REF item letter {letter} is used twice; "
                                     "letter the items A, B, C ... once each")
            else:
                letters.append(letter)
            previous = letter
            inner = item.inner_label
            if inner is not None:
                written = text[inner.start:inner.end]
                yield context.report(
                    inner, f"REF item {letter} is lettered twice ('{letter}. {written}'); "
                           "remove the second letter")
        yield from _skipped(context, references)
        yield from _citations(context, set(letters))


def _skipped(context: RuleContext, references: References) -> Iterator[Diagnostic]:
    """Labels at line starts that skip a letter (items lettered inside a line count)."""
    inline = [(item.label_span.start, item.letter) for item in references.items
              if item.inline and item.label_span is not None]
    labels = sorted([(label.span.start, label.letter, label.span) for label in references.labels]
                    + [(at, letter, None) for at, letter in inline],
                    key=lambda entry: entry[:2])  # a label and an inline item may tie
    expected = "A"
    for _, letter, span in labels:
        if span is not None and letter > expected:
            yield context.report(span, f"REF item {letter} follows item "
                                       f"{chr(ord(expected) - 1)}: item {expected} is missing; "
                                       "letter the items A, B, C ... in order")
        if letter >= expected:
            expected = chr(ord(letter) + 1)


def _citations(context: RuleContext, letters: set[str]) -> Iterator[Diagnostic]:
    for citation in context.document.ref_citations:
        for letter, span in zip(citation.letters, citation.letter_spans, strict=True):
            if letter not in letters:
                yield context.report(
                    span, f"the text cites ref {letter}, but the REF block "
                          f"has only {', '.join(sorted(letters))}; correct the letter")
