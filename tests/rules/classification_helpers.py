"""Helpers of the CL4xx classification-consistency tests: hand-written cables.

Every snippet is invented (Zenda and Strelsau are fictional posts); nothing is
copied from the corpus.
"""

from __future__ import annotations

from cable_snippets import cable
from rule_helpers import findings

from cablelint.rules.base import Settings

EO = "E.O. 12958: DECL: 03/30/2016"
NA = "E.O. 12958: N/A"
TAGS = "TAGS: PREL PGOV GM"
SUBJECT = "SUBJECT: THE CORONATION"
CBY = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)"
PATH = "06ZENDA123.txt"
CONFIDENTIAL = "C O N F I D E N T I A L ZENDA 000123"
SECRET = "S E C R E T ZENDA 000123"
UNCLAS = "UNCLAS ZENDA 000123"


def make(banner: str, captions: tuple[str, ...], eo: str, paragraphs: tuple[str, ...],
         classified_by: bool = True) -> str:
    header = (*captions, eo, TAGS, SUBJECT, *((CBY,) if classified_by else ()))
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return cable(*header, banner=banner, body=tuple(lines[:-1]))


def run(code: str, text: str, settings: Settings | None = None, path: str = PATH):
    return findings(text, code, path=path, settings=settings)


def at(text: str, needle: str) -> tuple[int, int, int, int]:
    index = text.index(needle)
    line = text.count("\n", 0, index) + 1
    column = index - text.rfind("\n", 0, index)
    return line, column, line, column + len(needle)
