"""The SBU handling notice written in the text (``Document.sbu_notice``).

Every snippet is invented (Zenda is a fictional post); nothing is copied from
the corpus.
"""

from __future__ import annotations

from cable_snippets import cable, covered, parse_ok

HEADER = ("SIPDIS", "E.O. 12958: N/A", "TAGS: PREL ZE", "SUBJECT: THE CORONATION")


def test_notice_between_the_header_and_the_first_paragraph() -> None:
    """06KIEV947 (fresh-8 audit, A114): the notice stands above paragraph 1."""
    text = cable(*HEADER, body=("Sensitive but unclassified.  Not for internet distribution.",
                                "Please handle accordingly.", "1. (SBU) The king spoke."),
                 banner="UNCLAS ZENDA 000123")
    notice = parse_ok(text).sbu_notice
    assert notice is not None and covered(text, notice) == "Sensitive but unclassified"
    assert notice.line == text.splitlines().index(
        "Sensitive but unclassified.  Not for internet distribution.") + 1


def test_no_notice_inside_a_paragraph_or_on_a_classified_cable() -> None:
    text = cable(*HEADER, body=("1. (SBU) The regent called the papers sensitive but "
                                "unclassified.",), banner="UNCLAS ZENDA 000123")
    assert parse_ok(text).sbu_notice is None
    text = cable(*HEADER, "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b)",
                 body=("SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY", "",
                       "1. (C) The king spoke."), banner="CONFIDENTIAL ZENDA 000123")
    assert parse_ok(text).sbu_notice is None
