"""The classification banner: level word, caveats, SECTION n OF m, originator, serial."""

from __future__ import annotations

import re

from cablelint.model import Banner, Classification, Section
from cablelint.source import SourceText

_LEVEL_WORDS = {
    "CONFIDENTIAL": "C", "SECRET": "S", "TOPSECRET": "TS", "UNCLAS": "U",
    "UNCLASSIFIED": "U", "LIMITEDOFFICIALUSE": "SBU",
}

def _letters(word: str) -> str:
    """Regex for a level word whose letters may be separated by one space."""
    return " ?".join(word)


_LEVEL = "|".join(
    [f"(?:{w[0]} ?)?{_letters(w)}" for w in ("CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS")]
    + [r"T ?O ?P\s+" + _letters("SECRET"),
       _letters("LIMITED") + r"\s+" + _letters("OFFICIAL") + r"\s+" + _letters("USE")])
_BANNER = re.compile(
    rf"(?P<level>{_LEVEL})\b(?P<caveats>(?:\s*//?\s*[A-Z]+|\s+E ?F ?T ?O\b)*)"
    r"(?:\s+(?P<section>SECTION\s+(?P<number>\d{1,3})\s+OF\s+(?P<total>\d{1,3})))?"
    r"\s+(?P<originator>[A-Z][A-Z .'\-]*?)\s+(?P<serial>\d{3,9})",
    re.IGNORECASE,
)


def normalize_level_word(text: str) -> str:
    """``C O N F I D E N T I A L`` / ``SS E C R E T`` -> ``CONFIDENTIAL`` / ``SECRET``."""
    word = "".join(text.split()).upper()
    for full in _LEVEL_WORDS:
        if word == full or word == full[0] + full:
            return full
    return word


_CAVEAT_SEPARATOR = re.compile(r"[\s/]+")
_EFTO = re.compile(r"E ?F ?T ?O")
_SPACED = re.compile(r"\b[A-Za-z] [A-Za-z] ")
#: A named tuple made without the Python-level ``__new__`` (what ``_make`` does).
_new = tuple.__new__


def parse_banner(source: SourceText, text: str, offset: int) -> Banner | None:
    # nearly every banner starts its line: a match there is what the search finds
    found = _BANNER.match(text) or _BANNER.search(text)
    if found is None:
        return None

    def span(group: str):
        return source.span(offset + found.start(group), offset + found.end(group))

    level_text = found.group("level")
    word = normalize_level_word(level_text)
    level = _LEVEL_WORDS.get(word)
    caveats = tuple(c for c in _CAVEAT_SEPARATOR.split(found.group("caveats").upper()) if c)
    if caveats:
        caveats = tuple("EFTO" if _EFTO.fullmatch(c) else c for c in caveats)
    if word == "LIMITEDOFFICIALUSE":
        caveats = ("LOU", *caveats)
    section = None
    if found.group("section"):
        section = Section(int(found.group("number")), int(found.group("total")), span("section"))
    serial = found.group("serial")
    raw = found.group()
    return _new(Banner, (
        source.span(offset + found.start(), offset + found.end()),  # span
        raw,
        _new(Classification, (level, caveats, raw)),
        level_text,
        span("level"),
        _SPACED.search(level_text) is not None,  # spaced
        section,
        " ".join(found.group("originator").split()).upper(),  # originator
        span("originator"),
        serial,
        int(serial),  # serial_value
        span("serial"),
    ))
