"""Long release marks and run-together marks are portion marks (issue #12).

Invented names only (Zenda, Ruritania, Strelsau): no corpus text.
"""

from __future__ import annotations

from cable_snippets import cable, parse_ok

SECRET = "S E C R E T ZENDA 000123"
HEADER = ("E.O. 12958: DECL: 03/30/2018", "TAGS: PREL ZE", "SUBJECT: THE CORONATION",
          "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)")


def _paragraphs(*lines: str):
    return parse_ok(cable(*HEADER, body=lines, banner=SECRET)).paragraphs


def test_release_list_longer_than_a_short_mark() -> None:
    line = ("1. (S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR) "
            "The regent left.")
    mark = _paragraphs(line)[0].portion_mark
    assert mark is not None
    assert mark.raw == "(S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR)"
    assert mark.level == "S"
    assert "QATAR" in mark.release_to and "AND" not in mark.release_to
    assert mark.span.line == mark.span.end_line
    assert mark.span.end_column - mark.span.column == len(mark.raw)


def test_release_list_wrapped_onto_the_next_line() -> None:
    paragraphs = _paragraphs("1.  (S//REL RURITANIA, ZENDA, STRELSAU, ",
                             "RITZBURG, TARLENHEIM):  Posts should ask the king.")
    mark = paragraphs[0].portion_mark
    assert mark is not None and mark.level == "S"
    assert mark.release_to == ("RURITANIA", "ZENDA", "STRELSAU", "RITZBURG", "TARLENHEIM")
    assert mark.span.end_line == mark.span.line + 1
    assert mark.raw.endswith("TARLENHEIM)")


def test_an_unclosed_parenthesis_is_no_mark() -> None:
    paragraphs = _paragraphs("1. (S//REL ZENDA and the king said", "nothing more.")
    assert paragraphs[0].portion_mark is None


def test_level_and_control_run_together_are_a_malformed_mark() -> None:
    mark = _paragraphs("4.  (SNF)  The Ambassador thanked the regent.")[0].portion_mark
    assert mark is not None
    assert (mark.level, mark.caveats, mark.well_formed) == ("S", ("NF",), False)


def test_a_paragraph_the_publisher_removed_is_flagged() -> None:
    paragraphs = _paragraphs("6. (S) The regent left.", "7. [DETAILS REMOVED]",
                             "8. [Name removed] said the king was ill.")
    assert paragraphs[0].removed is None
    removed = paragraphs[1].removed
    assert removed is not None and (removed.column, removed.end_column) == (4, 21)
    assert paragraphs[2].removed is None  # words of the drafter's are left


def test_a_removal_note_naming_its_publisher_is_a_removed_paragraph() -> None:
    """07OSLO480 (fresh-12 audit A287): '[TEXT REMOVED BY AFTENPOSTEN ]'."""
    paragraphs = _paragraphs("6. (S) The regent left.", "7. [TEXT REMOVED BY ZENDA POST ]",
                             "8. [TEXT REMOVED BY ZENDA POST ] said the king was ill.")
    removed = paragraphs[1].removed
    assert removed is not None and (removed.column, removed.end_column) == (4, 33)
    assert paragraphs[2].removed is None


def test_an_unknown_level_before_a_known_control_is_a_mark_without_a_level() -> None:
    """06BEIRUT2541 (fresh-8 audit, A066): '(A/NF)' among (C/NF) paragraphs is a mark
    whose level is damaged, not no mark."""
    paragraphs = _paragraphs("7.  (A/NF) The Ambassador thanked the regent.",
                             "8.  (EU/NATO) talks resume today.", "9.  (A/ZENDA) and more.")
    mark = paragraphs[0].portion_mark
    assert mark is not None and mark.raw == "(A/NF)"
    assert (mark.level, mark.caveats, mark.well_formed) == (None, ("NF",), False)
    assert (mark.span.column, mark.span.end_column) == (5, 11)
    # controls the table does not know: a parenthesis of the text
    assert paragraphs[1].portion_mark is None and paragraphs[2].portion_mark is None
