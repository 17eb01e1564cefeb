"""CL904-CL915 on the example cable and on the corpus: findings where documented,
fixes that do not overlap, per-rule ranges of cables."""

from __future__ import annotations

import pytest
from artifacts_helpers import REPO
from rule_helpers import apply_fixes, cables_with, findings


def test_example_cable_triggers_each_artifact_rule_where_documented() -> None:
    path = REPO / "examples" / "artifacts-defects.txt"
    text = path.read_text(encoding="utf-8")
    codes = [f"CL9{n:02d}" for n in range(4, 16)]
    found = sorted((d.span.line, d.code) for code in codes
                   for d in findings(text, code, path=str(path)))
    assert found == [
        (1, "CL913"), (2, "CL915"), (8, "CL904"), (9, "CL909"), (11, "CL905"), (12, "CL905"),
        (14, "CL912"), (18, "CL909"), (21, "CL906"), (23, "CL906"), (26, "CL908"),
        (26, "CL909"), (31, "CL910"), (35, "CL907"), (37, "CL914"), (41, "CL904"),
        (45, "CL911"), (46, "CL911")]


def test_example_cable_fixes_do_not_overlap_and_leave_no_artifact() -> None:
    path = REPO / "examples" / "artifacts-defects.txt"
    text = path.read_text(encoding="utf-8")
    codes = [f"CL9{n:02d}" for n in range(4, 16)]
    found = [d for code in codes for d in findings(text, code)]
    fixed = apply_fixes(text, found, unsafe=True)
    left = sorted(d.code for code in codes for d in findings(fixed, code))
    assert left == ["CL913", "CL914"]  # report-only rules


# ------------------------------------------------------------------ corpus

# Per-rule ranges of cables on the 300 development cables.  Each range is the
# count measured when the rule was written, with a little room for parser
# changes; the comment names cables read to confirm the findings.
CORPUS_RANGES = {
    # no corpus cable has markdown links (only the seed does)
    "CL904": (0, 0),
    # 20: 17 wraps in Classified By (05PARIS1699 REAS/ONS, 10BERLIN128 Affai/rs,
    # 09PARIS848 Y/oung, 09BEIJING2438 1./4) and 3 'an d'/'a nd' (05TELAVIV1580, 09MADRID869)
    "CL905": (18, 22),
    # 98: 184 dash rules, 34 URLs (05PARIS7360 index.c fm), 6 star rules (05TELAVIV1580)
    "CL906": (95, 100),
    # 160: the parser's page breaks (150 cables) + lower-case 'of' (06KIEV1261, 07MOSCOW3579)
    # + the mark glued to text (07RABAT1657)
    "CL907": (155, 165),
    # 27: 05MADRID4314 'taunting' / 'the Popular Party', 06MANAGUA1002, 09RIYADH670 'the' /
    # 'Crown prince'; page-break and SIPDIS neighbours belong to CL907/CL910
    "CL908": (24, 30),
    # 54: ',s' in 53 cables (06ANKARA4688 Erdogan,s), '&...8' in 19 (06MANAGUA1002 &Nicho8)
    "CL909": (50, 58),
    # 9: 05PARIS4760 after 'Secretary', 07KABUL185 and 08BRASILIA129 in-line
    "CL910": (9, 9),
    # 11: 05PARIS1699 echo, 06LAPAZ3400 SQL, 09SAOPAULO487 tracking, 10BRUSSELS183 mail
    # header, 08MADRID518 lone '.'
    "CL911": (10, 12),
    # 4: 09NAIROBI2497, 09ISLAMABAD3037, 06LAPAZ3400, 06PARIS7579
    "CL912": (4, 4),
    "CL913": (18, 18),
    # 2: 04RANGOON1100 (two) and 10MOSCOW266
    "CL914": (2, 2),
    # 28 datelines, none disagreeing with DTG, metadata or weekday
    "CL915": (28, 28),
}


@pytest.mark.parametrize("code", sorted(CORPUS_RANGES))
def test_corpus_cables_per_rule(corpus_findings, code) -> None:
    low, high = CORPUS_RANGES[code]
    assert low <= len(cables_with(corpus_findings, code)) <= high


def test_corpus_known_cases(corpus_findings) -> None:
    assert {"07KABUL185", "08BRASILIA129", "05PARIS4760"} <= cables_with(corpus_findings,
                                                                        "CL910")
    assert {"09NAIROBI2497", "09ISLAMABAD3037", "06LAPAZ3400",
            "06PARIS7579"} == cables_with(corpus_findings, "CL912")
    assert "09STATE120288" not in cables_with(corpus_findings, "CL908")  # '; and' list end
    datelines = [d for found in corpus_findings.values() for d in found if d.code == "CL915"]
    assert {d.severity for d in datelines} == {"info"}


def test_corpus_fixes_never_overlap_and_do_not_come_back(corpus_findings, corpus) -> None:
    codes = {f"CL9{n:02d}" for n in range(4, 16)}
    for cable_id, found in corpus_findings.items():
        ours = [d for d in found if d.code in codes and d.fix and d.fix.applicability == "safe"]
        if not ours:
            continue
        text = (corpus / f"{cable_id}.txt").read_text(encoding="utf-8")
        fixed = apply_fixes(text, ours)
        for code in {d.code for d in ours}:
            again = [d for d in findings(fixed, code) if d.fix and d.fix.applicability == "safe"]
            assert again == [], (cable_id, code, again[:1])
