"""The rule engine: the catalogue's shape, selection, CL000, and entry-point plugins."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cablelint.engine import SelectionError, run_rules, select_rules
from cablelint.parser import parse_source
from cablelint.rules.base import DOC_SECTIONS, FixAvailability, Rule, Settings
from cablelint.rules.registry import all_rules, validate
from cablelint.source import SourceText

RULES, PROBLEMS = all_rules()
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ottawa-1502.txt"


def test_builtin_catalogue_is_well_formed() -> None:
    assert PROBLEMS == []
    assert validate(RULES) == []
    for rule in RULES:
        if rule.code.startswith("CL0"):
            continue
        doc = rule.documentation()
        missing = [section for section in DOC_SECTIONS if section not in doc]
        assert not missing, f"{rule.code} documentation lacks {missing}"
        assert isinstance(rule.fixable, FixAvailability), rule.code
        assert rule.family() != "plugin", rule.code


@pytest.mark.parametrize(("selector", "expected"), [
    (["CL901"], {"CL901"}),
    (["CL90"], {rule.code for rule in RULES if rule.code.startswith("CL90")}),
    (["pilcrow-read-as-one"], {"CL901"}),
    (["numbering"], {rule.code for rule in RULES if rule.code.startswith("CL2")}),
])
def test_select_by_code_prefix_name_family(selector, expected) -> None:
    assert {rule.code for rule in select_rules(RULES, selector)} == expected


def test_default_selection_ignore_and_extend() -> None:
    default = {rule.code for rule in select_rules(RULES)}
    assert default == {rule.code for rule in RULES if rule.enabled}
    off = [rule for rule in RULES if not rule.enabled]
    if off:
        extended = {rule.code for rule in select_rules(RULES, extend_select=[off[0].code])}
        assert extended == default | {off[0].code}
    ignored = {rule.code for rule in select_rules(RULES, ignore=["CL2"])}
    assert ignored == {code for code in default if not code.startswith("CL2")}


def test_unknown_selector_is_an_error() -> None:
    with pytest.raises(SelectionError, match="unknown rule selector 'CL777'"):
        select_rules(RULES, ["CL777"])
    with pytest.raises(SelectionError, match="'no-such-rule'"):
        select_rules(RULES, ignore=["no-such-rule"])


class Exploding(Rule):
    """Raises on purpose.

    Why: test. Source: test. Bad: x. Good: y. Fix: none.
    """

    code = "CL990"
    name = "exploding"
    summary = "Raises"

    def check(self, context):
        raise KeyError("banner")


def test_a_rule_that_raises_becomes_cl000_and_the_run_goes_on() -> None:
    source = SourceText.from_path(EXAMPLE)
    document = parse_source(source)
    pilcrow = next(rule for rule in RULES if rule.code == "CL901")
    found = run_rules(document, source, [Exploding(), pilcrow()], Settings())
    internal = [d for d in found if d.code == "CL000"]
    assert len(internal) == 1
    assert "CL990 (exploding) failed: KeyError" in internal[0].message
    assert sum(d.code == "CL901" for d in found) == 13


# ----------------------------------------------------------------- plugins

PLUGIN = '''
from cablelint.rules import Rule


class ShoutingSubject(Rule):
    """A subject written entirely in capitals.

    Why: a house style.
    Source: the plugin's authors.
    Bad: SUBJECT: ALL CAPITALS
    Good: SUBJECT: Mixed case
    Fix: rewrite the subject.
    """

    code = "CL701"
    name = "shouting-subject"
    summary = "The subject is all capitals"
    severity = "warning"

    def check(self, context):
        subject = context.document.subject
        if subject is not None and subject.text.isupper():
            yield context.report(subject.span, "the subject is all capitals")


class Clash(Rule):
    """Reuses a built-in code.

    Why: x. Source: x. Bad: x. Good: x. Fix: x.
    """

    code = "CL201"
    name = "clash"
    summary = "Clashes"

    def check(self, context):
        return iter(())
'''


def _install_plugins(tmp_path: Path) -> Path:
    """A venv (sharing this interpreter's packages) with two plugin distributions."""
    good = tmp_path / "good"
    (good / "house_rules").mkdir(parents=True)
    (good / "house_rules" / "__init__.py").write_text(textwrap.dedent(PLUGIN))
    (good / "pyproject.toml").write_text(textwrap.dedent('''
        [build-system]
        requires = ["hatchling"]
        build-backend = "hatchling.build"
        [project]
        name = "house-rules"
        version = "1.0"
        [project.entry-points."cablelint.rules"]
        shouting-subject = "house_rules:ShoutingSubject"
        clash = "house_rules:Clash"
    '''))
    broken = tmp_path / "broken"
    (broken / "broken_rules").mkdir(parents=True)
    (broken / "broken_rules" / "__init__.py").write_text("raise ImportError('no numpy here')\n")
    (broken / "pyproject.toml").write_text(textwrap.dedent('''
        [build-system]
        requires = ["hatchling"]
        build-backend = "hatchling.build"
        [project]
        name = "broken-rules"
        version = "1.0"
        [project.entry-points."cablelint.rules"]
        broken = "broken_rules"
    '''))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-build-isolation", "--no-index", str(good), str(broken)], check=True)
    return python


@pytest.mark.slow
def test_entry_point_plugins(tmp_path: Path) -> None:
    python = _install_plugins(tmp_path)
    env = dict(os.environ, CABLELINT_CACHE_DIR=str(tmp_path / "cache"))

    def cablelint(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(python), "-m", "cablelint", *args], capture_output=True,
                              text=True, env=env, cwd=tmp_path, check=False)

    listed = cablelint("rules")
    assert "CL701  shouting-subject" in listed.stdout
    assert "plugin 'broken' (broken_rules) failed to load: ImportError: no numpy here" in \
        listed.stderr
    assert ("code CL201 is already used by "
            "cablelint.rules.numbering.paragraph_number_gap.NumberGap") in listed.stderr
    assert listed.returncode == 2  # the catalogue is incomplete: say so in the exit code

    result = cablelint("check", "--select", "CL701", str(EXAMPLE))
    assert f"{EXAMPLE}:13:1: CL701 [warning] the subject is all capitals" in result.stdout
    assert "failed to load" in result.stderr and result.returncode == 2
    explained = cablelint("explain", "shouting-subject")
    assert "Family:   plugin" in explained.stdout and explained.returncode == 0
