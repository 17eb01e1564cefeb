"""Shared helpers of the artifact-rule tests (CL904-CL915): a plain cable around a body.

Every snippet is invented (Strelsau, Zenda and Ritzburg are fictional posts;
names and serials are made up); nothing is copied from the corpus.
"""

from __future__ import annotations

from pathlib import Path

from rule_helpers import apply_fixes, findings

REPO = Path(__file__).resolve().parents[2]
BANNER = "C O N F I D E N T I A L SECTION 01 OF 02 STRELSAU 000733"
HEADER = (f"{BANNER}\n\nSIPDIS\n\nE.O. 12958: DECL: 03/12/2019\nTAGS: PREL PGOV RT\n"
          "SUBJECT: THE COALITION WOBBLES\n\n"
          "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)\n\n")


def cable(body: str, header: str = HEADER, trailer: str = "\nSAPT\n") -> str:
    """A cable with the given body text (paragraphs, blank lines as written)."""
    return header + body + trailer


def fixed_clean(text: str, code: str, unsafe: bool = False, **kwargs) -> str:
    """Apply the fixes of ``code`` (safe ones, or all with ``unsafe``); the fixed
    text must not trigger them again."""
    found = findings(text, code, **kwargs)
    fixed = apply_fixes(text, found, unsafe)
    assert [d for d in findings(fixed, code, **kwargs) if d.fix] == [], fixed
    return fixed


def on_line(text: str, number: int) -> str:
    return text.splitlines()[number - 1]

