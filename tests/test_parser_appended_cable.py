"""A second cable printed below the first's end marker is kept out of the body
(``Document.appended_cable``, issue #12): hand-written files."""

from __future__ import annotations

from appended_cable_snippets import FIRST, MARKER, SECOND, two_cables
from cable_snippets import where

from cablelint.parser import parse_text


def test_second_cable_is_out_of_the_body() -> None:
    text = two_cables()
    document = parse_text(text)
    appended = document.appended_cable
    assert appended is not None
    marker_line = FIRST.index(MARKER) + 1
    assert (appended.marker.line, appended.span.line) == (marker_line, marker_line)
    assert appended.span.end == len(text.rstrip("\n")) or appended.span.end == len(text)
    line, column, end = where(text, "UNCLAS SECTION 01 OF 02 ZENDA 002020")
    banner = appended.banner
    assert banner is not None and banner.serial == "002020"
    assert (banner.span.line, banner.span.column, banner.span.end_column) == (line, column, end)
    # the body is the first cable's: its two paragraphs, no SIPDIS, its own sign-off
    assert [p.number for p in document.paragraphs] == [1, 2]
    assert all(p.portion_mark is None for p in document.paragraphs)
    assert all(node.span.line < marker_line for node in document.body)
    assert not document.inline_sipdis
    assert document.signoff is not None and document.signoff.name == "Rassendyll"
    assert document.signoff.span.line == FIRST.index("Rassendyll") + 1
    assert document.paragraphs[-1].span.end_line == FIRST.index(
        "2. Embassy will continue to follow events.") + 1
    assert document.trailer == ()


def test_one_cable_with_its_end_marker_has_nothing_appended() -> None:
    document = parse_text("\n".join(FIRST) + "\n")
    assert document.appended_cable is None
    assert document.signoff is not None and document.signoff.name == "Rassendyll"


def test_end_marker_without_a_record_below_appends_nothing() -> None:
    # text after the marker that is no viewer record (a second marker, prose) stays
    text = two_cables(second=("The regent raised the tariff on wine.", "", MARKER))
    assert parse_text(text).appended_cable is None


def test_second_cable_without_a_banner_is_still_appended() -> None:
    second = tuple(line for line in SECOND if not line.startswith("UNCLAS SECTION"))
    appended = parse_text(two_cables(second)).appended_cable
    assert appended is not None and appended.banner is None
