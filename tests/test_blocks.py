"""Block-by-block parser tests on small hand-written cables.

Every snippet is invented (Zenda, Strelsau and Ritzburg are fictional posts);
nothing is copied from the corpus.  Each test checks parsed values and exact
positions (1-based line/column, end exclusive).
"""

from __future__ import annotations

import pytest
from cable_snippets import BANNER, assert_span, cable, covered, parse_ok, where

from cablelint.parser import parse_file, parse_text

PREAMBLE = ("This record is a partial extract of the original cable. The full text of the "
            "original cable is not available.")
ROUTING = (
    "VZCZCXRO1234",
    "PP RUEHZN",
    "DE RUEHZN #0456/01 0891451",
    "ZNY CCCCC ZZH",
    "P 301451Z MAR 06",
    "FM AMEMBASSY ZENDA",
    "TO RUEHC/SECSTATE WASHDC PRIORITY 1234",
    "INFO RUEHSR/AMEMBASSY STRELSAU 0567",
    "RUEHRT/AMCONSUL RITZBURG 0089",
    "RUEHBS/USEU BRUSSELS",
)
OLD_ROUTING = (
    "O 191237Z FEB 85",
    "FM AMEMBASSY ZENDA",
    "TO SECSTATE WASHDC IMMEDIATE 4410",
    "INFO AMEMBASSY STRELSAU 0211",
    "AMCONSUL RITZBURG",
)
EO = "E.O. 12958: DECL: 03/30/2016"
SHORT_DTG = ("P 301451Z MAR 06", "FM AMEMBASSY ZENDA", "TO RUEHC/SECSTATE WASHDC PRIORITY 1234")


# ------------------------------------------------------------------ 1. preamble


def test_preamble_after_leading_blank_lines() -> None:
    text = "\n\n" + PREAMBLE + "\n\n" + cable(EO)
    doc = parse_ok(text)
    assert doc.partial_extract
    assert doc.preamble.text == PREAMBLE
    assert (doc.preamble.span.line, doc.preamble.span.column) == (3, 1)
    assert doc.preamble.span.end_column == len(PREAMBLE) + 1
    assert doc.preamble.span.start == 2
    assert doc.banner.span.line == 5
    assert doc.eo.declassification.date == "2016-03-30"


def test_no_preamble() -> None:
    doc = parse_ok(cable(EO))
    assert doc.preamble is None and not doc.partial_extract


def test_dateline_gives_the_cable_date() -> None:
    text = cable(EO, prologue=(PREAMBLE, "", "Tuesday, 20 January 2004, 09:44"))
    doc = parse_ok(text)
    assert doc.dateline.text == "Tuesday, 20 January 2004, 09:44"
    assert doc.dateline.span[:4] == (3, 1, 3, 32)
    assert doc.date == "2004-01-20"
    assert doc.routing is None
    assert doc.banner.span.line == 4


# ------------------------------------------------------------ 2. routing header


def test_vzczc_routing_header() -> None:
    text = cable(EO, "TAGS: PREL ZD", prologue=ROUTING,
                 banner="C O N F I D E N T I A L SECTION 01 OF 03 ZENDA 000456")
    doc = parse_ok(text)
    routing = doc.routing
    assert routing.start_of_message == "VZCZCXRO1234"
    assert routing.precedence == "PP"
    assert routing.routing_indicators == ("RUEHZN",)
    assert routing.station == "RUEHZN"
    assert routing.transmission_serial == "0456"
    assert routing.zn_classification == "CCCCC"
    assert routing.dtg.precedence == ("P",)
    assert routing.dtg.date == "2006-03-30"
    assert routing.dtg.time == "14:51Z"
    assert routing.dtg.span[:4] == (5, 1, 5, 17)
    assert routing.origin == "AMEMBASSY ZENDA"
    assert routing.to == ("RUEHC/SECSTATE WASHDC PRIORITY 1234",)
    assert routing.info == ("RUEHSR/AMEMBASSY STRELSAU 0567", "RUEHRT/AMCONSUL RITZBURG 0089",
                            "RUEHBS/USEU BRUSSELS")
    assert routing.span[:4] == (1, 1, 10, 21)
    assert doc.date == "2006-03-30"
    assert doc.banner.span.line == 11
    assert doc.banner.section[:2] == (1, 3)


def test_old_routing_header_starts_with_the_dtg() -> None:
    doc = parse_ok(cable(EO, prologue=OLD_ROUTING, banner="C O N F I D E N T I A L ZENDA 01234"))
    routing = doc.routing
    assert routing.start_of_message is None and routing.station is None
    assert routing.zn_classification is None
    assert routing.dtg.raw == "O 191237Z FEB 85"
    assert routing.dtg.precedence == ("O",)
    assert routing.dtg.date == "1985-02-19"
    assert routing.origin == "AMEMBASSY ZENDA"
    assert routing.to == ("SECSTATE WASHDC IMMEDIATE 4410",)
    assert routing.info == ("AMEMBASSY STRELSAU 0211", "AMCONSUL RITZBURG")
    assert doc.date == "1985-02-19"
    assert doc.banner.serial == "01234" and doc.banner.serial_value == 1234
    assert doc.banner.serial_span[:4] == (6, 31, 6, 36)


def test_znr_unclassified_with_dual_precedence() -> None:
    prologue = ("VZCZCXYZ0001", "RR RUEHWEB", "", "DE RUEHZN #0007 0451200", "ZNR UUUUU ZZH",
                "O R 161415Z DEC 09", "FM AMEMBASSY ZENDA",
                "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0042")
    text = cable("E.O. 12958: N/A", prologue=prologue, banner="UNCLAS ZENDA 000007",
                 body=("1. (U) Text.",))
    doc = parse_ok(text)
    routing = doc.routing
    assert routing.zn_classification == "UUUUU"
    assert routing.station == "RUEHZN" and routing.transmission_serial == "0007"
    assert routing.precedence == "RR"
    assert routing.dtg.precedence == ("O", "R")
    assert routing.dtg.date == "2009-12-16"
    assert routing.dtg.span[:4] == (6, 1, 6, 19)
    assert routing.to == ("RUEHC/SECSTATE WASHDC IMMEDIATE 0042",)
    assert routing.info == ()
    assert doc.date == "2009-12-16"
    assert doc.banner.classification.level == "U"


@pytest.mark.parametrize(("dtg", "precedence", "date", "time"), [
    ("Z 010001Z JAN 10", ("Z",), "2010-01-01", "00:01Z"),
    ("R 281200Z FEB 08", ("R",), "2008-02-28", "12:00Z"),
    ("O P 050930Z NOV 07", ("O", "P"), "2007-11-05", "09:30Z"),
    ("P R 311859Z OCT 72", ("P", "R"), "1972-10-31", "18:59Z"),
    ("O 300000Z FEB 09", ("O",), None, "00:00Z"),  # impossible day: no ISO date
])
def test_dtg_forms(dtg: str, precedence: tuple[str, ...], date: str | None, time: str) -> None:
    doc = parse_ok(cable(EO, prologue=(dtg, "FM AMEMBASSY ZENDA", "TO SECSTATE WASHDC 0001")))
    assert doc.routing.dtg.precedence == precedence
    assert doc.routing.dtg.date == date
    assert doc.routing.dtg.time == time
    assert doc.routing.dtg.span[:4] == (1, 1, 1, len(dtg) + 1)
    assert doc.date == date


# -------------------------------------------------------------------- 3. banner

BANNERS = [
    # banner, level, caveats, section, originator, serial, spaced
    ("C O N F I D E N T I A L SECTION 01 OF 05 ZENDA 001502", "C", (), (1, 5), "ZENDA",
     "001502", True),
    ("CONFIDENTIAL STRELSAU 003418", "C", (), None, "STRELSAU", "003418", False),
    ("S E C R E T ZENDA 000088", "S", (), None, "ZENDA", "000088", True),
    ("UNCLAS ZENDA 000123", "U", (), None, "ZENDA", "000123", False),
    ("UNCLASSIFIED ZENDA 000123", "U", (), None, "ZENDA", "000123", False),
    ("LIMITED OFFICIAL USE ZENDA 000123", "SBU", ("LOU",), None, "ZENDA", "000123", False),
    ("TOP SECRET ZENDA 000123", "TS", (), None, "ZENDA", "000123", False),
    ("T O P S E C R E T ZENDA 000001", "TS", (), None, "ZENDA", "000001", True),
    ("UNCLAS EFTO ZENDA 000123", "U", ("EFTO",), None, "ZENDA", "000123", False),
    ("SS E C R E T SECTION 02 OF 03 ZENDA 000123", "S", (), (2, 3), "ZENDA", "000123", True),
    ("CC O N F I D E N T I A L SECTION 01 OF 02 ZENDA 000104", "C", (), (1, 2), "ZENDA",
     "000104", True),
    ("UUNCLAS ZENDA 001002", "U", (), None, "ZENDA", "001002", False),
    ("CO N F I D E N T I A L SECTION 01 OF 02 ZENDA 001501", "C", (), (1, 2), "ZENDA",
     "001501", True),
    ("S E C R E T  SECTION 01 OF 02  ZENDA  000777", "S", (), (1, 2), "ZENDA", "000777", True),
    ("S e c r e t section 01 of 02 zenda 002497", "S", (), (1, 2), "ZENDA", "002497", True),
    ("UNCLAS SECTION 01 OF 02 RIO DE ZENDA 001238", "U", (), (1, 2), "RIO DE ZENDA", "001238",
     False),
    ("SECRET//NOFORN ZENDA 000123", "S", ("NOFORN",), None, "ZENDA", "000123", False),
]


