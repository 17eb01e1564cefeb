"""A file holding two cables (issue #12, fresh-9 A198/A103/A186): the first
cable's routing header, the web page's record of a second cable ("id:",
"refid:" ... "header:"), the second cable's own routing header, then the
second cable's banner and text.  Invented posts and names only."""

from __future__ import annotations

from cable_snippets import BODY, cable

FIRST_ROUTING = ("VZCZCXYZ0000", "OO RUEHWEB", "", "DE RUEHZN #0595/01 2812055",
                 "ZNY CCCCC ZZH", "O R 082055Z OCT 09", "FM AMEMBASSY ZENDA",
                 "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0083",
                 "INFO RUEHST/AMEMBASSY STRELSAU 0001id: 224423")
RECORD = ("date: 9/10/2009 12:07", "refid: 09ZENDA561", "origin: Embassy Zenda",
          "classification: UNCLASSIFIED", "destination:", "header:")
SECOND_ROUTING = ("VZCZCXYZ0000", "RR RUEHWEB", "DE RUEHZN #0561 2531207", "ZNR UUUUU ZZH",
                  "R 101207Z SEP 09", "FM AMEMBASSY ZENDA", "TO RUEHC/SECSTATE WASHDC 0015",
                  "INFO RUEHST/AMEMBASSY STRELSAU 0002",
                  "----------------- header ends ----------------")
#: line of the second cable's VZCZC line
SECOND_LINE = len(FIRST_ROUTING) + len(RECORD) + 1


def two_cables(second_serial: str = "0561", letters: str = "UUUUU",
               banner: str = "UNCLAS ZENDA 000561", mark: str = "U") -> str:
    """The first cable's (09ZENDA595, CONFIDENTIAL) routing header and the
    second's record, routing header (DE ``#second_serial``, ZNR ``letters``),
    banner and text (paragraphs marked ``mark``)."""
    second = tuple(line.replace("#0561", f"#{second_serial}").replace("UUUUU", letters)
                   for line in SECOND_ROUTING)
    return cable("E.O. 12958: N/A", "TAGS: PREL ZD", "SUBJECT: THE REGENT VISITS STRELSAU",
                 banner=banner, prologue=(*FIRST_ROUTING, *RECORD, *second),
                 body=tuple(line.replace("(C)", f"({mark})") for line in BODY))
