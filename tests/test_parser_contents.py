"""Document.contents_entries: a table of contents at the head of the body (model and spans).

Media-reaction cables open with an index of their sections numbered like the
sections (issue #12 audit, 10BERLIN173).  Invented cables only.
"""

from __future__ import annotations

from cable_snippets import NUMBERED_HEADER
from rule_helpers import findings

from cablelint.parser import parse_text

UNCLAS_HEADER = NUMBERED_HEADER.replace("C O N F I D E N T I A L SECTION 01 OF 02", "UNCLAS")
INDEX = ("\u00b61.   Lead Stories Summary\n"
         "\u00b62.   (Zenda)   Coronation of the King\n"
         "\u00b63.   (Ruritania)   Harbour Talks\n\n\n")


def numbering_findings(text: str) -> list[str]:
    """Every numbering finding (CL201-CL206, CL903) and CL301's, as codes."""
    return [d.code for code in ("CL201", "CL202", "CL203", "CL204", "CL205", "CL206",
                                "CL903", "CL301") for d in findings(text, code)
            if not (code == "CL301" and d.severity == "info")]


SECTIONS = ("\u00b61.   Lead Stories Summary\n\nPapers led with the coronation.\n\n"
            "\u00b62.   (Zenda)   Coronation of the King\n\nThe Strelsau daily wrote that "
            "the king was crowned.\n\n"
            "\u00b63.   (Ruritania)   Harbour Talks\n\nThe harbour talks went on.\n\n"
            "RASSENDYLL\n")


def test_an_index_repeated_by_the_sections_is_a_table_of_contents() -> None:
    text = UNCLAS_HEADER + INDEX + SECTIONS
    document = parse_text(text)
    assert document.contents_entries == (0, 1, 2)
    entry = document.paragraphs[1]
    assert entry.number == 2
    line = text.count("\n", 0, text.index("\u00b62.")) + 1
    assert (entry.number_span.line, entry.number_span.column) == (line, 1)
    # the sections are numbered from 1 as expected: no restart, no gap
    assert numbering_findings(text) == []
    # one CL309 info for the unmarked UNCLAS cable, at the first section, not the index
    [found] = findings(text, "CL309", path="06ZENDA123.txt")
    first_section = text.count("\n", 0, text.index("\u00b61.", len(UNCLAS_HEADER) + 5)) + 1
    assert found.span.line == first_section


def test_index_entries_of_a_classified_cable_need_no_portion_mark() -> None:
    sections = SECTIONS.replace("Summary\n\nPapers", "Summary\n\n(C) Papers").replace(
        "King\n\nThe", "King\n\n(C) The").replace("Talks\n\nThe", "Talks\n\n(C) The")
    text = NUMBERED_HEADER + INDEX + sections
    assert parse_text(text).contents_entries == (0, 1, 2)
    assert numbering_findings(text) == []


def test_a_quoted_document_is_no_table_of_contents() -> None:
    # sentences, not titles: a restart that CL203 still reports
    text = UNCLAS_HEADER + (
        "\u00b61. The note reads as follows.\n\u00b62. It asks for the crown.\n"
        "\u00b63. It is signed by the Regent.\n\n"
        "\u00b61. Embassy comment follows.\n\n\u00b62. We will report.\n\n"
        "\u00b63. More to come.\n\nRASSENDYLL\n")
    assert parse_text(text).contents_entries == ()


def test_two_short_lines_or_no_repetition_are_no_index() -> None:
    two = UNCLAS_HEADER + ("\u00b61.   Lead Stories\n\u00b62.   Coronation\n\n"
                           "\u00b61.   Lead Stories\n\nText.\n\n\u00b62.   Coronation\n\n"
                           "Text.\n\nRASSENDYLL\n")
    assert parse_text(two).contents_entries == ()
    unrepeated = UNCLAS_HEADER + INDEX + "\u00b61. Papers led with the coronation.\n\nRASSENDYLL\n"
    assert parse_text(unrepeated).contents_entries == ()


def test_an_index_skipping_the_number_its_sections_skip() -> None:
    """09BERLIN144 (fresh-4 audit): the index and the sections both go from 2 to 4;
    the gap is CL201's one finding, the second ¶1 is no restart."""
    index = INDEX.replace("\u00b63.", "\u00b64.")
    sections = SECTIONS.replace("\u00b63.", "\u00b64.")
    text = UNCLAS_HEADER + index + sections
    assert parse_text(text).contents_entries == (0, 1, 2)
    assert numbering_findings(text) == ["CL201"]
    # an index listing a section the text does not hold is no index
    assert parse_text(UNCLAS_HEADER + index + SECTIONS).contents_entries == ()
