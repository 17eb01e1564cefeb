"""The ZFR cancellation notice (Document.cancellation): hand-written cables."""

from __future__ import annotations

from cablelint.parser import parse_text

ZFR = "//////////////////// ZFR ZFR ZFR ZFR /////////////////////"
HEAD = "UNCLAS ZENDA 002074\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV ZN\nSUBJECT: THE KING\n\n"


def test_notice_between_zfr_rules_is_the_cancellation() -> None:
    text = HEAD + (f"{ZFR}\n\n  THIS CABLE IS CANCELLED.\n\n"
                   f"  CORRECTED CABLE WILL BE SENT VIA NEW MRN.\n\n{ZFR}\n")
    span = parse_text(text).cancellation
    assert span is not None
    assert (span.line, span.column, span.end_line, span.end_column) == (9, 1, 15, len(ZFR) + 1)


def test_zfr_rules_without_the_words_are_no_cancellation() -> None:
    text = HEAD + f"{ZFR}\n\n1. (U) The king was crowned.\n\n{ZFR}\n\nRASSENDYLL\n"
    assert parse_text(text).cancellation is None
    assert parse_text(HEAD + "1. (U) This cable is cancelled, said nobody.\n").cancellation \
        is None
