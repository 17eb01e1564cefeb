"""CL905 split-word."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.artifacts import lazy_pattern
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.model import ClassifiedBy
from cablelint.rules.base import FixAvailability, Rule, RuleContext

#: Words a space may be put inside in the Classified By block ("an d").
_SPLIT_VARIANTS = tuple(sorted({
    word[:cut] + " " + word[cut:] for word in ("reasons", "reason", "and")
    for cut in range(1, len(word))}, key=len, reverse=True))
_INLINE_SPLIT = lazy_pattern(
    r"(?<![A-Za-z])(?:" + "|".join(_SPLIT_VARIANTS) + r")(?![A-Za-z])", re.IGNORECASE)


class SplitWord(Rule):
    """A word split across a wrapped line (``REAS`` / ``ONS``) or by an inserted space (``an d``).

    The telegraph wrapped lines at a fixed column, cutting words; extraction
    sometimes put a space inside a word.  The rule looks where this happens
    most and where it can be told from real text: the Classified By block.  A
    cut is certain when the joined word is ``REASON(S)``, a word of the block's
    vocabulary (``and``, ``Affairs``, ``Counselor`` ...), the reason number
    ``1.4``, or a word that recurs whole elsewhere in the cable (the
    classifier's name in the sign-off); it is likely when the second part is
    two consonants (``Affai`` / ``rs``) or the first a lone capital (``Y`` /
    ``oung``).  SUBJECT lines and body text are not searched: telling a cut
    word from two words there needs a word list, and looking each candidate
    up in the cable costs a full text search.

    Why: the broken word hides the classification reason or a name from
    readers and tools.  A warning, not an error: it is extraction damage, and
    a likely cut is told by a heuristic.

    Source: observed in extracted cables (cable-format.md, sections 7, 9, 14).

    Bad:
        Classified By: Charge d'Affaires Peter Pan for REAS
        ONS 1.4 (b) and (d)

    Good:
        Classified By: Charge d'Affaires Peter Pan for REASONS 1.4 (b) and (d)

    Fix: ``--fix`` joins the word when the cut is certain (safe); a likely cut
    is joined with ``--unsafe-fixes`` only.
    """

    code = "CL905"
    name = "split-word"
    summary = "A word is split by a line wrap or an inserted space"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE
    requires = frozenset({"classified_by"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = context.document.classified_by
        if "\n" in block.raw:
            yield from self._wrapped(context, block)
        lowered = block.raw.lower()
        if not any(variant in lowered for variant in _SPLIT_VARIANTS):
            return
        for found in _INLINE_SPLIT().finditer(block.raw):
            start = block.span.start + found.start()
            end = block.span.start + found.end()
            word = found.group().replace(" ", "")
            space = start + found.group().index(" ")
            yield context.report(
                context.span(start, end),
                f"'{found.group()}' is the word '{word}' with a space inside; write '{word}'",
                fix=context.fix(f"write '{word}'", Edit(space, space + 1, "")))

    def _wrapped(self, context: RuleContext, block: ClassifiedBy) -> Iterator[Diagnostic]:
        """Cuts between the block's lines: those the parser re-joined
        (``block.wrap_joins``: certain) and those that look cut."""
        texts, starts = context.source.texts, context.source.starts
        lines = block.lines
        joins = block.wrap_joins
        if len(joins) != len(lines) - 1:  # lines the parser counted otherwise (a form feed)
            joins = (False,) * (len(lines) - 1)
        for index in range(1, len(lines)):
            previous, number = lines[index - 1].line, lines[index].line
            above, line = texts[previous - 1], texts[number - 1]
            left = above.rstrip()
            left_word = left.rsplit(None, 1)[-1]
            right_word = line.split(None, 1)[0]
            if not (left_word[-1].isalnum() or left_word.endswith("1.")) or \
                    not right_word[0].isalnum():
                continue  # a cut word has letters or digits on both sides
            known = joins[index - 1] or _known_cut(left_word, right_word)
            if known or _looks_cut(left_word, right_word):
                left_end = starts[previous - 1] + len(left)
                right_start = starts[number - 1] + len(line) - len(line.lstrip())
                word = (left_word + right_word).strip(".,;:()")
                if not word.isalpha():
                    word = word[:3]  # the reason number "1.4"
                yield context.report(
                    context.span(left_end - len(left_word), right_start + len(right_word)),
                    f"'{left_word}' / '{right_word}' is the word '{word}' split at the "
                    f"line wrap; join it",
                    fix=context.fix(f"join '{word}'", Edit(left_end, right_start, ""),
                                    safe=known))


_VOWELS = frozenset("aeiouy")
#: Words of the Classified By block that a wrap may cut: re-joining them is safe.
_BLOCK_WORDS = frozenset((
    "and", "reason", "reasons", "affairs", "ambassador", "counselor", "minister", "political",
    "economic", "embassy", "mission", "deputy", "director", "secretary", "assistant",
    "consul", "general", "officer", "charge", "chief"))
_REASON_NUMBER = lazy_pattern(r"1\.[3-6]\b")


def _known_cut(left: str, right: str) -> bool:
    """``a`` / ``nd``, ``Affa`` / ``irs``, ``1.`` / ``4(b)``: a block word or the reason number."""
    word = (left + right).strip(".,;:()").lower()
    if word.isalpha():
        return word in _BLOCK_WORDS and left.lower() not in _BLOCK_WORDS
    return left.endswith("1.") and _REASON_NUMBER().match(left[-2:] + right) is not None


def _looks_cut(left: str, right: str) -> bool:
    """A cut the parser does not re-join: ``Affai`` / ``rs,`` or ``Y`` / ``oung,``.

    The right part is two lower-case letters without a vowel (no English word),
    or the left part is a lone capital (an initial would carry a full stop)
    and the right part goes on in lower case.
    """
    bare = right.rstrip(".,;:")
    if left[-1:].isalpha() and len(left) > 1 and len(bare) == 2 and bare.isalpha() and \
            bare.islower() and not _VOWELS.intersection(bare):
        return True
    return len(left) == 1 and left.isupper() and len(bare) > 1 and bare.isalpha() and \
        bare.islower()
