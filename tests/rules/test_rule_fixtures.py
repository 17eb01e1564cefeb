"""Per-rule fixtures: a cable each rule reports, and for fixable rules the text after the fix.

Layout: ``tests/rules/<family>/fixtures/<CODE>.bad.txt`` is a small whole
cable with the defect the rule names; ``<CODE>.fixed.txt`` is that cable after
the rule's own fixes (``--fix``, or ``--unsafe-fixes`` for unsafe rules).  The
fixed text must not be reported by the rule again, and every other character
must be as it was: a fix changes only the defect it names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_examples import EXAMPLE_SETTINGS
from rule_helpers import apply_fixes, findings

from cablelint.rules.base import FixAvailability
from cablelint.rules.registry import builtin_rules

FIXTURES = Path(__file__).resolve().parent
RULES = {rule.code: rule for rule in builtin_rules()}
#: rules without fixtures: no cable shows CL000 (a rule that crashed), nor CL001 (the
#: lexer only emits line sequences the grammar accepts: tests/test_recovery.py breaks
#: it on purpose), nor CL002 (bytes that are not UTF-8; fixtures are UTF-8 text).
WITHOUT_FIXTURE = {"CL000", "CL001", "CL002"}


def _fixture(code: str, kind: str) -> Path | None:
    found = sorted(FIXTURES.glob(f"*/fixtures/{code}.{kind}.txt"))
    return found[0] if found else None


def test_every_rule_has_its_fixtures() -> None:
    missing = []
    for code, rule in RULES.items():
        if code in WITHOUT_FIXTURE:
            continue
        if _fixture(code, "bad") is None:
            missing.append(f"{code}.bad.txt")
        if rule.fixable is not FixAvailability.NONE and _fixture(code, "fixed") is None:
            missing.append(f"{code}.fixed.txt")
    assert not missing, missing


@pytest.mark.parametrize("code", sorted(c for c in RULES if _fixture(c, "bad")))
def test_bad_fixture_is_reported_and_fixed(code: str) -> None:
    bad = _fixture(code, "bad").read_text(encoding="utf-8")
    # the file name and metadata a rule needs (CL403/CL408 run only with a record)
    path, settings = EXAMPLE_SETTINGS.get(code, ("<test>", None))
    found = findings(bad, code, path=path, settings=settings)
    assert found, f"{code} does not report its bad fixture"
    fixed_path = _fixture(code, "fixed")
    if fixed_path is None:
        assert all(d.fix is None for d in found), f"{code} fixes: add {code}.fixed.txt"
        return
    unsafe = RULES[code].fixable is FixAvailability.UNSAFE
    text = bad
    for _ in range(10):  # as --fix does: apply, re-check, until nothing is left to fix
        fixable = [d for d in findings(text, code, path=path, settings=settings)
                   if d.fix is not None]
        if not fixable:
            break
        text = apply_fixes(text, fixable, unsafe=unsafe)
    assert text == fixed_path.read_text(encoding="utf-8")
    assert findings(text, code, path=path, settings=settings) == [], \
        f"{code} still reports its fixed fixture"
