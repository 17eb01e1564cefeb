"""The REF block: lettered or single references and their canonical cable ids.

Everything the REF rules judge is recognised here, once: the keyword, every
item label at a line start (kept even when out of order, for CL606 to
report), items lettered on the previous item's line (``C. ZENDA 633 D. STATE
436``: split into two items), a letter written twice (``A. (A) PARIS 1784``),
and the citations of REF letters in the text (``ref C``, ``reftels A through
D``, :func:`find_ref_citations`).  Items lettered in lower case (``a) ZENDA
1784 b) STATE 436``) are read like upper-case ones, and a block written as one
REF line per item (``REF A SECRETARY'S LETTER`` / ``REF B SECSTATE 76108``,
no colon) gives its letters the same way.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cablelint.diagnostics import Span, new_tuple
from cablelint.model import RefCitation, Reference, References, RefLabel, StrayPilcrow
from cablelint.source import SourceText

# REF, REFS, REF(S) ("Ref(s):"), REFTEL or REFTELS: the keywords the grammar's REF_LINE admits
_KEYWORD = re.compile(r"(?P<keyword>REF(?:S|\(S\)|TELS?)?)(?:\s*:)?", re.IGNORECASE)
_BLANKS = re.compile(r"\s*")
# An item label at the start of the block or of a line: "A.", "¶B.", "(C)", "D)", or
# a REF keyword and a bare upper-case letter without a colon: "REF B ", "REF C: "
# (the grammar's REF line without a colon: one REF line per item).
_LABEL = re.compile(r"[ \t]*(?:(?P<ref>(?i:REFS?)[ \t]+)(?P<bare>(?P<b>[A-Z])(?:[ \t]*[.:)])?)"
                    r"|(?P<pilcrow>\u00b6\s?)?(?:\((?P<p>[A-Za-z])\)|(?P<l>[A-Za-z])[.)]))\s+")
# A letter in brackets may be glued to its item's text ("(B) OSLO 741 (C)Smith Email",
# 09OSLO791, fresh-12 audit A036): the brackets delimit it; "C." needs its blank
# (a stop inside a word, "U.S.", is no label).
_INLINE_LABEL = re.compile(
    r"(?<=[\s;,])(?P<pilcrow>\u00b6\s?)?(?:\((?P<p>[A-Z])\)\s*|(?P<l>[A-Z])[.)]\s+)")
# The same with a colon allowed after the letter, for a block whose first item is
# lettered "REF A:" ("REF A: 06 ZENDA 2096, B: 06 ZENDA 550": 07COLOMBO250, fresh-9
# audit A037).  Only there: a capital and a colon inside other blocks' items are text.
_INLINE_COLON_LABEL = re.compile(
    r"(?<=[\s;,])(?P<pilcrow>\u00b6\s?)?(?:\((?P<p>[A-Z])\)\s*|(?P<l>[A-Z])[.):]\s+)")
# The same in lower case, for a block whose first item is lettered "a)" or "a.".
_INLINE_LOWER_LABEL = re.compile(
    r"(?<=[\s;,])(?P<pilcrow>\u00b6\s?)?(?:\((?P<p>[a-z])\)\s*|(?P<l>[a-z])[.)]\s+)")
# The item's own letter written again after its label: "A. (A) PARIS 1784", "B. B) ...".
_INNER_LABEL = re.compile(r"(?:\((?P<p>[A-Za-z])\)|(?P<l>[A-Za-z])[.)])(?=\s)")
_CABLE_ID = re.compile(
    r"(?:(?P<year>\d{2})\s+)?(?P<origin>[A-Z][A-Z.' ]*?[A-Z])\s+0*(?P<number>\d{1,6})\b")
# Cable ids name the Department "STATE" however the reference spells it.
_ORIGIN_ALIASES = {"SECSTATE": "STATE", "SECSTATEWASHDC": "STATE", "DEPT": "STATE"}
_NOT_ORIGINS = {"FAM", "IIR", "TELCON", "MEMCON", "EMAIL", "E-MAIL", "FAH", "USC", "CFR", "UNSCR",
                "RES", "RESOLUTION", "NSPD", "PD", "HSPD", "PAGE", "PARA", "NO"}


class _Label(NamedTuple):
    """An item label found in the block (offsets into the block's text)."""

    start: int  # where the item starts (a line-start label's indentation included)
    end: int  # where the item's text starts
    letter: str  # upper case
    pilcrow: bool
    label_start: int  # the label alone: pilcrow, letter and bracket or stop
    label_end: int
    letter_at: int
    inline: bool  # found inside a line (inline labels are upper case only)
    pilcrow_end: int  # the end of the pilcrow and its blank (label_start without one)


def _label(found: re.Match[str], shift: int = 0, inline: bool = False) -> _Label:
    if not inline and found.group("b") is not None:  # "REF B ": the letter is the label
        letter_at = found.start("b") + shift
        return new_tuple(_Label, (found.start() + shift, found.end() + shift,
                                  found.group("b"), False, letter_at, found.end("bare") + shift,
                                  letter_at, False, letter_at))
    paren = found.group("p") is not None
    group = "p" if paren else "l"
    letter_at = found.start(group) + shift
    pilcrow = found.group("pilcrow") is not None
    label_start = found.start("pilcrow") + shift if pilcrow else letter_at - paren
    return new_tuple(_Label, (found.start() + shift, found.end() + shift,
                              found.group(group).upper(), pilcrow, label_start, letter_at + 2,
                              letter_at, inline,
                              found.end("pilcrow") + shift if pilcrow else label_start))


def _inline_pattern(text: str, labels: list[_Label]) -> re.Pattern[str]:
    """Items lettered inside a line are looked for in the case of the first label:
    upper case ("C. ZENDA 633 D. STATE 436"), or lower case after "a)" ("a) ZENDA
    62 b) STATE 436"; never both, so a stray "a." in an upper-case block is none).
    After a first label with a colon ("REF A: ..."), "B:" letters an item too."""
    if labels and text[labels[0].letter_at].islower():
        return _INLINE_LOWER_LABEL
    if labels and text[labels[0].label_start:labels[0].label_end].endswith(":"):
        return _INLINE_COLON_LABEL
    return _INLINE_LABEL


def _block_labels(text: str) -> tuple[re.Match[str] | None, int, list[_Label], list[_Label]]:
    """The block's keyword, where its first item starts, the labels at line starts
    and the labels that letter its items (in sequence, inline ones included)."""
    keyword = _KEYWORD.match(text)
    start = _BLANKS.match(text, keyword.end()).end() if keyword else 0
    if keyword and ":" not in keyword.group() and _LABEL.match(text):
        start = 0  # "REF A SECRETARY'S LETTER ...": the keyword belongs to item A's label
    line_starts = [start]
    newline = text.find("\n", start)
    while newline >= 0:  # (a ``find`` per line, not a Python step per character)
        line_starts.append(newline + 1)
        newline = text.find("\n", newline + 1)
    at_line_starts = [_label(m) for m in (_LABEL.match(text, p) for p in line_starts) if m]
    inline_label = _inline_pattern(text, at_line_starts)
    labels = _sequential(text, at_line_starts, inline_label)
    if len(labels) < 2:
        inline = _sequential(text, [_label(m, start - 1, True)
                                    for m in inline_label.finditer(" " + text[start:])],
                             inline_label)
        if len(inline) >= 2:
            labels = inline
    return keyword, start, at_line_starts, labels


def continues_block(block: str, line: str) -> bool:
    """True when ``line``, below a blank line, letters the item that follows the
    last one of the REF block ``block`` ("REF: A. ZENDA 1784" / "" / "B. STATE
    436"), or holds the text of the item whose label ends the block ("... C)" /
    "" / "ZENDA 157"): the block goes on.  Another letter is the body's ("A. The
    king ...")."""
    found = _LABEL.match(line)
    if found is None:
        return bool(line.strip()) and block.rstrip().endswith(")") and \
            _ends_with_bare_label(block)
    labels = _block_labels(block)[3]
    return bool(labels) and _label(found).letter == chr(ord(labels[-1].letter) + 1)


def _ends_with_bare_label(block: str) -> bool:
    """True when the block's last label, in sequence with those before it, ends its
    last line and its item's text is below the blank line ("REF: A) ZENDA 234 B)
    ZENDA 233 C)" / "" / "ZENDA 157 D) ...": 05WELLINGTON274, fresh-16 audit A119)."""
    labels = _block_labels(block)[3]
    return len(labels) >= 2 and not block[labels[-1].end:].strip()


def parse_references(source: SourceText, text: str, offset: int,
                     cable_year: int | None) -> References:
    keyword, start, at_line_starts, labels = _block_labels(text)
    kept = {label.letter_at for label in labels}
    span = source.span
    line_labels = tuple(new_tuple(RefLabel, (label.letter, span(offset + label.letter_at,
                                                           offset + label.letter_at + 1),
                                        label.letter_at in kept,
                                        _pilcrow(source, offset, text, label)))
                        for label in at_line_starts)
    items: list[Reference] = []
    if labels:
        ends = [label.start for label in labels[1:]] + [len(text)]
        doubled = not _relettered(text, labels, ends)
        for index, label in enumerate(labels):
            # lettered on the previous item's line: no line break since that label
            inline = index > 0 and "\n" not in text[labels[index - 1].end:label.start]
            items.append(_lettered(source, offset, text, label, inline, ends[index], cable_year,
                                   doubled))
    else:
        for part in re.finditer(r"[^;\n]+", text[start:]):
            if part.group().strip():
                items.append(_reference(source, offset, start + part.start(), start + part.end(),
                                        part.group(), None, False, cable_year))
    keyword_span = span(offset, offset + keyword.end()) if keyword else None
    return References(span(offset, offset + len(text)), text,
                      keyword.group("keyword") if keyword else "", tuple(items), keyword_span,
                      line_labels, _truncation(source, text, offset))


def _truncation(source: SourceText, text: str, offset: int) -> Span | None:
    """The "..." (or one-character ellipsis) ending the block: the extraction cut it
    off there ("REF: A. ZENDA 1796" / "..."), so its later items are unknown."""
    stripped = text.rstrip()
    for ellipsis in ("...", "\u2026"):
        if stripped.endswith(ellipsis):
            return source.span(offset + len(stripped) - len(ellipsis), offset + len(stripped))
    return None


def _pilcrow(source: SourceText, offset: int, text: str, label: _Label) -> StrayPilcrow | None:
    """The viewer's pilcrow before a line-start label (``¶B. ZENDA 919``): a REF item
    is no paragraph, so the pilcrow is extraction damage (CL902)."""
    if not label.pilcrow:
        return None
    return StrayPilcrow(source.span(offset + label.label_start, offset + label.pilcrow_end),
                        text[label.pilcrow_end:label.label_end])


def _sequential(text: str, labels: list[_Label], inline_label: re.Pattern[str]) -> list[_Label]:
    """Keep labels that run A, B, C ... (a stray "I." in text is not an item).

    A repeated letter is kept (CL606 reports it).  Where the next line-start
    label skips a letter, the item above may hold it on its own line ("C. ZENDA
    633 D. STATE 436"): those inline labels are taken as items of their own.
    """
    kept: list[_Label] = []
    expected = "A"
    for label in labels:
        letter = label.letter
        if kept and letter not in (expected, chr(ord(expected) - 1)):
            expected = _take_inline(text, kept, label.start, expected, inline_label)
        if letter == expected:
            kept.append(label)
            expected = chr(ord(expected) + 1)
        elif kept and letter == chr(ord(expected) - 1):
            kept.append(label)
    if kept:
        _take_inline(text, kept, len(text), expected, inline_label)
    return kept


def _take_inline(text: str, kept: list[_Label], stop: int, expected: str,
                 inline_label: re.Pattern[str]) -> str:
    """Append the labels lettered ``expected``, ``expected``+1 ... found inside the
    last kept item (before ``stop``); the next expected letter."""
    for found in inline_label.finditer(text, kept[-1].end, stop):
        label = _label(found, inline=True)
        if label.letter == expected:
            kept.append(label)
            expected = chr(ord(expected) + 1)
    return expected


def _inner_letter(text: str, label: _Label, end: int) -> tuple[str, re.Match[str]] | None:
    """The letter written again right after the item's label, and its match."""
    inner = _INNER_LABEL.match(text, label.end, end)
    if inner is None:
        return None
    return (inner.group("p") or inner.group("l")).upper(), inner


def _relettered(text: str, labels: list[_Label], ends: list[int]) -> bool:
    """True when some item's second letter differs from its label ("C. (B) PARIS
    1790"): the outer letters are not the cable's own but were added over its
    lettered items and wrapped lines (06PARIS1031: "A. (A)", "B. 2006",
    "C. (B)"), so no item is lettered twice by its drafter."""
    for label, end in zip(labels, ends, strict=True):
        inner = _inner_letter(text, label, end)
        if inner is not None and inner[0] != label.letter:
            return True
    return False


def _lettered(source: SourceText, offset: int, text: str, label: _Label, inline: bool,
              end: int, cable_year: int | None, doubled: bool) -> Reference:
    start = label.start
    clean = " ".join(text[label.end:end].split())
    inner_letter = _inner_letter(text, label, end) if doubled else None
    inner_span = None
    if inner_letter is not None and inner_letter[0] == label.letter:
        inner = inner_letter[1]
        inner_span = source.span(offset + inner.start(), offset + inner.end())
    while end > start and text[end - 1].isspace():
        end -= 1
    return new_tuple(Reference, (source.span(offset + start, offset + end), label.letter, clean,
                            canonical_id(clean, cable_year), label.pilcrow,
                            source.span(offset + label.label_start, offset + label.label_end),
                            inner_span, inline))


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


# ------------------------------------------------------------------ citations

_LETTER = r"([A-Za-z])(?![A-Za-z0-9'\u2019]|\.[A-Za-z])"
_JOIN = r"[ \t]*(?:,|&|-|/|\band\b|\bthrough\b|\bthru\b|\bto\b)[ \t]*"
# (after "ref", blanks, then maybe "(" and blanks of its own: written "[ \t]+\(?[ \t]*",
# each blank of a long run could go to either side, and a run with no letter after
# it was tried every way, quadratic time)
_CITATION = re.compile(
    r"ref(?:tel)?s?\.?(?:[ \t]+(?:\([ \t]*)?|\([ \t]*)" + _LETTER +
    r"((?:" + _JOIN + _LETTER.replace("(", "(?:", 1) + r")*)(?=[ \t]*(?:[),.;:]|$))",
    re.IGNORECASE | re.MULTILINE)
# "ref" not inside a word and followed by a blank, ".", "(", "s" or "t", searched in
# the lower-cased bytes (one scan instead of a Python step per "reform", "prefer" ...)
_REF_WORD = re.compile(rb"ref(?<![a-z0-9]ref)(?=[ \t.(st\n])")
_CITED_WORD = re.compile(r"[A-Za-z]+|[-]")


def find_ref_citations(source: SourceText, start: int, end: int) -> tuple[RefCitation, ...]:
    """Citations of REF letters between ``start`` and ``end`` (the text after the
    REF block).  Read conservatively: the letter must be followed by punctuation
    or the end of the line (``REF A, ...``), so "reftel a request" is none."""
    text = source.text
    citations = []
    # "ref" lies before ``end``; the character after it may be at ``end``
    for word in _REF_WORD.finditer(source.lowered(), start, end + 1):
        position = word.start()
        if position + 3 > end:
            break
        found = _CITATION.match(text, position, end)
        if found is not None:
            cited = _cited(found)
            citations.append(RefCitation(
                source.span(found.start(), found.end()),
                tuple(letter.upper() for _, letter in cited),
                tuple(source.span(at, at + 1) for at, _ in cited)))
    return tuple(citations)


def _cited(found: re.Match[str]) -> list[tuple[int, str]]:
    """(offset, letter) of each letter a citation names; ranges are expanded."""
    cited = [(found.start(1), found.group(1))]
    rest_start = found.start(2)
    for extra in _CITED_WORD.finditer(found.group(2)):
        word = extra.group()
        if len(word) == 1 and word.isalpha():
            cited.append((rest_start + extra.start(), word))
    joined = found.group(2).lower()
    if len(cited) == 2 and ("-" in joined or "through" in joined or "thru" in joined
                            or " to " in joined):
        first, last = cited[0][1].upper(), cited[1][1].upper()
        middle = [chr(c) for c in range(ord(first) + 1, ord(last))]
        cited = [cited[0], *((cited[1][0], m) for m in middle), cited[1]]
    return cited
