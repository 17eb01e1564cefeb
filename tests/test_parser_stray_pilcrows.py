"""The viewer's pilcrows before lines that are no numbered paragraph (CL902 reads them).

The parser records them on the REF block's labels (``RefLabel.pilcrow``) and,
for the body, in ``Document.stray_pilcrows``: before a letter item (inside a
paragraph or standing alone) and before a year opening a line.
"""

from __future__ import annotations

from cable_snippets import assert_span, cable, covered

from cablelint.parser import parse_text


def test_pilcrow_on_a_ref_label() -> None:
    text = cable("REF: A. ZENDA 100\n\u00b6B. ZENDA 200\n\u00b6 c) ZENDA 300")
    labels = parse_text(text).references.labels
    assert [label.pilcrow is None for label in labels] == [True, False, False]
    first, second = labels[1].pilcrow, labels[2].pilcrow
    assert (first.label, covered(text, first.span)) == ("B.", "\u00b6")
    assert (second.label, covered(text, second.span)) == ("c)", "\u00b6 ")


def test_pilcrows_before_letter_items_and_years_in_the_body() -> None:
    body = ("\u00b61. (C) The king spoke of three things:", "\u00b6A. (C) the crown;",
            "\u00b6B. (C) the army.", "", "\u00b62. (C) In the spring of",
            "\u00b62008. he was crowned.", "", "\u00b6C. Strelsau")
    text = cable(body=body)
    document = parse_text(text)
    found = document.stray_pilcrows
    assert [p.label for p in found] == ["A.", "B.", "2008.", "C."]
    for pilcrow, needle, occurrence in zip(found, ("\u00b6A.", "\u00b6B.", "\u00b62008.",
                                                   "\u00b6C."), (1, 1, 1, 1), strict=True):
        assert_span(text, pilcrow.span, needle[0], text.count("\u00b6", 0, text.index(needle))
                    + occurrence)
    # the paragraph numbers keep their pilcrows: they are no stray ones
    assert [p.pilcrow for p in document.paragraphs] == [True, True]


def test_a_pilcrow_inside_a_line_is_none() -> None:
    text = cable(body=("1. (C) The sign \u00b6A. stands inside the line.",))
    assert parse_text(text).stray_pilcrows == ()


def test_pilcrow_before_a_spaced_eo_keyword_is_the_viewers() -> None:
    # the viewer read "E. O." as a letter item "E." and put its pilcrow in front
    text = cable("\u00b6E. O. 12958: N/A\nTAGS: PREL ZD\nSUBJECT: CORONATION")
    eo = parse_text(text).eo
    assert eo is not None and eo.prefix == "" and eo.prefix_span is None
    assert eo.pilcrow is not None and eo.pilcrow.label == "E."
    assert covered(text, eo.pilcrow.span) == "\u00b6"
