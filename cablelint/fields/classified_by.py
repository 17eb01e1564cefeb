"""The Classified By block: who classified the cable, and for which reasons.

This is the one parser of the block's inside: its keyword, the classifier
(name and position), the reasons with their section and letters, the lines it
spans, and a first paragraph run onto its line.  Rules read the
:class:`~cablelint.model.ClassifiedBy` it builds and never look at the block's
text with patterns of their own.

The keyword itself ("Classified By", "(U) CLASSFIED BY") is the grammar's
``CLASSIFIED_BY`` terminal: its pattern is taken from ``cable.lark``, so the
line lexer, the recoveries of the builder and this parser agree on what a
keyword is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cablelint.diagnostics import Span, new_tuple
from cablelint.fields.portion import parse_portion_mark
from cablelint.model import ClassifiedBy, Reason
from cablelint.source import SourceText
from cablelint.syntax.grammar import terminal_prefix

# "1.4", "1.5", also broken at a wrap: "Reasons 1. " / "4 (b/d)", or typed with a
# comma ("1,4 (b) and (d)", 06COLOMBO1040; no blank after it: "1, 4" is a list).
# (The "1" comes before the look-behind, which then looks at the character before
# it, so that the search jumps from one "1" to the next.)
_SECTION = re.compile(r"1(?<![\d.]1)(?:\s*\.\s*|,)(?P<minor>[3-6])(?![\d])")
# One reason letter and the connectors before it: "(b) and (d)", "b/d", "(b,d)",
# "(b & d)", "(b+d)", "(b)and(d)", and the damaged "a nd" / "a \nnd" / "an d";
# a backslash that ends a line ("1.4 \" / "(b) and (d) \") is extraction damage
# some copies put on every line: the letters read on through it.  (The blanks
# before a letter are the connectors'; a "(" takes its own: with a "\s*" after
# the connectors, each blank of a long run could go to either, and a run with
# no letter after it was tried every way, quadratic time.)
_LETTERS = re.compile(
    r"(?:[\s,/;&+)]|\\(?=[ \t]*\r?\n)|a\s*nd\b|an(?=\s)|or\b|\.(?=\s*\(?[a-h]\b))*"
    r"(?:\(\s*)?(?P<letter>[a-z])\s*(?:\)|(?![a-z0-9]))",  # any letter: CL505 judges it
    re.IGNORECASE)


def _wrapped(word: str) -> str:
    """A pattern for ``word`` that may be broken by a line wrap anywhere ("REAS" / "ONS")."""
    return r"(?:[ \t]*\r?\n[ \t]*)?".join(map(re.escape, word))


# Where the classifier's name and position end: the reason word or an E.O. citation
# ("for", "under" and punctuation before them are trimmed off with _DANGLING).
_REASON_LEAD = re.compile(rf"{_wrapped('reason')}(?:s\b|\b|\(s\))|E\.?O\.?\s*1\d{{4}}",
                          re.IGNORECASE)
# "for" or "under" left at the end of the classifier ("DOWNES FOR 1.4 (D)").
_DANGLING = re.compile(rf"[\s,.;:](?:{_wrapped('for')}|{_wrapped('under')})$", re.IGNORECASE)
# A line that opens with the reason word ("REASON: 1.4 (b), (d)").
_REASON_LINE = re.compile(r"[ \t]*reasons?\b", re.IGNORECASE)
# The reason word that letters without a section follow ("for reasons b, d").
_REASON_WORD = re.compile(r"reasons?\s*:?", re.IGNORECASE)
# A section cut short between the reason word and a parenthesised letter: the
# "1" of "FOR REASONS 1 (B) AND (D)" (06BOGOTA5384), "1." or the minor ".4" alone.
_CUT_SECTION = re.compile(r"[ \t]*(?:1\.?|\.[3-6])(?=[ \t]*\(\s*[a-h]\s*\))", re.IGNORECASE)
# Letters without a reason word or section ending a line of the block, in lower case
# and parentheses so that a portion mark "(C)" is none: "Candace Putnam (b), (d)"
# (08ISLAMABAD653): the reason given without its section.
_BARE_LETTERS = re.compile(r"(?<=\s)\([a-h]\)(?:[ \t]*(?:,|and|&|/)?[ \t]*\([a-h]\))*"
                           r"[ \t]*(?=\r?\n|$)")
# A line that opens a paragraph rather than going on with the letters: after its
# portion mark comes a word that is neither a connector nor a single letter.
_PROSE = re.compile(r"\s*(?!(?:and|or|an)\b)[A-Za-z]{2,}")
# The rest of a reason broken by a blank line: a short word fragment or "REA"/"SONS".
_REASON_FRAGMENT = re.compile(r"\s*[a-z]{1,4}\b|.*(?:REA|SONS)", re.IGNORECASE)
_TRIM = " \t\r\n,.;:"
# A derivative classifier's citation of the sources in place of a name and a
# reason: "Classified By: Derived from Multiple Sources".
_DERIVED = re.compile(r"[\s:]*derived\s+from\b", re.IGNORECASE)
# A block cut off by the extraction: "..." (or the one-character ellipsis) ends it.
_TRUNCATED = re.compile(r"(?:\.\.\.|\u2026)[ \t]*$")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
# Words broken at the telegraph's fixed wrap column: "REAS" / "ONS".
_WRAP_WORDS = ("REASON", "REASONS", "REASON(S)")


@lru_cache(maxsize=1)
def _keywords() -> re.Pattern[str]:
    """The keyword, possibly repeated ("Classified By: Classified by ..."), with its colon."""
    keyword = terminal_prefix("CLASSIFIED_BY").pattern
    return re.compile(rf"(?:{keyword}\s*:?\s*)+", re.IGNORECASE)


@lru_cache(maxsize=1)
def keyword_search() -> re.Pattern[str]:
    """The keyword anywhere in a text, at the start of a word (for the recoveries)."""
    return re.compile(rf"(?<![A-Za-z])(?:{terminal_prefix('CLASSIFIED_BY').pattern})",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _paragraph_number() -> re.Pattern[str]:
    """A paragraph number as the grammar's PARA terminal begins (``1.``, ``¶2.``)."""
    return terminal_prefix("PARA")


