"""CL606 ref-lettering."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic
from cablelint.model import Reference, References
from cablelint.rules.base import Rule, RuleContext

_REF_LABEL = re.compile(r"[ \t]*(?:\u00b6\s?)?(?:\(([A-Za-z])\)|([A-Za-z])[.)])\s")
_ITEM_LABEL = re.compile(r"(?:\u00b6\s?)?(?:\([A-Za-z]\)|[A-Za-z][.)])")
_INLINE_LABEL = re.compile(r"(?<!\S)(?:([A-Z])[.)]|\(([A-Z])\))\s")
_REF_KEYWORD = re.compile(r"REFS?\b[ \t]*:?[ \t]*", re.IGNORECASE)
# "(A) PARIS 1784" inside item A: the letter written twice.
_INNER_LABEL = re.compile(r"\(([A-Za-z])\)\s|([A-Za-z])[.)]\s")
_LETTER = r"([A-Za-z])(?![A-Za-z0-9'\u2019]|\.[A-Za-z])"
_JOIN = r"[ \t]*(?:,|&|-|/|\band\b|\bthrough\b|\bthru\b|\bto\b)[ \t]*"
_CITATION = re.compile(
    r"ref(?:tel)?s?\.?(?:[ \t]+\(?|\()[ \t]*" + _LETTER +
    r"((?:" + _JOIN + _LETTER.replace("(", "(?:", 1) + r")*)(?=[ \t]*(?:[),.;:]|$))",
    re.IGNORECASE | re.MULTILINE)
# "ref" not inside a word and followed by a blank, ".", "(", "s" or "t", searched in
# the lower-cased bytes (one scan instead of a Python step per "reform", "prefer" ...)
_REF_WORD = re.compile(rb"ref(?<![a-z0-9]ref)(?=[ \t.(st\n])")
_CITED_WORD = re.compile(r"[A-Za-z]+|[-]")


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
                label = _ITEM_LABEL.match(text, item.span.start, item.span.end)
                where = (context.span(label.start(), label.end()) if label else item.span)
                yield context.report(where, f"REF item letter {letter} is used twice; "
                                            "letter the items A, B, C ... once each")
            else:
                letters.append(letter)
            previous = letter
            inner = _INNER_LABEL.match(item.text)
            if inner and (inner.group(1) or inner.group(2)).upper() == letter:
                at = _inner_label(text, item, inner.group().strip())
                if at is not None:
                    yield context.report(
                        context.span(at, at + len(inner.group().strip())),
                        f"REF item {letter} is lettered twice ('{letter}. "
                        f"{inner.group().strip()}'); remove the second letter")
        yield from _line_labels(context, references)
        present = set(letters)
        # an item lettered inside the previous item's line ("C. ZENDA 633 D. STATE 436")
        # is kept in that item by the parser: count its letter as present
        follow = chr(ord(letters[-1]) + 1)
        for inline in _INLINE_LABEL.finditer(references.items[-1].text):
            if (inline.group(1) or inline.group(2)) == follow:
                present.add(follow)
                follow = chr(ord(follow) + 1)
        yield from _citations(context, references, present)


def _inner_label(text: str, item: Reference, label: str) -> int | None:
    """Offset of the doubled label inside the item (after its own label)."""
    at = text.find(label, item.span.start + 2, item.span.end)
    return at if at >= 0 else None


def _line_labels(context: RuleContext, references: References) -> Iterator[Diagnostic]:
    """Labels at line starts that skip a letter (the parser keeps only sequential ones)."""
    source = context.source
    span = references.span
    keyword = _REF_KEYWORD.match(context.text, span.start, span.end)
    expected = "A"
    for number in range(span.line, span.end_line + 1):
        start = keyword.end() if number == span.line and keyword else source.starts[number - 1]
        found = _REF_LABEL.match(source.texts[number - 1], start - source.starts[number - 1])
        if found is None:
            continue
        letter = (found.group(1) or found.group(2)).upper()
        if letter > expected:
            at = source.starts[number - 1] + found.start(1 if found.group(1) else 2)
            yield context.report(context.span(at, at + 1),
                                 f"REF item {letter} follows item "
                                 f"{chr(ord(expected) - 1)}: item {expected} is missing; "
                                 "letter the items A, B, C ... in order")
        if letter >= expected:
            expected = chr(ord(letter) + 1)


def _citations(context: RuleContext, references: References, letters: set[str]
               ) -> Iterator[Diagnostic]:
    document = context.document
    text = context.text
    lowered = context.source.lowered()
    start = references.span.end
    end = document.trailer[0].span.start if document.trailer else len(text)
    # "ref" lies before ``end``; the character after it may be at ``end``
    for word in _REF_WORD.finditer(lowered, start, end + 1):
        position = word.start()
        if position + 3 > end:
            break
        found = _CITATION.match(text, position, end)
        if found is not None:
            for at, letter in _cited(found):
                if letter.upper() not in letters:
                    yield context.report(
                        context.span(at, at + 1),
                        f"the text cites ref {letter.upper()}, but the REF block "
                        f"has only {', '.join(sorted(letters))}; correct the letter")


def _cited(found: re.Match[str]) -> list[tuple[int, str]]:
    """(offset, letter) of each letter a citation names; ranges are expanded."""
    cited = [(found.start(1), found.group(1))]
    rest_start = found.start(2)
    for extra in _CITED_WORD.finditer(found.group(2)):
        word = extra.group()
        if len(word) == 1 and word.isalpha():
            cited.append((rest_start + extra.start(), word))
    joined = found.group(2).lower()
    if len(cited) == 2 and ("-" in joined or "through" in joined or "thru" in joined
                            or " to " in joined):
        first, last = cited[0][1].upper(), cited[1][1].upper()
        middle = [chr(c) for c in range(ord(first) + 1, ord(last))]
        cited = [cited[0], *((cited[1][0], m) for m in middle), cited[1]]
    return cited
