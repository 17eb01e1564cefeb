"""CL107 routing-classification: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, where
from rule_helpers import findings
from rule_helpers import where as span_of
from second_cable_snippets import two_cables
from structure_helpers import EO, HEADER, ROUTING, SUBJECT, TAGS, good


def test_cl107_routing_letters_disagree() -> None:
    routing = tuple(line.replace("CCCCC", "SSSSS") for line in ROUTING)
    text = cable(*HEADER, prologue=routing)
    found = findings(text, "CL107")
    assert len(found) == 1 and "SSSSS" in found[0].message
    line, column, end = where(text, "C O N F I D E N T I A L")
    assert span_of(found[0]) == (line, column, line, end)


def test_cl107_routing_letters_agree() -> None:
    assert findings(good(), "CL107") == []
    routing = tuple(line.replace("ZNY CCCCC", "ZNR UUUUU") for line in ROUTING)
    text = cable(EO.replace("DECL: 03/30/2016", "N/A"), TAGS, SUBJECT, prologue=routing,
                 banner="UNCLAS ZENDA 000123")
    assert findings(text, "CL107") == []


def test_cl107_quiet_when_routing_and_banner_are_two_cables() -> None:
    # the DE line's #0123 is not the banner's 000456 and the file is Zenda's: a
    # Zenda header over Strelsau's SECRET text; each is right for its own cable
    # (CL103 reports the splice)
    spliced = good(banner="S E C R E T STRELSAU 000456")
    assert findings(spliced, "CL107", path="06ZENDA123.txt") == []
    assert len(findings(good(banner="S E C R E T ZENDA 000123"), "CL107",
                        path="06ZENDA123.txt")) == 1
    # a DE serial alone that differs may be a slip: the clash is still reported
    assert len(findings(good(banner="S E C R E T ZENDA 000456"), "CL107",
                        path="06ZENDA456.txt")) == 1


def test_cl107_banner_is_compared_with_its_own_cables_routing_line() -> None:
    # issue #12 (fresh-9 A198): the file holds two cables; the UNCLAS banner is
    # the second's (ZNR UUUUU), not the first's (ZNY CCCCC)
    assert findings(two_cables(), "CL107", path="09ZENDA595.txt") == []
    # a real clash with the second cable's own line is still an error
    [found] = findings(two_cables(letters="SSSSS", banner="C O N F I D E N T I A L ZENDA 000561",
                                  mark="C"),
                       "CL107", path="09ZENDA595.txt")
    assert "SSSSS" in found.message and found.severity == "error"
