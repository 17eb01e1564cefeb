"""SUMMARY / COMMENT / NOTE / TEXT / KEY POINTS markers: the one recogniser of openers
and END closers.

What the structure rules (CL109, CL110) and CL203 judge is recorded on each
:class:`~cablelint.model.Marker`: the kinds a marker opens or closes
(``Summary and comment:`` opens both), how an opener is written
(:func:`~cablelint.fields.opener_form.marker_style`) and, for an opener inside
parentheses, the ``)`` that closes it (:func:`parenthesis_close`).  No rule
searches the text for markers.  How an opener is written is in
:mod:`cablelint.fields.opener_form`, the reading of misspelt markers in
:mod:`cablelint.fields.marker_typos`; this module finds the markers.
"""

from __future__ import annotations

import re

from cablelint.diagnostics import Span
from cablelint.fields.marker_typos import misspelt_openers, misspelt_summary_closer
from cablelint.fields.opener_form import (
    OPEN_BEFORE_REVERSED,
    RULED_AFTER,
    marker_style,
    opener_case,
)
from cablelint.model import Marker, Paragraph
from cablelint.source import SourceText

_MARKER_WORDS = (b"summary", b"comment", b"note", b"text")
# "Key points:" opening the first paragraph: the cable's summary under another label
# (after the paragraph's number and portion mark, see key_points_markers); also a
# media-reaction cable's "¶1.   Lead Stories Summary" on a line of its own
_KEY_POINTS = re.compile(r"key\s+points\b(?=\s*[:.\-])|lead\s+stories\s+summary\b"
                         r"(?=\s*[:.\-]|[ \t]*(?:\n|$))", re.IGNORECASE)
_END_KEY_POINTS = re.compile(rb"end\s+key\s+points\b")
# "End summary", "End of summary" (06DAMASCUS5345), "Begin text"; "End" and the word
# on the lines around a stray SIPDIS line ("End" / "SIPDIS" / "Summary.": 04BUENOSAIRES3067)
_END_BEFORE = re.compile(rb"\b(?:end\s+(?:of\s+|sipdis\s+)?|begin\s+)(?:summary\s+and\s+)?$")
# "Summary and " before "comment": the marker opens (or closes) both
_SUMMARY_AND = re.compile(rb"summary\s+and\s+$")
# What may follow the word: ":", "." or "-", also after a second item of up to three
# words joined by "and", "&" or "/" ("Summary and comment:", "SUMMARY AND BACKGROUND:",
# "Summary/Introduction:", "Summary and Table of Contents.", 06TOKYO5568), or after
# "of"/"from"/"for" and a few words ("Summary from the NAC Meeting:", 09USNATO30); or
# nothing, at the end of a line of its own ("Summary"),
# where a backslash may end the line (05BOGOTA9257 ends every line with " \\") or a
# rule of "=" box it ("======= COMMENT =======", 03COLOMBO705).
_OPEN_AFTER = re.compile(
    r"\s*[:.\-]|(?:\s+(?:and|AND|&)\s+|/)[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*[:.\-]"
    r"|[ \t]+(?:of|from|for|OF|FROM|FOR)(?:[ \t]+[A-Za-z][\w'\-]*){1,5}[ \t]*:"
    r"|[ \t]*=*[ \t]*(?:\\[ \t]*)?(?:\n|$)")
# A word in capitals after a paragraph's portion mark, set off by two blanks
# instead of a colon: "¶1.  (C)  SUMMARY  During the visit ..."
_CAPITALS_SET_OFF = re.compile(r"[ \t]{2,}(?=[A-Z])")
_MARK_BEFORE = re.compile(rb"\)\s{1,2}$")
_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
_LINE_START = re.compile(rb"\n[ \t]*$")

#: how far an inline "(Note: ..." may run before its ")" is no longer looked for
_PARENTHESIS_REACH = 4000
#: heading words that open a section (``SUMMARY AND TABLE OF CONTENTS``)
_HEADING_OPENERS = ("SUMMARY", "COMMENT")


