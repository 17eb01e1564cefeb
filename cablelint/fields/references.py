"""The REF block: lettered or single references and their canonical cable ids."""

from __future__ import annotations

import re

from cablelint.model import Reference, References
from cablelint.source import SourceText

_KEYWORD = re.compile(r"(?P<keyword>REFS?)\s*:?\s*", re.IGNORECASE)
# An item label at the start of the block or of a line: "A.", "¶B.", "(C)", "D)".
_LABEL = re.compile(r"[ \t]*(?P<pilcrow>\u00b6\s?)?(?:\((?P<p>[A-Za-z])\)|(?P<l>[A-Za-z])[.)])\s+")
_INLINE_LABEL = re.compile(
    r"(?<=[\s;,])(?P<pilcrow>\u00b6\s?)?(?:\((?P<p>[A-Z])\)|(?P<l>[A-Z])[.)])\s+")
_CABLE_ID = re.compile(
    r"(?:(?P<year>\d{2})\s+)?(?P<origin>[A-Z][A-Z.' ]*?[A-Z])\s+0*(?P<number>\d{1,6})\b")
# Cable ids name the Department "STATE" however the reference spells it.
_ORIGIN_ALIASES = {"SECSTATE": "STATE", "SECSTATEWASHDC": "STATE", "DEPT": "STATE"}
_NOT_ORIGINS = {"FAM", "IIR", "TELCON", "MEMCON", "EMAIL", "E-MAIL", "FAH", "USC", "CFR", "UNSCR",
                "RES", "RESOLUTION", "NSPD", "PD", "HSPD", "PAGE", "PARA", "NO"}


def parse_references(source: SourceText, text: str, offset: int,
                     cable_year: int | None) -> References:
    keyword = _KEYWORD.match(text)
    start = keyword.end() if keyword else 0
    line_starts = [start] + [i + 1 for i, ch in enumerate(text) if ch == "\n" and i >= start]
    labels = _sequential([m for m in (_LABEL.match(text, p) for p in line_starts) if m])
    if len(labels) < 2:
        inline = _sequential([m for m in _INLINE_LABEL.finditer(" " + text[start:])])
        if len(inline) >= 2:
            labels = [_Shifted(m, start - 1) for m in inline]
    items: list[Reference] = []
    if labels:
        for index, label in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
            item_text = text[label.end():end]
            letter = (label.group("p") or label.group("l")).upper()
            items.append(_reference(source, offset, label.start(), end, item_text, letter,
                                    bool(label.group("pilcrow")), cable_year))
    else:
        for part in re.finditer(r"[^;\n]+", text[start:]):
            if part.group().strip():
                items.append(_reference(source, offset, start + part.start(), start + part.end(),
                                        part.group(), None, False, cable_year))
    return References(source.span(offset, offset + len(text)), text,
                      keyword.group("keyword") if keyword else "", tuple(items))


class _Shifted:
    """A label match found in a shifted string, with offsets mapped back."""

    def __init__(self, match: re.Match[str], shift: int) -> None:
        self._match, self._shift = match, shift

    def start(self) -> int:
        return self._match.start() + self._shift

    def end(self) -> int:
        return self._match.end() + self._shift

    def group(self, name: str) -> str | None:
        return self._match.group(name)


def _sequential(labels: list) -> list:
    """Keep labels that run A, B, C ... (a stray "I." in text is not an item)."""
    kept = []
    expected = "A"
    for label in labels:
        letter = (label.group("p") or label.group("l")).upper()
        if letter == expected:
            kept.append(label)
            expected = chr(ord(expected) + 1)
        elif kept and letter == chr(ord(expected) - 1):
            kept.append(label)  # a repeated letter is kept; CL606 reports it
    return kept


def _reference(source: SourceText, offset: int, start: int, end: int, item_text: str,
               letter: str | None, pilcrow: bool, cable_year: int | None) -> Reference:
    clean = " ".join(item_text.split())
    while end > start and source.text[offset + end - 1].isspace():
        end -= 1
    return Reference(source.span(offset + start, offset + end), letter, clean,
                     canonical_id(clean, cable_year), pilcrow)


def canonical_id(text: str, cable_year: int | None) -> str | None:
    """``05 KIEV 4590`` -> ``05KIEV4590``; ``KIEV 1186`` in a 2006 cable -> ``06KIEV1186``."""
    found = _CABLE_ID.match(text.upper())
    if found is None:
        return None
    origin = found.group("origin").replace(" ", "").replace(".", "")
    origin = _ORIGIN_ALIASES.get(origin, origin)
    if origin in _NOT_ORIGINS or len(origin) < 3:
        return None
    year = found.group("year")
    if year is None:
        if cable_year is None:
            return None
        year = f"{cable_year % 100:02d}"
    return f"{year}{origin}{int(found.group('number'))}"
