"""The Classified By block: who classified the cable, and for which reasons."""

from __future__ import annotations

import re

from cablelint.model import ClassifiedBy, Reason
from cablelint.source import SourceText

_KEYWORD = re.compile(r"(?:\([^()\n]{1,12}\)\s*)?(?:CLASS?I?FIED\s+BY\s*:?\s*)+", re.IGNORECASE)
# "1.4", "1.5", also broken at a wrap: "Reasons 1. " / "4 (b/d)".
# (The "1" comes before the look-behind, which then looks at the character before
# it, so that the search jumps from one "1" to the next.)
_SECTION = re.compile(r"1(?<![\d.]1)\s*\.\s*(?P<minor>[3-6])(?![\d])")
# One reason letter and the connectors before it: "(b) and (d)", "b/d", "(b,d)",
# "(b & d)", "(b+d)", "(b)and(d)", and the damaged "a nd" / "an d".
_LETTERS = re.compile(
    r"(?:[\s,/;&+)]|and\b|a\s?nd\b|an(?=\s)|or\b|\.(?=\s*\(?[a-h]\b))*"
    r"\(?\s*(?P<letter>[a-z])\s*(?:\)|(?![a-z0-9]))",  # any letter: CL505 judges it
    re.IGNORECASE)
_REASON_WORDS = re.compile(
    r"[\s,.;:]*(?:(?:for|under)\s+)?(?:reasons?|reason\(s\)|reasons?\s*:)?\s*(?:E\.?O\.?\s*1\d{4},?\s*)?$",
    re.IGNORECASE)
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
# Words broken at the telegraph's fixed wrap column: "REAS" / "ONS".
_WRAP_WORDS = ("REASON", "REASONS", "REASON(S)")


def parse_classified_by(source: SourceText, text: str, offset: int) -> ClassifiedBy:
    """Parse the block token (keyword line plus continuation lines)."""
    joined = join_wrapped_lines(text, source.lowered())
    keyword = _KEYWORD.match(joined)
    body = joined[keyword.end():] if keyword else joined
    reasons = _reasons(source, text, offset)
    first_reason = _SECTION.search(body)
    authority = body[: first_reason.start()] if first_reason else body
    authority = _REASON_WORDS.sub("", authority).strip(" ,.;:")
    return ClassifiedBy(source.span(offset, offset + len(text)), text, joined, authority,
                        tuple(reasons))


def join_wrapped_lines(text: str, whole_document: bytes) -> str:
    """One line of text: words split at a wrap are re-joined, other breaks become a space.

    ``whole_document`` is the cable's ASCII-lower-cased text: "Y" / "oung" is
    re-joined when "young" occurs elsewhere in the cable and "y" or "oung" does not.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    joined = lines[0]
    for line in lines[1:]:
        left = joined.rsplit(None, 1)[-1]
        right = line.split(None, 1)[0]
        candidate = left + right
        bare = candidate.strip(".,;:()")
        if bare.upper() in _WRAP_WORDS or (
                bare.isalpha() and len(bare) > 3 and _recurs(bare, whole_document)
                and not (_recurs(left.strip(".,;:()"), whole_document)
                         and _recurs(right.strip(".,;:()"), whole_document))):
            joined += line
        else:
            joined += " " + line
    return joined


def _recurs(word: str, lowered: bytes) -> bool:
    """Does ``word`` occur as a whole word in the lower-cased document?"""
    if len(word) <= 1:
        return False
    needle = word.lower().encode("latin-1", "replace")
    position = lowered.find(needle)
    while position >= 0:
        end = position + len(needle)
        if (position == 0 or lowered[position - 1] not in _WORD_BYTES) and (
                end == len(lowered) or lowered[end] not in _WORD_BYTES):
            return True
        position = lowered.find(needle, position + 1)
    return False


def _reasons(source: SourceText, text: str, offset: int) -> list[Reason]:
    reasons = []
    for section in _SECTION.finditer(text):
        position = section.end()
        letters: list[str] = []
        end = position
        while True:
            found = _LETTERS.match(text, position)
            if found is None:
                break
            letter = found.group("letter").lower()
            if letter not in letters:
                letters.append(letter)
            position = end = found.end()
        reasons.append(Reason(f"1.{section.group('minor')}", tuple(letters),
                              source.span(offset + section.start(), offset + end)))
    return reasons