def has_reason_section(text: str) -> bool:
    """Does ``text`` cite a section of the order (``1.4``, ``1.\\n5``)?"""
    return _SECTION.search(text) is not None


def continues_reason(block: str, line: str, following: str | None = None) -> bool:
    """Is ``line``, below a blank line, the rest of the block ``block`` ("REA" / "" / "SONS")?

    Only a block that has no reason section yet goes on, and only with a short
    line that looks like the rest of one: a section, a word fragment, "REA"/"SONS";
    or a short line of the classifier's position when the next non-blank line
    (``following``) is the block's "REASON: 1.4 (x)" (06PESHAWAR413: "U.S.
    Consulate" / "" / "Peshawar, State." / "" / "REASON: 1.4 (b), (d)").
    A block cut off with "..." goes on nowhere: the text as released stops there.
    """
    if has_reason_section(block) or len(line.strip()) >= 40 or \
            _TRUNCATED.search(block) is not None:
        return False
    if has_reason_section(line) or _REASON_FRAGMENT.match(line) is not None:
        return True
    return following is not None and _REASON_LINE.match(following) is not None and \
        has_reason_section(following) and _paragraph_number().match(line.lstrip()) is None


def parse_classified_by(source: SourceText, text: str, offset: int,
                        recovered: str | None = None) -> ClassifiedBy:
    """Parse the block that starts with its keyword at ``text[0]`` (``offset`` in the source).

    ``text`` may run on past the block: a first paragraph glued to its last
    line is cut off and kept as ``glued_paragraph``.
    """
    keyword = _keywords().match(text)
    body_start = keyword.end() if keyword else 0
    reasons = _reasons(source, text, offset, body_start)
    glued = _glued_paragraph(source, text, offset, reasons[-1].span.end - offset) \
        if reasons and reasons[0].section is not None else None
    end = len(text) if glued is None else len(text[:glued].rstrip())
    raw = text[:end]
    authority_end = _authority_end(raw, body_start, reasons[0].span.start - offset
                                   if reasons else end)
    lowered = source.lowered()
    authority = raw[body_start:authority_end]
    if "\n" in authority:
        authority = join_wrapped_lines(authority, lowered)
    keyword_span, misspelt = _keyword_words(source, text, offset) if keyword else (None, False)
    joined, cuts = join_recording_cuts(raw, lowered)
    return new_tuple(ClassifiedBy, (
        source.span(offset, offset + end), raw, joined, authority,
        reasons, keyword_span,
        source.span(offset + body_start, offset + authority_end)
        if authority_end > body_start else None,
        _lines(source, raw, offset), recovered, misspelt,
        source.span(offset + glued, offset + len(text)) if glued is not None else None,
        False, cuts,  # glued_echo: told by the builder, which sees the paragraphs
        _derived(source, raw, offset, body_start, authority_end),
        None,  # page_break: told by the builder, which sees the page breaks
        _truncation(source, raw, offset, reasons)))


