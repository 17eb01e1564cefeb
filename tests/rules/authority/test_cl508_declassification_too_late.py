"""CL508 declassification-too-late: hand-written cables."""

from __future__ import annotations

from authority_helpers import only, snippet
from cable_snippets import covered
from rule_helpers import findings

from cablelint.rules.base import Settings


def test_cl508_too_late_with_slack():
    text = snippet(eo="E.O. 12958: DECL: 08/18/2036", day="181200Z DEC 06")
    found = only(text, "CL508")
    assert covered(text, found.span) == "08/18/2036"
    assert "29 years 8 months" in found.message
    # 25 years and the next day or a few days more: accepted
    for date in ("12/18/2031", "12/19/2031", "12/24/2031"):
        assert findings(snippet(eo=f"E.O. 12958: DECL: {date}", day="181200Z DEC 06"),
                        "CL508") == []
    # between 1995 and March 2003 the limit is 10 years
    assert len(findings(snippet(eo="E.O. 12958: DECL: 11/22/2015", day="221200Z NOV 02"),
                        "CL508")) == 1
    assert findings(snippet(eo="E.O. 12958: DECL: 11/22/2012", day="221200Z NOV 02"),
                    "CL508") == []


# --- a text filed under another cable's name (CL103): its date is its own or unknown ---

_MISFILED = """C O N F I D E N T I A L SECTION 01 OF 02 RASSENDYLL 002305

SIPDIS

E.O. 12958: DECL: 06/12/2033
TAGS: PREL ZZ
SUBJECT: ZENDA TALKS{dateline}

Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d).

1. (C) Text.
"""


def test_cl508_misfiled_text_not_dated_by_the_files_metadata():
    """The file 05ZENDA679 holds RASSENDYLL 002305 (of 2008): the metadata's
    2005 date is the file's cable's, not this text's; no error on it."""
    settings = Settings(metadata={"05ZENDA679": {"created": "2005-04-25 10:00"}})
    text = _MISFILED.format(dateline="")
    assert findings(text, "CL508", path="05ZENDA679.txt", settings=settings) == []
    # the same text filed under its own id is measured from the metadata date
    own = text.replace("RASSENDYLL 002305", "ZENDA 000679")
    assert len(findings(own, "CL508", path="05ZENDA679.txt", settings=settings)) == 1


def test_cl508_misfiled_text_dated_by_its_own_dateline():
    """A dateline printed with the text dates it: a true finding stays."""
    text = ("Thursday, 12 June 2003, 08:54\n"
            + _MISFILED.format(dateline=""))
    found = findings(text, "CL508", path="05ZENDA679.txt",
                     settings=Settings(metadata={"05ZENDA679": {"created": "2005-04-25"}}))
    assert len(found) == 1 and "30 years" in found[0].message


def test_cl508_misfiled_text_ignores_the_files_routing_dtg():
    """A routing header whose DE line names the file's serial, not the banner's, is
    the file's cable's (the text spliced under it): its DTG does not date the text."""
    header = ("VZCZCXRO0571\nRR RUEHDBU\nDE RUEHZN #0679/01 2511527\nZNY CCCCC ZZH\n"
              "R 081527Z SEP 05\nFM AMEMBASSY ZENDA\nTO RUEHC/SECSTATE WASHDC 8349\n")
    text = header + _MISFILED.format(dateline="")
    assert findings(text, "CL508", path="05ZENDA679.txt") == []
    # the DE line naming the banner's serial: the header is the text's own
    text = text.replace("#0679/01", "#2305/01")
    assert len(findings(text, "CL508", path="05ZENDA679.txt")) == 1
