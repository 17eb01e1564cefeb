"""Helpers for the portion-marking tests (CL3xx): a cable around some paragraphs.

Every snippet is invented (Zenda, Strelsau and Ritzburg are fictional posts);
nothing is copied from the corpus.  The path names a cable id so that the
cable date is known (its year) where a rule depends on it.
"""

from __future__ import annotations

from cable_snippets import cable
from rule_helpers import findings

EO = "E.O. 12958: DECL: 03/30/2016"
TAGS = "TAGS: PREL PGOV ZE"
SUBJECT = "SUBJECT: THE CORONATION"
CBY = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)"
HEADER = ("SIPDIS", EO, TAGS, SUBJECT, CBY)
PATH = "06ZENDA123.txt"
UNCLAS = "UNCLAS ZENDA 000123"
SECRET = "S E C R E T ZENDA 000123"


def body(*paragraphs: str) -> tuple[str, ...]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return tuple(lines[:-1])


def run(code: str, *paragraphs: str, banner: str | None = None,
        header: tuple[str, ...] = HEADER, path: str = PATH, **kwargs):
    text = cable(*header, body=body(*paragraphs), **({"banner": banner} if banner else {}),
                 **kwargs)
    return text, findings(text, code, path=path)


def at(text: str, needle: str) -> tuple[int, int]:
    """Line and column (1-based) where ``needle`` starts in ``text``."""
    index = text.index(needle)
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


def end(text: str, needle: str) -> tuple[int, int]:
    """Line and column (1-based) just after ``needle`` in ``text``."""
    line, column = at(text, needle)
    return line, column + len(needle)
