"""Caption lines below the banner: which form of the grammar's CAPTION a line is,
and the handling and control words it names, with their spans.

The rules ask the model which caption says NOFORN or SENSITIVE instead of
splitting caption text into words themselves.
"""

from __future__ import annotations

import re

from cablelint.diagnostics import Span
from cablelint.model import Caption, CaptionControl
from cablelint.source import SourceText

#: The control and handling words a caption may name (upper case).  Multi-word
#: controls are listed by their words, joined by one space.
CONTROL_WORDS = frozenset({"NOFORN", "SENSITIVE", "SBU", "FOUO", "LOU", "EXDIS", "NODIS",
                           "LIMDIS", "STADIS"})
_MULTI_WORD_CONTROLS = (("LIMITED", "OFFICIAL", "USE"), ("FOR", "OFFICIAL", "USE", "ONLY"))
#: A caption's words: runs of ASCII letters ("SECRET//NOFORN" names NOFORN).
_WORD = re.compile(r"[A-Za-z]+")
_SQUEEZE = re.compile(r"[^A-Z]+")
#: The level words a ``level`` caption opens with (the grammar's _LEVEL_AND_NOFORN).
_LEVEL_WORDS = ("TOP SECRET ", "SECRET ", "CONFIDENTIAL ")
#: Caption words with commas or blanks between, the grammar's _CAPTION_LIST (the line
#: upper-cased, blanks squeezed): "SENSITIVE, SIPDIS" and "SENSITIVE SIPDIS" are
#: SENSITIVE captions that name SIPDIS too.
_LIST_WORD = "(?:SIPDIS|NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS)"
_CAPTION_LIST = re.compile(rf"{_LIST_WORD}(?:(?: ?, ?| ){_LIST_WORD})+\.?")


_RUN_ON_WORD = re.compile(r"\S+")


def leading_caption_words(text: str, start: int) -> list[tuple[int, int]]:
    """The caption words (SIPDIS, a control word: ``NOFORN``, ``SENSITIVE`` ...)
    that open ``text[start:]``, as (start, end) offsets, when other text follows
    them; else none.

    Why: a flattened header runs the captions onto the banner line ahead of the
    rest (``... DAMASCUS 000251 NOFORN SIPDIS DEPARTMENT FOR ... E.O. 12958:
    ...``); read as that text's prefix, the NOFORN caption would be lost.
    """
    words = []
    for found in _RUN_ON_WORD.finditer(text, start):
        upper = found.group().upper()
        if upper != "SIPDIS" and upper not in CONTROL_WORDS:
            return words
        words.append(found.span())
    return []  # captions alone: the line is a caption line


def caption_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The caption words (SIPDIS, a control word) that open ``text[start:end]``, as
    (start, end) offsets, whatever follows them (the text before an E.O. keyword:
    ``NOFORN SIPDIS DEPT FOR NEA/MAG``)."""
    words = []
    for found in _RUN_ON_WORD.finditer(text, start, end):
        upper = found.group().upper()
        if upper != "SIPDIS" and upper not in CONTROL_WORDS:
            break
        words.append(found.span())
    return words


def inserted_after_secretary(source: SourceText, line: int) -> bool:
    """True when the last line with text before line ``line`` (1-based) names the
    Secretary: a SIPDIS there was inserted by the release's software after the
    word, as in the body (CL910), not written as a caption.  Asked only of SIPDIS
    lines below the E.O. line, where no caption belongs."""
    texts = source.texts
    number = line - 1
    while number > 0 and not texts[number - 1].strip():
        number -= 1
    return number > 0 and "SECRETAR" in texts[number - 1].upper()


def parse_caption(source: SourceText, text: str, span: Span) -> Caption:
    """A CAPTION line (``text`` as the lexer trimmed it, ``span`` its span)."""
    upper = text.upper()
    if upper == "SIPDIS":  # nine captions in ten are SIPDIS or one control word
        return Caption(span, text, "sipdis", ())
    if upper in CONTROL_WORDS:
        return Caption(span, text, "sensitive" if upper == "SENSITIVE" else "handling",
                       (CaptionControl(upper, span),))
    return Caption(span, text, _kind(upper), _controls(source, text, span.start))


def _kind(upper: str) -> str:
    """Which of the grammar's CAPTION forms the line is (see :class:`~cablelint.model.Caption`)."""
    words = " ".join(upper.split())
    if words == "SIPDIS":
        return "sipdis"
    if _CAPTION_LIST.fullmatch(words):  # "SENSITIVE, SIPDIS": SENSITIVE's caption line
        if "SENSITIVE" in words:
            return "sensitive"
        # "SIPDIS SIPDIS" (09DJIBOUTI113): the SIPDIS caption doubled
        return "sipdis" if set(_SQUEEZE.sub(" ", words).split()) == {"SIPDIS"} else "handling"
    if words.rstrip(" .") == "SENSITIVE":
        return "sensitive"
    if words.startswith(("SENSITIVE", "DEA SENSITIVE")):
        return "sbu"
    if _SQUEEZE.sub("", words).startswith("CORRECTEDCOPY"):
        return "corrected_copy"
    if "//" in words or words.startswith(_LEVEL_WORDS):  # "SECRET NOFORN" too
        return "level"
    if "SENSITIVE" in words:
        return "sensitivity_note"
    return "handling"


def _controls(source: SourceText, text: str, offset: int) -> tuple[CaptionControl, ...]:
    """The control words of the line in order of appearance, each once."""
    words = [(found.group().upper(), found.start(), found.end())
             for found in _WORD.finditer(text)]
    controls: list[CaptionControl] = []
    seen: set[str] = set()
    for index, (word, start, end) in enumerate(words):
        name = None
        if word in CONTROL_WORDS:
            name = word
        else:
            for phrase in _MULTI_WORD_CONTROLS:
                if tuple(w for w, _, _ in words[index:index + len(phrase)]) == phrase:
                    name, end = " ".join(phrase), words[index + len(phrase) - 1][2]
                    break
        if name is not None and name not in seen:
            seen.add(name)
            controls.append(CaptionControl(name, source.span(offset + start, offset + end)))
    return tuple(controls)
