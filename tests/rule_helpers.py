"""Helpers for rule tests: run one rule on a snippet, apply its fixes."""

from __future__ import annotations

from cablelint.diagnostics import Diagnostic
from cablelint.engine import run_rules
from cablelint.parser import parse_source
from cablelint.rules.base import Settings
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

_RULES = {rule.code: rule for rule in all_rules()[0]}


def rule_class(code: str):
    return _RULES[code]


def findings(text: str, code: str, path: str = "<test>", settings: Settings | None = None,
             options: dict | None = None) -> list[Diagnostic]:
    """Diagnostics of rule ``code`` alone on ``text`` (parser diagnostics excluded)."""
    source = SourceText.from_text(text, path)
    document = parse_source(source)
    rule = _RULES[code](options)
    return [d for d in run_rules(document, source, [rule], settings or Settings())
            if d.code == code]


def apply_fixes(text: str, diagnostics: list[Diagnostic], unsafe: bool = False) -> str:
    """``text`` with the edits of every (safe) fix applied; edits must not overlap."""
    edits = sorted((edit for d in diagnostics if d.fix is not None
                    and (unsafe or d.fix.applicability == "safe") for edit in d.fix.edits),
                   key=lambda edit: edit.start, reverse=True)
    last_start = len(text) + 1
    for edit in edits:
        assert edit.end <= last_start, f"overlapping edits at {edit}"
        text = text[:edit.start] + edit.replacement + text[edit.end:]
        last_start = edit.start
    return text


def where(diagnostic: Diagnostic) -> tuple[int, int, int, int]:
    span = diagnostic.span
    return span.line, span.column, span.end_line, span.end_column


def cables_with(corpus_findings: dict, code: str) -> set[str]:
    """Corpus cable ids where rule ``code`` fired (``corpus_findings`` is the fixture)."""
    return {cid for cid, found in corpus_findings.items() if any(d.code == code for d in found)}
