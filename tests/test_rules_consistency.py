"""CL4xx classification-consistency rules: hand-written snippets and the corpus.

Every snippet is invented (Zenda and Strelsau are fictional posts); nothing is
copied from the corpus.
"""

from __future__ import annotations

from pathlib import Path

from cable_snippets import cable
from rule_helpers import apply_fixes, cables_with, findings, where

from cablelint.rules.base import Settings

EO = "E.O. 12958: DECL: 03/30/2016"
NA = "E.O. 12958: N/A"
TAGS = "TAGS: PREL PGOV GM"
SUBJECT = "SUBJECT: THE CORONATION"
CBY = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)"
PATH = "06ZENDA123.txt"
CONFIDENTIAL = "C O N F I D E N T I A L ZENDA 000123"
SECRET = "S E C R E T ZENDA 000123"
UNCLAS = "UNCLAS ZENDA 000123"


def make(banner: str, captions: tuple[str, ...], eo: str, paragraphs: tuple[str, ...],
         classified_by: bool = True) -> str:
    header = (*captions, eo, TAGS, SUBJECT, *((CBY,) if classified_by else ()))
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return cable(*header, banner=banner, body=tuple(lines[:-1]))


def run(code: str, text: str, settings: Settings | None = None, path: str = PATH):
    return findings(text, code, path=path, settings=settings)


def at(text: str, needle: str) -> tuple[int, int, int, int]:
    index = text.index(needle)
    line = text.count("\n", 0, index) + 1
    column = index - text.rfind("\n", 0, index)
    return line, column, line, column + len(needle)


# ------------------------------------------------------------------ CL401


def test_cl401_portion_above_banner() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.", "2. (S) B."))
    found = run("CL401", text)
    assert len(found) == 1 and found[0].severity == "error"
    assert where(found[0]) == at(text, "(S)")


def test_cl401_whole_text_statement_counts() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("SECRET - ENTIRE TEXT.", "1. A."))
    found = run("CL401", text)
    assert len(found) == 1 and where(found[0]) == at(text, "SECRET - ENTIRE TEXT")


def test_cl401_unnumbered_mark_counts_and_equal_levels_are_silent() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.", "(TS) B."))
    assert [where(d) for d in run("CL401", text)] == [at(text, "(TS)")]
    assert run("CL401", make(SECRET, ("SIPDIS",), EO, ("1. (S) A.", "2. (C) B."))) == []


# ------------------------------------------------------------------ CL402


def test_cl402_banner_above_highest_mark() -> None:
    text = make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. (C/NF) A.", "2. (U) B."))
    found = run("CL402", text)
    assert len(found) == 1 and found[0].severity == "warning"
    assert where(found[0]) == at(text, "S E C R E T")
    assert "(C/NF)" in found[0].message


def test_cl402_sbu_counts_as_unclassified() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (SBU) A.", "2. (U) B."))
    assert len(run("CL402", text)) == 1


def test_cl402_silent_when_most_paragraphs_are_unmarked() -> None:
    text = make(SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. B.", "3. C."))
    assert run("CL402", text) == []


def test_cl402_silent_when_a_portion_reaches_the_banner() -> None:
    assert run("CL402", make(SECRET, ("SIPDIS",), EO, ("1. (C) A.", "2. (S) B."))) == []


# ------------------------------------------------------------------ CL403 / CL408


def test_cl403_and_cl408_need_metadata() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.",))
    assert run("CL403", text) == [] and run("CL408", text) == []


def test_cl403_metadata_level_differs() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.",))
    settings = Settings(metadata={"06ZENDA123": {"classification": "SECRET"}})
    found = run("CL403", text, settings)
    assert len(found) == 1 and where(found[0]) == at(text, "C O N F I D E N T I A L")


def test_cl403_sensitive_caption_is_the_fouo_label() -> None:
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE"), NA, ("1. (SBU) A.",), classified_by=False)
    fouo = Settings(metadata={"06ZENDA123": {
        "classification": "UNCLASSIFIED//FOR OFFICIAL USE ONLY"}})
    assert run("CL403", text, fouo) == []
    plain = Settings(metadata={"06ZENDA123": {"classification": "UNCLASSIFIED"}})
    assert len(run("CL403", text, plain)) == 1


def test_cl403_sensitive_but_unclassified_caption_keeps_plain_label() -> None:
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY"), NA,
                ("1. (SBU) A.",), classified_by=False)
    plain = Settings(metadata={"06ZENDA123": {"classification": "UNCLASSIFIED"}})
    assert run("CL403", text, plain) == []


def test_cl408_noforn_flag_both_ways() -> None:
    without = make(SECRET, ("SIPDIS",), EO, ("1. (S) A.",))
    settings = Settings(metadata={"06ZENDA123": {"classification": "SECRET//NOFORN"}})
    found = run("CL408", without, settings)
    assert len(found) == 1 and found[0].severity == "info"
    with_caption = make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. (S/NF) A.",))
    assert run("CL408", with_caption, settings) == []
    plain = Settings(metadata={"06ZENDA123": {"classification": "SECRET"}})
    found = run("CL408", with_caption, plain)
    assert len(found) == 1 and where(found[0]) == at(with_caption, "NOFORN")


