"""How the parser joined the Classified By block's lines (``ClassifiedBy.wrap_joins``).

CL905 reads these instead of joining the lines again.  Invented names.
"""

from __future__ import annotations

from cable_snippets import cable, parse_ok


def test_a_word_cut_at_the_wrap_is_recorded_as_joined() -> None:
    text = cable("Classified By: Political Counselor Flavia Elphberg for REAS\n"
                 "ONS 1.4 (b) and (d)")
    block = parse_ok(text).classified_by
    assert len(block.lines) == 2 and block.wrap_joins == (True,)
    assert "for REASONS 1.4" in block.text


def test_lines_broken_between_words_are_joined_with_a_space() -> None:
    text = cable("Classified By: Ambassador Rudolf Rassendyll\nfor reasons\n1.4 (b) and (d)")
    block = parse_ok(text).classified_by
    assert block.wrap_joins == (False, False)
    assert block.text.endswith("Rassendyll for reasons 1.4 (b) and (d)")


def test_a_one_line_block_records_no_joins() -> None:
    block = parse_ok(cable("Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b)")
                     ).classified_by
    assert block.wrap_joins == ()