def find_markers(source: SourceText, first: int, last: int) -> list[Marker]:
    """SUMMARY/COMMENT/NOTE/TEXT openers and END closers in ``source.text[first:last]``.

    Openers are the word in capitals or title case followed by a colon, full
    stop or dash, at the start of a line or sentence or after "(" ("Summary:",
    "(NOTE:", "COMMENT."); closers are "END SUMMARY", "End comment", ... .
    Found with ``bytes.find`` in the document's lower-cased text (made once and
    shared with the lexer), once for the whole body: scanning 10 KB of text is
    the costly part, so it is done as few times as possible.  Each opener's
    style is worked out here too (few per cable).
    """
    text, lowered = source.text, source.lowered()
    found: list[tuple[int, Marker]] = []
    for word in _MARKER_WORDS:
        kind = word.decode()
        position = lowered.find(word, first, last)
        while position >= 0:
            end = position + len(word)
            next_position = lowered.find(word, end, last)
            if (position > first and lowered[position - 1] in _ALNUM) or (
                    end < last and lowered[end] in _ALNUM):
                position = next_position
                continue
            written = text[position:end]
            window = position - 20
            before = lowered[window:position] if window > first else \
                b"\n" + lowered[first:position]  # the region starts at a line start
            # cheap tests first: most hits are plain words ("we note that"); ``find``,
            # not ``in``, which first tries the bytes as a number and raises inside
            closer = _END_BEFORE.search(before) if (
                before.find(b"end") >= 0 or before.find(b"begin") >= 0) else None
            if closer:
                boundary = "begin" if closer.group().startswith(b"begin") else "end"
                start = position - len(closer.group())
                kinds = (kind, "summary") if kind == "comment" and \
                    b"summary" in closer.group() else (kind,)
                found.append((start, Marker(source.span(start, end), kind, boundary,
                                            text[start:end], kinds)))
            elif kind != "text" and (written[0].isupper() or before.endswith((b"(", b" "))) \
                    and opener_case(written, before) \
                    and (OPEN_BEFORE_REVERSED.match(before[::-1])
                         or _ruled_heading(text, end, before, written)) \
                    and _opens(text, end, before, written):
                span = source.span(position, end)
                kinds = (kind, "summary") if kind == "comment" and \
                    _SUMMARY_AND.search(before) else (kind,)
                found.append((position, Marker(span, kind, "begin", written, kinds,
                                               marker_style(source, span, written))))
            position = next_position
    found.sort(key=lambda item: item[0])
    markers = [marker for _, marker in found]
    if any(marker.boundary == "end" for marker in markers):
        typos = misspelt_openers(source, first, markers)
        if typos:
            markers = sorted(markers + typos, key=lambda marker: marker.span.start)
    typo = misspelt_summary_closer(source, last, markers)
    if typo is not None:
        markers = sorted([*markers, typo], key=lambda marker: marker.span.start)
    return markers


def _opens(text: str, end: int, before: bytes, written: str) -> bool:
    """What follows the word makes it an opener (see ``_OPEN_AFTER``)."""
    after = _OPEN_AFTER.match(text, end)
    if after is None:
        # "(C)  SUMMARY  During ...": capitals set off by two blanks after a mark
        return written.isupper() and _MARK_BEFORE.search(before) is not None and \
            _CAPITALS_SET_OFF.match(text, end) is not None
    if after.group().strip(" \t") in ("", "\n"):  # the word alone on its line
        return written.lower() in ("summary", "comment") and \
            before.endswith((b"\n", b" ", b"\t")) and bool(_LINE_START.search(before))
    return True


def _ruled_heading(text: str, end: int, before: bytes, written: str) -> bool:
    """A heading word in capitals or title case, underlined by a rule of dashes,
    whose line breaks were lost: blanks before it, the rule after it on the same
    line ("...the contact.   Comment -------  6. ...")."""
    # (the rule first: anchored, it fails at once after nearly every word)
    return RULED_AFTER.match(text, end) is not None and not written.islower() \
        and before.endswith((b"  ", b" \t", b"\t ", b"\t\t")) and before.strip() != b""


def key_points_markers(source: SourceText, opening: int, last: int) -> list[Marker]:
    """"Key points:" (or a media reaction's "Lead Stories Summary") at ``opening``
    (the first paragraph's first word, after its number and portion mark) and its
    "End key points" before ``last``: a summary under another label, markers of
    kind "key points" that open and close the kinds ("summary",).  Looked at in the
    first paragraph only, where the label stands (4 cables of the dev corpora and
    fresh-1): no search of every body."""
    found = _KEY_POINTS.match(source.text, opening)
    if found is None or found.group()[0].islower():
        return []
    span = source.span(found.start(), found.end())
    markers = [Marker(span, "key points", "begin", found.group(), ("summary",),
                      marker_style(source, span, found.group()))]
    closer = _END_KEY_POINTS.search(source.lowered(), found.end(), last)
    if closer is not None:
        markers.append(Marker(source.span(closer.start(), closer.end()), "key points", "end",
                              source.text[closer.start():closer.end()], ("summary",)))
    return markers


