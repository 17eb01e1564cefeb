"""CL301 unmarked-paragraph: hand-written cables."""

from __future__ import annotations

from appended_cable_snippets import two_cables
from portion_helpers import SUBJECT, TAGS, UNCLAS, at, end, run
from rule_helpers import findings, where


def test_unmarked_paragraph_is_an_error_in_a_classified_cable() -> None:
    text, found = run("CL301", "1. (C) The king was crowned.", "2. The regent left the city.")
    assert len(found) == 1
    assert where(found[0]) == (*at(text, "2."), *end(text, "2."))
    assert found[0].severity == "error"
    assert "paragraph 2 has no portion mark" in found[0].message


def test_warning_in_an_unclas_cable() -> None:
    header = ("SIPDIS", "E.O. 12958: N/A", TAGS, SUBJECT)
    _, found = run("CL301", "1. (U) The king was crowned.", "2. The regent left.",
                   banner=UNCLAS, header=header)
    assert [d.severity for d in found] == ["warning"]


def test_good_cable_is_silent() -> None:
    _, found = run("CL301", "1. (C) The king was crowned.", "2. (U) The regent left.")
    assert found == []


def test_whole_text_statement_covers_every_paragraph() -> None:
    _, found = run("CL301", "CONFIDENTIAL - ENTIRE TEXT.", "1. The king was crowned.",
                   "2. The regent left.")
    assert found == []


def test_silent_before_eo12958() -> None:
    _, found = run("CL301", "1. (C) The king was crowned.", "2. The regent left.",
                   path="89ZENDA123.txt")
    assert found == []


def test_lead_in_is_left_to_cl303() -> None:
    _, found = run("CL301", "1. Summary: (C) The king was crowned.", "2. (C) He spoke.")
    assert found == []


def test_marked_sub_items_mark_the_paragraph() -> None:
    _, found = run("CL301", "1. KEY POINTS:\n\n-- (C) The king was crowned.\n\n"
                   "-- (C) The regent left.", "2. (C) Embassy will follow events.")
    assert found == []
    # a short heading without the colon is a lead-in too
    _, found = run("CL301", "1. KEY POINTS\n-- (C) The king was crowned.",
                   "2. (C) Embassy will follow events.")
    assert found == []


def test_prose_paragraph_with_a_marked_line_further_down_is_reported() -> None:
    # the opening sentences are a portion of their own: the marked sub-heading
    # below them does not mark them
    text, found = run("CL301", "1. (C) The king was crowned.",
                      "2. During the long audience the regent spoke of the harbour\n"
                      "and of the tolls the city of Strelsau levies on the river.\n"
                      "(C) Harbour tolls\nThe regent said they would rise.",
                      "3. (C) Embassy will follow events.")
    assert len(found) == 1
    assert where(found[0])[:2] == at(text, "2. During")
    # so are sentences ending with a colon before a marked list
    text, found = run("CL301", "1. (C) The king was crowned.",
                      "2. During the long audience the regent spoke of the harbour\n"
                      "and of the tolls. Among his points:\n-- (C) Tolls will rise.",
                      "3. (C) Embassy will follow events.")
    assert len(found) == 1


def test_quoted_document_with_restarted_numbering() -> None:
    _, found = run("CL301", "1. (C) The note reads as follows:",
                   "1. The Government of Zenda presents its compliments.",
                   "2. It requests the return of the crown.", "2. (C) Embassy comment.")
    assert found == []


def test_redaction_only_paragraph_and_classified_by_paragraph() -> None:
    _, found = run("CL301", "1. Classified by Ambassador Rassendyll, reason 1.4 (d).",
                   "2. (C) The king was crowned.", "3. XXXXXXXXXXXX",
                   "4. (C) Embassy will follow events.")
    assert found == []


def test_paragraph_opening_with_a_redaction_is_info() -> None:
    _, found = run("CL301", "1. (C) The king was crowned.",
                   "2. XXXXXXXXXXXX told poloff the regent left.")
    assert [d.severity for d in found] == ["info"]
    assert "redacted" in found[0].message


def test_number_ending_a_wrapped_sentence() -> None:
    _, found = run("CL301", "1. (C) The king was crowned.",
                   "2. (C) The regent will answer the questions posed in paragraph",
                   "1. Embassy will follow events.")
    assert found == []