def _derived(source: SourceText, raw: str, offset: int, start: int, end: int) -> Span | None:
    """The source citation of a derivatively classified cable ("Derived from
    Multiple Sources") standing where the classifier's name goes, else None."""
    found = _DERIVED.match(raw, start, end)
    if found is None:
        return None
    first = found.end() - len(found.group().lstrip(" \t\r\n:"))
    return source.span(offset + first, offset + end)


def _truncation(source: SourceText, raw: str, offset: int,
                reasons: tuple[Reason, ...]) -> Span | None:
    """The "..." ending a block that gives no reason section: the block was cut off."""
    if not raw.rstrip(" \t").endswith(("...", "\u2026")):
        return None  # (nearly every block: no pattern search)
    found = _TRUNCATED.search(raw)
    if found is None or any(reason.section is not None for reason in reasons):
        return None
    return source.span(offset + found.start(), offset + len(raw.rstrip()))


def _authority_end(raw: str, start: int, reason: int) -> int:
    """Where the classifier's name and position end: before the reason words, an
    E.O. citation or the first reason, without a dangling "for" and punctuation."""
    end = reason
    cut = _REASON_LEAD.search(raw, start, end)
    while cut is not None and cut.start() and raw[cut.start() - 1].isalpha():  # "TREASON"
        cut = _REASON_LEAD.search(raw, cut.end(), end)
    if cut is not None:
        end = cut.start()
    while True:
        while end > start and raw[end - 1] in _TRIM:
            end -= 1
        dangling = _DANGLING.search(raw, start - 1 if start else 0, end)
        if dangling is None:
            return end
        end = dangling.start()


def _keyword_words(source: SourceText, text: str, offset: int) -> tuple[Span, bool]:
    """The span of the keyword words ("Classified By", after a portion mark) and
    whether "Classified" is misspelt."""
    first = 0
    if text.startswith("("):  # a portion mark before the keyword
        first = text.index(")") + 1
        first += len(text[first:]) - len(text[first:].lstrip())
    words = terminal_prefix("CLASSIFIED_BY").match(text, first)
    end = words.end() if words else first
    written = text[first:end].split(None, 1)
    return source.span(offset + first, offset + end), \
        bool(written) and written[0].upper() != "CLASSIFIED"


def join_wrapped_lines(text: str, whole_document: bytes) -> str:
    """One line of text: words split at a wrap are re-joined, other breaks become a space.

    ``whole_document`` is the cable's ASCII-lower-cased text: "Y" / "oung" is
    re-joined when "young" occurs elsewhere in the cable and "y" or "oung" does not.
    """
    return join_recording_cuts(text, whole_document)[0]


