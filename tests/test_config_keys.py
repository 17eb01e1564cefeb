"""Every configuration key does what the README says."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import pytest
from config_helpers import GAP, OTTAWA, ZZTOP, findings, run, severities, tree

from cablelint.config import ConfigError, ConfigResolver
from cablelint.rules import Rule
from cablelint.rules.registry import all_rules


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_config(project, text: str) -> None:
    tree(project, {"cablelint.toml": text})


def test_select(project, capsys) -> None:
    tree(project, {"gap.txt": GAP, "ottawa.txt": OTTAWA})
    write_config(project, 'select = ["numbering"]\n')
    _, found = findings(capsys, ".")
    assert found == {("gap.txt", "CL201")}


def test_extend_select_turns_on_rules_that_are_off_by_default(project) -> None:
    write_config(project, 'extend-select = ["CL112", "unmarked-subject"]\n')
    rules, _ = all_rules()
    codes = ConfigResolver(rules).plan_for("x.txt").codes
    assert {"CL112", "CL308"} <= codes
    assert "CL201" in codes  # the default set stays


def test_ignore_by_prefix_name_and_family(project, capsys) -> None:
    tree(project, {"gap.txt": GAP, "ottawa.txt": OTTAWA})
    write_config(project, 'ignore = ["CL9", "paragraph-number-gap"]\n')
    _, found = findings(capsys, ".")
    assert found == set()


def test_per_file_ignores_by_path_and_by_name(project, capsys) -> None:
    tree(project, {"drafts/a/gap.txt": GAP, "final/gap.txt": GAP, "final/old-gap.txt": GAP})
    write_config(project, '[per-file-ignores]\n"drafts/*" = ["CL2"]\n"old-*.txt" = ["CL201"]\n')
    _, found = findings(capsys, ".")
    assert found == {("final/gap.txt", "CL201")}


def test_severity_most_specific_selector_wins(project, capsys) -> None:
    tree(project, {"ottawa.txt": OTTAWA})
    write_config(project, '[severity]\nCL901 = "error"\nartifacts = "info"\n')
    found = severities(capsys, "ottawa.txt")
    assert found["CL901"] == {"error"}
    assert found["CL904"] == {"info"}


def test_severity_changes_the_exit_code(project, capsys) -> None:
    tree(project, {"gap.txt": GAP})
    write_config(project, 'severity = {paragraph-number-gap = "info"}\n')
    assert run(capsys, "check", "gap.txt")[0] == 0
    write_config(project, 'severity = {numbering = "error"}\nfail-level = "error"\n')
    assert run(capsys, "check", "gap.txt")[0] == 1


class Configurable(Rule):
    """A rule with options, for the rule-options tests.

    Why: tests.  Source: none.  Bad: x  Good: y  Fix: z
    """

    code, name = "CL799", "configurable"
    summary = "A rule with options"
    options_schema: ClassVar[dict[str, Any]] = {
        "type": "object", "additionalProperties": False,
        "properties": {"limit": {"type": "integer", "minimum": 1},
                       "words": {"type": "array", "items": {"type": "string"}}}}
    default_options: ClassVar[dict[str, Any]] = {"limit": 3, "words": []}

    def check(self, context):
        return iter(())


def resolver_with_configurable() -> ConfigResolver:
    rules, _ = all_rules()
    return ConfigResolver([*rules, Configurable])


def test_rule_options_by_code_and_by_name(project) -> None:
    write_config(project, '[rule-options.CL799]\nlimit = 7\n'
                          '[rule-options.configurable]\nwords = ["a"]\n')
    plan = resolver_with_configurable().plan_for("x.txt")
    (rule,) = [rule for rule in plan.rules if rule.code == "CL799"]
    assert rule.options == {"limit": 7, "words": ["a"]}
    assert plan.settings.rule_options["CL799"] == {"limit": 7, "words": ["a"]}


@pytest.mark.parametrize(("text", "message"), [
    ('[rule-options.CL799]\nlimit = "7"\n',
     'cablelint.toml: rule-options.CL799.limit: expected an integer, got a string ("7")'),
    ('[rule-options.configurable]\nlimt = 7\n',
     "cablelint.toml: rule-options.configurable.limt: unknown option 'limt' "
     "(did you mean 'limit'?)"),
    ('[rule-options.CL799]\nwords = ["a", 1]\n',
     "cablelint.toml: rule-options.CL799.words[1]: expected a string, got int 1"),
])
def test_rule_options_are_checked_against_the_rule_schema(project, text, message) -> None:
    write_config(project, text)
    with pytest.raises(ConfigError) as raised:
        resolver_with_configurable().plan_for("x.txt")
    assert str(raised.value) == message


def test_include(project, capsys) -> None:
    tree(project, {"a.cbl": GAP, "b.txt": GAP})
    write_config(project, 'include = ["*.cbl"]\n')
    _, found = findings(capsys, ".")
    assert found == {("a.cbl", "CL201")}


def test_include_with_a_directory_part(project, capsys) -> None:
    tree(project, {"cables/a.txt": GAP, "notes/b.txt": GAP})
    write_config(project, 'include = ["cables/*.txt"]\n')
    _, found = findings(capsys, ".")
    assert found == {("cables/a.txt", "CL201")}


def test_exclude_prunes_directories_and_files(project, capsys) -> None:
    tree(project, {"keep.txt": GAP, "drafts/a.txt": GAP, "x/drafts/b.txt": GAP,
                   "old/c.txt": GAP, "x/old/d.txt": GAP, "notes.txt": GAP})
    write_config(project, 'exclude = ["drafts", "./old", "notes.txt"]\n')
    _, found = findings(capsys, ".")
    assert found == {("keep.txt", "CL201"), ("x/old/d.txt", "CL201")}


def test_exclude_replaces_the_defaults_and_extend_exclude_adds(project, capsys) -> None:
    tree(project, {"venv/a.txt": GAP, "skip/b.txt": GAP})
    _, found = findings(capsys, ".")
    assert found == {("skip/b.txt", "CL201")}  # venv/ is excluded by default
    write_config(project, 'extend-exclude = ["skip"]\n')
    assert findings(capsys, ".")[1] == set()
    write_config(project, 'exclude = ["skip"]\n')
    assert findings(capsys, ".")[1] == {("venv/a.txt", "CL201")}


def test_command_line_extend_exclude(project, capsys) -> None:
    tree(project, {"a/x.txt": GAP, "b/y.txt": GAP})
    _, found = findings(capsys, "--extend-exclude", "a,zzz", ".")
    assert found == {("b/y.txt", "CL201")}


def test_named_files_are_checked_unless_force_exclude(project, capsys) -> None:
    tree(project, {"drafts/a.txt": GAP})
    write_config(project, 'exclude = ["drafts"]\n')
    assert findings(capsys, "drafts/a.txt")[1] == {("drafts/a.txt", "CL201")}
    code, out, _ = run(capsys, "check", "--force-exclude", "--output-format", "json",
                       "drafts/a.txt")
    assert code == 0 and json.loads(out)["files"] == []
    write_config(project, 'exclude = ["drafts"]\nforce-exclude = true\n')
    assert findings(capsys, "drafts/a.txt")[1] == set()
    assert findings(capsys, "--no-force-exclude", "drafts/a.txt")[1] == {
        ("drafts/a.txt", "CL201")}


def test_vocabulary_extends_tags(project, capsys) -> None:
    tree(project, {"zz.txt": ZZTOP})
    assert findings(capsys, "zz.txt")[1] == {("zz.txt", "CL602")}
    write_config(project, '[vocabulary.tags]\nextra = ["ZZTOP"]\n')
    assert findings(capsys, "zz.txt")[1] == set()


def test_command_line_vocabulary_adds_to_the_file(project, capsys) -> None:
    tree(project, {"zz.txt": ZZTOP.replace("ZZTOP", "ZZTOP QQQQ"),
                   "more.json": '{"tags": {"extra": ["QQQQ"]}}'})
    write_config(project, '[vocabulary.tags]\nextra = ["ZZTOP"]\n')
    assert findings(capsys, "zz.txt")[1] == {("zz.txt", "CL602")}
    assert findings(capsys, "--extend-vocabulary", "more.json", "zz.txt")[1] == set()


def test_eo13526_cutover(project, capsys) -> None:
    tree(project, {"05OTTAWA1502.txt": OTTAWA})
    assert "CL513" not in {c for _, c in findings(capsys, "05OTTAWA1502.txt")[1]}
    write_config(project, "eo13526-cutover = 2000-01-01\n")
    assert ("05OTTAWA1502.txt", "CL513") in findings(capsys, "05OTTAWA1502.txt")[1]


def test_metadata_is_relative_to_the_configuration_file(project, capsys, monkeypatch) -> None:
    """A metadata date after the cut-over makes the E.O. 12958 citation of a 2005-named cable
    late (CL513); without it the cable is dated by its id's year only."""
    record = {"id": "05ZENDA123", "created": "2012-03-01", "classification": "CONFIDENTIAL"}
    tree(project, {"cables/05ZENDA123.txt": GAP,
                   "data/meta.jsonl": json.dumps(record) + "\n",
                   "work/.keep": ""})
    assert ("cables/05ZENDA123.txt", "CL513") not in findings(capsys, "cables")[1]
    write_config(project, 'metadata = "data/meta.jsonl"\n')
    monkeypatch.chdir(project / "work")
    assert ("../cables/05ZENDA123.txt", "CL513") in findings(capsys, "../cables")[1]


def test_missing_metadata_file_is_a_configuration_error(project, capsys) -> None:
    tree(project, {"gap.txt": GAP})
    write_config(project, 'metadata = "nope.jsonl"\n')
    code, _, err = run(capsys, "check", "gap.txt")
    assert code == 2
    assert err.startswith("cablelint: cablelint.toml: metadata: cannot read nope.jsonl")


def test_fail_level(project, capsys) -> None:
    tree(project, {"gap.txt": GAP})
    assert run(capsys, "check", "gap.txt")[0] == 1
    write_config(project, 'fail-level = "error"\n')
    assert run(capsys, "check", "gap.txt")[0] == 0
    write_config(project, 'fail-level = "info"\nseverity = {CL201 = "info"}\n')
    assert run(capsys, "check", "gap.txt")[0] == 1
