"""The severity policy (issue #12) holds for every rule, built-in or plugin.

``error`` is only for a definite violation of a marking rule that no
extraction damage explains; a heuristic, a convention or extraction damage
is at most a ``warning``.  Each rule declares its :class:`Basis`, the class
is refused when its severity exceeds what the basis allows, the engine
refuses a single finding raised above it, and each rule's ``Why:`` says why
it has its severity.
"""

from __future__ import annotations

import re

import pytest
from conftest import REPO

from cablelint.engine import run_rules
from cablelint.explain import explanation, rule_record
from cablelint.parser import parse_source
from cablelint.rules.base import Basis, Rule, RuleDefinitionError, Settings, allowed_by
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

RULES = all_rules()[0]
#: the phrase of a Why: section that gives the reason for each severity
SEVERITY_PHRASE = re.compile(r"\b(An\s+error|A\s+warning|Info)\b")
CABLE = ("C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 06/10/2019\n"
         "TAGS: PREL AU\nSUBJECT: CORONATION\n\n1. (C) The king was crowned.\n\n"
         "RASSENDYLL\n")


def _why(rule: type[Rule]) -> str:
    documentation = rule.documentation()
    return documentation[documentation.index("Why:"):documentation.index("Source:")]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_every_built_in_rule_declares_its_basis(rule: type[Rule]) -> None:
    # declared in the rule's own class, not inherited from Rule's default
    assert "basis" in vars(rule), f"{rule.code}: set basis = '...' after its severity"
    assert isinstance(rule.basis, Basis)
    assert allowed_by(rule.basis, rule.severity)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_why_gives_the_reason_for_the_severity(rule: type[Rule]) -> None:
    """The first 'An error' / 'A warning' / 'Info' of Why: names the default severity."""
    phrase = SEVERITY_PHRASE.search(_why(rule))
    assert phrase is not None, f"{rule.code}: Why: does not say why it is {rule.severity}"
    assert phrase.group(1).split()[-1].lower() == rule.severity, (
        f"{rule.code} is {rule.severity} but its Why: argues for {phrase.group(1)!r}")


def test_only_marking_rules_and_failed_checks_may_be_errors() -> None:
    assert {basis.highest for basis in Basis} == {"error", "warning"}
    assert {basis for basis in Basis if basis.highest == "error"} == {
        Basis.MARKING_RULE, Basis.CHECK_FAILED}
    assert allowed_by(Basis.HEURISTIC, "warning") and allowed_by(Basis.HEURISTIC, "info")
    assert not allowed_by(Basis.EXTRACTION, "error")
    assert not allowed_by(Basis.MARKING_RULE, "fatal")


def _plugin(severity: str, **attributes: object) -> type[Rule]:
    return type("Plugin", (Rule,), {
        "__doc__": "A plugin.\n\nWhy: x. Source: x. Bad: x. Good: y. Fix: none.\n",
        "code": "CL790", "name": "plugin", "summary": "A plugin", "severity": severity,
        "check": lambda self, context: iter(()), **attributes})


def test_a_plugin_error_needs_a_marking_rule_basis() -> None:
    with pytest.raises(RuleDefinitionError,
                       match="severity 'error' is more than its basis 'heuristic' allows"):
        _plugin("error")  # undeclared: a heuristic
    with pytest.raises(RuleDefinitionError, match="basis 'extraction' allows"):
        _plugin("error", basis=Basis.EXTRACTION)
    assert _plugin("error", basis="marking-rule").basis is Basis.MARKING_RULE
    assert _plugin("warning").basis is Basis.HEURISTIC


def test_an_unknown_basis_is_refused() -> None:
    with pytest.raises(RuleDefinitionError, match="basis 'gut-feeling' is not one of"):
        _plugin("info", basis="gut-feeling")


def test_a_finding_raised_above_its_basis_becomes_cl000() -> None:
    def check(self, context):
        yield context.report(context.span(0, 1), "raised", severity="error")

    rule = _plugin("warning", basis="extraction", check=check)
    source = SourceText.from_text(CABLE, "c.txt")
    found = run_rules(parse_source(source), source, [rule()], Settings())
    internal = [finding for finding in found if finding.code == "CL000"]
    assert [finding.code for finding in found if finding.code == "CL790"] == []
    assert len(internal) == 1
    assert ("severity 'error' is more than its basis 'extraction' allows (at most warning)"
            in internal[0].message)


def test_explain_and_the_catalogue_show_the_basis() -> None:
    rule = next(rule for rule in RULES if rule.code == "CL301")
    assert "Basis:    marking-rule (at most error)" in explanation(rule)
    assert rule_record(rule)["basis"] == "marking-rule"
    assert rule_record(rule)["highest_severity"] == "error"


def test_the_readme_states_the_policy_and_every_basis() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Severity policy"):]
    section = " ".join(section[:section.index("\n## ", 1)].split())
    for basis in Basis:
        assert f"`{basis.value}`" in section, f"README's Severity policy lacks {basis.value}"
    assert "no extraction damage explains" in section

