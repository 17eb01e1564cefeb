"""The classification banner: level word, caveats, SECTION n OF m, originator, serial.

Also the one reader of a level word written alone (:func:`read_level_word`):
the banner's, a closing classification line's (``C O N F I D E N T I A L``
at the end of the text, :func:`parse_classification_line`) and a metadata
label's (``SECRET//NOFORN``, :func:`read_label`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cablelint.diagnostics import new_tuple
from cablelint.fields.line_end import without_line_end_backslash
from cablelint.model import Banner, Classification, ClassificationLine, Section
from cablelint.source import SourceText

#: The level words with their blanks removed, and their level codes.
LEVEL_WORDS = {
    "CONFIDENTIAL": "C", "SECRET": "S", "TOPSECRET": "TS", "UNCLAS": "U",
    "UNCLASSIFIED": "U", "LIMITEDOFFICIALUSE": "SBU",
}
#: every byte but the ASCII capitals, deleted by ``bytes.translate`` (see _capitals)
_NOT_CAPITAL = bytes(byte for byte in range(256) if not 65 <= byte <= 90)
#: every byte but the ASCII letters
_NOT_LETTER = bytes(byte for byte in range(256) if not (65 <= byte <= 90 or 97 <= byte <= 122))
#: the most letters a level word is read from (the longest, its initial doubled)
_MAX_LEVEL_LETTERS = max(map(len, LEVEL_WORDS)) + 1
#: a longer line is no level word ("L I M I T E D  O F F I C I A L  U S E" has 38
#: characters): tested before the line, often a whole paragraph, is squeezed
_MAX_LEVEL_LINE = 60
_CLOSING_WINDOW = 4  # the closing line is among the last four lines of the text


class LevelWord(NamedTuple):
    """A level word as read: ``SS E C R E T`` is SECRET with its initial doubled."""

    word: str  # blanks removed: "CONFIDENTIAL", "TOPSECRET"
    level: str  # U, SBU, C, S, TS
    doubled_initial: bool
    dropped_initial: bool = False  # the first letter lost ("E C R E T"): banners only


def read_level_word(text: str) -> LevelWord | None:
    """The level word ``text`` spells and nothing else, in any case, its letters
    spaced or not, other characters ignored (``-- SECRET --``), the first letter
    possibly doubled (extraction damage); None for any other text."""
    if len(text) > _MAX_LEVEL_LETTERS and \
            len(text.encode("ascii", "ignore").translate(None, _NOT_LETTER)) > _MAX_LEVEL_LETTERS:
        # more ASCII letters than any level word has (each one a capital after
        # upper-casing): told without upper-casing a line that may be a paragraph
        return None
    word = _capitals(text)
    level = LEVEL_WORDS.get(word)
    if level is not None:
        return new_tuple(LevelWord, (word, level, False, False))
    if len(word) > 2 and word[0] == word[1]:
        level = LEVEL_WORDS.get(word[1:])
        if level is not None:
            return new_tuple(LevelWord, (word[1:], level, True, False))
    return None


def _capitals(text: str) -> str:
    """The ASCII capitals of ``text.upper()``, all else dropped ("-- S e c r e t --"
    -> "SECRET").

    In C passes (non-ASCII characters are no capital: dropped by the encoding)
    rather than a ``re.sub`` of the runs between letters, which builds a piece
    per word: the trailer asks this of lines a whole paragraph long.
    """
    return text.upper().encode("ascii", "ignore").translate(None, _NOT_CAPITAL).decode()


def parse_classification_line(source: SourceText) -> ClassificationLine | None:
    """The closing classification: the last line that spells only a level word
    (first letter not doubled) among the last four lines of the text, blank
    lines counted.  The viewer text keeps it in few cables: after the sign-off
    (``LAINGEN`` / ``CONFIDENTIAL``), or below a paragraph whose sign-off is glued."""
    texts = source.texts
    last = len(texts)
    while last > 0 and not texts[last - 1].strip():
        last -= 1
    for index in range(last - 1, max(last - _CLOSING_WINDOW, 0) - 1, -1):
        raw = texts[index]
        if len(raw) > _MAX_LEVEL_LINE and len(raw.strip()) > _MAX_LEVEL_LINE:
            continue
        text = raw.strip()
        letters = text.replace(" ", "").upper()
        if not text or (letters.isalpha() and letters not in LEVEL_WORDS) or "C" not in letters:
            continue  # the usual last lines: a name, "NNNN"; every level word has a C
        found = read_level_word(text)
        if found is not None and not found.doubled_initial:
            start = source.starts[index] + texts[index].index(text)
            return ClassificationLine(source.span(start, start + len(text)), text, found.level,
                                      found.word)
    return None


class Label(NamedTuple):
    """A classification label such as the cable viewer's ``SECRET//NOFORN``."""

    level: str  # the level as written, upper case, blanks normalized: "SECRET"
    controls: tuple[str, ...]  # the parts after it: ("NOFORN",), ("FOR OFFICIAL USE ONLY",)


