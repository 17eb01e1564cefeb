"""Shared helpers of the authority tests (CL501-CL513): a dated snippet cable with an E.O.
line and a Classified By block, and the one finding of a rule."""

from __future__ import annotations

from cable_snippets import cable
from rule_helpers import findings

GOOD_EO = "E.O. 12958: DECL: 03/30/2016"
TAGS = "TAGS: PREL PGOV ZN"
SUBJECT = "SUBJECT: CORONATION IN ZENDA"
GOOD_CB = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)."


def dtg(day: str = "301451Z MAR 06") -> tuple[str, ...]:
    return (f"P {day}", "FM AMEMBASSY ZENDA", "TO RUEHC/SECSTATE WASHDC 1234", "")


def snippet(eo: str = GOOD_EO, classified_by: str | None = GOOD_CB, day: str = "301451Z MAR 06",
            banner: str | None = None, **kwargs) -> str:
    header = [eo, TAGS, SUBJECT] + ([classified_by] if classified_by else [])
    extra = {"banner": banner} if banner is not None else {}
    return cable(*header, prologue=dtg(day), **extra, **kwargs)


def only(text: str, code: str, **kwargs):
    found = findings(text, code, **kwargs)
    assert len(found) == 1, found
    return found[0]
