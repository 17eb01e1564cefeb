"""The CL4xx classification-consistency rules on the example cable and the corpus."""

from __future__ import annotations

from pathlib import Path

from rule_helpers import cables_with, findings

from cablelint.rules.base import Settings

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "classification-defects.txt"
FAMILY = ("CL401", "CL402", "CL403", "CL404", "CL405", "CL406", "CL407", "CL408")


def test_example_cable_triggers_exactly_these_findings() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    found = sorted((d.code, d.span.line) for code in FAMILY
                   for d in findings(text, code, path=EXAMPLE.name))
    assert found == [("CL401", 23), ("CL404", 26), ("CL406", 12), ("CL407", 14)]
    # with a metadata record (the file named after its cable id) CL408 speaks too, and
    # the metadata's SECRET agrees with the (S) mark: the banner is the fault, so CL401
    # reports it once at the banner and CL403 leaves it (one defect, one finding)
    settings = Settings(metadata={"08ZENDA451": {"classification": "SECRET//NOFORN"}})
    found = sorted((d.code, d.span.line) for code in ("CL401", "CL403", "CL408")
                   for d in findings(text, code, path="08ZENDA451.txt", settings=settings))
    assert found == [("CL401", 9), ("CL408", 9)]


def test_corpus_counts(corpus_findings) -> None:
    # None of the 300 cables marks a portion above its banner (catalogue: 0).
    assert cables_with(corpus_findings, "CL401") == set()
    # 09STATE47326: SECRET banner, marks (C/NF) and (U) only (read).
    assert cables_with(corpus_findings, "CL402") == {"09STATE47326"}
    # 09HAVANA132 carries a Moscow cable's text; 09TBILISI1123 is (C) throughout but
    # recorded SECRET//NOFORN.  07PARIS1791 ("SENSITIVE BUT UNCLASSIFIED" caption,
    # metadata UNCLASSIFIED) is rightly not reported.
    assert cables_with(corpus_findings, "CL403") == {"09HAVANA132", "09TBILISI1123"}
    # NF portions without caption: the six the catalogue lists (read); captions
    # without NF portions (info): 4, e.g. 09ABUJA1907, 09WARSAW876.
    cl404 = {cid: [d.severity for d in found if d.code == "CL404"]
             for cid, found in corpus_findings.items()}
    assert {cid for cid, s in cl404.items() if "warning" in s} == {
        "05PARIS2333", "06SKOPJE105", "07KAMPALA1848", "08TUNIS679", "09BUENOSAIRES853",
        "09STATE72112"}
    assert 3 <= sum(1 for s in cl404.values() if "info" in s) <= 5
    assert cables_with(corpus_findings, "CL405") == {
        "07MADRID1952", "08MADRID6", "09LONDON2770", "09TELAVIV1098"}
    # SENSITIVE caption on 12 classified cables (catalogue: 12); 8 of them (e.g.
    # 04BRASILIA3154) have (SBU) paragraphs that the caption announces: not reported
    assert 3 <= len(cables_with(corpus_findings, "CL406")) <= 5
    assert cables_with(corpus_findings, "CL407") == set()
    # metadata-only 06SEOUL2238, 09TBILISI1123; caption-only 09STATE119085, 09STATE83014
    assert cables_with(corpus_findings, "CL408") == {
        "06SEOUL2238", "09TBILISI1123", "09STATE119085", "09STATE83014"}