#: a paragraph's words opening with a label of up to four words and a colon, the
#: first capitalised ("Date and Time:", "Probable Target:", "Desc:")
_FIELD_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z'&/\-]*(?:[ \t]+[A-Za-z'&/\-]+){0,3}[ \t]*:")


def opens_with_label(source: SourceText, paragraph: Paragraph) -> bool:
    """The paragraph's words open with a field label ("¶4. (SBU) Desc: ..."), as
    every paragraph of a form-style report does (a surveillance report: "Post:",
    "Date and Time:", "Summary:", "Desc:"); asked by CL109 of the paragraphs
    around a summary left open only."""
    return _FIELD_LABEL.match(source.text, paragraph.opening, paragraph.span.end) is not None


#: an item of a list of topics: a line opening with "--", "-" or "*"
_TOPIC_ITEM = re.compile(r"[ \t]*(?:--?|\*)[ \t]*\S")


def lists_topics(source: SourceText, marker: Marker, paragraph: Paragraph) -> bool:
    """The opener ``marker`` ends its line and the rest of ``paragraph`` is a list
    of two or more topics, one a line ("¶1. (U) SUMMARY:" / "-- Growing Protests in
    ZENDA" / "-- ..."; 06ASUNCION768): the headlines of the sections below, not a
    summary that an END SUMMARY would close.  Asked by CL109 of a summary about
    to be reported as never closed only."""
    lines = source.text[marker.span.end:paragraph.span.end].split("\n")
    if lines[0].strip(" \t:.-"):
        return False  # the summary's words follow the label on its line
    items = [line for line in lines[1:] if line.strip()]
    return len(items) >= 2 and all(_TOPIC_ITEM.match(line) for line in items)


def heading_marker(span: Span, text: str) -> Marker | None:
    """The opener a heading is, when its first word is SUMMARY or COMMENT
    ("SUMMARY", "-- Comment --", "BEGIN SUMMARY", "SUMMARY AND TABLE OF CONTENTS")."""
    upper = text.upper()
    if "SUMMARY" not in upper and "COMMENT" not in upper:
        return None  # most headings
    words = upper.strip(" -/:\"").split()
    if words[:2] == ["BEGIN", "SUMMARY"]:
        words = words[1:]
    if not words or words[0].strip(":.") not in _HEADING_OPENERS:
        return None
    kind = words[0].strip(":.").lower()
    kinds = ("comment", "summary") if words[:3] == ["SUMMARY", "AND", "COMMENT"] else (kind,)
    return Marker(span, kind, "begin", text, kinds, "heading")


#: first words of a heading that introduces the cable ("Introduction",
#: "INTRODUCTION/COMMENT", "Overview")
_INTRODUCTION_WORDS = ("INTRODUCTION", "OVERVIEW")


def introduction_heading(text: str) -> bool:
    """A heading that introduces the cable: its first word is INTRODUCTION or
    OVERVIEW ("Introduction", "INTRODUCTION/COMMENT", "Overview"; 04BOGOTA11752:
    "Introduction" above a scenesetter's overview paragraph).  Asked by CL110
    of the headings above a long cable's first paragraph only, never of every
    heading."""
    head = text.lstrip(" -=/:.\"")
    if head[:1] not in ("I", "O", "i", "o"):
        return False
    words = head.upper().rstrip(" -=/:.\"").replace("/", " ").split(None, 1)
    return bool(words) and words[0].strip(":.") in _INTRODUCTION_WORDS


def parenthesis_close(source: SourceText, marker: Marker, stop: int) -> Span | None:
    """The ``)`` that closes the parenthesis opened before ``marker`` ("(Note: ...)"),
    when it comes before ``stop`` (the start of the next paragraph or heading).

    Blank lines do not end the search, since a page break inside a sentence
    leaves blank lines behind; nor do parentheses nested inside.  Read with
    ``str.find`` from one parenthesis to the next.
    """
    text = source.text
    open_at = text.rfind("(", 0, marker.span.start)
    limit = min(stop, open_at + _PARENTHESIS_REACH)
    depth, position = 1, open_at + 1
    while True:
        close = text.find(")", position, limit)
        if close < 0:
            return None
        nested = text.find("(", position, close)
        if nested >= 0:
            depth, position = depth + 1, nested + 1
            continue
        depth, position = depth - 1, close + 1
        if depth == 0:
            return source.span(close, close + 1)
