"""The portion-marking rules (CL3xx) on the corpus, the example cable and the vocabulary."""

from __future__ import annotations

from pathlib import Path

from rule_helpers import apply_fixes, cables_with, findings

from cablelint.parser import parse_file
from cablelint.rules.base import Settings

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "portion-defects.txt"
FAMILY = ("CL301", "CL302", "CL303", "CL304", "CL305", "CL306", "CL307", "CL308")


def test_example_cable_triggers_exactly_these_findings() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    found = sorted((d.code, d.span.line) for code in FAMILY
                   for d in findings(text, code, path=EXAMPLE.name, settings=Settings()))
    assert found == [("CL301", 25), ("CL302", 28), ("CL302", 31), ("CL303", 34),
                     ("CL305", 44), ("CL306", 40), ("CL307", 37)]
    assert parse_file(EXAMPLE).diagnostics == ()


def test_corpus_counts(corpus_findings) -> None:
    # CL301: 13 cables (34 paragraphs).  Read: 07KABUL185 ¶16-¶19 and 09ISLAMABAD270
    # ¶16 (clearance paragraph) are real unmarked paragraphs; 09NAIROBI2497 (SECRET,
    # SMART text) and 09HARARE888/05RIODEJANEIRO1238 (UNCLAS) mark nothing.  The
    # catalogue's 23 included cables this rule rightly skips: whole-text statements
    # (07PARIS306, 79TEHRAN8980, 89PANAMA8545), a 1972 cable, quoted documents with
    # restarted numbering (07MADRID1952), wrapped numbers (08BERLIN1068 ...), lead-ins.
    assert 11 <= len(cables_with(corpus_findings, "CL301")) <= 15
    # CL302: lower case (07PARIS1844, 08ANKARA691, 08BERLIN1068, 08STATE15220 subject),
    # lost "(" (07RIYADH367 ¶7), no level (10KABUL104 "(/Rel UK)").
    assert cables_with(corpus_findings, "CL302") == {
        "07PARIS1844", "08ANKARA691", "08BERLIN1068", "08STATE15220", "07RIYADH367",
        "10KABUL104"}
    assert cables_with(corpus_findings, "CL303") == {"06PARIS2358", "10KABUL62"}
    # CL304: the 1979 and 1989 cables (info) and 07PARIS306's "Sensitive but
    # unclassified - entire text" (2007: warning), which the catalogue missed.
    assert cables_with(corpus_findings, "CL304") == {"79TEHRAN8980", "89PANAMA8545",
                                                     "07PARIS306"}
    # CL305: every line-opening mark in the corpus (18 cables) is well formed, and
    # 10CARACAS107 marks all its unnumbered paragraphs: 0 to 2 allowed.
    assert len(cables_with(corpus_findings, "CL305")) <= 2
    assert cables_with(corpus_findings, "CL306") == {"09STATE72112"}
    # CL307: REL NATO (06SKOPJE105), Rel to <country> (08STATE103511), REL ROYG
    # (09STATE72112), (Rel) UK (10KABUL104, 10STATE9565).
    assert cables_with(corpus_findings, "CL307") == {
        "06SKOPJE105", "08STATE103511", "09STATE72112", "10KABUL104", "10STATE9565"}
    # CL308 (off by default): most classified cables leave the subject unmarked.
    assert 230 <= len(cables_with(corpus_findings, "CL308")) <= 265


def test_corpus_fixes_remove_their_findings(corpus) -> None:
    for code, cable_id in [("CL302", "08ANKARA691"), ("CL302", "07RIYADH367"),
                           ("CL303", "06PARIS2358"), ("CL306", "09STATE72112")]:
        path = corpus / f"{cable_id}.txt"
        text = path.read_text(encoding="utf-8")
        found = findings(text, code, path=path.name)
        assert found and all(d.fix for d in found)
        assert findings(apply_fixes(text, found), code, path=path.name) == []


def test_vocabulary_names_only_known_sources() -> None:
    from cablelint.vocabulary import load_vocabulary

    vocab = load_vocabulary("classification")
    cited = {tag for table in ("levels", "controls", "caption_controls")
             for entry in vocab[table].values() for tag in entry["sources"]}
    assert cited <= set(vocab["sources"])
    assert set(vocab["portion_levels"]) <= set(vocab["levels"])
    assert set(vocab["level_spellings"].values()) <= set(vocab["levels"])
