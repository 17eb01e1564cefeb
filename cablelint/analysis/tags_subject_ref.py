"""The TAGS line sorted into codes, names and unknown words.

The TAGS rules (CL601-CL603) read one shared analysis of the TAGS line
(:func:`tags_analysis`) that sorts every token into a known code, a personal
name (after OVIP) or an unknown token, so free text is reported once, by
CL602, and never also as a separator or case problem (CL601) or as a
missing geographic TAG (CL603).  The codes come from the ``tags`` vocabulary
(``rules/tags.json``, which a configuration can extend), prepared once per
vocabulary object (:func:`tags_codes`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

from cablelint.analysis import analysis

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

# --------------------------------------------------------------------- TAGS codes


class TagsCodes(NamedTuple):
    """The ``tags`` vocabulary as sets and lookups, prepared once per vocabulary."""

    vocabulary: Any  # kept so the id() used as cache key stays valid
    known: frozenset[str]  # every known code (subject, program, organisation, geographic)
    geographic: frozenset[str]  # country and region codes (and two-letter extras)
    names_after: frozenset[str]  # codes after which personal names may follow (OVIP)
    hints: dict[str, str]  # advice for a known mistake ("RU": "Russia is RS")
    by_length: dict[int, tuple[str, ...]]  # the known codes by length, sorted
    alphabet: str  # every character of a known code


_CODES: dict[int, TagsCodes] = {}


def tags_codes(context: RuleContext) -> TagsCodes:
    """The ``tags`` vocabulary of this run (with its configured extensions), prepared.

    The preparation is kept across cables: the shipped vocabulary under the key
    0, an extended one under the id of its vocabulary object.
    """
    if not context.settings.vocabulary_extensions.get("tags"):
        cached = _CODES.get(0)  # the shipped vocabulary, the common case
        if cached is None:
            cached = _CODES[0] = _build_codes(context.vocabulary("tags"))
        return cached
    vocabulary = context.vocabulary("tags")
    cached = _CODES.get(id(vocabulary))
    if cached is None or cached.vocabulary is not vocabulary:
        cached = _CODES[id(vocabulary)] = _build_codes(vocabulary)
    return cached


def _build_codes(vocabulary: Any) -> TagsCodes:
    known: set[str] = set(vocabulary["extra"])
    for key in ("subject", "program", "organizations", "geographic"):
        known.update(vocabulary[key])
    geographic = set(vocabulary["geographic"])
    for key in ("corpus_only", "public_lists"):
        for code, entry in vocabulary[key].items():
            known.add(code)
            if entry["kind"] in ("geographic", "regional"):
                geographic.add(code)
    geographic.update(code for code in vocabulary["extra"] if len(code) == 2)
    by_length: dict[int, list[str]] = {}
    for code in sorted(known):
        by_length.setdefault(len(code), []).append(code)
    return TagsCodes(vocabulary, frozenset(known), frozenset(geographic),
                     frozenset(vocabulary["names_after"]), dict(vocabulary["hints"]),
                     {length: tuple(items) for length, items in by_length.items()},
                     "".join(sorted(set("".join(known)))))


# ------------------------------------------------------------------- TAGS analysis


class TagsAnalysis(NamedTuple):
    """Every token of the TAGS line sorted into a code, a name or an unknown word."""

    kinds: tuple[str, ...]  # per token: "code", "name" or "unknown"
    codes: TagsCodes
    tokens: list[str]  # per token: its code as written (Tag.code)


@analysis
def tags_analysis(context: RuleContext) -> TagsAnalysis:
    """The tokens of the cable's TAGS line, each sorted into a known code, a personal
    name (a name-like word after a code such as OVIP, up to the next code) or an
    unknown word.  A cable without a TAGS line has no tokens."""
    codes = tags_codes(context)
    known = codes.known
    tags = context.document.tags
    items = tags.tags if tags is not None else ()
    tokens = [tag.code for tag in items]
    if known.issuperset(tokens):
        return TagsAnalysis(("code",) * len(tokens), codes, tokens)
    kinds: list[str] = []
    names_open = False
    for tag in items:
        code = tag.code
        if code in known:
            kinds.append("code")
            names_open = code in codes.names_after
        elif names_open and tag.word:
            kinds.append("name")
        else:
            kinds.append("unknown")
            names_open = False
    return TagsAnalysis(tuple(kinds), codes, tokens)


@analysis
def unknown_runs(context: RuleContext) -> list[tuple[int, int]]:
    """The runs of unknown TAGS tokens, as (first, end) indexes: a run of two or
    more tokens not parted by a comma is free text (``USEU BRUSSELS``), one
    token alone a code the vocabulary does not know (CL602 reports each run once;
    CL603 asks whether a lone one may be a damaged country code).

    Neighbours that each have a code's form (``PINL VN``: a subject TAG's form and
    a country code's) are separate codes the vocabulary lacks, not a phrase: such
    a run is split into its tokens, so each is judged alone."""
    analysed = tags_analysis(context)
    kinds = analysed.kinds
    runs: list[tuple[int, int]] = []
    if "unknown" not in kinds:
        return runs
    codes = analysed.codes
    items = context.document.tags.tags
    index = 0
    while index < len(items):
        if kinds[index] != "unknown":
            index += 1
            continue
        end = index + 1
        while end < len(items) and kinds[end] == "unknown" \
                and "," not in items[end].separator_before:
            end += 1
        if end - index > 1 and all(_code_shaped(codes, tag.code) for tag in items[index:end]):
            runs.extend((single, single + 1) for single in range(index, end))
        else:
            runs.append((index, end))
        index = end
    return runs


def _code_shaped(codes: TagsCodes, word: str) -> bool:
    """``word`` has the form of some TAGS code: a subject, program or regional TAG's
    (:func:`_well_formed`) or a country code's (two capital letters)."""
    return _well_formed(codes, word) or (
        len(word) == 2 and word.isascii() and word.isalpha() and word.isupper())


# ------------------------------------------------------------- unknown tokens judged


class UnknownRun(NamedTuple):
    """A run of unknown TAGS tokens and what to tell the user about it."""

    first: int  # index of its first token in ``Tags.tags``
    end: int  # index after its last
    words: str  # the tokens, space-separated
    message: str  # CL602's message: free text, a likely slip, or an unknown code
    #: a token of a real code's form (four capitals, a category letter first; or X and
    #: a capital) with no likely slip for it: perhaps a real code the vocabulary lacks,
    #: reported by CL607 (off by default) instead of CL602
    unlisted: bool


@analysis
def unknown_tokens(context: RuleContext) -> list[UnknownRun]:
    """Every run of :func:`unknown_runs`, judged once for CL602 and CL607."""
    codes = tags_codes(context)
    items = context.document.tags.tags
    runs: list[UnknownRun] = []
    for index, end in unknown_runs(context):
        words = " ".join(tag.code for tag in items[index:end])
        message = _message(codes, words, end - index, _in_subject(context, words))
        unlisted = end - index == 1 and _well_formed(codes, words) and \
            message.endswith("tags vocabulary")
        runs.append(UnknownRun(index, end, words, message, unlisted))
    return runs


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
    return (f"'{words}' is not a known TAGS code; use a listed code or add it to the "
            "tags vocabulary")




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
