"""CL501-CL513: the Classified By block and the E.O. line, on invented snippets and the corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cable_snippets import cable, covered
from rule_helpers import apply_fixes, cables_with, findings, rule_class

from cablelint.rules.base import Settings
from cablelint.vocabulary import load_vocabulary

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

GOOD_EO = "E.O. 12958: DECL: 03/30/2016"
TAGS = "TAGS: PREL PGOV ZN"
SUBJECT = "SUBJECT: CORONATION IN ZENDA"
GOOD_CB = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)."


def dtg(day: str = "301451Z MAR 06") -> tuple[str, ...]:
    return (f"P {day}", "FM AMEMBASSY ZENDA", "TO RUEHC/SECSTATE WASHDC 1234", "")


def snippet(eo: str = GOOD_EO, classified_by: str | None = GOOD_CB, day: str = "301451Z MAR 06",
            banner: str | None = None, **kwargs) -> str:
    header = [eo, TAGS, SUBJECT] + ([classified_by] if classified_by else [])
    extra = {"banner": banner} if banner is not None else {}
    return cable(*header, prologue=dtg(day), **extra, **kwargs)


def only(text: str, code: str, **kwargs):
    found = findings(text, code, **kwargs)
    assert len(found) == 1, found
    return found[0]


# --- the data ------------------------------------------------------------------------


def test_data_names_sources_and_marks_unverified_facts():
    data = load_vocabulary("executive-orders")
    tags = {source["tag"] for source in data["sources"]}
    assert {"EO12065", "EO12356", "EO12958", "EO13292", "ISOO-2003", "EO13526"} <= tags
    for item in data["orders"] + data["periods"]:
        assert set(item["sources"]) <= tags
    assert any(order["unverified"] for order in data["orders"])
    assert "unverified" in data["special_markings"]["status"]
    periods = {period["id"]: period for period in data["periods"]}
    assert periods["eo12958"]["reason_letters"] == list("abcdefg")
    assert periods["eo12958-isoo"]["reason_letters"] == list("abcdefgh")
    assert periods["eo12958"]["from"] == "1995-10-14"
    assert periods["eo12958-isoo"]["from"] == "2003-09-22"
    assert periods["eo13526"]["from"] == "cutover"


def test_every_rule_is_documented():
    for code in [f"CL5{n:02d}" for n in range(1, 14)]:
        rule = rule_class(code)
        doc = rule.documentation()
        for section in ("Why:", "Source:", "Bad:", "Good:", "Fix:"):
            assert section in doc, (code, section)
        assert rule.enabled is (code != "CL509")


# --- CL501 ---------------------------------------------------------------------------


def test_cl501_missing_block_points_at_the_banner_level():
    text = snippet(classified_by=None)
    found = only(text, "CL501")
    assert covered(text, found.span) == "C O N F I D E N T I A L"
    assert found.severity == "error"
    assert "CONFIDENTIAL cable has no Classified By block" in found.message


def test_cl501_good_and_exempt_cases():
    assert findings(snippet(), "CL501") == []
    # unclassified cables need no block
    assert findings(snippet(eo="E.O. 12958: N/A", classified_by=None,
                            banner="UNCLAS ZENDA 000123"), "CL501") == []
    # a 1989 cable predates E.O. 12958
    assert findings(snippet(eo="E.O. 12356: DECL: OADR", classified_by=None,
                            day="131200Z DEC 89"), "CL501") == []
    # derivative classification
    assert findings(snippet(classified_by="DERIVED FROM: DSCG 05-1 B, D"), "CL501") == []


def test_cl501_unknown_date_is_silent():
    text = cable(GOOD_EO, TAGS, SUBJECT)
    assert findings(text, "CL501") == []


def test_cl501_block_inside_a_paragraph():
    body = ("1. (U) Classified by Rudolf Rassendyll, Ambassador, reasons 1.4 (b).", "",
            "2. (C) Embassy will continue to follow events.")
    text = snippet(classified_by=None, body=body)
    found = only(text, "CL501")
    assert "inside paragraph 1" in found.message
    assert covered(text, found.span).startswith("Classified by Rudolf")


def test_cl501_block_on_the_ref_line_or_portion_marked_counts():
    on_ref = cable(GOOD_EO, TAGS, SUBJECT,
                   "REF: A. ZENDA 100 B. ZENDA 101 Classified By: Ambassador Rudolf "
                   "Rassendyll, Reason: 1.4(d)", prologue=dtg())
    assert findings(on_ref, "CL501") == []
    assert findings(on_ref, "CL502") == []
    marked = snippet(classified_by="(U) Classified by: Rupert Hentzau, Director,\n"
                                   "INR/ZZZ, Reason: 1.4 (c, d).")
    assert findings(marked, "CL501") == []
    assert findings(marked, "CL502") == []


def test_cl501_is_info_when_the_text_stops_in_the_header():
    text = snippet(classified_by=None, body=(), signoff=None)
    assert only(text, "CL501").severity == "info"


# --- CL502 ---------------------------------------------------------------------------


@pytest.mark.parametrize(("block", "wrong", "words"), [
    ("Classified By: Ambassador, reasons 1.4 (b) and (d).", "Ambassador", "no person"),
    ("Classified By: Charge d'Affaires, for reasons 1.4 (b) and (d)", "Charge d'Affaires",
     "no person"),
    ("Classified By: Flavia Elphberg, Reasons 1.4 (b) and (d)", "Flavia Elphberg",
     "no position"),
])
def test_cl502_bad(block, wrong, words):
    text = snippet(classified_by=block)
    found = only(text, "CL502")
    assert covered(text, found.span) == wrong
    assert words in found.message


@pytest.mark.parametrize("block", [
    GOOD_CB,
    "CLASSIFIED BY: Fritz Tarlenheim, Charge, US Department of State, US Embassy Zenda; "
    "REASON: 1.4(B), (D)",
    "Classified By: RUPERT HENTZAU, DIR., INR/OPS. REASON: 1.4(C).",
    "Classified By: DCM Fritz von Tarlenheim for reasons 1.4 (b,d)",
    "Classified By: XXXXXXXXXXXX, Ambassador, U.S. Embassy Zenda",
    "Classified By: POL/Couns Sapt. Reasons: 1.4 (B,C,D)",
])
def test_cl502_good(block):
    assert findings(snippet(classified_by=block), "CL502") == []


# --- CL503 ---------------------------------------------------------------------------


def test_cl503_no_reason():
    text = snippet(classified_by="Classified By: RUPERT HENTZAU, DIRECTOR, INR/OPS")
    found = only(text, "CL503")
    assert covered(text, found.span) == "Classified By: RUPERT HENTZAU, DIRECTOR, INR/OPS"


def test_cl503_letters_without_section():
    text = snippet(classified_by="Classified By: CDA Fritz Tarlenheim for reasons b, d.")
    found = only(text, "CL503")
    assert covered(text, found.span) == "reasons b, d"
    assert "no section" in found.message


def test_cl503_good_and_wrapped_reasons():
    assert findings(snippet(), "CL503") == []
    # the section split at the wrap ("1." / "4 (b/d)") is still a reason
    split = "Classified By: Political Counselor Fritz Tarlenheim.  Reasons 1. \n4 (b/d)."
    assert findings(snippet(classified_by=split), "CL503") == []
    # the continuation line holds the reason
    wrapped = "Classified By: EUR/ZZ ACTING DIRECTOR FLAVIA\nELPHBERG FOR REASONS 1.4 (B) AND (D)."
    text = snippet(classified_by=wrapped)
    assert findings(text, "CL503") == []
    assert findings(text, "CL502") == []


# --- CL504 ---------------------------------------------------------------------------


def test_cl504_stale_section_with_unsafe_fix():
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.5 (b) and (d)."
    text = snippet(classified_by=block, day="181200Z JUN 08")
    found = only(text, "CL504")
    assert covered(text, found.span) == "1.5"
    assert found.fix is not None and found.fix.applicability == "unsafe"
    assert apply_fixes(text, [found]) == text  # not applied by --fix
    fixed = apply_fixes(text, [found], unsafe=True)
    assert "reasons 1.4 (b) and (d)." in fixed
    assert findings(fixed, "CL504") == []


def test_cl504_fix_conditions():
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.5 (b) and (d)."
    # between the amendment (25 Mar 2003) and the ISOO directive (22 Sep 2003): no fix
    between = only(snippet(classified_by=block, day="011200Z JUL 03"), "CL504")
    assert between.fix is None
    # letter (h) did not exist under 1.5: no fix either
    with_h = only(snippet(classified_by=block.replace("(d)", "(h)"), day="181200Z JUN 08"),
                  "CL504")
    assert with_h.fix is None


def test_cl504_good_and_silent():
    old = "Classified By: Poloff Rudolf Rassendyll, reasons 1.5 (b) and (d)."
    assert findings(snippet(classified_by=old, day="221200Z NOV 02"), "CL504") == []
    assert findings(snippet(), "CL504") == []
    # 1.4 before the 2003 amendment is stale the other way round, with no fix
    found = only(snippet(day="221200Z NOV 02"), "CL504")
    assert "cites 1.5" in found.message and found.fix is None
    # no date: silent
    assert findings(cable(GOOD_EO, TAGS, SUBJECT, old), "CL504") == []


# --- CL505 ---------------------------------------------------------------------------


def test_cl505_letter_h_under_15_and_letter_beyond_h():
    block = "Classified By: Poloff Rudolf Rassendyll, reasons 1.5 (b) and (h)."
    text = snippet(classified_by=block, day="221200Z NOV 02")
    found = only(text, "CL505")
    assert covered(text, found.span) == "h"
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (k)."
    text = snippet(classified_by=block)
    found = only(text, "CL505")
    assert covered(text, found.span) == "k"


def test_cl505_good():
    block = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b), (d) and (h)."
    assert findings(snippet(classified_by=block), "CL505") == []


# --- CL506 ---------------------------------------------------------------------------


def test_cl506_missing_instruction():
    text = snippet(eo="E.O. 12958: DECL:")
    found = only(text, "CL506")
    assert covered(text, found.span) == "E.O. 12958: DECL:"
    assert findings(snippet(), "CL506") == []
    # N/A on a classified cable is CL407's
    assert findings(snippet(eo="E.O. 12958: N/A"), "CL506") == []
    # unclassified cables need none
    assert findings(snippet(eo="E.O. 12958: DECL:", banner="UNCLAS ZENDA 000123"),
                    "CL506") == []


# --- CL507 / CL508 / CL509 -----------------------------------------------------------


def test_cl507_date_before_cable():
    text = snippet(eo="E.O. 12958: DECL: 03/30/2005")
    found = only(text, "CL507")
    assert covered(text, found.span) == "03/30/2005"
    assert findings(snippet(), "CL507") == []
    # a year-only date (from the file name) must be certain
    assert findings(cable("E.O. 12958: DECL: 12/31/2006", TAGS, SUBJECT, GOOD_CB),
                    "CL507", path="06ZENDA123.txt") == []
    assert len(findings(cable("E.O. 12958: DECL: 12/31/2005", TAGS, SUBJECT, GOOD_CB),
                        "CL507", path="06ZENDA123.txt")) == 1


def test_cl508_too_late_with_slack():
    text = snippet(eo="E.O. 12958: DECL: 08/18/2036", day="181200Z DEC 06")
    found = only(text, "CL508")
    assert covered(text, found.span) == "08/18/2036"
    assert "29 years 8 months" in found.message
    # 25 years and the next day or a few days more: accepted
    for date in ("12/18/2031", "12/19/2031", "12/24/2031"):
        assert findings(snippet(eo=f"E.O. 12958: DECL: {date}", day="181200Z DEC 06"),
                        "CL508") == []
    # between 1995 and March 2003 the limit is 10 years
    assert len(findings(snippet(eo="E.O. 12958: DECL: 11/22/2015", day="221200Z NOV 02"),
                        "CL508")) == 1
    assert findings(snippet(eo="E.O. 12958: DECL: 11/22/2012", day="221200Z NOV 02"),
                    "CL508") == []


def test_cl509_unusual_period_is_off_and_info():
    rule = rule_class("CL509")
    assert rule.enabled is False and rule.severity == "info"
    text = snippet(eo="E.O. 12958: DECL: 03/30/2021")
    found = only(text, "CL509")
    assert "15 years" in found.message
    for date in ("03/30/2016", "03/31/2016", "03/20/2016", "03/30/2031"):
        assert findings(snippet(eo=f"E.O. 12958: DECL: {date}"), "CL509") == []


# --- CL510 / CL511 -------------------------------------------------------------------


def test_cl510_oadr():
    text = snippet(eo="E.O. 12958: DECL: OADR")
    found = only(text, "CL510")
    assert covered(text, found.span) == "OADR"
    assert findings(snippet(eo="E.O.12356: DECL:OADR", day="131200Z DEC 89"), "CL510") == []


def test_cl511_exemption_codes():
    text = snippet(eo="E.O. 12958: DECL: X1")
    found = only(text, "CL511")
    assert covered(text, found.span) == "X1"
    assert "22 Sep 2003" in found.message
    assert findings(snippet(eo="E.O. 12958: DECL: X1", day="221200Z NOV 98"), "CL511") == []
    assert len(findings(snippet(eo="E.O. 12958: DECL: X9", day="221200Z NOV 98"),
                        "CL511")) == 1
    special = snippet(eo="E.O. 12958: DECL: 50X1-HUM")
    found = only(special, "CL511")
    assert covered(special, found.span) == "50X1-HUM"
    after = Settings(eo13526_cutover=dt.date(2006, 1, 1))
    assert findings(snippet(eo="E.O. 13526: DECL: 50X1-HUM"), "CL511", settings=after) == []


# --- CL512 ---------------------------------------------------------------------------


@pytest.mark.parametrize(("eo", "wrong", "fixed"), [
    ("EO 12958 DECL: 2016/03/30", "2016/03/30", "E.O. 12958: DECL: 03/30/2016"),
    ("E.O. 12958: DECL: 3/7/2016", "3/7/2016", "E.O. 12958: DECL: 03/07/2016"),
    ("E.O. 12958: DECL: 2016-03-30", "2016-03-30", "E.O. 12958: DECL: 03/30/2016"),
    ("EO 12958 DECL: 03/30/16", "03/30/16", "E.O. 12958: DECL: 03/30/2016"),
    ("E.O. 12958 03/30/2016", "03/30/2016", "E.O. 12958: DECL: 03/30/2016"),
    ("E.O. 12958: DECLl: 03/30/2016", "DECLl", "E.O. 12958: DECL: 03/30/2016"),
    ("E.o. 12958: decl: 2016/03/30", "2016/03/30", "E.O. 12958: DECL: 03/30/2016"),
])
def test_cl512_reformats_safely(eo, wrong, fixed):
    text = snippet(eo=eo)
    found = only(text, "CL512")
    assert covered(text, found.span) == wrong
    assert found.fix is not None and found.fix.applicability == "safe"
    repaired = apply_fixes(text, [found])
    assert fixed in repaired.splitlines()
    assert findings(repaired, "CL512") == []


def test_cl512_style_only_and_other_forms_are_not_reported():
    for eo in (GOOD_EO, "EO 12958 DECL: 03/30/2016", "E.o. 12958: decl: 03/30/2016",
               "E.O. 12958: N/A", "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006"):
        assert findings(snippet(eo=eo), "CL512") == [], eo


def test_cl512_keeps_prefix_and_trailing_tags():
    text = snippet(eo="DEPT FOR EUR/ZZ E.O. 12958: DECL: 2016/03/30")
    found = only(text, "CL512")
    assert "DEPT FOR EUR/ZZ E.O. 12958: DECL: 03/30/2016" in apply_fixes(text, [found])


def test_cl512_no_fix_when_the_date_is_uncertain():
    # a two-digit year that would put the date before the cable: no fix
    text = snippet(eo="EO 12958 DECL: 03/30/05")
    assert only(text, "CL512").fix is None
    impossible = snippet(eo="E.O. 12958: DECL: 02/30/2016")
    found = only(impossible, "CL512")
    assert "not a calendar date" in found.message and found.fix is None


# --- CL513 ---------------------------------------------------------------------------


def test_cl513_order_and_date():
    text = snippet(eo="E.O. 12356: DECL: 03/30/2016")
    found = only(text, "CL513")
    assert covered(text, found.span) == "12356"
    assert "cite E.O. 12958" in found.message
    assert findings(snippet(), "CL513") == []
    assert findings(snippet(eo="E.O. 12356: DECL: OADR", day="131200Z DEC 89"), "CL513") == []
    # re-marked old cables cite the newer order
    remarked = snippet(eo="E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006",
                       day="221200Z AUG 79")
    assert findings(remarked, "CL513") == []
    # after the cut-over E.O. 13526 is due; the cut-over is a setting
    late = Settings(eo13526_cutover=dt.date(2006, 1, 1))
    assert "cite E.O. 13526" in only(snippet(), "CL513", settings=late).message
    assert findings(snippet(eo="E.O. 13526: DECL: 03/30/2016"), "CL513", settings=late) == []
    assert len(findings(snippet(eo="E.O. 12345: DECL: 03/30/2016"), "CL513")) == 1


def test_cl513_year_only_date_straddling_a_cutover_is_silent():
    straddle = Settings(eo13526_cutover=dt.date(2006, 6, 25))
    text = cable(GOOD_EO, TAGS, SUBJECT, GOOD_CB)
    assert findings(text, "CL513", path="06ZENDA123.txt", settings=straddle) == []
    assert findings(text, "CL504", path="06ZENDA123.txt", settings=straddle) == []


# --- the example cable -----------------------------------------------------------------


def test_example_cable_shows_the_family():
    from cablelint.engine import run_rules
    from cablelint.parser import parse_source
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    source = SourceText.from_path(EXAMPLES / "authority-defects.txt")
    rules = [rule() for rule in all_rules()[0] if rule.code.startswith("CL5")]
    found = sorted((d.code, d.span.line) for d in run_rules(
        parse_source(source), source, rules, Settings()) if d.code.startswith("CL5"))
    assert found == [("CL502", 22), ("CL504", 22), ("CL508", 16), ("CL512", 16)]


# --- the corpus ------------------------------------------------------------------------

# Ranges per rule (cables fired on, of the 300).  Checked by reading each cable.
CORPUS_RANGES = {
    # 08PARIS1698, 10BRUSSELS183 (no block anywhere), 08STATE103511 (in ¶2), 09STATE78274
    # (in ¶1), 09BERLIN406 (info: text ends after SUBJECT).  Not: 09BRASILIA1315 (block on
    # the REF line), 09STATE119085 ("(U) Classified by"), 09BUENOSAIRES1311 and 10MEXICO83
    # (DERIVED FROM), 79TEHRAN8980 and 89PANAMA8545 (before 1995).
    "CL501": (5, 6),
    # 14 name-only blocks ("Anne W. Patterson" x11 in Islamabad cables, 07ABUDHABI187,
    # 10STATE8675) and 2 position-only (06KIEV1261 "Ambassador", 09SANSALVADOR789
    # "Charge d'Affaires"); the catalogue counted only the last two.
    "CL502": (15, 18),
    # 10STATE9565 (no reason), 09BUENOSAIRES853 ("for reasons b, d": no section).
    "CL503": (2, 2),
    # 04AMMAN1288, 04RANGOON88, 04RANGOON1100, 08MADRID678, 09BAKU179, 09BRASILIA35,
    # 09BRASILIA41, 10STATE17263: 1.5 after March 2003 (02BRASILIA4227's 1.5 is right).
    "CL504": (8, 8),
    "CL505": (0, 0),
    "CL506": (0, 0),
    "CL507": (0, 0),
    # 06LAPAZ3400 (29 years 8 months), 09BUENOSAIRES853 (30 years).
    "CL508": (2, 2),
    # 36: under 10 years by more than a month (several "9 years" cables dated the same
    # day of the year), 15 and 20 years (09LONDON2222, 09BEIJING1247 ...), 2 and 5 years.
    "CL509": (30, 40),
    "CL510": (0, 0),
    "CL511": (0, 0),
    # YYYY/MM/DD 17, M/D/YYYY 5, MM/DD/YY 1 (07KAMPALA1848), YYYY-MM-DD 1 (09DJIBOUTI113),
    # no DECL 2 (09ABUDHABI301, 09ABUDHABI347), DECLl 1 (08ISLAMABAD3418): as catalogued.
    "CL512": (27, 27),
    "CL513": (0, 0),
}


@pytest.mark.corpus
@pytest.mark.parametrize("code", sorted(CORPUS_RANGES))
def test_corpus_counts(corpus_findings, code):
    low, high = CORPUS_RANGES[code]
    fired = cables_with(corpus_findings, code)
    assert low <= len(fired) <= high, sorted(fired)


@pytest.mark.corpus
def test_corpus_named_cases(corpus_findings):
    assert {"08PARIS1698", "10BRUSSELS183", "08STATE103511", "09STATE78274"} <= \
        cables_with(corpus_findings, "CL501")
    for quiet in ("09BRASILIA1315", "09STATE119085", "09BUENOSAIRES1311", "10MEXICO83",
                  "79TEHRAN8980", "89PANAMA8545", "09ASHGABAT757"):
        assert quiet not in cables_with(corpus_findings, "CL501"), quiet
    assert {"06LAPAZ3400", "09BUENOSAIRES853"} == cables_with(corpus_findings, "CL508")
    assert {"10STATE9565", "09BUENOSAIRES853"} == cables_with(corpus_findings, "CL503")
    assert "02BRASILIA4227" not in cables_with(corpus_findings, "CL504")
    # every CL512 fix on the corpus is safe and makes the finding go away
    for cable_id, found in corpus_findings.items():
        for diagnostic in found:
            if diagnostic.code == "CL512":
                assert diagnostic.fix is not None, cable_id
                assert diagnostic.fix.applicability == "safe"


def test_letter_outside_a_to_h_is_an_invalid_reason_letter() -> None:
    text = ("C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 04/01/2019\n"
            "TAGS: PREL ZD\nSUBJECT: TEST\n\nClassified By: Ambassador Jane Doe, "
            "reasons 1.4 (b) and (k)\n\n\u00b61. (C) Text.\n")
    [found] = findings(text, "CL505", path="09ZENDA123.txt")
    assert "(k)" in found.message or "k" in found.message
