"""Portion marks: ``(C)``, ``(S//NF)``, ``(C/REL NATO)``, ``(U//FOUO)`` and damaged forms."""

from __future__ import annotations

import re

from cablelint.diagnostics import Span, new_tuple
from cablelint.model import PortionMark
from cablelint.source import SourceText

_LEVELS = {"U": "U", "SBU": "SBU", "C": "C", "S": "S", "TS": "TS", "LOU": "SBU", "FOUO": "SBU",
           "UNCLASSIFIED": "U", "UNCLAS": "U", "CONFIDENTIAL": "C", "CON": "C", "SECRET": "S",
           "TOP SECRET": "TS"}
_CAVEATS = {"NF": "NF", "NOFORN": "NF", "FOUO": "FOUO", "FGI": "FGI", "ORCON": "ORCON",
            "OC": "ORCON", "PROPIN": "PROPIN", "EXDIS": "EXDIS", "NODIS": "NODIS",
            "SBU": "SBU", "SENSITIVE": "SBU", "LIMDIS": "LIMDIS"}
# A parenthesised mark at the very start: "(C)", "(S/NF)", "(C - ENTIRE TEXT)".
_MARK = re.compile(r"\s*(\(([^()\n]{1,60})\))")
# A long release list, too long for _MARK or wrapped onto the next line:
# "(S//REL AFGHANISTAN, KYRGYZSTAN, ... / TURKMENISTAN, UZBEKISTAN)".  Only
# tried where _MARK fails, so on the source text (the line holds only a part).
_LONG_RELEASE = re.compile(r"[ \t]*(\(((?:U|SBU|C|S|TS)[ \t]*/{1,2}(?:[ \t]*[A-Z]+[ \t]*/{1,2})*"
                           r"[ \t]*REL\b[^()\n]{1,200}(?:\r?\n[^()\n]{1,200})?)\))")
# A level and a control run together: "(SNF)" for "(S/NF)".
_GLUED_CONTROL = re.compile(r"(SBU|TS|U|C|S)(NF|NOFORN|ORCON|FOUO)")
_SLASHES = re.compile(r"/{1,2}")
_REL_PREFIX = re.compile(r"^REL(?:EASABLE)?\s*(?:TO\s*)?")
_PARTY_SEPARATOR = re.compile(r"[,\s]+(?:AND\s+)?")
# Damaged form with the opening parenthesis lost: "C)".
_OPEN_LOST = re.compile(r"\s*((U|SBU|C|S|TS)\))(?=\s|$)")
# An unknown letter or two where the level belongs, before a known control:
# "(A/NF)" among (C/NF) paragraphs (06BEIRUT2541).
_UNKNOWN_LEVEL = re.compile(r"\s*[A-Z]{1,2}(?=\s*/)")
_LEVEL_HEAD = re.compile(r"\s*(TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS"
                         r"|CON|SBU|LOU|FOUO|TS|U|C|S)?"
                         r"(?=\s*(?:/|-|$))", re.IGNORECASE)


def parse_portion_mark(source: SourceText, text: str, offset: int,
                       position: int = 0, line: int | None = None,
                       column: int = 0) -> PortionMark | None:
    """The portion mark at ``text[position:]`` after white space, if any.

    ``text`` starts at ``offset`` in the source.  Taking a position instead of
    a slice avoids copying whole paragraphs just to look at their first bytes.
    ``line`` and ``column`` (1-based), when given, say where ``text`` starts:
    a mark on that line gets its span without a search in the line table.
    """
    found = _MARK.match(text, position)
    if found is None and "(" in text[position:position + 4]:
        found = _LONG_RELEASE.match(source.text, offset + position)
        if found is not None:
            parts = _mark_parts(found.group(2))
            if parts is None:
                return None
            return new_tuple(PortionMark, (source.span(*found.span(1)), found.group(1), *parts))
        found = None
    if found is None:
        lost = _OPEN_LOST.match(text, position)
        if lost is None:
            return None
        level = lost.group(2)
        span = source.span(offset + lost.start(1), offset + lost.end(1))
        return PortionMark(span, lost.group(1), level, (), (), None, level, False)
    raw, body = found.group(1, 2)
    parts = _COMMON_MARKS.get(body)
    if parts is None:
        parts = _mark_parts(body)
        if parts is None:
            return None
    first, last = found.span(1)
    if line is not None and "\n" not in (head := text[:last]) and "\r" not in head:
        span = new_tuple(Span, (line, column + first, line, column + last, offset + first,
                           offset + last))
    else:
        span = source.span(offset + first, offset + last)
    return new_tuple(PortionMark, (span, raw, *parts))




#: What a mark says besides where it is: level, caveats, release list, separator,
#: normalized form, well-formedness.
_MarkParts = tuple[str | None, tuple[str, ...], tuple[str, ...], str | None, str, bool]


