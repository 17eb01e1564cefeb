"""The Classified By block: who classified the cable, and for which reasons."""

from __future__ import annotations

import re

from cablelint.model import ClassifiedBy, Reason
from cablelint.source import SourceText

_KEYWORD = re.compile(r"(?:CLASS?I?FIED\s+BY\s*:?\s*)+", re.IGNORECASE)
_SECTION = re.compile(r"(?<![\d.])1\s?\.\s?(?P<minor>[3-6])(?![\d])")
_LETTERS = re.compile(
    r"(?:\s*(?:and|an(?=\s)|or|&|,|/|;|\.(?=\s*\(?[a-h]\b))\s*)*\s*\(?\s*(?P<letter>[a-hA-H])\s*\)?(?![A-Za-z0-9])",
    re.IGNORECASE)
_REASON_WORDS = re.compile(
    r"[\s,.;:]*(?:(?:for|under)\s+)?(?:reasons?|reason\(s\)|reasons?\s*:)?\s*(?:E\.?O\.?\s*1\d{4},?\s*)?$",
    re.IGNORECASE)
# Words broken at the telegraph's fixed wrap column: "REAS" / "ONS".
_WRAP_WORDS = ("REASON", "REASONS", "REASON(S)")


def parse_classified_by(source: SourceText, text: str, offset: int) -> ClassifiedBy:
    """Parse the block token (keyword line plus continuation lines)."""
    joined = _join_lines(text, source.text)
    keyword = _KEYWORD.match(joined)
    body = joined[keyword.end():] if keyword else joined
    reasons = _reasons(source, text, offset)
    first_reason = _SECTION.search(body)
    authority = body[: first_reason.start()] if first_reason else body
    authority = _REASON_WORDS.sub("", authority).strip(" ,.;:")
    return ClassifiedBy(source.span(offset, offset + len(text)), text, joined, authority,
                        tuple(reasons))


def _join_lines(text: str, whole_document: str) -> str:
    """One line of text: words split at a wrap are re-joined, other breaks become a space."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    joined = lines[0]
    for line in lines[1:]:
        left = re.search(r"(\S+)$", joined).group(1)
        right = re.match(r"\S+", line).group()
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


def _recurs(word: str, text: str) -> bool:
    if len(word) <= 1:
        return False
    return bool(re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))


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
