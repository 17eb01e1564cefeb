"""The TAGS line: codes separated by spaces or commas, or written as markdown links.

Everything the TAGS rules judge is recognised here, once: the keyword as
written (``TAGS``, ``Tags``, the misspelt ``TAG``, ``TABS:``, ``TGS:``,
``TAS:``, ``TAGES:``, ``AGS:``) and its colon, each code with the separator
written before it (and whether that separator wraps a line), and a trailing
comma.  The rules compare these parts; they never re-slice the line.

Two recoveries of extraction damage live here too.  Codes written without a
separator (``PHUMBA``, ``KFRDKIRFCVIS...``) are split into the known codes
they are made of, each later part flagged ``glued``; and a SUBJECT keyword
run onto the line (``... AF, UK SUBJECT: MILIBAND'S ...``) ends the codes
(``Tags.trailing_subject``).
"""

from __future__ import annotations

import re
from functools import cache

from cablelint.diagnostics import Span, new_tuple
from cablelint.model import Tag, Tags
from cablelint.source import SourceText
from cablelint.syntax.grammar import terminal_prefix
from cablelint.vocabulary import load_vocabulary

_KEYWORD = re.compile(r"(?P<keyword>TAGES|TAGS?|TABS|TGS|TAS|AGS)\s*(?P<colon>:)?\s*",
                      re.IGNORECASE)
# A link's text and address stop at the next "[": a try from each "[" of
# "[[[[…" or "[a]([a](…" would otherwise scan to the end of the line, quadratic
# time; no code or address has a "[" in it.
_TOKEN = re.compile(r"\[(?P<link>[^\]\n\[]*)\]\([^)\n\[]*\)|(?P<word>[^\s,;\[]+)")
# A token that could be a personal name after OVIP: letters with apostrophes,
# hyphens or full stops, maybe in brackets or before a comma ("O'NEILL", "(JR)").
_WORD = re.compile(r"[(]?[A-Z][A-Z'\-.]*[),]*")


@cache
def _glued_subject() -> re.Pattern[str]:
    """The grammar's SUBJECT keyword after white space: a subject run onto the line."""
    subject = terminal_prefix("SUBJECT_LINE")
    return re.compile(rf"(?<=\s)(?:{subject.pattern})", subject.flags)


