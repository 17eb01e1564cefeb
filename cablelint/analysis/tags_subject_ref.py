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
    CL603 asks whether a lone one may be a damaged country code)."""
    kinds = tags_analysis(context).kinds
    runs: list[tuple[int, int]] = []
    if "unknown" not in kinds:
        return runs
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
        runs.append((index, end))
        index = end
    return runs
