"""CL501-CL513 as a family: the executive-order data, the documentation, the example
cable and the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from rule_helpers import cables_with, rule_class

from cablelint.rules.base import Settings
from cablelint.vocabulary import load_vocabulary

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


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