def read_label(label: str) -> Label:
    """``SECRET//NOFORN`` -> ("SECRET", ("NOFORN",)); parts split at ``//``."""
    head, *rest = (" ".join(part.split()) for part in label.upper().split("//"))
    return Label(head, tuple(rest))

def _letters(word: str) -> str:
    """Regex for a level word whose letters may be separated by one space."""
    return " ?".join(word)


def _initial_damaged(word: str) -> str:
    """Regex for a level word whose first letter may be doubled (``SS E C R E T``)
    or lost (``E C R E T``): extraction damage the banner survives."""
    return f"(?:{word[0]} ?){{0,2}}{_letters(word[1:])}"


# The one recogniser of the banner (the grammar declares BANNER and names
# find_banner): level word, caveats, SECTION n OF m, originator and serial.
_LEVEL = "|".join(
    [_initial_damaged(w) for w in ("CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS")]
    + [r"T ?O ?P\s+" + _letters("SECRET"),
       _letters("LIMITED") + r"\s+" + _letters("OFFICIAL") + r"\s+" + _letters("USE")])
_BANNER = re.compile(
    rf"(?P<level>{_LEVEL})\b(?P<caveats>(?:\s*//?\s*[A-Z]+|\s+E ?F ?T ?O\b)*)"
    r"(?:\s+(?P<section>SECTION\s+(?P<number>\d{1,3})\s+OF\s+(?P<total>\d{1,3})))?"
    # (the originator may be lost, written ">": see Banner.originator_lost; its words
    # are taken whole: read up to any blank, before the blanks of "\s+", a long run
    # of blanks was tried at every split, quadratic time)
    r"\s+(?P<originator>[A-Z][A-Z.'\-]*(?: +[A-Z.'\-]+)*?|>)\s+(?P<serial>\d{3,9})(?!\d)",
    re.IGNORECASE,
)
# A banner run onto the end of another line (the line break was lost, sometimes
# with the blank after the level's first letter: "...WASHDCCO N F I D E N T I A L"):
# only the spaced level words and UNCLAS are told from text this way.
# A SMART copy's lower-case banner may be glued so too ("...PRIORITYS e c r e t
# section 01 of 02 baku 000020"): its level word spaced, the banner ending the line.
# The spaced level word may have lost its first letter as well ("...IRAN
# COLLECTIVEO N F I D E N T I A L SECTION 01 OF 04 PARIS 004247", 06AMMAN3564,
# fresh-15 A175: issue #12 names both damages): its spaced rest is told from text
# alone, and the banner pattern reads the initial as lost.
_GLUED_LEVEL = re.compile(r"(?:C ?)?O N F I D E N T I A L|(?:S ?)?E C R E T|UNCLAS\b"
                          r"|(?P<lower>(?:[Cc] ?)?o n f i d e n t i a l|(?:[Ss] ?)?e c r e t)")
# Letters a banner can start with: the level words' initials, and their second
# letters for a lost initial, in any case (U+017F, long s, is an "s" under IGNORECASE).
_BANNER_FIRST = frozenset("CSTLUEON" + "cstlueon" + "\u017f")
_LOWER = re.compile(r"[a-z]")


class BannerPlace(NamedTuple):
    """Where the banner is on its line (0-based columns, end exclusive)."""

    start: int  # after the text glued before it, else after the indentation
    end: int  # after the serial; captions or header fields may be run on after it
    glued: bool  # other text precedes it on the line
    #: the banner regex's match on the line (spans ``start:end``), read again by
    #: :func:`parse_banner` instead of matching the banner a second time
    found: re.Match[str] | None = None


def find_banner(line: str) -> BannerPlace | None:
    """The banner on ``line`` (right-stripped): at its start, perhaps with its level
    word's first letter doubled or lost and text run on after the serial (captions,
    the rest of a flattened header: then the banner must be in upper case, as
    every flattened header is), or glued to the end of text before it (routing
    whose line break was lost).  None when the line holds no banner."""
    first = line[:1]
    indent = 0
    if first == " " or first == "\t":  # (rare: the first character is read once)
        indent = len(line) - len(line.lstrip())
        first = line[indent:indent + 1]
    if first in _BANNER_FIRST:
        found = _BANNER.match(line, indent)
        if found is not None and (found.end() == len(line) or not _LOWER.search(found.group())):
            return BannerPlace(indent, found.end(), False, found)
    # (the glued level words' hints written out: this runs for every line above the text)
    if "O N F" in line or "E C R" in line or "UNCLAS" in line or "e c r" in line \
            or "o n f" in line:
        glued = _GLUED_LEVEL.search(line, indent + 1)
        if glued is not None:
            found = _BANNER.match(line, glued.start())
            if found is not None and (not _LOWER.search(found.group()) or (
                    glued.group("lower") and found.end() == len(line))):
                return BannerPlace(glued.start(), found.end(), True, found)
    return None


