"""Shared pieces of the structure rules' tests (CL1xx): an invented Zenda cable's
routing lines and header fields, a good cable made of them, and finding positions.

Every snippet is invented (Zenda, Strelsau and Ritzburg are fictional posts);
nothing is copied from the corpus.
"""

from __future__ import annotations

from cable_snippets import cable
from rule_helpers import findings

PREAMBLE = ("This record is a partial extract of the original cable. The full text of the "
            "original cable is not available.")
ROUTING = (
    "VZCZCXRO1234",
    "PP RUEHZN",
    "DE RUEHZN #0123/01 0891451",
    "ZNY CCCCC ZZH",
    "P 301451Z MAR 06",
    "FM AMEMBASSY ZENDA",
    "TO RUEHC/SECSTATE WASHDC PRIORITY 1234",
)
EO = "E.O. 12958: DECL: 03/30/2016"
TAGS = "TAGS: PREL PGOV ZN"
SUBJECT = "SUBJECT: THE KING IS CROWNED"
REF = "REF: ZENDA 101"
CLASSIFIED = "Classified By: Ambassador F. Tarlenheim, reasons 1.4 (b) and (d)"
HEADER = (EO, TAGS, SUBJECT, CLASSIFIED)


def good(**kwargs) -> str:
    """The header fields after the routing lines, with the standard banner and body."""
    return cable(*HEADER, prologue=ROUTING, **kwargs)


def codes_at(text: str, code: str, path: str = "<test>") -> list[tuple[int, int]]:
    """(line, column) of each finding of rule ``code``."""
    return [(d.span.line, d.span.column) for d in findings(text, code, path=path)]
