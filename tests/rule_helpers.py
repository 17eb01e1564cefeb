"""Helpers for rule tests: run one rule on a snippet, apply its fixes."""

from __future__ import annotations

from cablelint.diagnostics import Diagnostic
from cablelint.engine import run_rules
from cablelint.fixer.edits import apply_fixes as fixer_apply_fixes
from cablelint.fixer.edits import choose_fixes
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
    """``text`` with every (safe) fix applied at once, as one ``--fix`` pass applies them.

    The fixer's own functions do the work; a test that passes fixes which would
    not all be taken in one pass (overlapping edits) fails here.
    """
    wanted = [d for d in diagnostics if d.fix is not None
              and (unsafe or d.fix.applicability == "safe")]
    chosen = choose_fixes(wanted, unsafe)
    assert len(chosen) == len(wanted), "overlapping fixes: they would take several passes"
    return fixer_apply_fixes(text, chosen)


def where(diagnostic: Diagnostic) -> tuple[int, int, int, int]:
    span = diagnostic.span
    return span.line, span.column, span.end_line, span.end_column


def cables_with(corpus_findings: dict, code: str) -> set[str]:
    """Corpus cable ids where rule ``code`` fired (``corpus_findings`` is the fixture)."""
    return {cid for cid, found in corpus_findings.items() if any(d.code == code for d in found)}