UNCLAS_HEADER = ("SIPDIS", "E.O. 12958: N/A", TAGS, SUBJECT)


def test_unclassified_cable_marking_nothing_is_left_to_cl309() -> None:
    # issue #12: a wholly unmarked UNCLAS cable is a habit readers found debatable
    _, found = run("CL301", "1. The king was crowned.", "2. The regent left.",
                   "3. Embassy will follow events.", banner=UNCLAS, header=UNCLAS_HEADER)
    assert found == []


def test_unclassified_cable_before_2004_marking_nothing_is_not_judged() -> None:
    # E.O. 12958 asks marks of classified text; the handbook text asking them of
    # unclassified telegrams is from 2004
    _, found = run("CL301", "1. The king was crowned.", "2. The regent left.",
                   banner=UNCLAS, header=UNCLAS_HEADER, path="01ZENDA123.txt")
    assert found == []


def test_unclassified_cable_before_2004_leaving_one_out_is_info() -> None:
    # the drafter chose to mark: the one paragraph left out is a slip worth a note
    # (a mark removed from such a cable went unseen: detection benchmark, fresh-3)
    text, found = run("CL301", "1. (U) The king was crowned.", "2. The regent left.",
                      "3. (U) Embassy will follow events.", banner=UNCLAS,
                      header=UNCLAS_HEADER, path="01ZENDA123.txt")
    assert [(d.severity, d.message) for d in found] == [
        ("info", "paragraph 2 has no portion mark, unlike the cable's other paragraphs; "
                 "write (U) or (SBU) after the number")]
    assert where(found[0]) == (*at(text, "2."), *end(text, "2."))


def test_classified_cable_marking_nothing_is_still_judged() -> None:
    # (issue #12: one error for the cable, no longer one per paragraph)
    _, found = run("CL301", "1. The king was crowned.", "2. The regent left.",
                   path="01ZENDA123.txt")
    assert [d.severity for d in found] == ["error"]


def test_long_and_wrapped_release_marks_are_marks() -> None:
    _, found = run("CL301", "1. (S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR) "
                   "The regent left.",
                   "2.  (S//REL RURITANIA, ZENDA, STRELSAU, \nRITZBURG, TARLENHEIM):  Posts "
                   "should ask the king.", "3. (SNF) The king spoke.")
    assert found == []


def test_a_paragraph_the_publisher_removed_is_not_judged() -> None:
    _, found = run("CL301", "6. (S) The regent left.", "7. [DETAILS REMOVED]",
                   "8. (S) The king spoke.")
    assert found == []


def test_a_classified_cable_that_marks_nothing_gets_one_error() -> None:
    text, found = run("CL301", "1. The king was crowned.", "2. The regent left.",
                      "3. Michael plotted.", banner="S e c r e t ZENDA 000123")
    assert len(found) == 1
    line, column = at(text, "1. The")
    assert where(found[0]) == (line, column, line, column + 2)
    assert found[0].severity == "error"
    assert found[0].message.startswith("no paragraph of this SECRET cable has a portion mark")


def test_per_paragraph_errors_stay_when_some_paragraphs_are_marked() -> None:
    _, found = run("CL301", "1. (S) The king was crowned.", "2. The regent left.",
                   "3. Michael plotted.", banner="S E C R E T ZENDA 000123")
    assert [d.message.split(" has")[0] for d in found] == ["paragraph 2", "paragraph 3"]


def test_unclassified_cable_before_2004_marking_only_an_unnumbered_line_is_not_judged() -> None:
    # fresh-5 audit (03ANKARA2287): the lead-in line is marked (U), no numbered
    # paragraph is: "unlike the cable's other paragraphs" would be untrue
    _, found = run("CL301", "(U) The embassy reports as follows.", "1. The king was crowned.",
                   "2. The regent left.", banner=UNCLAS, header=UNCLAS_HEADER,
                   path="01ZENDA123.txt")
    assert found == []


def test_second_cable_marks_do_not_make_the_first_cable_ask_for_marks() -> None:
    # issue #12 (04BOGOTA2019): an unmarked UNCLAS cable, then after its "CABLE ENDS"
    # line another cable whose paragraphs are marked (SBU): the first is not mixed
    assert findings(two_cables(), "CL301") == []
