"""The structure rules (CL101-CL112) on the example cable and the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES
from rule_helpers import apply_fixes, cables_with, findings


def test_example_cable_structure_defects() -> None:
    path = Path(EXAMPLES) / "structure-defects.txt"
    text = path.read_text(encoding="utf-8")
    found = [d for code in ("CL101", "CL102", "CL103", "CL104", "CL105", "CL106", "CL107",
                            "CL108", "CL109", "CL110", "CL111", "CL112")
             for d in findings(text, code, path=str(path))]
    assert sorted((d.code, d.span.line) for d in found) == [
        ("CL102", 9), ("CL103", 9), ("CL105", 13), ("CL105", 19), ("CL106", 14),
        ("CL107", 9), ("CL108", 31), ("CL109", 24), ("CL109", 34), ("CL110", 9),
        ("CL111", 37), ("CL112", 37)]
    fixable = [d for d in found if d.fix is not None]
    assert sorted(d.code for d in fixable) == ["CL102", "CL105", "CL106", "CL111"]
    repaired = apply_fixes(text, fixable)
    for code in ("CL102", "CL106", "CL111"):
        assert findings(repaired, code, path=str(path)) == []


# Ranges allow a cable or two of drift from parser improvements; the cables named
# were read one by one.

CORPUS_RANGES = {
    # 09SANSALVADOR789: header truncated, no banner.
    "CL101": (1, 1),
    # doubled letter 6 (05PARIS1699, 06MANAGUA1002, 08TUNIS679, 09PARIS381, 09SAOPAULO104,
    # 10ISLAMABAD428), CO N F... 08PARIS1501, lower case 08BERLIN1068, 08STATE15220,
    # 09NAIROBI2497: exactly the catalogue's 10.
    "CL102": (10, 10),
    # 09HAVANA132 (MOSCOW 000512 text under a Havana header).  STATE serials on the DE line
    # (#2112 for 072112), 07PARIS2440's "PAGE 02 RUEHFRA2440 ..." headers and the
    # "BUENOS AIR" page lines are accepted.
    "CL103": (1, 2),
    # 09STATE100153 and 09STATE119085 (SMART pseudo banners).
    "CL104": (2, 2),
    # TAGS on E.O. line 05RIODEJANEIRO1238, 10RIYADH61; REF after Classified By 09ABUDHABI301,
    # 09ABUJA1907; Classified By on the REF line 09BRASILIA1315; addressee on the E.O. line
    # 02BRASILIA4227.  09NAIROBI2497's TAGS/SUBJECT/REF above the banner are a web copy of
    # the fields given after it: CL912's to remove, not CL105's to move (issue #12).
    "CL105": (6, 8),
    # SUBJECT missing 02BRASILIA4227 (partial, info), 09SAOPAULO663, 10RIYADH61; TAG
    # 09BRASILIA952; SUBJECT: SUBJECT: 09KABUL1239 and 10BRUSSELS183.
    "CL106": (5, 7),
    "CL107": (0, 0),
    "CL108": (0, 1),
    # unclosed (NOTE: 07PARIS186, 08MUNICH355; SUMMARY never closed 09HARARE1004,
    # 09HARARE888; END NOTE without opener 09BRUSSELS1399, 09HARARE24; END SUMMARY without
    # opener 10BERLIN164.  Parenthesised notes that close, comment paragraphs and openers the
    # model misses ("Summary and comment:", "[Note:") are not findings.
    "CL109": (5, 10),
    # 07HARARE638 (10ANKARA87's 'INTRODUCTION/COMMENT' heading above its first
    # paragraph, closed by 'END INTRODUCTION.', is its summary: fresh-8 audit A171).
    "CL110": (1, 1),
    # glued ~53 (e.g. 07ISLAMABAD1583 BODDE, 10KABUL104 "END COMMENT EIKENBERRY",
    # 09STATE72112 "End Text. CLINTON"), missing 7 (09BEIJING1957, 09BERLIN406, 09MUNICH25,
    # 10CARACAS107, 10MAPUTO80 + 2 partial), doubled 4 (09BAMAKO776, 09BEIJING2964,
    # 09BELGRADE765, 09BRASILIA1460).  Info, so above the catalogue's 39 is acceptable.
    "CL111": (55, 70),
    # every classified cable with a banner but 09ISLAMABAD2295 and 79TEHRAN8980 (the
    # catalogue's 297 less the unclassified cables: #12 asks no closing line of those)
    "CL112": (271, 274),
}


@pytest.mark.parametrize("code", sorted(CORPUS_RANGES))
def test_corpus_counts(corpus_findings, code: str) -> None:
    low, high = CORPUS_RANGES[code]
    fired = cables_with(corpus_findings, code)
    assert low <= len(fired) <= high, sorted(fired)


def test_corpus_named_cases(corpus_findings) -> None:
    assert "09SANSALVADOR789" in cables_with(corpus_findings, "CL101")
    assert "09HAVANA132" in cables_with(corpus_findings, "CL103")
    assert {"09STATE100153", "09STATE119085"} == cables_with(corpus_findings, "CL104")
    assert {"07HARARE638"} == cables_with(corpus_findings, "CL110")
    assert "07PARIS2440" not in cables_with(corpus_findings, "CL103")


def test_corpus_fixes_clear_their_findings(corpus_files) -> None:
    for path in corpus_files:
        text = path.read_text(encoding="utf-8")
        for code in ("CL102", "CL105", "CL106", "CL111"):
            found = [d for d in findings(text, code, path=str(path)) if d.fix is not None]
            if not found:
                continue
            repaired = apply_fixes(text, found)
            left = findings(repaired, code, path=str(path))
            assert len(left) < len(findings(text, code, path=str(path))), (path.name, code)
            assert all(d.fix is None for d in left), (path.name, code, left)
