"""The README's plugin example is a working rule of the documented shape."""

from __future__ import annotations

import re
from pathlib import Path

from cablelint.engine import run_rules
from cablelint.parser import parse_source
from cablelint.rules.base import FixAvailability, Settings
from cablelint.source import SourceText

README = Path(__file__).resolve().parents[1] / "README.md"


def _example_rule():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Writing a rule plugin"):text.index("## Fixing cables")]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # defining it validates it
    return namespace["ShoutingSubject"]


def _run(rule, text: str):
    source = SourceText.from_text(text, "x.txt")
    return run_rules(parse_source(source), source, [rule()], Settings())


def test_readme_plugin_reports_and_is_skipped_without_its_input() -> None:
    rule = _example_rule()
    assert rule.fixable is FixAvailability.NONE and rule.requires == {"subject"}
    header = "C O N F I D E N T I A L ZENDA 000123\n\nTAGS: PREL AU\n"
    body = "\n1. (C) The king was crowned.\n\nRASSENDYLL\n"
    [found] = _run(rule, header + "SUBJECT: THE CORONATION\n" + body)
    assert found.code == "CL701" and found.span.line == 4
    assert _run(rule, header + "SUBJECT: The coronation\n" + body) == []
    assert _run(rule, header + body) == []  # no SUBJECT: the engine does not run it