def is_banner_line(line: str) -> bool:
    """True when ``line`` is a banner and nothing else (a pseudo banner, a banner
    printed again with the header)."""
    place = find_banner(line)
    return place is not None and not place.glued and place.end == len(line.rstrip())


def banner_section(line: str) -> int | None:
    """The section number of ``line`` when it is a banner with ``SECTION n OF m``
    and nothing else (a later section's banner printed again in the body with its
    header); None otherwise."""
    if not is_banner_line(line):
        return None
    found = _BANNER.match(line.strip())
    return int(found.group("number")) if found is not None and found.group("number") else None


def read_banner_level(text: str) -> LevelWord | None:
    """A banner's level word as :func:`read_level_word` reads it, and also with its
    first letter lost (``E C R E T``: ``dropped_initial``)."""
    found = read_level_word(text)
    if found is not None:
        return found
    word = _capitals(text)
    for full, level in LEVEL_WORDS.items():
        if full[1:] == word:
            return new_tuple(LevelWord, (full, level, False, True))
    return None


_CAVEAT_SEPARATOR = re.compile(r"[\s/]+")
_EFTO = re.compile(r"E ?F ?T ?O")
_SPACED_EFTO = re.compile(r"\bE F T O\b")
_SPACED = re.compile(r"\b[A-Za-z] [A-Za-z] ")


def parse_banner(source: SourceText, text: str, offset: int,
                 place: BannerPlace | None = None) -> Banner | None:
    """The banner in ``text`` (at ``offset`` in the source), or None.

    ``place``: :func:`find_banner`'s answer for the line ``text`` was cut from
    (``line[place.start:place.end]``), whose match is read instead of matching
    ``text`` again: the same match, as the pattern looks at no character
    outside the text it matches except the ``(?!\\d)`` after the serial, which
    holds on the line as at the end of ``text``."""
    if place is not None and place.found is not None:
        found = place.found
        offset -= place.start  # the match's positions count from the line's start
    else:
        # nearly every banner starts its line: a match there is what the search finds
        found = _BANNER.match(text) or _BANNER.search(text)
        if found is None:
            return None

    def span(group: str):
        return source.span(offset + found.start(group), offset + found.end(group))

    level_text = found.group("level")
    read = read_banner_level(level_text)
    word, level = (read.word, read.level) if read is not None else ("", None)
    caveat_text = found.group("caveats").upper()
    if "E F" in caveat_text:  # "UNCLAS E F T O ...": one caveat, not four letters
        caveat_text = _SPACED_EFTO.sub("EFTO", caveat_text)
    caveats = tuple(c for c in _CAVEAT_SEPARATOR.split(caveat_text) if c)
    if caveats:
        caveats = tuple("EFTO" if _EFTO.fullmatch(c) else c for c in caveats)
    if word == "LIMITEDOFFICIALUSE":
        caveats = ("LOU", *caveats)
    section = None
    if found.group("section"):
        section = Section(int(found.group("number")), int(found.group("total")), span("section"))
    serial = found.group("serial")
    raw = found.group()
    return new_tuple(Banner, (
        source.span(offset + found.start(), offset + found.end()),  # span
        raw,
        new_tuple(Classification, (level, caveats, raw)),
        level_text,
        span("level"),
        _SPACED.search(level_text) is not None,  # spaced
        section,
        " ".join(found.group("originator").split()).upper(),  # originator
        span("originator"),
        serial,
        int(serial),  # serial_value
        span("serial"),
        word,  # level_word
        read is not None and read.doubled_initial,
        read is not None and read.dropped_initial,
        None,  # text_before: see with_glued_text
        None,  # text_after
        found.group("originator") == ">",  # originator_lost
    ))


def with_glued_text(source: SourceText, banner: Banner) -> Banner:
    """``banner`` with the spans of the text glued to it on its line: before it
    (routing whose line break was lost) and after its serial (captions, a
    flattened header).  Only the cable's banner is read so: a page header's
    banner is part of its page-break line."""
    index = banner.span.line - 1
    line = without_line_end_backslash(source.texts[index].rstrip())
    first = banner.span.column - 1
    if banner.span.end_column - 1 == len(line) and not line[:first].strip():
        return banner  # the banner has its line to itself: nearly every cable
    start = source.starts[index]
    head = len(line[:first]) - len(line[:first].lstrip())
    before = source.span(start + head, start + len(line[:first].rstrip())) \
        if line[:first].strip() else None
    last = banner.span.end_column - 1
    tail = line[last:]
    after = source.span(start + len(line) - len(tail.lstrip()), start + len(line)) \
        if tail.strip() else None
    if before is None and after is None:
        return banner
    return banner._replace(text_before=before, text_after=after)