# ------------------------------------------------------------------ CL404


def test_cl404_nf_portion_without_caption_gets_the_caption() -> None:
    text = make(SECRET, ("SIPDIS",), EO, ("1. (S) A.", "2. (S/NF) B.", "3. (S//NF) C."))
    found = run("CL404", text)
    assert len(found) == 1 and found[0].severity == "warning"
    assert where(found[0]) == at(text, "(S/NF)")
    assert "1 more" in found[0].message
    repaired = apply_fixes(text, found)
    assert "S E C R E T ZENDA 000123\nNOFORN\n" in repaired
    assert run("CL404", repaired) == []


def test_cl404_caption_without_nf_portions_is_info() -> None:
    text = make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. (S) A.",))
    found = run("CL404", text)
    assert [d.severity for d in found] == ["info"]
    assert where(found[0]) == at(text, "NOFORN")


def test_cl404_consistent_and_unmarked_cables_are_silent() -> None:
    assert run("CL404", make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. (S/NF) A.",))) == []
    assert run("CL404", make(SECRET, ("SIPDIS", "NOFORN"), EO, ("1. A.",))) == []


# ------------------------------------------------------------------ CL405


def test_cl405_sbu_in_unclas_without_sensitive() -> None:
    text = make(UNCLAS, ("SIPDIS",), NA, ("1. (SBU) A.", "2. (U) B."), classified_by=False)
    found = run("CL405", text)
    assert len(found) == 1 and where(found[0]) == at(text, "(SBU)")
    repaired = apply_fixes(text, found)
    assert "SIPDIS\nSENSITIVE\n" in repaired
    assert run("CL405", repaired) == []


def test_cl405_sensitive_caption_or_classified_banner_is_silent() -> None:
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE"), NA, ("1. (SBU) A.",), classified_by=False)
    assert run("CL405", text) == []
    assert run("CL405", make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (SBU) A.", "2. (C) B."))) == []


# ------------------------------------------------------------------ CL406


def test_cl406_sensitive_caption_on_classified_cable() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS", "SENSITIVE"), EO, ("1. (C) A.",))
    found = run("CL406", text)
    assert len(found) == 1 and found[0].severity == "info"
    assert where(found[0]) == at(text, "SENSITIVE")


def test_cl406_sensitive_on_unclas_is_silent() -> None:
    text = make(UNCLAS, ("SIPDIS", "SENSITIVE"), NA, ("1. (SBU) A.",), classified_by=False)
    assert run("CL406", text) == []


# ------------------------------------------------------------------ CL407


def test_cl407_classified_cable_with_na() -> None:
    text = make(CONFIDENTIAL, ("SIPDIS",), NA, ("1. (C) A.",))
    found = run("CL407", text)
    assert len(found) == 1 and found[0].severity == "error"
    assert where(found[0]) == at(text, "N/A")


def test_cl407_unclas_cable_with_date_and_classified_by() -> None:
    text = make(UNCLAS, ("SIPDIS",), EO, ("1. (U) A.",))
    found = run("CL407", text)
    assert len(found) == 2
    assert where(found[0]) == at(text, "03/30/2016") or where(found[1]) == at(text, "03/30/2016")
    assert any("Classified By" in d.message for d in found)


def test_cl407_consistent_cables_and_remarked_old_cable() -> None:
    assert run("CL407", make(CONFIDENTIAL, ("SIPDIS",), EO, ("1. (C) A.",))) == []
    assert run("CL407", make(UNCLAS, ("SIPDIS",), NA, ("1. (U) A.",),
                             classified_by=False)) == []
    old = make("UNCLASSIFIED ZENDA 5055", (),
               "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006", ("1. A.",),
               classified_by=False)
    assert run("CL407", old, path="72ZENDA5055.txt") == []


# ------------------------------------------------------------------ example


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "classification-defects.txt"
FAMILY = ("CL401", "CL402", "CL403", "CL404", "CL405", "CL406", "CL407", "CL408")


def test_example_cable_triggers_exactly_these_findings() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    found = sorted((d.code, d.span.line) for code in FAMILY
                   for d in findings(text, code, path=EXAMPLE.name))
    assert found == [("CL401", 23), ("CL404", 26), ("CL406", 12), ("CL407", 14)]
    # with a metadata record (the file named after its cable id) CL403 and CL408 speak too
    settings = Settings(metadata={"08ZENDA451": {"classification": "SECRET//NOFORN"}})
    found = sorted((d.code, d.span.line) for code in ("CL403", "CL408")
                   for d in findings(text, code, path="08ZENDA451.txt", settings=settings))
    assert found == [("CL403", 9), ("CL408", 9)]


# ------------------------------------------------------------------ corpus


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
    # SENSITIVE caption on 12 classified cables (catalogue: 12), e.g. 04BRASILIA3154.
    assert 11 <= len(cables_with(corpus_findings, "CL406")) <= 13
    assert cables_with(corpus_findings, "CL407") == set()
    # metadata-only 06SEOUL2238, 09TBILISI1123; caption-only 09STATE119085, 09STATE83014
    assert cables_with(corpus_findings, "CL408") == {
        "06SEOUL2238", "09TBILISI1123", "09STATE119085", "09STATE83014"}
