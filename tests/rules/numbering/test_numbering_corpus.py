"""The numbering rules and CL901-CL903 on the corpus and the example cable."""

from __future__ import annotations

from rule_helpers import cables_with


def test_numbering_rules_on_the_corpus(corpus_findings) -> None:
    # Ranges around what the rules find today, each case read by hand:
    # CL201: 17 cables (e.g. 04SANAA2346 12->14, 08PARIS1698 2->36 after a
    #   redaction run); the 22 cable-format.md counts less those whose missing
    #   number is glued into the text above (02BRASILIA4227 "grow. 12. (C)",
    #   09BRASILIA35, 07KABUL185) or malformed (09ANKARA226 "(13) (C)"): CL206's.
    assert 15 <= len(cables_with(corpus_findings, "CL201")) <= 19
    # CL202: the 6 of the survey (08MADRID552 45, 45, 47: ¶46 misnumbered,
    #   08TUNIS679 6 twice, 06LAPAZ3400 14->12, 07KABUL185 19->16 ...).
    assert 6 <= len(cables_with(corpus_findings, "CL202")) <= 8
    assert cables_with(corpus_findings, "CL203") == {"07MADRID1952"}
    # CL204: 09PRAGUE589 only; 08OSLO522's paragraph 1 is glued to the Classified By
    #   line (CL916) and is the first paragraph of the model, so it starts at 1.
    assert cables_with(corpus_findings, "CL204") == {"09PRAGUE589"}
    # CL205: 09MADRID671 is an excerpt (a line of XXXXXXXXXXXX after its ¶1)
    assert cables_with(corpus_findings, "CL205") == {"09STATE77662"}
    # CL206: no space before the mark, "3..", mixed pilcrow use (05PARIS4760 ...).
    assert 7 <= len(cables_with(corpus_findings, "CL206")) <= 16
    assert cables_with(corpus_findings, "CL901") == set()  # only the seed has it
    # CL902: REF letters and years after a viewer-inserted pilcrow: 66 + 8 in
    #   the survey; 73 here (some cables have both kinds).
    assert 65 <= len(cables_with(corpus_findings, "CL902")) <= 78
    # CL903: 07BEIJING1668 "February / ¶28.", 09TELAVIV2777 "November / ¶16." ...
    assert 4 <= len(cables_with(corpus_findings, "CL903")) <= 7


def test_numbering_example_cable() -> None:
    """examples/numbering-defects.txt shows each numbering defect once."""
    from pathlib import Path

    from cablelint.engine import run_rules, select_rules
    from cablelint.parser import parse_source
    from cablelint.rules.base import Settings
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    path = Path(__file__).resolve().parents[3] / "examples" / "numbering-defects.txt"
    source = SourceText.from_path(path)
    rules = [rule() for rule in select_rules(all_rules()[0], ["numbering", "CL901", "CL902",
                                                              "CL903"])]
    found = [(d.code, d.span.line) for d in run_rules(parse_source(source), source, rules,
                                                     Settings())]
    assert found == [("CL902", 17), ("CL206", 25), ("CL903", 28), ("CL201", 33),
                     ("CL202", 37), ("CL206", 39)]
