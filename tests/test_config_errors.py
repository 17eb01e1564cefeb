"""An invalid configuration stops the run with exit 2: the file, the key path, what is wrong."""

from __future__ import annotations

import pytest
from config_helpers import GAP, run, tree


@pytest.fixture
def project(tmp_path, monkeypatch):
    tree(tmp_path, {"gap.txt": GAP})
    monkeypatch.chdir(tmp_path)
    return tmp_path


CASES = [
    # unknown keys, with the closest known key
    ("cablelint.toml", 'selct = ["CL2"]\n',
     "cablelint.toml: selct: unknown key 'selct' (did you mean 'select'?)"),
    ("pyproject.toml", '[tool.cablelint]\nextend_select = ["CL2"]\n',
     "pyproject.toml: tool.cablelint.extend_select: unknown key 'extend_select' "
     "(did you mean 'extend-select'?)"),
    ("cablelint.toml", 'colour = "red"\n',
     "cablelint.toml: colour: unknown key 'colour' (known: "),
    # wrong types
    ("cablelint.toml", 'select = "CL2"\n',
     'cablelint.toml: select: expected a list, got a string ("CL2")'),
    ("cablelint.toml", 'ignore = ["CL2", 5]\n',
     "cablelint.toml: ignore[1]: expected a string, got int 5"),
    ("cablelint.toml", 'per-file-ignores = ["CL2"]\n',
     "cablelint.toml: per-file-ignores: expected a table, got a list"),
    ("cablelint.toml", 'include = [""]\n', "cablelint.toml: include[0]: must not be empty"),
    ("cablelint.toml", 'force-exclude = "yes"\n',
     'cablelint.toml: force-exclude: expected true or false, got a string ("yes")'),
    ("cablelint.toml", 'eo13526-cutover = "June 2010"\n',
     'cablelint.toml: eo13526-cutover: expected a date such as 2010-06-25, got a string '
     '("June 2010")'),
    ("cablelint.toml", "eo13526-cutover = 2010-06-25T10:00:00\n",
     "cablelint.toml: eo13526-cutover: expected a date such as 2010-06-25"),
    ("cablelint.toml", 'eo13526-cutover = "2010-02-30"\n',
     "cablelint.toml: eo13526-cutover: not a valid date"),
    ("pyproject.toml", "[tool]\ncablelint = 3\n",
     "pyproject.toml: tool.cablelint: expected a table, got int"),
    # unknown rule selectors
    ("cablelint.toml", 'select = ["CL999"]\n',
     "cablelint.toml: select[0]: unknown rule selector 'CL999'"),
    ("pyproject.toml", '[tool.cablelint.per-file-ignores]\n"drafts/*" = ["CL2", "nonsense"]\n',
     'pyproject.toml: tool.cablelint.per-file-ignores."drafts/*"[1]: unknown rule selector '
     "'nonsense'"),
    ("cablelint.toml", 'severity = {CL999 = "info"}\n',
     "cablelint.toml: severity.CL999: unknown rule selector 'CL999'"),
    ("cablelint.toml", 'extend-select = ["numbring"]\n',
     "cablelint.toml: extend-select[0]: unknown rule selector 'numbring'"),
    # bad severities
    ("cablelint.toml", 'severity = {CL201 = "fatal"}\n',
     'cablelint.toml: severity.CL201: expected one of "error", "warning", "info", got a '
     'string ("fatal")'),
    ("cablelint.toml", 'fail-level = "warn"\n',
     'cablelint.toml: fail-level: expected one of "error", "warning", "info", got a string '
     '("warn")'),
    # rule options
    ("cablelint.toml", "[rule-options.CL999]\nx = 1\n",
     "cablelint.toml: rule-options.CL999: unknown rule 'CL999'"),
    ("cablelint.toml", "[rule-options.CL201]\nx = 1\n",
     "cablelint.toml: rule-options.CL201.x: CL201 (paragraph-number-gap) has no options"),
    ("cablelint.toml", "rule-options = {CL201 = 1}\n",
     "cablelint.toml: rule-options.CL201: expected a table, got int 1"),
    # vocabularies
    ("cablelint.toml", '[vocabulary.tagz]\nextra = ["ZZTOP"]\n',
     "cablelint.toml: vocabulary: no vocabulary 'tagz'"),
    ("cablelint.toml", "[vocabulary.tags]\nextra = [5]\n",
     "cablelint.toml: vocabulary: vocabulary 'tags' as extended by the configuration: "
     "extra/0: 5 is not of type 'string'"),
    ("cablelint.toml", 'vocabulary = {tags = ["ZZTOP"]}\n',
     "cablelint.toml: vocabulary.tags: expected a table, got a list"),
    # malformed TOML, with line and column
    ("cablelint.toml", 'select = ["CL2"]\nignore = [CL9]\n',
     "cablelint.toml:2:11: invalid TOML: "),
    ("pyproject.toml", '[tool.cablelint]\nselect = [\n',
     "pyproject.toml:2:11: invalid TOML: "),
    ("cablelint.toml", 'select = ["CL2"]\nselect = ["CL3"]\n',
     "cablelint.toml:2:"),
]


@pytest.mark.parametrize(("name", "text", "message"), CASES,
                         ids=[f"{n}:{t.splitlines()[-1][:30]}" for n, t, _ in CASES])
def test_invalid_configuration_exits_2_naming_file_key_and_problem(project, capsys, name,
                                                                   text, message) -> None:
    tree(project, {name: text})
    code, out, err = run(capsys, "check", "gap.txt")
    assert code == 2
    assert "CL201" not in out
    assert err.startswith(f"cablelint: {message}"), err


def test_the_config_command_reports_the_same_errors(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'selct = ["CL2"]\n'})
    code, out, err = run(capsys, "config", "gap.txt")
    assert (code, out) == (2, "")
    assert err.startswith("cablelint: cablelint.toml: selct: unknown key 'selct'")


def test_an_explicit_config_file_is_named_as_given(project, capsys) -> None:
    tree(project, {"conf/bad.toml": 'select = "CL2"\n'})
    code, _, err = run(capsys, "check", "--config", "conf/bad.toml", "gap.txt")
    assert code == 2
    assert err.startswith('cablelint: conf/bad.toml: select: expected a list')


def test_an_invalid_file_above_a_valid_closer_one_is_not_read(project, capsys) -> None:
    tree(project, {"a/cablelint.toml": "select = [\n", "a/b/cablelint.toml": "",
                   "a/b/gap.txt": GAP})
    assert run(capsys, "check", "a/b/gap.txt")[0] == 1
