"""CL602 unknown-tag."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.tags_subject_ref import TagsCodes, tags_analysis, unknown_runs
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class UnknownTag(Rule):
    """Every TAGS token is a known code: a four-letter subject or program TAG, a
    two-letter geographic TAG, or a listed organisation code.

    Personal names are allowed only after OVIP (``TAGS: OVIP STEINBERG JAMES
    PREL``).  Neighbouring unknown words are reported together
    (``COUNTER TERRORISM``).  The codes are data: ``rules/tags.json``, which a
    configuration can extend with a post's own codes.  ISO codes where TAGS use
    FIPS codes (``RU`` for RS, ``IQ`` for IZ) and typos (``POGOV``) are reported
    with the likely code; a code that has the form of a real one (four letters,
    a category letter first: ``KCIP``) gets a "did you mean" only for a swap of
    two letters (``AGMT`` for AMGT), since it may be a real code the list lacks.
    A token the subject writes as a word of its own (``TAGS: SENV CITES`` with
    ``SUBJECT: ... CITES COP15 OUTREACH``) is the acronym the drafter meant,
    not a slip of the keyboard: it gets no "did you mean" (CITEL, a different
    organisation one letter away, would be a wrong fix).

    Why: an unknown token is lost to retrieval, and a typo hides the cable
    from everyone searching the right code.  A warning, not an error: the
    vocabulary cannot list every post's own codes, so an unknown token may be
    a valid code it lacks.  A token of a real code's form (``KOMC``, ``XC``)
    with no likely slip for it is only a note (info) to check it: blinded
    readers recognised such codes as real program and regional TAGS that no
    public list at hand names.

    Source: 5 FAH-3 (TAGS handbook); FIPS PUB 10-4 for the geographic codes;
    heuer/cablemap's subject and organisation TAGS lists (``rules/tags.json``
    names the source of every code).

    Bad:
        TAGS: POGOV PREL MASS YM COUNTER TERRORISM

    Good:
        TAGS: PGOV PREL MASS PTER YM

    Fix: none; choose the right code, or add a post's own code to the
    vocabulary.
    """

    code = "CL602"
    name = "unknown-tag"
    summary = "A TAGS token is not a known TAGS code"
    severity = "warning"
    basis = "heuristic"
    requires = frozenset({"tags"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        analysis = tags_analysis(context)
        items = context.document.tags.tags
        for index, end in unknown_runs(context):
            first, last = items[index], items[end - 1]
            words = " ".join(tag.code for tag in items[index:end])
            message = _message(analysis.codes, words, end - index, _in_subject(context, words))
            # a code of a real code's form with no likely slip for it may be one the
            # vocabulary lacks: a note to check, not a warning
            unlisted = message.endswith(_UNLISTED) and _well_formed(analysis.codes, words)
            yield context.report(context.span(first.span.start, last.span.end),
                                 f"'{words}' is not in the tags vocabulary; check it, and add "
                                 "it to the vocabulary if it is a real code" if unlisted
                                 else message, severity="info" if unlisted else None)


def _in_subject(context: RuleContext, word: str) -> bool:
    """``word`` is written as a word of its own in the subject (the drafter's acronym)."""
    subject = context.document.subject
    if subject is None or word not in subject.text:
        return False
    return word in re.findall(r"[A-Za-z0-9-]+", subject.text)


def _message(codes: TagsCodes, words: str, count: int, named: bool = False) -> str:
    if count > 1:
        return (f"'{words}' is free text, not a TAGS code; replace it with codes "
                "(names only after OVIP)")
    hint = codes.hints.get(words)
    if hint:
        return f"'{words}' is not a TAGS code: {hint}"
    # a word the subject names is the acronym the drafter meant: no "did you mean"
    suggestions = [] if named else _suggestions(codes, words)
    if suggestions and _well_formed(codes, words):
        # a well-formed code may be a real one the vocabulary lacks (KCIP is not a
        # slip for KTIP): only a swap of two neighbouring letters is a likely typo
        suggestions = [code for code in suggestions if _swapped(words, code)]
    if len(words) == 4:
        # a four-letter token has the shape of a subject or program code: a shorter
        # or longer code is no likely slip for it (IRAJ, Iran and Azerbaijan run
        # together, is not the Irish Republican Army's IRA)
        suggestions = [code for code in suggestions if len(code) == 4]
    if suggestions:
        return f"'{words}' is not a TAGS code; did you mean {' or '.join(suggestions)}?"
    return f"'{words}' is not a known TAGS code; use a listed code or add it to the {_UNLISTED}"


#: how the message for a code with no likely correction ends
_UNLISTED = "tags vocabulary"


def _well_formed(codes: TagsCodes, word: str) -> bool:
    """``word`` has the form of a subject or program TAG: four capital letters, the
    first a category letter (``rules/tags.json`` categories); or of a regional TAG:
    "X" and a capital letter (XA, XF, XG ... in the cables)."""
    if not (word.isascii() and word.isalpha() and word.isupper()):
        return False
    return (len(word) == 4 and word[0] in codes.vocabulary["categories"]) or (
        len(word) == 2 and word[0] == "X")


def _swapped(a: str, b: str) -> bool:
    """``b`` is ``a`` with two neighbouring letters swapped (AGMT for AMGT)."""
    if len(a) != len(b):
        return False
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one substitution, insertion, deletion or swap."""
    if a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _suggestions(codes: TagsCodes, code: str) -> list[str]:
    """The known codes one edit away from ``code`` (:func:`_one_edit`), shortest and
    then alphabetically first, when there are at most two."""
    if len(code) < 4:
        return []
    lengths = (len(code) - 1, len(code), len(code) + 1)
    neighbours = sum(len(codes.by_length.get(n, ())) for n in lengths)
    if neighbours * 4 < (2 * len(code) + 1) * len(codes.alphabet):  # few codes this long
        candidates = [c for n in lengths for c in codes.by_length.get(n, ())
                      if _one_edit(code, c)]
        return candidates if len(candidates) <= 2 else []
    # else every string one edit away, looked up in the set: a few hundred set probes
    # instead of a Python _one_edit call per known code of a neighbouring length
    heads = [(code[:i], code[i:]) for i in range(len(code) + 1)]
    variants = {head + tail[1:] for head, tail in heads if tail}  # deletions
    variants.update(head + letter + tail[1:] for head, tail in heads if tail
                    for letter in codes.alphabet)  # substitutions
    variants.update(head + letter + tail for head, tail in heads
                    for letter in codes.alphabet)  # insertions
    variants.update(head + tail[1] + tail[0] + tail[2:] for head, tail in heads
                    if len(tail) > 1)  # swaps of neighbours
    variants.discard(code)
    candidates = sorted(codes.known.intersection(variants), key=lambda c: (len(c), c))
    return candidates if len(candidates) <= 2 else []
