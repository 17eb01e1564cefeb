"""Wrap a cablemap fragment into a cable and read cablelint's value for it.

A header fragment goes below an invented banner (ZENDA) and above an invented
body and sign-off; a signer fragment is the end of the body below an
invented header.  The value read is the one the model holds: TAGS codes
(``Document.tags``, with an E.O. line's glued TAGS), the SUBJECT text, the
DECL date (``Document.eo``) and the sign-off name.
"""

from __future__ import annotations

import re

from cablelint.diagnostics import Diagnostic
from cablelint.engine import run_rules
from cablelint.model import Document
from cablelint.parser import parse_source
from cablelint.rules.base import Settings
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

from .fragments import Case

BANNER = "C O N F I D E N T I A L ZENDA 000123"
BODY = "1. (C) The coronation went ahead.\n\n2. (C) Comment follows.\n\nRASSENDYLL"
HEADER = ("E.O. 12958: DECL: 04/01/2019\nTAGS: PREL FR\nSUBJECT: CORONATION\n\n"
          "Classified By: Ambassador R. Rassendyll, reasons 1.4 (b) and (d)")


def cable_for(case: Case) -> str:
    """The fragment in a minimal cable around it."""
    if case.field == "signer":
        return f"{BANNER}\n\n{HEADER}\n\n1. (C) The coronation went ahead.\n\n{case.fragment}\n"
    return f"{BANNER}\n\n{case.fragment}\n\n{BODY}\n"


def parse_case(case: Case) -> tuple[Document, list[Diagnostic]]:
    """The model of the case's cable and every finding on it."""
    source = SourceText.from_text(cable_for(case), f"{case.source}.txt")
    document = parse_source(source)
    rules = [rule() for rule in all_rules()[0]]
    return document, list(run_rules(document, source, rules, Settings()))


def value_of(case: Case, document: Document) -> object:
    """cablelint's value for the case's field, in cablemap's shape."""
    if case.field == "tags":
        tags = document.tags
        return _unique([tag.code for tag in tags.tags]) if tags is not None else []
    if case.field == "subject":
        return document.subject.text if document.subject is not None else None
    if case.field == "decl":
        eo = document.eo
        return eo.declassification.date if eo is not None else None
    signoff = document.signoff
    return signoff.name if signoff is not None else None


def agrees(case: Case, value: object) -> bool:
    """Whether cablelint's value is cablemap's.  TAGS compare word by word: cablemap
    groups free-text words ("HUMAN RIGHTS") and writes names "SURNAME, GIVEN" where
    the line has the words one by one."""
    if case.field == "tags":
        return _words(case.expected) == _words(value)
    return value == case.expected


def _words(items: object) -> list[str]:
    words = [word for item in items for word in re.split(r"[\s,()]+", item.upper()) if word]
    return _unique(words)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [item for item in items if not (item in seen or seen.add(item))]
