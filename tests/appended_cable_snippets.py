"""A file holding two cables one after the other (issue #12, fresh-12 04BOGOTA2019):
the web page's record of the first cable, its banner, header and text, its
"CABLE ENDS" line, then the second cable's record, banner, captions and marked
paragraphs.  Invented posts and names only."""

from __future__ import annotations

MARKER = "=======================CABLE ENDS============================"


def record(number: int, refid: str, classification: str) -> tuple[str, ...]:
    """The viewer's record of one cable, up to its "header ends" line."""
    return (f"id: {number}", "date: 2/27/2004 15:02", f"refid: {refid}", "origin: Embassy Zenda",
            f"classification: {classification}", "destination: ", "header:",
            "This record is a partial extract of the original cable. The full text of the "
            "original cable is not available.", "",
            "----------------- header ends ----------------", "")


FIRST = (*record(14369, "04ZENDA2019", "UNCLASSIFIED"),
         "UNCLAS ZENDA 002019", "", "SIPDIS", "", "E.O. 12958: N/A", "TAGS: PREL ZD",
         "SUBJECT: THE REGENT'S CORONATION", "",
         "1. The king's coronation went ahead as planned in the", "cathedral of the capital.", "",
         "2. Embassy will continue to follow events.", "", "Rassendyll", "", MARKER, "", "")
SECOND = (*record(14370, "04ZENDA2020", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
          "UNCLAS SECTION 01 OF 02 ZENDA 002020", "", "SIPDIS", "", "SENSITIVE", "",
          "E.O. 12958: N/A", "TAGS: ETRD ZD", "SUBJECT: THE REGENT'S NEW TARIFFS", "",
          "1. (SBU) The regent raised the tariff on wine.", "",
          "2. (SBU) Embassy will continue to follow events.", "RASSENDYLL", "", MARKER)


def two_cables(second: tuple[str, ...] = SECOND) -> str:
    """The file: the first cable (UNCLAS, unmarked, signed ``Rassendyll``), its
    end marker, then ``second``."""
    return "\n".join((*FIRST, *second)) + "\n"