def _mark_parts(body: str) -> _MarkParts | None:
    """Read the text between the parentheses; None when it is no portion mark."""
    head = _LEVEL_HEAD.match(body)
    if head is None:
        cut = truncated_level(body)
        if cut is not None:
            return cut, (), (), None, cut, False
        glued = split_glued_control(body)
        if glued is None:
            return unknown_level(body)
        level, control = glued
        return level, (_CAVEATS[control],), (), None, f"{level}//{_CAVEATS[control]}", False
    level_text = (head.group(1) or "").upper()
    rest = body[head.end():].strip()
    if not level_text and not rest.startswith("/"):
        return None
    level = _LEVELS.get(level_text) if level_text else None
    separator = None
    caveats: list[str] = []
    release: list[str] = []
    well_formed = bool(level) and head.group(1) == level_text and level_text in (
        "U", "SBU", "C", "S", "TS")
    if rest.startswith("-"):
        # whole-text statement "(C - ENTIRE TEXT)"
        caveats.append(rest.lstrip("- ").upper())
        well_formed = False
    elif rest:
        separator = "//" if rest.startswith("//") else "/"
        for part in _SLASHES.split(rest):
            part = part.strip()
            if not part:
                continue
            upper = part.upper()
            if upper.startswith("REL"):
                parties = _REL_PREFIX.sub("", upper).strip()
                names = _PARTY_SEPARATOR.split(parties)
                release.extend(name.strip() for name in names if name.strip())
                caveats.append("REL TO " + ", ".join(p.strip() for p in parties.split(",")))
                if part != upper:
                    well_formed = False
            else:
                caveats.append(_CAVEATS.get(upper, upper))
                if part != upper:
                    well_formed = False
    normalized = "//".join([level or "", *caveats]) if caveats else (level or "")
    return level, tuple(caveats), tuple(release), separator, normalized, well_formed


def unknown_level(body: str) -> _MarkParts | None:
    """A mark whose level is no level, before known controls (``A/NF``): read as
    a mark without a level (like ``/NF``), or None when it is no mark.

    Why: "(A/NF)" among (C/NF) paragraphs (06BEIRUT2541, fresh-8 audit) is a mark
    with its level damaged; read as no mark, CL301 reported an unmarked paragraph
    (an error) where CL302 should report the malformed mark.  Only one or two
    capitals and controls the table knows: "(EU/NATO)" stays text.
    """
    found = _UNKNOWN_LEVEL.match(body)
    if found is None:
        return None
    rest = body[found.end():]
    parts = [part.strip() for part in _SLASHES.split(rest) if part.strip()]
    if not parts or any(part not in _CAVEATS for part in parts):
        return None
    return _mark_parts(rest.strip())


#: Levels that lost their last letter, as written between the parentheses.
_TRUNCATED_LEVELS = {"SB": "SBU"}


def truncated_level(body: str) -> str | None:
    """The level a mark cut short names (``SB``: ``SBU``), or None.

    Why: "(SB)" among (SBU) paragraphs (08BEIJING3060) is a mark that lost a
    letter; read as no mark, CL301 reported an unmarked paragraph (an error) and
    advised adding a mark beside the one that is there.
    """
    return _TRUNCATED_LEVELS.get(body)


def split_glued_control(body: str) -> tuple[str, str] | None:
    """A mark's level and control written with no separator (``SNF``: ``S``, ``NF``), or None.

    The one reading of that damage: the mark parser takes such a mark as a
    malformed one (not as no mark), and CL302 restores the separator.
    """
    found = _GLUED_CONTROL.fullmatch(body)
    return (found.group(1), found.group(2)) if found is not None else None


#: The marks nearly every paragraph carries, read once at import: a cable has
#: a dozen marks and reading one costs as much as the rest of its paragraph.
_COMMON_MARKS: dict[str, _MarkParts | None] = {
    body: _mark_parts(body) for body in ("C", "S", "SBU", "U", "S/NF", "C/NF", "S//NF", "C//NF",
                                         "TS", "U//FOUO", "SBU/NF", "C/REL NATO")}


def abbreviates_words_before(text: str, line_start: int, raw: str) -> bool:
    """Is the mark ``raw`` opening the line at ``line_start`` the abbreviation of
    the words ending the line above ("the Technical Secretariat" / "(TS)
    necessitated ...", 04THEHAGUE2698)?  Then it is no portion mark: a sentence
    runs on through it.  Told by a mark of two letters or more in bare
    parentheses, a line above that ends in a word (no full stop, colon or rule)
    and the initials of its last capitalised words spelling the mark; a
    one-letter mark ("SUMMARY" / "(S)") is never read as an abbreviation.
    Asked only of a mark that opens a line (a few per cable)."""
    letters = raw[1:-1]
    if len(letters) < 2 or not letters.isalpha() or raw[-1] != ")" or line_start < 2:
        return False
    words = _line_above(text, line_start).split()
    if len(words) < len(letters) or not words[-1][-1:].isalpha():
        return False
    last = words[-len(letters):]
    return all(word[0] == letter and not word.isupper()
               for word, letter in zip(last, letters, strict=True))


def runs_on_from_line_above(text: str, position: int) -> bool:
    """Does the mark at ``position``, opening its line with nothing before it,
    stand in a sentence the line above leaves open (that line ends in a word or
    a comma, not a full stop, colon, parenthesis or rule)?  Then the mark may be
    words of that sentence rather than a portion mark, and a verdict drawn from
    it is no certainty.  Asked only of a mark a rule is about to report."""
    line_start = text.rfind("\n", 0, position) + 1
    if text[line_start:position].strip() or line_start < 2:
        return False
    last = _line_above(text, line_start).rstrip()[-1:]
    return last == "," or last.isalnum()


def _line_above(text: str, line_start: int) -> str:
    """The line above the one that starts at ``line_start`` (> 0), without its break."""
    return text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
