"""CL502 classifier-identity."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.authority import AuthorityTables, authority, tables
from cablelint.diagnostics import Diagnostic
from cablelint.fields.redaction import removal_note
from cablelint.fields.spelling import one_edit_apart
from cablelint.rules.base import Rule, RuleContext


class ClassifierIdentity(Rule):
    """The Classified By block names the classifier (a name or identifier) and
    the classifier's position.

    Position words (Ambassador, DCM, Political Counselor, Director, INR/OPS
    ...) come from ``rules/executive-orders.json``; any other capitalised word
    or a redaction run (``XXXXXXXXXXXX``) counts as a name; in a block written
    all in lower case ("cda jane q. roe") any word that is not a position
    counts.  Not reported for a derivative classification ("Classified By:
    Derived from Multiple Sources"), which cites its sources instead of a
    classifier.

    Why: the block must let a reader identify the original classification
    authority; "Ambassador" alone names no one, a bare name gives no authority.
    A warning: telling a name from a position is a heuristic over word lists.
    A block cut off with "..." (``ClassifiedBy.truncated``) is not judged: its
    classifier may be cut short too.  Nor is a classifier the publisher replaced
    by a removal note ("Classified By: [TEXT REMOVED BY AFTENPOSTEN ]", read by
    :func:`cablelint.fields.redaction.removal_note`): it is redacted, not unnamed.

    Source: 32 CFR 2001.21(a)(1)-(2) (2004).

    Bad:
        Classified By: Ambassador, reasons 1.4 (b) and (d).
        Classified By: Jane Roe, reasons 1.4 (b) and (d).

    Good:
        Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d).

    Fix: add the missing name or position.
    """

    code = "CL502"
    name = "classifier-identity"
    summary = "The Classified By block lacks the classifier's name or position"
    severity = "warning"
    basis = "heuristic"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = authority(context).block
        if block is None or block.derived is not None or block.truncated is not None:
            # "Derived from Multiple Sources" names sources, not a classifier; a block
            # cut off with "..." may have its classifier cut too
            return
        span = block.authority_span
        if span is None:
            yield context.report(block.span, "the Classified By block names no classifier; "
                                 "give the name and position")
            return
        if removal_note(block.authority, 0, len(block.authority)) is not None:
            # "[TEXT REMOVED BY AFTENPOSTEN ]": the publisher removed the classifier,
            # name and title both; nothing is left to judge
            return
        has_name, has_position = _identity(block.authority, tables(context))
        if has_name and has_position:
            return
        text = context.text[span.start:span.end]
        if not has_name and not has_position:
            message = f"'{text}' is neither a name nor a position; give both"
        elif not has_name:
            message = f"'{text}' names a position but no person; add the classifier's name"
        else:
            message = f"'{text}' names a person but no position; add the classifier's title"
        yield context.report(span, message)


_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019./+-]*")
_IDENTITIES: dict[tuple[str, int], tuple[bool, bool]] = {}


#: A title written as run-together capitalised abbreviations: "PolMilCouns".
_CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,}")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def _run_together_position(word: str, positions: frozenset[str]) -> bool:
    """Whether ``word`` is a title run together from position words, each part
    capitalised ("PolMilCouns", "DepPolCouns", "EconOff").

    Why: posts abbreviate the classifier's title this way before the name; read
    word by word it looked like a surname, so the block seemed to lack a position.
    A name's parts (McDonald, DeMarco) are not position words.
    """
    if not _CAMEL.fullmatch(word):
        return False
    return all(part.lower() in positions for part in _CAMEL_PART.findall(word))


#: the shortest position word whose one-letter typo is still read as it: shorter
#: words ("consul", "chief") lie one letter from common surnames
_TYPO_MIN = 8


def _misspelt_title(text: str, positions: frozenset[str]) -> bool:
    """Whether the classifier's title is there but misspelt by one letter
    ("Richard Olson, Ambasador", 10ABUDHABI69, fresh-15 A104): a word one letter
    from a position word of _TYPO_MIN letters or more, standing where a title
    stands -- first, or after a comma -- never right after a given name, where a
    surname stands ("Jane Minster" keeps its surname).

    Why only then: a typo'd title read as a surname made the rule ask for a
    title the block has.  Asked only of a block with a name and no position.
    """
    long_titles = [title for title in positions if len(title) >= _TYPO_MIN and title.isalpha()]
    for match in _WORD.finditer(text):
        before = text[:match.start()].rstrip()
        if before and not before.endswith((",", ";")):
            continue
        word = match.group().lower().strip(".,;:'\u2019")
        if len(word) >= _TYPO_MIN - 1 and any(
                one_edit_apart(word, title) for title in long_titles):
            return True
    return False


def _identity(text: str, data: AuthorityTables) -> tuple[bool, bool]:
    """(names someone, names a position) for the classifier text of a block."""
    key = (text, id(data))
    known = _IDENTITIES.get(key)
    if known is not None:
        return known
    has_position = has_name = False
    positions, non_names = data.position_words, data.non_name_words
    # a block written all in lower case ("cda jane q. roe") names a person in
    # lower case too: its words are read without their case
    lowered = not any(map(str.isupper, text))
    for word in _WORD.findall(text):
        lower = word.lower()
        bare = lower.strip(".,;:'\u2019")
        if bare in positions or lower.rstrip(".") in positions:
            has_position = True
        elif "/" in bare and len(bare) > 2:
            has_position = True  # an office: INR/OPS, EUR/PRA, POL/C
        elif _run_together_position(word, positions):
            has_position = True
        elif bare in non_names or (len(bare) < 2 and not word.endswith(".")):
            continue
        elif word[0].isupper() or word[0] in "Xx" or lowered:
            has_name = True
    if "xxxx" in text.lower() or any(map(str.isdigit, text)):
        has_name = True  # a redacted name or a classifier identifier
    if has_name and not has_position:
        has_position = _misspelt_title(text, positions)
    if len(_IDENTITIES) < 4096:
        _IDENTITIES[key] = (has_name, has_position)
    return has_name, has_position