@cache
def _split_codes() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped vocabulary's two-letter geographic codes and four-letter codes
    (subject, program and listed four-letter codes), the pieces a glued token is
    split into."""
    codes = _known_codes()
    return (frozenset(c for c in codes if len(c) == 2 and c.isalpha()),
            frozenset(c for c in codes if len(c) == 4 and c.isalpha()))


def split_glued(code: str) -> tuple[str, ...] | None:
    """The known codes ``code`` is made of when it is several codes written without
    a separator ("PHUMBA": PHUM, BA), else None.

    Only a token of six letters or more that reads as two- and four-letter codes,
    at least one of them four letters long, in one way with fewest pieces ("ASEC"
    inside a token is ASEC, not AS EC): "IRAJ" (IR AJ?) and "MCCAIN" (MC CA IN)
    stay whole.
    """
    if len(code) < 6 or not code.isascii() or not code.isalpha():
        return None
    two, four = _split_codes()
    if code in two or code in four:
        return None
    named = _with_country_name(code, two, four)
    if named is not None:
        return named
    # best[i]: (pieces, reading, ambiguous) for code[i:], the fewest pieces
    best: dict[int, tuple[int, tuple[str, ...], bool]] = {len(code): (0, (), False)}
    for end in range(len(code) - 2, -1, -1):
        found = [(best[end + size][0] + 1, (code[end:end + size], *best[end + size][1]),
                  best[end + size][2])
                 for size, known in ((2, two), (4, four))
                 if end + size in best and code[end:end + size] in known]
        if found:
            found.sort(key=lambda way: way[0])
            tie = len(found) > 1 and found[0][0] == found[1][0]
            best[end] = (found[0][0], found[0][1], found[0][2] or tie)
    if 0 not in best:
        return None
    _, reading, ambiguous = best[0]
    if ambiguous or not any(len(piece) == 4 for piece in reading):
        return None
    return reading


@cache
def country_names() -> dict[str, str]:
    """The geographic codes by their country's name in capitals, letters only
    ("IRAQ": IZ, from the vocabulary's geographic list)."""
    return {re.sub(r"[^A-Z]", "", name.upper()): code
            for code, name in load_vocabulary("tags")["geographic"].items()
            if isinstance(name, str)}


def _with_country_name(code: str, two: frozenset[str], four: frozenset[str]
                       ) -> tuple[str, ...] | None:
    """A glued token read as known codes and a country written as its name, at its
    start or end ("NATOIRAQ": NATO and IRAQ, not NATO IR AQ, which adds Iran and
    American Samoa: 05ATHENS2769, fresh-16 audit A220); None without such a name."""
    names = country_names()
    for cut in range(2, len(code) - 1):
        head, tail = code[:cut], code[cut:]
        for name, rest, name_first in ((tail, head, False), (head, tail, True)):
            if len(name) < 4 or name not in names or name in four:
                continue
            codes = (rest,) if rest in two or rest in four else split_glued(rest)
            if codes is not None:
                return (name, *codes) if name_first else (*codes, name)
    return None


# What a continuation line's codes may carry around them, and the parts of a line
# that are names (OVIP's "(RICE, CONDOLEEZZA)", perhaps cut by the line break).
_CODE_PUNCTUATION = "()[],.;:"
_NAMES = re.compile(r"\([^()]*\)|^[^()]*\)|\([^()]*$")
_PROSE_WORD = re.compile(r"[a-z]")


@cache
def _known_codes() -> frozenset[str]:
    """Every code the shipped vocabulary lists (any family)."""
    vocabulary = load_vocabulary("tags")
    codes: set[str] = set(vocabulary["extra"])
    for key in ("subject", "program", "organizations", "geographic", "corpus_only",
                "public_lists"):
        codes.update(vocabulary[key])
    return frozenset(codes)


def continues_tags(above: str, text: str) -> bool:
    """Whether the line ``text``, directly below the TAGS field's line ``above``,
    continues its codes.

    Why: a TAGS line wraps onto the next line ("PREL, PGOV,\nNATO, UK"), but in
    a flattened cable the first paragraph's prose can follow the TAGS line with
    no blank between; read as TAGS it turns every word into a wrong code.  A
    continuation reads like TAGS: codes (upper-case, short or listed) separated
    by blanks or commas, names in brackets after OVIP, maybe a SUBJECT run on;
    prose has lower-case words, sentence ends or many long unlisted words.
    A line after a comma continues them whatever it reads like ("TAGS:
    something,\nhere"): the comma announced another code.
    """
    if above.rstrip().endswith(","):
        return True
    subject = _glued_subject().search(text) if "UBJ" in text.upper() else None
    if subject is not None:
        text = text[:subject.start()]
    text = _NAMES.sub(" ", text)
    known = _known_codes()
    long_words = 0
    words = [found.group("word") for found in _TOKEN.finditer(text)]
    for index, word in enumerate(words):
        if word is None:  # a markdown link: a code
            continue
        if _PROSE_WORD.search(word):
            return False
        if word.endswith(".") and index + 1 < len(words) and len(word) > 2:
            return False  # a sentence ends inside the line
        code = word.strip(_CODE_PUNCTUATION)
        if len(code) >= 5 and code not in known and split_glued(code) is None:
            long_words += 1
    return long_words < 3  # (free text such as "COUNTER TERRORISM" is CL602's)


def parse_tags(source: SourceText, text: str, offset: int) -> Tags:
    """Parse a TAGS token (keyword, codes, continuation lines)."""
    keyword = _KEYWORD.match(text)
    start = keyword.end() if keyword else 0
    trailing_subject = None
    if "UBJ" in text.upper():
        subject = _glued_subject().search(text, start)
        if subject is not None:
            trailing_subject = source.span(offset + subject.start(), offset + len(text))
            text = text[:subject.start()].rstrip()
    span = source.span
    plain = _plain_tags(source, text, start, offset)
    items, commas, spaces, previous_end = plain if plain is not None else \
        _scan_tags(source, text, start, offset)
    rest = text[previous_end:] if items else ""
    trailing_comma = None
    if rest.strip() == ",":
        comma = offset + previous_end + rest.index(",")
        trailing_comma = span(comma, comma + 1)
    separator = "comma" if commas and not spaces else "mixed" if commas else "space"
    keyword_span = colon = None
    if keyword:
        keyword_span = span(offset + keyword.start("keyword"), offset + keyword.end("keyword"))
        colon = keyword.group("colon") is not None
    written = keyword.group("keyword") if keyword else ""
    return Tags(span(offset, offset + len(text)), text, written, tuple(items), separator,
                keyword_span, bool(colon), trailing_comma,
                bool(written) and written.upper() != "TAGS", trailing_subject)


def _scan_tags(source: SourceText, text: str, start: int,
               offset: int) -> tuple[list[Tag], bool, bool, int]:
    """The tags of ``text`` from ``start``, any layout: links, wrapped lines, any
    separators.  Returns the tags, whether commas and spaces separate them, and
    where the last one ends."""
    items: list[Tag] = []
    span = source.span
    previous_end = start
    commas = spaces = False
    previous: Span | None = None  # the span of the tag before
    for found in _TOKEN.finditer(text, start):
        link, word = found.group("link", "word")
        code = (link if link is not None else word).strip().strip(".").upper()
        if not code:
            continue
        first, last = found.span()
        separator = text[previous_end:first]
        if items:  # between two tags: what the line's separator style is made of
            if "," in separator:
                commas = True
            elif not separator.strip():
                spaces = True
        raw = found.group()
        wraps = "\n" in separator or "\r" in separator
        if previous is not None and not wraps and "\r" not in raw \
                and previous.line == previous.end_line:
            # on the line of the tag before: its span gives the columns, no search
            line, column = previous.line, previous.column + first - previous.start + offset
            tag_span = new_tuple(Span, (line, column, line, column + last - first,
                                   offset + first, offset + last))
        else:
            tag_span = span(offset + first, offset + last)
        pieces = split_glued(code) if link is None and len(code) >= 6 else None
        if pieces is not None and raw.upper() == code:
            items.extend(_glued_tags(pieces, raw, tag_span, separator, wraps))
        else:
            items.append(new_tuple(Tag, (code, raw, tag_span, link is not None, separator,
                                    wraps, _is_word(code), False, False)))
        previous = tag_span
        previous_end = last
    return items, commas, spaces, previous_end


def _plain_tags(source: SourceText, text: str, start: int,
                offset: int) -> tuple[list[Tag], bool, bool, int] | None:
    """The same result as :func:`_scan_tags` for the common line, else None.

    Why: most TAGS lines are one line of codes separated by single spaces or
    ", " ("PREL PGOV KZ", "PREL, PGOV, KZ,").  Splitting such a line on spaces
    and keeping a running offset gives the same tags, spans and separators for
    far less work than the general scan; anything else (links, line breaks,
    tabs, semicolons, doubled or stray separators, non-ASCII) goes there.
    """
    body = text[start:]
    if not body.isascii() or not body.isprintable() or "[" in body or ";" in body:
        return None
    items: list[Tag] = []
    first_span: Span | None = None
    at = end = start  # where the current part begins in text
    separator = ""
    commas = spaces = False
    for part in body.split(" "):
        raw = part[:-1] if part.endswith(",") else part
        if not raw or "," in raw:
            return None  # a doubled space, a lone or inner comma: the general scan
        code = raw.strip(".").upper()
        if not code:
            return None
        end = at + len(raw)
        if first_span is None:
            tag_span = first_span = source.span(offset + at, offset + end)
        else:
            column = first_span.column + at + offset - first_span.start
            tag_span = new_tuple(Span, (first_span.line, column, first_span.line,
                                        column + len(raw), offset + at, offset + end))
        if items:
            if separator == " ":
                spaces = True
            else:
                commas = True
        pieces = split_glued(code) if len(code) >= 6 else None
        if pieces is not None and raw.upper() == code:
            items.extend(_glued_tags(pieces, raw, tag_span, separator, False))
        else:
            items.append(new_tuple(Tag, (code, raw, tag_span, False, separator, False,
                                         _is_word(code), False, False)))
        separator = ", " if len(part) > len(raw) else " "
        at += len(part) + 1
    return items, commas, spaces, end


def _is_word(code: str) -> bool:
    """Whether a code could be a personal name (``Tag.word``)."""
    return (code.isascii() and code.isalpha()) or _WORD.fullmatch(code) is not None


def _glued_tags(pieces: tuple[str, ...], raw: str, whole: Span, separator: str,
                wraps: bool) -> list[Tag]:
    """One tag per piece of a glued token, on the token's line; the later ones
    ``glued`` (nothing written between them and the code before)."""
    tags = []
    at = 0
    for index, piece in enumerate(pieces):
        column, start = whole.column + at, whole.start + at
        piece_span = new_tuple(Span, (whole.line, column, whole.line, column + len(piece),
                                      start, start + len(piece)))
        first = index == 0
        # a country written as its name ("IRAQ" in "NATOIRAQ") stands for its code
        country = country_names().get(piece) if piece not in _known_codes() else None
        tags.append(new_tuple(Tag, (country or piece, raw[at:at + len(piece)], piece_span,
                                    False, separator if first else "", wraps and first,
                                    True, not first, country is not None)))
        at += len(piece)
    return tags