def join_recording_cuts(text: str, whole_document: bytes) -> tuple[str, tuple[bool, ...]]:
    """:func:`join_wrapped_lines`, and for each non-blank line after the first
    whether it was re-joined to the word above it (a word cut at the wrap).

    The block records these (``ClassifiedBy.wrap_joins``) so that CL905 reads
    where the parser re-joined a word instead of joining the lines again.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "", ()
    joined = lines[0]
    cuts = []
    for line in lines[1:]:
        left = joined.rsplit(None, 1)[-1]
        right = line.split(None, 1)[0]
        candidate = left + right
        bare = candidate.strip(".,;:()")
        cut = bare.upper() in _WRAP_WORDS or (
            bare.isalpha() and len(bare) > 3 and _recurs(bare, whole_document)
            and not (_recurs(left.strip(".,;:()"), whole_document)
                     and _recurs(right.strip(".,;:()"), whole_document)))
        joined += line if cut else " " + line
        cuts.append(cut)
    return joined, tuple(cuts)


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


def _reasons(source: SourceText, text: str, offset: int, body_start: int) -> tuple[Reason, ...]:
    """The reasons with a section; else one reason of letters after a reason word,
    or of bare letters ending a line of the block (``... Putnam (b), (d)``)."""
    reasons = []
    for section in _SECTION.finditer(text, body_start):
        end, letters, spans = _letters(source, text, offset, section.end())
        first = offset + section.start()
        reasons.append(new_tuple(Reason, (f"1.{section.group('minor')}", letters,
                                     source.span(first, offset + end),
                                     source.span(first, offset + section.end()), spans,
                                     None)))
    if reasons:
        return tuple(reasons)
    word = _REASON_WORD.search(text, body_start)
    while word is not None:
        cut = _CUT_SECTION.match(text, word.end())
        end, letters, spans = _letters(source, text, offset,
                                       word.end() if cut is None else cut.end())
        if letters:
            cut_span = None if cut is None else source.span(
                offset + cut.end() - len(cut.group().lstrip()), offset + cut.end())
            return (Reason(None, letters, source.span(offset + word.start(), offset + end),
                           None, spans, cut_span),)
        word = _REASON_WORD.search(text, word.end())
    bare = _BARE_LETTERS.search(text, body_start)
    if bare is not None:
        end, letters, spans = _letters(source, text, offset, bare.start())
        return (Reason(None, letters, source.span(offset + bare.start(), offset + end),
                       None, spans),)
    return ()


def _letters(source: SourceText, text: str, offset: int,
             position: int) -> tuple[int, tuple[str, ...], tuple[Span, ...]]:
    """The letters from ``position`` on: (end, letters, the span of each letter).

    The letters stop at a line that opens a paragraph (``(C) Summary: ...``):
    its portion mark is no reason letter; nor is a portion mark with a control
    (``(S//NF)``, ``(S/NF)``) wherever it stands, alone on the next line or
    glued after the reasons.
    """
    letters: list[str] = []
    spans: list[Span] = []
    end = position
    while True:
        found = _LETTERS.match(text, position)
        if found is None:
            break
        at = found.start("letter")
        line_start = text.rfind("\n", position, at) + 1
        if line_start and _opens_paragraph(source, text, offset, line_start):
            break
        paren = text.rfind("(", found.start(), at)
        if paren >= 0 and _controlled_mark(source, text, offset, paren):
            break
        letter = found.group("letter").lower()
        if letter not in letters:
            letters.append(letter)
            spans.append(source.span(offset + at, offset + at + 1))
        position = end = found.end()
    return end, tuple(letters), tuple(spans)


def _controlled_mark(source: SourceText, text: str, offset: int, paren: int) -> bool:
    """Is the ``(`` at ``text[paren]`` a portion mark with a control (``(S//NF)``,
    ``(C/REL ZENDA)``)?  ``(C/D)`` is reasons c and d: a one-letter "control" is none."""
    mark = parse_portion_mark(source, text, offset, paren)
    return mark is not None and ("//" in mark.raw or any(len(c) > 1 for c in mark.caveats))


def _opens_paragraph(source: SourceText, text: str, offset: int, line_start: int) -> bool:
    """Does the line at ``text[line_start:]`` open with a portion mark and then prose?"""
    mark = parse_portion_mark(source, text, offset, line_start)
    return mark is not None and _PROSE.match(text, mark.span.end - offset) is not None


def _glued_paragraph(source: SourceText, text: str, offset: int, after: int) -> int | None:
    """Where a paragraph number with a portion mark follows the reasons on their line.

    The reasons may end their sentence with a full stop that the number then
    follows without a blank ("... and (d).1. (C)", 09BUCHAREST43): the line
    break after the stop was lost, as with the blank.
    """
    position = after
    if position < len(text) and text[position] == ".":
        position += 1
    while position < len(text) and text[position] in " \t":
        position += 1
    if position == after or position >= len(text):
        return None
    number = _paragraph_number().match(text, position)
    if number is None or parse_portion_mark(source, text, offset, number.end()) is None:
        return None
    return position


def _lines(source: SourceText, raw: str, offset: int) -> tuple[Span, ...]:
    """The span of each non-blank line of the block, without surrounding white space."""
    spans = []
    start = 0
    # without a CR each "\n" ends a line of the source: the lines below the
    # first are numbered on from it and their columns count from 1, no search
    top = source.span(offset, offset) if "\r" not in raw else None
    for number, line in enumerate(raw.split("\n"), top.line if top is not None else 0):
        stripped = line.strip()
        if stripped:
            first = start + len(line) - len(line.lstrip())
            if top is None:
                spans.append(source.span(offset + first, offset + first + len(stripped)))
            else:
                column = top.column + first if start == 0 else first - start + 1
                spans.append(new_tuple(Span, (number, column, number, column + len(stripped),
                                         offset + first, offset + first + len(stripped))))
        start += len(line) + 1
    return tuple(spans)