@pytest.mark.parametrize(("line", "level", "caveats", "section", "originator", "serial",
                          "spaced"), BANNERS, ids=[b[0] for b in BANNERS])
def test_banner_forms(line: str, level: str, caveats: tuple[str, ...],
                      section: tuple[int, int] | None, originator: str, serial: str,
                      spaced: bool) -> None:
    text = cable("SIPDIS", EO, banner=line)
    doc = parse_ok(text)
    banner = doc.banner
    assert banner.classification.level == level
    assert banner.classification.caveats == caveats
    assert (banner.section[:2] if banner.section else None) == section
    assert banner.originator == originator
    assert banner.serial == serial and banner.serial_value == int(serial)
    assert banner.spaced is spaced
    assert banner.span[:4] == (1, 1, 1, len(line) + 1)
    # the originator and serial spans point at the words as written
    written_origin = line[banner.originator_span.column - 1:banner.originator_span.end_column - 1]
    assert " ".join(written_origin.upper().split()) == originator
    assert banner.serial_span[:4] == (1, len(line) - len(serial) + 1, 1, len(line) + 1)
    assert doc.classification.level == level


def test_spaced_banner_spans() -> None:
    text = cable(EO, banner="C O N F I D E N T I A L SECTION 01 OF 05 ZENDA 001502")
    banner = parse_ok(text).banner
    assert banner.level_text == "C O N F I D E N T I A L"
    assert banner.level_span[:4] == (1, 1, 1, 24)
    assert banner.section.span[:4] == (1, 25, 1, 41)
    assert banner.originator_span[:4] == (1, 42, 1, 47)
    assert banner.serial_span[:4] == (1, 48, 1, 54)


def test_banner_originator_with_spaces() -> None:
    text = cable(EO, banner="UNCLAS SECTION 01 OF 02 PORT OF ZENDA 001238")
    banner = parse_ok(text).banner
    assert banner.originator == "PORT OF ZENDA"
    assert_span(text, banner.originator_span, "PORT OF ZENDA")
    assert banner.originator_span[:4] == (1, 25, 1, 38)


@pytest.mark.parametrize("separator", ["", " "])
def test_banner_glued_to_the_last_routing_line(separator: str) -> None:
    prologue = (*ROUTING[:-1], ROUTING[-1] + separator
                + "C O N F I D E N T I A L SECTION 01 OF 03 ZENDA 000456")
    text = cable(EO, prologue=prologue, banner=None)
    doc = parse_ok(text)
    banner = doc.banner
    column = len(ROUTING[-1] + separator) + 1
    assert banner.span[:4] == (10, column, 10, column + 53)
    assert banner.level_span.column == column
    assert banner.originator == "ZENDA" and banner.serial_value == 456
    assert banner.section[:2] == (1, 3)
    assert doc.routing.info[-1] == "RUEHBS/USEU BRUSSELS"
    assert doc.routing.span.end_column == len(ROUTING[-1]) + 1
    assert doc.eo.order == 12958


def test_banner_glued_to_the_info_line() -> None:
    prologue = (*ROUTING[:7], "INFO RUEHSR/AMEMBASSY STRELSAU 0567 S E C R E T ZENDA 000456")
    doc = parse_ok(cable(EO, prologue=prologue, banner=None))
    assert doc.banner.classification.level == "S"
    assert doc.banner.span[:2] == (8, 37)
    assert doc.routing.to == ("RUEHC/SECSTATE WASHDC PRIORITY 1234",)
    assert doc.routing.info == ("RUEHSR/AMEMBASSY STRELSAU 0567",)


def test_smart_pseudo_banner_before_the_routing_header() -> None:
    prologue = ("UNCLASSIFIED   STATE   00100153", "R 242359Z SEP 09", "FM SECSTATE WASHDC",
                "TO AMEMBASSY ZENDA 0001")
    text = cable("SENSITIVE", "SIPDIS", "E.O. 12958: N/A", prologue=prologue,
                 banner="UNCLAS STATE 100153", body=("1. (SBU) Text.",), signoff="CLINTON")
    doc = parse_ok(text)
    [pseudo] = doc.pseudo_banners
    assert pseudo.text == "UNCLASSIFIED   STATE   00100153"
    assert pseudo.span[:4] == (1, 1, 1, 32)
    assert doc.banner.raw == "UNCLAS STATE 100153"
    assert doc.banner.span.line == 5
    assert doc.routing.dtg.date == "2009-09-24"
    assert doc.routing.origin == "SECSTATE WASHDC"
    # UNCLAS + SENSITIVE caption is SBU
    assert doc.classification.level == "SBU"
    assert doc.classification_label() == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"


def test_spaced_pseudo_banner() -> None:
    prologue = ("S E C R E T   STATE   00119085", "O 171200Z NOV 09", "FM SECSTATE WASHDC",
                "TO AMEMBASSY ZENDA IMMEDIATE 0002")
    doc = parse_ok(cable("NOFORN", EO, prologue=prologue,
                         banner="S E C R E T STATE 119085"))
    assert [p.text for p in doc.pseudo_banners] == ["S E C R E T   STATE   00119085"]
    assert doc.banner.span.line == 5 and doc.banner.serial_value == 119085
    assert doc.classification_label() == "SECRET//NOFORN"


