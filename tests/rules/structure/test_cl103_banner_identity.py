"""CL103 banner-identity: hand-written cables."""

from __future__ import annotations

import appended_cable_snippets as appended
from cable_snippets import cable, where
from rule_helpers import findings
from rule_helpers import where as span_of
from second_cable_snippets import SECOND_LINE, two_cables
from structure_helpers import HEADER, ROUTING, codes_at, good


def test_cl103_banner_disagrees_with_cable_id() -> None:
    text = good(banner="C O N F I D E N T I A L STRELSAU 000456")
    found = findings(text, "CL103", path="06ZENDA123.txt")
    messages = [d.message for d in found]
    assert any("cable 06ZENDA123" in m for m in messages)
    line, column, end = where(text, "STRELSAU 000456")
    assert (line, column, line, end) in [span_of(d) for d in found]


def test_cl103_de_line_and_page_break() -> None:
    body = ("1. (C) The king was crowned.", "", "ZENDA 00000132 002 OF 002", "",
            "2. (C) Embassy will follow events.")
    text = good(banner="C O N F I D E N T I A L SECTION 01 OF 02 ZENDA 000132", body=body)
    found = findings(text, "CL103", path="06ZENDA132.txt")
    assert len(found) == 1 and "DE line" in found[0].message  # #0123 on the DE line
    assert codes_at(good(body=body[:1]), "CL103", path="06ZENDA123.txt") == []


def test_cl103_accepts_short_de_serial_and_cut_page_originator() -> None:
    routing = tuple(line.replace("#0123/01", "#2112/01") for line in ROUTING)
    body = ("1. (C) The king was crowned.", "", "RITZBURG E 00072112 002 OF 002", "",
            "2. (C) Embassy will follow events.")
    text = cable(*HEADER, prologue=routing, body=body,
                 banner="C O N F I D E N T I A L SECTION 01 OF 02 RITZBURG EAST 072112")
    assert findings(text, "CL103", path="09RITZBURGEAST72112.txt") == []


def test_cl103_page_break_names_the_post_without_its_office() -> None:
    routing = tuple(line.replace("#0123/01", "#0049/01") for line in ROUTING)
    body = ("1. (C) The king was crowned.", "", "ZENDA 00000049 002 OF 002", "",
            "2. (C) Embassy will follow events.")
    text = cable(*HEADER, prologue=routing, body=body,
                 banner="C O N F I D E N T I A L SECTION 01 OF 02 RPO ZENDA 000049")
    assert findings(text, "CL103", path="06RPOZENDA49.txt") == []
    other = text.replace("ZENDA 00000049 002", "STRELSAU 00000049 002")
    assert len(findings(other, "CL103", path="06RPOZENDA49.txt")) == 1


def test_cl103_another_cables_text_is_one_warning_naming_both_clashes() -> None:
    # a Zenda header (DE #0123, file 06ZENDA123) over Strelsau's text: one defect
    text = good(banner="S E C R E T STRELSAU 000456")
    found = findings(text, "CL103", path="06ZENDA123.txt")
    assert [d.message for d in found] == [
        "banner names STRELSAU 000456 but the file is cable 06ZENDA123 and the DE line has "
        "#0123; check which cable this text belongs to"]
    assert found[0].severity == "warning"
    line, column, end = where(text, "STRELSAU 000456")
    assert span_of(found[0]) == (line, column, line, end)


def test_cl103_compares_an_archive_id_without_its_caveat() -> None:
    text = good(banner="UNCLAS E F T O ZENDA 000123")
    assert findings(text, "CL103", path="06EFTOZENDA123.txt") == []
    found = findings(text, "CL103", path="06EFTOSTRELSAU123.txt")
    assert len(found) == 1 and "cable 06EFTOSTRELSAU123" in found[0].message


def test_cl103_second_cable_in_the_file_is_one_clear_finding() -> None:
    # issue #12 (fresh-9 A198): the banner is the second routing header's cable
    text = two_cables()
    [found] = findings(text, "CL103", path="09ZENDA595.txt")
    assert found.span.line == text.splitlines().index("UNCLAS ZENDA 000561") + 1
    assert f"second routing header (line {SECOND_LINE}, #0561)" in found.message
    assert "file is cable 09ZENDA595" in found.message
    assert "holds two cables" in found.message
    # a banner matching neither header keeps the usual finding
    [other] = findings(two_cables(banner="UNCLAS ZENDA 000777"), "CL103",
                       path="09ZENDA595.txt")
    assert "the DE line has #0595" in other.message


def test_cl103_cable_appended_below_the_end_marker_is_one_finding() -> None:
    # issue #12 (04BOGOTA2019): another cable printed below the first's "CABLE ENDS"
    # line: one warning on its banner, saying the file holds two cables
    text = appended.two_cables()
    [found] = findings(text, "CL103", path="04ZENDA2019.txt")
    assert "two cables" in found.message and "ZENDA 002020" in found.message
    assert f"line {appended.FIRST.index(appended.MARKER) + 1}" in found.message
    line, column, end = where(text, "UNCLAS SECTION 01 OF 02 ZENDA 002020")
    assert span_of(found) == (line, column, line, end)
    # the same cable printed again below the marker is no second cable
    again = tuple(row.replace("2020", "2019") for row in appended.SECOND)
    assert findings(appended.two_cables(again), "CL103", path="04ZENDA2019.txt") == []
