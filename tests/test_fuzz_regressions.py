"""Inputs that ``benchmarks/fuzz.py`` found failing, each shrunk to a small cable.

Each test says what the fuzzer saw (an escaping exception or a violated
invariant) and asserts the right behaviour instead.
"""

from __future__ import annotations

from cablelint.config import ConfigResolver, Overrides
from cablelint.diagnostics import Diagnostic
from cablelint.fixer.loop import fix_source
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

PLAN = ConfigResolver(all_rules()[0], Overrides(select=("ALL",)), isolated=True).plan_for(
    "zenda.txt")
HEADER = ("CONFIDENTIAL ZENDA 000417\n\nE.O. 12958: DECL: 04/30/2018\nTAGS: PREL PGOV\n"
          "SUBJECT: THE REGENT NAMES A CABINET\n\n")


def _positions_agree(source: SourceText, diagnostic: Diagnostic) -> bool:
    """Lines and columns of the span are those of its offsets in ``source``."""
    span = diagnostic.span
    return (source.line_col(span.start) == (span.line, span.column)
            and source.line_col(span.end) == (span.end_line, span.end_column))


def test_the_not_utf8_note_points_at_the_bad_byte_after_multibyte_characters() -> None:
    # fuzz seed 13 input 6335 (a byte flip): the note's offset was counted in a
    # UTF-8 decoding (one character for "\u2019") of a text read as Windows-1252
    # (three), so it pointed two characters before the bad byte
    data = b"SUBJECT: THE REGENT\xe2\x80\x99S \xc2\xb6 CABINET \xe9T\n"  # \u2019, \u00b6, then bad
    source = SourceText.from_bytes(data, "zenda.txt")
    (note,) = source.diagnostics
    assert source.encoding == "cp1252" and "byte 0xE9 at byte 35" in note.message
    assert source.text[note.span.start:note.span.end] == "\u00e9"
    assert (note.span.line, note.span.column) == (1, 36)


def test_fixing_a_non_utf8_file_whose_fixed_bytes_look_binary_does_not_raise() -> None:
    # fuzz seed 13 input 7733: removing a repeated header raised the share of
    # control bytes above the binary limit, and re-reading the fixed bytes raised
    # BinaryFileError out of fix_source (a traceback from --fix)
    body = "1. (C) The regent met RASSENDYLL in Strelsau\x81.\n\n2. (C) " + "\x0b" * 40
    data = (HEADER * 4 + body + "\n\nRASSENDYLL\n").encode("latin-1")
    source = SourceText.from_bytes(data, "zenda.txt")
    assert source.encoding == "latin-1" and source.diagnostics

    outcome = fix_source(source, PLAN, allow_parse_errors=True)

    assert outcome.fixed["CL912"] and outcome.converged
    assert outcome.text.count("SUBJECT:") == 1 and "\x0b" * 40 in outcome.text
    fixed = outcome.result.source
    notes = [d for d in outcome.result.diagnostics if d.code == "CL002"]
    assert notes and all(_positions_agree(fixed, note) for note in notes)


def test_notes_carried_into_a_fixed_text_have_spans_that_match_their_offsets() -> None:
    # fuzz seed 13 input 6335, shrunk: read as Latin-1; the first pass removes the
    # page lines (and the bad byte), the fixed bytes then read as UTF-8 ("\u201d"),
    # which Latin-1 cannot encode, so the second pass kept the original note with
    # its old span: line 4 column 8 at offset 45 of a 2-line, 23-character text
    data = b"\xc2\xb65.\nPAGE 01 H F\nONFIDENTIAL T 066\xe2\x80\x9d\nPAGE 01 F \xef"
    source = SourceText.from_bytes(data, "zenda.txt")
    for unsafe in (False, True):
        outcome = fix_source(source, PLAN, unsafe=unsafe, allow_parse_errors=True)
        fixed = outcome.result.source
        assert "PAGE 01" not in outcome.text and outcome.converged
        assert all(0 <= d.span.start <= d.span.end <= len(fixed.text)
                   and _positions_agree(fixed, d) for d in outcome.result.diagnostics)


def test_ref_lettering_does_not_crash_when_a_label_and_an_inline_item_tie() -> None:
    # fuzz seed 13 input 100869, shrunk: CL606 sorted (offset, letter, span) tuples,
    # and a line-start label and an inline item at the same offset compared a
    # Span with None (TypeError -> CL000)
    from cablelint.check import lint_source

    result = lint_source(SourceText.from_text("REF A B.\nC. 0\n", "zenda.txt"), PLAN)
    assert not [d for d in result.diagnostics if d.code == "CL000"]