@pytest.mark.parametrize(("banner", "captions", "level", "label"), [
    ("UNCLAS ZENDA 000123", ("SENSITIVE",), "SBU", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
    ("UNCLAS ZENDA 000123", ("SENSITIVE", "NOFORN"), "SBU",
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY//NOFORN"),
    ("UNCLAS ZENDA 000123", ("SIPDIS",), "U", "UNCLASSIFIED"),
    ("C O N F I D E N T I A L ZENDA 000123", ("NOFORN",), "C", "CONFIDENTIAL//NOFORN"),
    ("S E C R E T ZENDA 000123", ("SIPDIS", "NOFORN"), "S", "SECRET//NOFORN"),
    ("S E C R E T ZENDA 000123", ("SECRET//NOFORN",), "S", "SECRET//NOFORN"),
    ("S E C R E T ZENDA 000123", (), "S", "SECRET"),
    ("C O N F I D E N T I A L ZENDA 000123", ("SENSITIVE",), "C", "CONFIDENTIAL"),
    ("LIMITED OFFICIAL USE ZENDA 000123", (), "SBU", "LIMITED OFFICIAL USE"),
])
def test_classification_label(banner: str, captions: tuple[str, ...], level: str,
                              label: str) -> None:
    doc = parse_ok(cable(*captions, EO, banner=banner))
    assert doc.classification.level == level
    assert doc.classification_label() == label


def test_no_banner_no_classification() -> None:
    doc = parse_ok(cable(EO, "SUBJECT: NO BANNER", banner=None))
    assert doc.banner is None
    assert doc.classification is None and doc.classification_label() is None
    assert doc.subject.text == "NO BANNER"


# ------------------------------------------------------------------ 4. captions


@pytest.mark.parametrize("caption", [
    "SIPDIS", "NOFORN", "SENSITIVE", "STADIS", "SECRET//NOFORN",
    "C O R R E C T E D C O P Y (TEXT)", "C O R R E C T E D COPY - PARAGRAPHS RENUMBERED",
    "sipdis", "Noforn", "SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY",
])
def test_captions(caption: str) -> None:
    text = cable(caption, EO, "TAGS: PREL ZD")
    doc = parse_ok(text)
    [line] = doc.captions
    assert line.text == caption
    assert line.span[:4] == (3, 1, 3, len(caption) + 1)
    assert doc.addressees == () and doc.header_text == ()
    assert doc.eo.span.line == 5


def test_several_captions_in_order() -> None:
    doc = parse_ok(cable("SIPDIS", "SIPDIS", "NOFORN", EO))
    assert [c.text for c in doc.captions] == ["SIPDIS", "SIPDIS", "NOFORN"]
    assert [c.span.line for c in doc.captions] == [3, 5, 7]


@pytest.mark.parametrize(("lines", "joined"), [
    ("DEPT FOR WHA/BSC", "DEPT FOR WHA/BSC"),
    ("NSC FOR SMITH AND JONES", "NSC FOR SMITH AND JONES"),
    ("AMEMBASSY ZENDA PASS TO AMCONSUL RITZBURG", "AMEMBASSY ZENDA PASS TO AMCONSUL RITZBURG"),
    ("STATE FOR EUR/CE HENTZAU, SAPT\nAND TARLENHEIM",
     "STATE FOR EUR/CE HENTZAU, SAPT AND TARLENHEIM"),
])
def test_addressee_lines(lines: str, joined: str) -> None:
    text = cable("SIPDIS", lines, EO)
    doc = parse_ok(text)
    [addressee] = doc.addressees
    assert addressee.text == joined
    last = lines.split("\n")[-1]
    assert addressee.span[:4] == (5, 1, 5 + lines.count("\n"), len(last) + 1)
    assert doc.captions[0].text == "SIPDIS"
    assert doc.header_text == ()


# -------------------------------------------------------------------- 5. E.O. line

EO_LINES = [
    # line, order, keyword, decl keyword, kind, date, date format, exemption, value
    ("E.O. 12958: DECL: 03/30/2016", 12958, "E.O.", "DECL", "date", "2016-03-30", "MM/DD/YYYY",
     None, "03/30/2016"),
    ("EO 12958 DECL: 02/19/2014", 12958, "EO", "DECL", "date", "2014-02-19", "MM/DD/YYYY",
     None, "02/19/2014"),
    ("E.o. 12958: decl: 2019/12/16", 12958, "E.o.", "decl", "date", "2019-12-16", "YYYY/MM/DD",
     None, "2019/12/16"),
    ("E.O. 12958 DECL:", 12958, "E.O.", "DECL", "missing", None, None, None, None),
    ("E.O. 12958: DECL: 6/7/2017", 12958, "E.O.", "DECL", "date", "2017-06-07", "M/D/YYYY",
     None, "6/7/2017"),
    ("E.O. 12958: DECL: 06/07/17", 12958, "E.O.", "DECL", "date", "2017-06-07", "MM/DD/YY",
     None, "06/07/17"),
    ("E.O. 12958: DECL: 2017-06-07", 12958, "E.O.", "DECL", "date", "2017-06-07", "YYYY-MM-DD",
     None, "2017-06-07"),
    ("E.O. 12958: N/A", 12958, "E.O.", None, "n/a", None, None, None, "N/A"),
    ("E.O.12356: DECL: OADR", 12356, "E.O.", "DECL", "oadr", None, None, None, "OADR"),
    ("E.O. 12065: GDS 8/12/85 (HENTZAU, RUPERT) OR-P", 12065, "E.O.", "GDS", "gds",
     "1985-08-12", "M/D/YY", None, "8/12/85 (HENTZAU, RUPERT) OR-P"),
    ("E.O. 12958: DECL: X1", 12958, "E.O.", "DECL", "exemption", None, None, "X1", "X1"),
    ("E.O. 12958: DECL: 25X1", 12958, "E.O.", "DECL", "exemption", None, None, "25X1", "25X1"),
    ("E.O. 12958: DECL: 1.6X1", 12958, "E.O.", "DECL", "exemption", None, None, "X1",
     "1.6X1"),
    ("E.O. 12958: DECL: ONE YEAR AFTER THE CORONATION", 12958, "E.O.", "DECL", "event", None,
     None, None, "ONE YEAR AFTER THE CORONATION"),
    ("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006", 12958, "E.O.", None, "declassified",
     None, None, None, "AS AMENDED; DECLASSIFIED JUNE 21, 2006"),
    ("E.O. 12958: 05/06/2015", 12958, "E.O.", None, "date", "2015-05-06", "MM/DD/YYYY", None,
     "05/06/2015"),
    ("E.O. 12958: DECLl: 05/06/2015", 12958, "E.O.", "DECLl", "date", "2015-05-06",
     "MM/DD/YYYY", None, "05/06/2015"),
    ("E.O. 13526: DECL: 2020/01/12", 13526, "E.O.", "DECL", "date", "2020-01-12", "YYYY/MM/DD",
     None, "2020/01/12"),
    ("E.O. 12958: DECL: 02/30/2015", 12958, "E.O.", "DECL", "date", None, "MM/DD/YYYY", None,
     "02/30/2015"),
]


@pytest.mark.parametrize(("line", "order", "keyword", "decl_keyword", "kind", "date",
                          "date_format", "exemption", "value"), EO_LINES,
                         ids=[e[0] for e in EO_LINES])
def test_eo_line(line: str, order: int, keyword: str, decl_keyword: str | None, kind: str,
                 date: str | None, date_format: str | None, exemption: str | None,
                 value: str | None) -> None:
    text = cable("SIPDIS", line, "SUBJECT: TEST")
    doc = parse_ok(text)
    eo = doc.eo
    assert eo.raw == line
    assert eo.span[:4] == (5, 1, 5, len(line) + 1)
    assert eo.order == order
    assert_span(text, eo.order_span, str(order))
    assert eo.keyword == keyword
    assert eo.decl_keyword == decl_keyword
    assert eo.prefix == ""
    assert eo.trailing_tags is None
    decl = eo.declassification
    assert decl.kind == kind
    assert decl.date == date
    assert decl.date_format == date_format
    assert decl.exemption == exemption
    if value is None:
        assert decl.span is None
    else:
        assert decl.raw == value
        assert_span(text, decl.span, value)
    assert doc.subject.text == "TEST"


def test_eo_line_with_an_addressee_prefix() -> None:
    text = cable("DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012", "SUBJECT: TEST")
    doc = parse_ok(text)
    eo = doc.eo
    assert eo.prefix == "DEPT FOR WHA/BSC"
    assert eo.order_span[:4] == (3, 23, 3, 28)
    assert eo.declassification.date == "2012-11-22"
    assert eo.declassification.span[:4] == (3, 36, 3, 46)


def test_tags_run_onto_the_eo_line() -> None:
    text = cable("E.O. 12958: N/A TAGS: ASEC SNAR ZD", "SUBJECT: TEST")
    doc = parse_ok(text)
    assert doc.eo.declassification.kind == "n/a"
    assert doc.eo.trailing_tags == "TAGS: ASEC SNAR ZD"
    assert [t.code for t in doc.tags.tags] == ["ASEC", "SNAR", "ZD"]
    assert doc.tags.span[:4] == (3, 17, 3, 35)
    assert doc.tags.tags[1].span[:4] == (3, 28, 3, 32)


# ------------------------------------------------------------------------ 6. TAGS

TAG_LINES = [
    # line, keyword, codes, separator
    ("TAGS: PREL PGOV ZD", "TAGS", ("PREL", "PGOV", "ZD"), "space"),
    ("TAGS PREL, PGOV, ZD", "TAGS", ("PREL", "PGOV", "ZD"), "comma"),
    ("Tags: marr, mcap", "Tags", ("MARR", "MCAP"), "comma"),
    ("TAG: PREL PGOV", "TAG", ("PREL", "PGOV"), "space"),
    ("TAGS: PREL, PGOV ZD", "TAGS", ("PREL", "PGOV", "ZD"), "mixed"),
    ("TAGS: [PREL](#) [MARR](#) [ZD](#)", "TAGS", ("PREL", "MARR", "ZD"), "space"),
]


@pytest.mark.parametrize(("line", "keyword", "codes", "separator"), TAG_LINES,
                         ids=[t[0] for t in TAG_LINES])
def test_tags_line(line: str, keyword: str, codes: tuple[str, ...], separator: str) -> None:
    text = cable(EO, line, "SUBJECT: TEST")
    doc = parse_ok(text)
    tags = doc.tags
    assert tags.keyword == keyword
    assert tuple(t.code for t in tags.tags) == codes
    assert tags.separator == separator
    assert tags.span[:4] == (5, 1, 5, len(line) + 1)
    for tag in tags.tags:
        assert_span(text, tag.span, tag.raw)
        assert tag.raw.strip("[]()#").upper() == tag.code


def test_tags_code_spans() -> None:
    text = cable(EO, "TAGS PREL, PGOV, ZD")
    spans = [t.span[:4] for t in parse_ok(text).tags.tags]
    assert spans == [(5, 6, 5, 10), (5, 12, 5, 16), (5, 18, 5, 20)]


def test_tags_lower_case_keeps_raw() -> None:
    tags = parse_ok(cable(EO, "Tags: marr, mcap")).tags
    assert [(t.code, t.raw) for t in tags.tags] == [("MARR", "marr"), ("MCAP", "mcap")]


def test_tags_continuation_line() -> None:
    text = cable(EO, "TAGS: PREL PGOV KDEM\nECON ZD", "SUBJECT: TEST")
    doc = parse_ok(text)
    tags = doc.tags
    assert [t.code for t in tags.tags] == ["PREL", "PGOV", "KDEM", "ECON", "ZD"]
    assert tags.span[:4] == (5, 1, 6, 8)
    assert tags.tags[3].span[:4] == (6, 1, 6, 5)
    assert doc.subject.span.line == 8


def test_tags_markdown_links() -> None:
    text = cable(EO, "TAGS: [PREL](#) [MARR](#) [ZD](#)")
    tags = parse_ok(text).tags.tags
    assert all(t.markdown_link for t in tags)
    assert tags[0].raw == "[PREL](#)"
    assert tags[0].span[:4] == (5, 7, 5, 16)
    assert tags[1].span[:4] == (5, 17, 5, 26)
    assert covered(text, tags[2].span) == "[ZD](#)"


# --------------------------------------------------------------------- 7. SUBJECT


@pytest.mark.parametrize(("lines", "subject"), [
    ("SUBJECT: ZENDA: A ONE-LINE SUBJECT", "ZENDA: A ONE-LINE SUBJECT"),
    ("SUBJECT: ZENDA: A SUBJECT THAT WRAPS OVER\nTWO LINES OF THE TELEGRAM",
     "ZENDA: A SUBJECT THAT WRAPS OVER TWO LINES OF THE TELEGRAM"),
    ("SUBJECT: SUBJECT: ZENDA DOUBLED", "ZENDA DOUBLED"),
    ("Subject: Zenda: Mixed Case Subject", "Zenda: Mixed Case Subject"),
    ("SUBJ: ZENDA SHORT KEYWORD", "ZENDA SHORT KEYWORD"),
])
def test_subject(lines: str, subject: str) -> None:
    text = cable(EO, "TAGS: PREL ZD", lines, "Classified By: Ambassador Rassendyll, 1.4 (b)")
    doc = parse_ok(text)
    assert doc.subject.text == subject
    assert doc.subject.portion_mark is None
    assert doc.subject.raw == lines
    last = lines.split("\n")[-1]
    assert doc.subject.span[:4] == (7, 1, 7 + lines.count("\n"), len(last) + 1)
    assert doc.classified_by.span.line == 9 + lines.count("\n")


@pytest.mark.parametrize(("line", "raw", "level", "normalized"), [
    ("SUBJECT: (S) ZENDA: SECRET TALKS", "(S)", "S", "S"),
    ("SUBJECT: (C/NF) ZENDA: SECRET TALKS", "(C/NF)", "C", "C//NF"),
    ("SUBJECT: (U) ZENDA: SECRET TALKS", "(U)", "U", "U"),
])
def test_subject_with_portion_mark(line: str, raw: str, level: str, normalized: str) -> None:
    text = cable(EO, line)
    subject = parse_ok(text).subject
    assert subject.text == "ZENDA: SECRET TALKS"
    assert subject.portion_mark.raw == raw
    assert subject.portion_mark.level == level
    assert subject.portion_mark.normalized == normalized
    assert subject.portion_mark.span[:4] == (5, 10, 5, 10 + len(raw))


# ------------------------------------------------------------------------- 8. REF


def _refs(block: str, prologue: tuple[str, ...] = SHORT_DTG):
    text = cable(EO, "SUBJECT: TEST", block, prologue=prologue)
    doc = parse_ok(text)
    return text, doc.references


def test_single_reference_takes_the_year_from_the_dtg() -> None:
    _, refs = _refs("REF: STRELSAU 539")
    assert refs.keyword == "REF"
    [item] = refs.items
    assert item.letter is None and not item.pilcrow
    assert item.text == "STRELSAU 539"
    assert item.canonical_id == "06STRELSAU539"
    assert item.span[:4] == (10, 6, 10, 18)
    assert refs.span[:4] == (10, 1, 10, 18)


def test_single_reference_without_a_cable_year() -> None:
    text = cable(EO, "REF: STRELSAU 539")
    [item] = parse_ok(text).references.items
    assert item.canonical_id is None  # no DTG or dateline: the year is unknown


def test_reference_year_from_the_dateline() -> None:
    text = cable(EO, "REF: STRELSAU 539", prologue=("Friday, 18 December 2009, 11:04",))
    [item] = parse_ok(text).references.items
    assert item.canonical_id == "09STRELSAU539"


def test_lettered_references_on_separate_lines() -> None:
    text, refs = _refs("REF: A. STRELSAU 1186\nB. 05 STRELSAU 4590\nC. STATE 12345")
    assert [(r.letter, r.text, r.canonical_id) for r in refs.items] == [
        ("A", "STRELSAU 1186", "06STRELSAU1186"),
        ("B", "05 STRELSAU 4590", "05STRELSAU4590"),
        ("C", "STATE 12345", "06STATE12345"),
    ]
    assert [r.span[:4] for r in refs.items] == [(10, 6, 10, 22), (11, 1, 11, 20),
                                               (12, 1, 12, 15)]
    assert refs.span[:4] == (10, 1, 12, 15)
    assert covered(text, refs.items[1].span) == "B. 05 STRELSAU 4590"


def test_lettered_references_with_pilcrows() -> None:
    text, refs = _refs(
        "REF: \u00b6A. STRELSAU 1186\n\u00b6B. 05 STRELSAU 4590\n\u00b6C. 04 ZENDA 77")
    assert [(r.letter, r.pilcrow, r.canonical_id) for r in refs.items] == [
        ("A", True, "06STRELSAU1186"), ("B", True, "05STRELSAU4590"), ("C", True, "04ZENDA77")]
    assert refs.items[1].span[:4] == (11, 1, 11, 21)
    assert covered(text, refs.items[2].span) == "\u00b6C. 04 ZENDA 77"


@pytest.mark.parametrize("block", [
    "REF: A) STRELSAU 1186\nB) STATE 2345",
    "REF: (A) STRELSAU 1186\n(B) STATE 2345",
])
def test_reference_letter_styles(block: str) -> None:
    _, refs = _refs(block)
    assert [(r.letter, r.text, r.canonical_id) for r in refs.items] == [
        ("A", "STRELSAU 1186", "06STRELSAU1186"), ("B", "STATE 2345", "06STATE2345")]
    assert refs.items[0].span[:2] == (10, 6)
    assert refs.items[1].span[:4] == (11, 1, 11, len(block.split("\n")[1]) + 1)


def test_semicolon_reference_list() -> None:
    _, refs = _refs("REF: STRELSAU 1186; STATE 2345")
    assert [(r.letter, r.text, r.canonical_id) for r in refs.items] == [
        (None, "STRELSAU 1186", "06STRELSAU1186"), (None, "STATE 2345", "06STATE2345")]
    assert refs.items[0].span[:4] == (10, 6, 10, 19)
    assert refs.items[1].span[:4] == (10, 20, 10, 31)


def test_refs_keyword_with_inline_letters() -> None:
    text, refs = _refs("REFS: A. STRELSAU 11 B. STATE 22")
    assert refs.keyword == "REFS"
    assert [(r.letter, r.canonical_id) for r in refs.items] == [
        ("A", "06STRELSAU11"), ("B", "06STATE22")]
    assert covered(text, refs.items[1].span) == "B. STATE 22"


def test_non_cable_reference() -> None:
    _, refs = _refs("REF: 7 FAM 180")
    [item] = refs.items
    assert item.text == "7 FAM 180"
    assert item.canonical_id is None
    assert item.span[:4] == (10, 6, 10, 15)


# -------------------------------------------------------------- 9. Classified By

CLASSIFIED_BY = [
    # line(s), authority, reasons, reason text
    ("Classified By: Ambassador Rudolf Rassendyll, reason 1.4 (b,d)",
     "Ambassador Rudolf Rassendyll", [("1.4", ("b", "d"))], "1.4 (b,d)"),
    ("Classified By: DCM Fritz von Tarlenheim for reasons 1.4 (b) and (d).",
     "DCM Fritz von Tarlenheim", [("1.4", ("b", "d"))], "1.4 (b) and (d)"),
    ("Classified By: PolCouns Sapt, 1.4(B), (D)", "PolCouns Sapt", [("1.4", ("b", "d"))],
     "1.4(B), (D)"),
    ("Classified By: Ambassador Rassendyll, 1.4 b/d", "Ambassador Rassendyll",
     [("1.4", ("b", "d"))], "1.4 b/d"),
    ("Classified By: Ambassador Rassendyll, reasons 1.5 (B)(D)", "Ambassador Rassendyll",
     [("1.5", ("b", "d"))], "1.5 (B)(D)"),
    ("Classified By: CDA Sapt. REASON: 1.4(G)", "CDA Sapt", [("1.4", ("g",))], "1.4(G)"),
    ("Classified By: CDA Sapt for reasons 1.4 (b & d)", "CDA Sapt", [("1.4", ("b", "d"))],
     "1.4 (b & d)"),
    ("Classified By: CDA Sapt for reasons 1.4(b) an d (d)", "CDA Sapt", [("1.4", ("b", "d"))],
     "1.4(b) an d (d)"),
    ("CLASSIFIED BY: Rudolf Rassendyll, Ambassador; REASON: 1.4(B), (D)",
     "Rudolf Rassendyll, Ambassador", [("1.4", ("b", "d"))], "1.4(B), (D)"),
    ("Classfied By: Ambassador Rassendyll for reasons 1.4 (b) and (d)",
     "Ambassador Rassendyll", [("1.4", ("b", "d"))], "1.4 (b) and (d)"),
    ("Classified By: Ambassador Rassendyll, reasons 1.4 (b) and 1.5 (d)",
     "Ambassador Rassendyll", [("1.4", ("b",)), ("1.5", ("d",))], "1.4 (b)"),
]


@pytest.mark.parametrize(("line", "authority", "reasons", "reason_text"), CLASSIFIED_BY,
                         ids=[c[0] for c in CLASSIFIED_BY])
def test_classified_by_one_line(line: str, authority: str, reasons: list, reason_text: str,
                                ) -> None:
    text = cable(EO, "SUBJECT: TEST", line)
    doc = parse_ok(text)
    block = doc.classified_by
    assert block.raw == line and block.text == line
    assert block.span[:4] == (7, 1, 7, len(line) + 1)
    assert block.authority == authority
    assert [(r.section, r.letters) for r in block.reasons] == reasons
    assert_span(text, block.reasons[0].span, reason_text)
    assert doc.paragraphs[0].span.line == 9


def test_classified_by_over_two_lines() -> None:
    block = "Classified By: Political Counselor Fritz von Tarlenheim\nfor reasons 1.4 (b) and (d)"
    text = cable(EO, "SUBJECT: TEST", block)
    found = parse_ok(text).classified_by
    assert found.text == ("Classified By: Political Counselor Fritz von Tarlenheim for reasons "
                          "1.4 (b) and (d)")
    assert found.authority == "Political Counselor Fritz von Tarlenheim"
    assert found.span[:4] == (7, 1, 8, 28)
    [reason] = found.reasons
    assert reason.letters == ("b", "d")
    assert reason.span[:4] == (8, 13, 8, 28)


def test_classified_by_word_split_at_the_wrap() -> None:
    block = "Classified By: POLITICAL COUNSELOR FRITZ VON TARLENHEIM FOR REAS\nONS 1.4 B/D"
    text = cable(EO, "SUBJECT: TEST", block)
    found = parse_ok(text).classified_by
    assert "REASONS" in found.text
    assert found.text.endswith("FOR REASONS 1.4 B/D")
    assert found.authority == "POLITICAL COUNSELOR FRITZ VON TARLENHEIM"
    [reason] = found.reasons
    assert (reason.section, reason.letters) == ("1.4", ("b", "d"))
    assert reason.span[:4] == (8, 5, 8, 12)


def test_classified_by_without_a_reason() -> None:
    text = cable(EO, "SUBJECT: TEST", "Classified By: Ambassador Rudolf Rassendyll")
    found = parse_ok(text).classified_by
    assert found.reasons == ()
    assert found.authority == "Ambassador Rudolf Rassendyll"
    assert found.span[:4] == (7, 1, 7, 44)


# ----------------------------------------------------------------- 10. page breaks


@pytest.mark.parametrize(("line", "origin", "serial", "page", "total"), [
    ("ZENDA 00001234  002 OF 003", "ZENDA", "00001234", 2, 3),
    ("STRELSAU 00000766 002.2 OF 003", "STRELSAU", "00000766", 2, 3),
    ("RIO DE ZENDA 00002657 004 OF 004", "RIO DE ZENDA", "00002657", 4, 4),
])
def test_page_break_inside_a_paragraph(line: str, origin: str, serial: str, page: int,
                                       total: int) -> None:
    body = ("1. (C) The first paragraph starts on this page and", line,
            "continues on the next page.", "", "2. (C) Second.")
    text = cable(EO, "SUBJECT: TEST", body=body)
    doc = parse_ok(text)
    [page_break] = doc.page_breaks
    assert page_break.raw == line
    assert (page_break.originator, page_break.serial, page_break.page, page_break.total) == (
        origin, serial, page, total)
    assert page_break.span[:4] == (8, 1, 8, len(line) + 1)
    first, second = doc.paragraphs
    assert first.span[:4] == (7, 1, 9, 28)
    assert second.span.line == 11
    assert [node.kind for node in doc.body] == ["paragraph", "page_break", "paragraph"]


def test_sipdis_line_inside_a_paragraph() -> None:
    body = ("1. (C) The Prime Minister met the Deputy", "SIPDIS",
            "Secretary on the third day.")
    doc = parse_ok(cable(EO, body=body))
    [paragraph] = doc.paragraphs
    assert paragraph.span[:4] == (5, 1, 7, 28)
    assert [node.kind for node in doc.body] == ["paragraph", "sipdis"]


# ------------------------------------------------------- 11. numbered paragraphs


@pytest.mark.parametrize(("line", "number_text", "pilcrow", "number_span", "mark_span"), [
    ("1. (C) Plain number.", "1", False, (1, 3), (4, 7)),
    ("\u00b61. (C) Pilcrow number.", "1", True, (1, 4), (5, 8)),
    ("\u00b6 1. (C) Pilcrow and space.", "1", True, (1, 5), (6, 9)),
    ("1.(C) No space.", "1", False, (1, 3), (3, 6)),
    ("\u00b68.  (C)  Two spaces.", "8", True, (1, 4), (6, 9)),
    ("3.. (C) Double full stop.", "3", False, (1, 4), (5, 8)),
    ("  4. (C) Indented.", "4", False, (3, 5), (6, 9)),
    ("110. (C) Three digits.", "110", False, (1, 5), (6, 9)),
])
def test_paragraph_numbers(line: str, number_text: str, pilcrow: bool,
                           number_span: tuple[int, int], mark_span: tuple[int, int]) -> None:
    text = cable(EO, body=(line, "Second line of the paragraph."))
    doc = parse_ok(text)
    [paragraph] = doc.paragraphs
    assert paragraph.number_text == number_text
    assert paragraph.number == int(number_text)
    assert paragraph.pilcrow is pilcrow
    assert paragraph.number_span[:4] == (5, number_span[0], 5, number_span[1])
    assert paragraph.portion_mark.raw == "(C)"
    assert paragraph.portion_mark.span[:4] == (5, mark_span[0], 5, mark_span[1])
    indent = len(line) - len(line.lstrip())
    assert paragraph.span[:4] == (5, indent + 1, 6, 30)


def test_paragraph_without_a_mark() -> None:
    doc = parse_ok(cable(EO, body=("7. No mark on this paragraph.",)))
    [paragraph] = doc.paragraphs
    assert paragraph.number == 7 and paragraph.portion_mark is None
    assert paragraph.number_span[:4] == (5, 1, 5, 3)


def test_paragraph_number_as_written_is_kept() -> None:
    body = ("1. (C) One.", "", "2. (C) Two.", "", "17. (C) Seventeen.", "", "110. (C) Ten.")
    doc = parse_ok(cable(EO, body=body))
    assert [(p.number_text, p.number) for p in doc.paragraphs] == [
        ("1", 1), ("2", 2), ("17", 17), ("110", 110)]
    assert [p.span.line for p in doc.paragraphs] == [5, 7, 9, 11]


PORTION_MARKS = [
    # raw, level, caveats, release_to, separator, normalized, well_formed
    ("(U)", "U", (), (), None, "U", True),
    ("(SBU)", "SBU", (), (), None, "SBU", True),
    ("(C)", "C", (), (), None, "C", True),
    ("(S)", "S", (), (), None, "S", True),
    ("(TS)", "TS", (), (), None, "TS", True),
    ("(S/NF)", "S", ("NF",), (), "/", "S//NF", True),
    ("(S//NF)", "S", ("NF",), (), "//", "S//NF", True),
    ("(C/NF)", "C", ("NF",), (), "/", "C//NF", True),
    ("(SBU/NF)", "SBU", ("NF",), (), "/", "SBU//NF", True),
    ("(U//FOUO)", "U", ("FOUO",), (), "//", "U//FOUO", True),
    ("(S//FGI//NF)", "S", ("FGI", "NF"), (), "//", "S//FGI//NF", True),
    ("(S/NOFORN)", "S", ("NF",), (), "/", "S//NF", True),
    ("(C/REL NATO)", "C", ("REL TO NATO",), ("NATO",), "/", "C//REL TO NATO", True),
    ("(S//REL TO USA, GBR)", "S", ("REL TO USA, GBR",), ("USA", "GBR"), "//",
     "S//REL TO USA, GBR", True),
    ("(S/Rel to Ukraine)", "S", ("REL TO UKRAINE",), ("UKRAINE",), "/", "S//REL TO UKRAINE",
     False),
    ("(c)", "C", (), (), None, "C", False),
    ("(/Rel UK)", None, ("REL TO UK",), ("UK",), "/", "//REL TO UK", False),
    ("C)", "C", (), (), None, "C", False),
]


@pytest.mark.parametrize(("raw", "level", "caveats", "release_to", "separator", "normalized",
                          "well_formed"), PORTION_MARKS, ids=[m[0] for m in PORTION_MARKS])
def test_portion_marks(raw: str, level: str | None, caveats: tuple[str, ...],
                       release_to: tuple[str, ...], separator: str | None, normalized: str,
                       well_formed: bool) -> None:
    line = f"\u00b612. {raw} The text of the paragraph."
    text = cable(EO, body=(line,))
    doc = parse_ok(text)
    [paragraph] = doc.paragraphs
    mark = paragraph.portion_mark
    assert mark.raw == raw
    assert mark.level == level
    assert mark.caveats == caveats
    assert mark.release_to == release_to
    assert mark.separator == separator
    assert mark.normalized == normalized
    assert mark.well_formed is well_formed
    assert mark.span[:4] == (5, 6, 5, 6 + len(raw))
    assert_span(text, mark.span, raw)
    assert paragraph.number_span[:4] == (5, 1, 5, 5)


# ------------------------------------------- 12. sub-items, headings and markers


def test_lettered_sub_items_stay_in_their_paragraph() -> None:
    body = ("\u00b61. (U) The questions were:", "\u00b6A.  (U)  WHAT, IF ANY, PLANS EXIST?",
            "\u00b6B.  (U)  WHO DECIDES?", "", "\u00b62. (C) Next.")
    doc = parse_ok(cable(EO, body=body))
    first, second = doc.paragraphs
    assert first.span[:4] == (5, 1, 7, 23)
    assert second.span.line == 9
    assert doc.headings == ()


def test_lettered_sub_items_after_blank_lines_stay_in_their_paragraph() -> None:
    body = ("\u00b61. (U) The questions were:", "", "\u00b6A.  (U)  WHAT, IF ANY, PLANS EXIST?",
            "", "\u00b6B.  (U)  WHO DECIDES?", "", "\u00b62. (C) Next.")
    doc = parse_ok(cable(EO, body=body))
    first, second = doc.paragraphs
    assert first.span[:4] == (5, 1, 9, 23)
    assert second.span.line == 11
    assert doc.headings == ()
    assert [node.kind for node in doc.body] == ["paragraph", "paragraph"]


def test_bullets_stay_in_their_paragraph() -> None:
    body = ("\u00b61. (C) The king listed his priorities:", "",
            "-- first, a bullet that runs on", "over two lines;", "",
            "-- SECOND BULLET IN CAPITALS", "",
            "- a single-dash item", "- another single-dash item", "",
            "\u00b62. (C) Next.")
    doc = parse_ok(cable(EO, body=body))
    first, second = doc.paragraphs
    assert first.span[:4] == (5, 1, 13, 27)
    assert second.span[:2] == (15, 1)
    assert doc.headings == ()
    assert [node.kind for node in doc.body] == ["paragraph", "paragraph"]


def test_headings_of_every_style() -> None:
    body = ("Background", "----------", "",
            "1. (C) a", "",
            "-----", "SUMMARY", "-----", "",
            "2. (C) b", "",
            "Coronation Plans", "--------------------------------------------- ----------", "",
            "3. (C) c", "",
            "//MFA: ZENDA COMMITTED TO THE CROWN//", "",
            "4. (C) d", "",
            "TRANSATLANTIC RELATIONS", "",
            "5. (C) e")
    text = cable(EO, body=body)
    doc = parse_ok(text)
    assert [(h.text, h.style) for h in doc.headings] == [
        ("Background", "underlined"),
        ("SUMMARY", "boxed"),
        ("Coronation Plans", "underlined"),
        ("MFA: ZENDA COMMITTED TO THE CROWN", "slashes"),
        ("TRANSATLANTIC RELATIONS", "bare"),
    ]
    assert [h.span[:4] for h in doc.headings] == [
        (5, 1, 6, 11), (10, 1, 12, 6), (16, 1, 17, 57), (21, 1, 21, 38), (25, 1, 25, 24)]
    assert [p.number for p in doc.paragraphs] == [1, 2, 3, 4, 5]
    [summary] = doc.markers
    assert (summary.kind, summary.boundary) == ("summary", "begin")
    assert summary.span[:4] == (11, 1, 11, 8)


def test_heading_underlined_one_blank_line_below() -> None:
    """A double-spaced extraction puts a blank line between a heading and its
    underline; an underline as long as the words still makes them a heading, and
    the heading ends the summary above it.  A separator rule of another length,
    a blank line below a sentence, underlines nothing."""
    body = ("Summary", "", "-------", "",
            "1. (C) The king was crowned.", "",
            "Coronation Plans", "", "----------------", "",
            "2. (C) Sapt planned it.", "",
            "The hall was full.", "", "------------------------------", "",
            "3. (C) Rupert fled.")
    text = cable(EO, body=body)
    doc = parse_ok(text)
    assert [(h.text, h.style) for h in doc.headings] == [
        ("Summary", "underlined"), ("Coronation Plans", "underlined")]
    assert [h.span[:4] for h in doc.headings] == [(5, 1, 7, 8), (11, 1, 13, 17)]
    assert [p.number for p in doc.paragraphs] == [1, 2, 3]


def test_summary_comment_and_note_markers() -> None:
    body = ("1. (C) SUMMARY: The king was crowned. END SUMMARY.", "",
            "2. (C) Text (COMMENT: the crowd was thin. END COMMENT) and more.", "",
            "3. (C) Text. (NOTE: Sapt attended. END NOTE.)")
    text = cable(EO, body=body)
    markers = parse_ok(text).markers
    assert [(m.kind, m.boundary, m.raw) for m in markers] == [
        ("summary", "begin", "SUMMARY"), ("summary", "end", "END SUMMARY"),
        ("comment", "begin", "COMMENT"), ("comment", "end", "END COMMENT"),
        ("note", "begin", "NOTE"), ("note", "end", "END NOTE"),
    ]
    assert markers[0].span[:4] == (5, 8, 5, 15)
    assert markers[1].span[:4] == (5, 39, 5, 50)
    assert_span(text, markers[3].span, "END COMMENT")
    assert_span(text, markers[4].span, "NOTE", 1)


def test_end_summary_and_comment() -> None:
    body = ("1. (C) Comment: we agree with the palace. End summary and comment.",)
    text = cable(EO, body=body)
    markers = parse_ok(text).markers
    assert [(m.kind, m.boundary) for m in markers] == [
        ("comment", "begin"), ("summary", "end"), ("comment", "end")]
    assert markers[0].span[:4] == (5, 8, 5, 15)
    assert covered(text, markers[1].span) == "End summary"
    assert covered(text, markers[2].span) == "End summary and comment"
    assert markers[2].span.line == 5


# -------------------------------------------------------------------- 13. sign-off


def test_signoff_on_its_own_line() -> None:
    doc = parse_ok(cable(EO))
    assert doc.signoff.name == "RASSENDYLL" and not doc.signoff.glued
    assert doc.signoff.span[:4] == (10, 1, 10, 11)
    assert doc.trailer == ()


@pytest.mark.parametrize("name", ["Rassendyll", "TIMKEN JR", "Thompson-Jones", "LeBaron",
                                  "von Tarlenheim", "\u00d3 Briain", "de la Vega", "huntsman"])
def test_signoff_name_forms(name: str) -> None:
    doc = parse_ok(cable(EO, signoff=name))
    assert doc.signoff.name == name
    assert doc.signoff.span[:4] == (10, 1, 10, len(name) + 1)


def test_signoff_with_a_detached_full_stop() -> None:
    doc = parse_ok(cable(EO, signoff="SAPT ."))
    assert doc.signoff.name == "SAPT"
    assert doc.signoff.span[:4] == (10, 1, 10, 5)


@pytest.mark.parametrize("line", ["Comment follows", "End comment", "END SUMMARY", "SIPDIS"])
def test_short_last_lines_that_are_not_names(line: str) -> None:
    doc = parse_ok(cable(EO, signoff=line))
    assert doc.signoff is None


def test_signoff_glued_to_the_last_paragraph() -> None:
    body = ("1. (C) The palace guard will stay loyal", "to the end. BODDE")
    text = cable(EO, body=body, signoff=None)
    doc = parse_ok(text)
    assert doc.signoff.name == "BODDE" and doc.signoff.glued
    assert doc.signoff.span[:4] == (6, 13, 6, 18)
    assert doc.paragraphs[0].span[:4] == (5, 1, 6, 18)


def test_signoff_followed_by_website_footer() -> None:
    trailer = ("", "Visit Zenda's Classified Website at:",
               "http://www.state.sgov.gov/p/eur/zenda/")
    doc = parse_ok(cable(EO, trailer=trailer))
    assert doc.signoff.name == "RASSENDYLL" and doc.signoff.span.line == 10
    assert [line.text for line in doc.trailer] == list(trailer[1:])
    assert doc.trailer[1].span[:4] == (13, 1, 13, 39)


def test_footer_before_the_signoff() -> None:
    body = ("1. (C) Text.", "", "Visit Zenda's Classified Website at:",
            "<http://www.state.sgov.gov/p/eur/zenda/>")
    doc = parse_ok(cable(EO, body=body))
    assert doc.signoff.name == "RASSENDYLL" and doc.signoff.span.line == 10
    assert [node.kind for node in doc.body] == ["paragraph", "footer", "footer"]
    assert doc.body[2].span[:4] == (8, 1, 8, 41)


@pytest.mark.parametrize("junk", [("NNNN",), ("...",), ("NNNN", "..."), ("", "CONFIDENTIAL")])
def test_trailer_after_the_signoff(junk: tuple[str, ...]) -> None:
    doc = parse_ok(cable(EO, trailer=junk))
    assert doc.signoff.name == "RASSENDYLL" and doc.signoff.span.line == 10
    assert [line.text for line in doc.trailer] == [j for j in junk if j]
    assert doc.trailer[-1].span[:2] == (10 + len(junk), 1)


def test_duplicated_signoff() -> None:
    doc = parse_ok(cable(EO, signoff="Smith", trailer=("smith",)))
    assert doc.signoff.name == "Smith" and doc.signoff.span[:4] == (10, 1, 10, 6)
    assert [line.text for line in doc.trailer] == ["smith"]
    assert doc.trailer[0].span.line == 11


# -------------------------------------------------------------- 14. line endings


FULL = cable("SIPDIS", EO, "TAGS: PREL ZD", "SUBJECT: TEST",
             "Classified By: Ambassador Rassendyll, reasons 1.4 (b) and (d)",
             prologue=SHORT_DTG)


def _positions(doc) -> list[tuple[int, int, int, int]]:
    spans = [doc.routing.dtg.span, doc.banner.span, doc.banner.serial_span, doc.captions[0].span,
             doc.eo.declassification.span, doc.tags.tags[1].span, doc.subject.span,
             doc.classified_by.reasons[0].span, doc.signoff.span]
    spans += [p.span for p in doc.paragraphs] + [p.number_span for p in doc.paragraphs]
    spans += [p.portion_mark.span for p in doc.paragraphs]
    return [span[:4] for span in spans]


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_line_endings_keep_line_and_column(ending: str) -> None:
    reference = parse_ok(FULL)
    text = FULL.replace("\n", ending)
    doc = parse_ok(text)
    assert _positions(doc) == _positions(reference)
    # offsets point into the text as written
    assert covered(text, doc.banner.serial_span) == "000123"
    assert covered(text, doc.tags.tags[1].span) == "ZD"
    assert covered(text, doc.signoff.span) == "RASSENDYLL"
    assert covered(text, doc.paragraphs[0].span) == ending.join(BODY_FIRST_PARAGRAPH)
    shift = len(ending) - 1
    assert doc.banner.span.start == reference.banner.span.start + 3 * shift


BODY_FIRST_PARAGRAPH = ("1. (C) The king's coronation went ahead as planned in the",
                        "cathedral of the capital.")


def test_byte_order_mark_keeps_line_and_column(tmp_path) -> None:
    reference = parse_ok(FULL)
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + FULL.replace("\n", "\r\n").encode("utf-8"))
    doc = parse_file(path)
    assert doc.diagnostics == ()
    assert _positions(doc) == _positions(reference)
    assert doc.routing.dtg.span.start == 0  # offsets count from the decoded text, BOM removed
    decoded = path.read_bytes()[3:].decode("utf-8")
    assert covered(decoded, doc.tags.tags[1].span) == "ZD"


def test_cp1252_file_reports_cl002(tmp_path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(FULL.replace("cathedral", "cath\xe9dral").encode("latin-1"))
    doc = parse_file(path)
    [diagnostic] = doc.diagnostics
    assert diagnostic.code == "CL002"
    line, column, _ = where(FULL, "cathedral")
    assert diagnostic.span[:4] == (line, column + 4, line, column + 5)
    assert doc.paragraphs[0].span.end_line == line
    assert doc.banner.serial_value == 123


# -------------------------------------------------------------- 15. error tolerance


@pytest.mark.parametrize("text", [
    "",
    "\n\n   \n\t\n",
    "lorem ipsum dolor\nsit amet 12 X.\n\nfoo bar baz.",
    "\x01\x02\x7f\xff\ufffd\x00garbage\x1b[0m\n\x00\x00\n\u00b6\u00b6\u00b6",
    "SECRET ZENDA 000001",
    "REF: A. B. C.\n",
    "1.\n",
    "TAGS:\n",
    "E.O. 12958\n",
    "CLASSIFIED BY\n",
    "-----\n-----\n-----\n",
    "////\n//\n",
    "SMITH\n",
    "VZCZCXRO1234\n",
    "P 301451Z MAR 06\n",
    "(C)\n\n(S//NF)\n",
    "C O N F I D E N T I A L\n",
], ids=lambda t: repr(t[:20]))
def test_odd_inputs_never_raise(text: str) -> None:
    doc = parse_text(text)
    assert doc.span.end == len(text)
    for node in doc.body:
        assert 0 <= node.span.start <= node.span.end <= len(text)


def test_empty_and_blank_inputs() -> None:
    for text in ("", "\n\n  \n\t\n"):
        doc = parse_ok(text)
        assert doc.banner is None and doc.paragraphs == () and doc.body == ()


def test_text_without_a_header_is_body_text() -> None:
    text = "lorem ipsum dolor\nsit amet 12 X.\n\nanother block of text here."
    doc = parse_ok(text)
    assert doc.banner is None and doc.routing is None
    assert doc.body[0].kind == "text"
    assert doc.body[0].span[:4] == (1, 1, 2, 15)


def test_header_without_a_body() -> None:
    text = cable(EO, "TAGS: PREL ZD", "SUBJECT: NOTHING FOLLOWS", body=(), signoff=None)
    doc = parse_ok(text)
    assert doc.banner.serial_value == 123
    assert doc.eo.declassification.date == "2016-03-30"
    assert doc.subject.text == "NOTHING FOLLOWS"
    assert doc.subject.span.line == 7
    assert doc.paragraphs == () and doc.body == () and doc.signoff is None


def test_paragraph_before_the_banner_keeps_all_text() -> None:
    text = ("1. (C) An early paragraph.\n\n" + BANNER + "\n\n" + EO
            + "\n\n2. (C) The later paragraph.\n\nSMITH\n")
    doc = parse_text(text)
    assert [p.number for p in doc.paragraphs] == [1, 2]
    assert doc.paragraphs[0].span[:4] == (1, 1, 1, 27)
    kept = [covered(text, node.span) for node in doc.body]
    assert any(BANNER in piece for piece in kept)
    assert any(EO in piece for piece in kept)
    assert doc.signoff.name == "SMITH"


@pytest.mark.parametrize(("prologue", "origin", "to", "info"), [
    (("FM AMEMBASSY ZENDA", "TO RUEHC/SECSTATE WASHDC 0001"), "AMEMBASSY ZENDA",
     ("RUEHC/SECSTATE WASHDC 0001",), ()),
    (("TO RUEHC/SECSTATE WASHDC 0001", "INFO RUEHSR/AMEMBASSY STRELSAU 0002"), None,
     ("RUEHC/SECSTATE WASHDC 0001",), ("RUEHSR/AMEMBASSY STRELSAU 0002",)),
    (("INFO RUEHSR/AMEMBASSY STRELSAU 0002", "RUEHRT/AMCONSUL RITZBURG"), None, (),
     ("RUEHSR/AMEMBASSY STRELSAU 0002", "RUEHRT/AMCONSUL RITZBURG")),
])
def test_routing_header_without_its_dtg_line(prologue: tuple[str, ...], origin: str | None,
                                             to: tuple[str, ...], info: tuple[str, ...]) -> None:
    """A header copied from its FM/TO/INFO line on: once a cascade of CL001 errors that
    lost the banner and every header field."""
    text = cable("SUBJECT: X", prologue=prologue)
    doc = parse_ok(text)
    assert doc.routing.dtg is None and doc.date is None
    assert (doc.routing.origin, doc.routing.to, doc.routing.info) == (origin, to, info)
    assert doc.routing.span[:4] == (1, 1, 2, len(prologue[1]) + 1)
    assert doc.banner.span.line == 3 and doc.banner.serial_value == 123
    assert doc.subject.text == "X" and doc.subject.span.line == 5
    assert [p.number for p in doc.paragraphs] == [1, 2]


def test_ten_thousand_line_cable() -> None:
    body: list[str] = []
    for number in range(1, 2001):
        body += [f"\u00b6{number % 1000}. (C) Paragraph {number} of a very long cable,",
                 "wrapped over two lines.", "ZENDA 00000123  002 OF 999" if number % 100 == 0
                 else "-- with a bullet", "", ""]
    text = cable(EO, "SUBJECT: LONG", prologue=SHORT_DTG, body=tuple(body))
    assert text.count("\n") > 10_000
    doc = parse_ok(text)
    assert len(doc.paragraphs) == 2000
    assert len(doc.page_breaks) == 20
    last = doc.paragraphs[-1]
    assert last.number == 0 and last.number_text == "0"
    assert last.span.line == 10 + 5 * 1999
    assert doc.signoff.name == "RASSENDYLL"


def test_very_long_lines() -> None:
    long_text = "word " * 20_000
    body = ("1. (C) " + long_text, "x" * 100_000, "", "2. (S) " + "y" * 100_000)
    text = cable(EO, "SUBJECT: " + "Z" * 100_000, body=body)
    doc = parse_ok(text)
    assert len(doc.subject.text) == 100_000
    first, second = doc.paragraphs
    assert first.span[:4] == (7, 1, 8, 100_001)
    assert second.portion_mark.level == "S"
    assert second.span.end_column == 100_008


def test_very_long_line_without_structure() -> None:
    text = ("(" * 50_000) + ("1.4 (b) " * 5_000) + "\n" + "\u00b6" * 100_000
    doc = parse_text(text)
    assert doc.span.end_line == 2


# ------------------------------------------------- other extractions' forms


def test_preamble_glued_to_the_banner() -> None:
    """Other extractions glue the partial-extract preamble and the banner on one line."""
    preamble = ("This record is a partial extract of the original cable. The full text of "
                "the original cable is not available.")
    text = preamble + "UNCLAS ZENDA 008150 \n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL ZD\n" \
        "SUBJECT: TEST\n\nREF: A. ZENDA 7410\n     \u00b6B. SECSTATE 200660\n\n" \
        "\u00b61.  Text.\nPEARSON\n"
    doc = parse_text(text, "cables/02ZENDA8150.txt")
    assert doc.diagnostics == ()
    assert doc.preamble is not None and doc.preamble.span[:4] == (1, 1, 1, len(preamble) + 1)
    assert doc.banner.span[:2] == (1, len(preamble) + 1) and doc.banner.serial == "008150"
    assert doc.routing is None
    # no DTG: REF ids take the year of the cable id in the file name
    assert [r.canonical_id for r in doc.references.items] == ["02ZENDA7410", "02STATE200660"]


@pytest.mark.parametrize(("reason", "letters"), [
    ("1.4(b) a nd (d)", ("b", "d")),
    ("1.4 (b+d)", ("b", "d")),
    ("1.4 (b)and(d)", ("b", "d")),
    ("Reasons 1. \n4 (b/d).", ("b", "d")),
    ("1.4 (a), (b), and (d).", ("a", "b", "d")),
])
def test_classified_by_reason_letter_forms(reason: str, letters: tuple[str, ...]) -> None:
    doc = parse_ok(cable(EO, f"Classified By: Ambassador R. Rassendyll, {reason}"))
    assert [(r.section, r.letters) for r in doc.classified_by.reasons] == [("1.4", letters)]


def test_portion_marked_classified_by_line() -> None:
    doc = parse_ok(cable(EO, "(U) Classified by: Jane Doe, Director, INR/CCS,\n"
                             "Reason: 1.4 (c, d)."))
    assert doc.classified_by.authority == "Jane Doe, Director, INR/CCS"
    assert doc.classified_by.reasons[0].letters == ("c", "d")


def test_classified_by_run_onto_the_ref_line() -> None:
    text = cable(EO, "REF: A. ZENDA 100 B. ZENDA 200 Classified By: Charge d'Affaires "
                     "Jane Doe. Reason: 1.4(d)")
    doc = parse_ok(text)
    assert doc.classified_by.span[:2] == where(text, "Classified By")[:2]
    assert [r.text for r in doc.references.items] == ["ZENDA 100", "ZENDA 200"]


def test_subject_continuation_with_for_is_not_an_addressee() -> None:
    doc = parse_ok(cable(EO, "SUBJECT: MONEY THAT WAS INTENDED\nFOR THE REGENT'S CAMPAIGN"))
    assert doc.subject.text == "MONEY THAT WAS INTENDED FOR THE REGENT'S CAMPAIGN"
    assert doc.addressees == ()


def test_page_break_line_among_the_header_fields() -> None:
    text = cable(EO, "TAGS: PREL ZD", "ZENDA 00000123  001.2 OF 002", "SUBJECT: TEST")
    doc = parse_ok(text)
    [page] = doc.page_breaks
    assert (page.page, page.total, page.serial) == (1, 2, "00000123")
    assert doc.header_text == ()


@pytest.mark.parametrize(("line", "expected"), [
    ("1. (C) Summary and comment: The regent spoke.", [("summary", "begin"),
                                                       ("comment", "begin")]),
    ("1. (C) SUMMARY AND BACKGROUND: The regent spoke.", [("summary", "begin")]),
    ("1. (C) Summary/Introduction: The regent spoke.", [("summary", "begin")]),
    ("1. (C) The regent [Note: he was late. End note.] spoke.", [("note", "begin"),
                                                                ("note", "end")]),
    ("1. (C) Ambassador's Comment: The regent spoke.", [("comment", "begin")]),
    ("1. (C) We note: the regent spoke; in summary, little changed.", []),
])
def test_marker_opener_forms(line: str, expected: list[tuple[str, str]]) -> None:
    doc = parse_ok(cable(EO, body=(line,)))
    assert [(m.kind, m.boundary) for m in doc.markers] == expected


def test_mixed_case_summary_line_of_its_own() -> None:
    doc = parse_ok(cable(EO, body=("Summary", "", "1. (C) The regent spoke. End summary.")))
    assert [(m.kind, m.boundary, m.span.line) for m in doc.markers] == [
        ("summary", "begin", 5), ("summary", "end", 7)]


def test_older_page_header_line() -> None:
    body = ("1. (C) The regent spoke of the",
            "PAGE 02 RUEHZD0123 C O N F I D E N T I A L ZENDA 000123", "harbour.")
    doc = parse_ok(cable(EO, body=body))
    [page] = doc.page_breaks
    assert (page.page, page.total, page.originator, page.serial) == (2, None, "ZENDA", "000123")
    assert len(doc.paragraphs) == 1
