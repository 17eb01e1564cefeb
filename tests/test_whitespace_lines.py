"""Lines of unicode whitespace only (form feed, vertical tab, no-break space) crash no rule.

Issue 13: CL908 raised ``IndexError`` on such a line; every rule is run here over
hand-made cables holding one at each place of the body, through the command line.
"""

from __future__ import annotations

import pytest
from cli_helpers import run

from cablelint.engine import run_rules
from cablelint.parser import parse_source
from cablelint.rules.base import Settings
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

LINES = ("C O N F I D E N T I A L SECTION 01 OF 02 ZENDA 000123", "", "SIPDIS", "",
         "E.O. 12958: DECL: 04/01/2019", "TAGS: PREL ZD", "SUBJECT: CORONATION", "",
         "Classified By: Ambassador R. Rassendyll, reasons 1.4 (b) and (d)", "",
         "\u00b61. (C) The king's coronation went ahead as planned in the", "",
         "Cathedral of the capital, and the split-", "", "ting of the crowd went well.", "",
         "\u00b62. (C) Embassy will continue to follow events.", "", "RASSENDYLL")
BLANKS = ("\x0c", "\x0b", "\u00a0", "\u2003", "\u3000")


@pytest.mark.parametrize("blank", BLANKS)
def test_no_rule_fails_on_a_whitespace_line_anywhere(blank) -> None:
    rules = [rule(None) for rule in all_rules()[0]]
    for position in range(len(LINES) + 1):
        lines = [*LINES[:position], blank, *LINES[position:]]
        source = SourceText.from_text("\n".join(lines) + "\n")
        found = run_rules(parse_source(source), source, rules, Settings())
        assert [d.message for d in found if d.code == "CL000"] == [], position


@pytest.mark.parametrize("blank", BLANKS)
def test_check_reports_the_split_sentence_across_a_whitespace_line(capsys, tmp_path,
                                                                     blank) -> None:
    path = tmp_path / "zenda.txt"
    lines = [*LINES[:12], blank, *LINES[12:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _code, out, err = run(capsys, "check", "--select", "CL9", str(path))
    assert "CL000" not in out and "Traceback" not in err
    assert f"{path}:11:59: CL908" in out
