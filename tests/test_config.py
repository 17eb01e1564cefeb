"""Configuration files: where they are found, which one wins, and precedence over flags.

ruff's model: for each linted file the closest configuration file above it
applies, whole (no merging between files); command-line flags override it;
``--config FILE`` replaces discovery and ``--isolated`` ignores every file.
"""

from __future__ import annotations

import pytest
from config_helpers import GAP, OTTAWA, findings, run, tree

from cablelint.config import ConfigResolver
from cablelint.config.finding import ConfigFinder
from cablelint.rules.registry import all_rules


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project with a gap cable at the top, in sub/ and in sub/deeper/."""
    tree(tmp_path, {"gap.txt": GAP, "sub/gap.txt": GAP, "sub/deeper/gap.txt": GAP,
                    "ottawa.txt": OTTAWA})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def codes_by_path(found: set[tuple[str, str]]) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for path, code in found:
        result.setdefault(path, set()).add(code)
    return result


# --- discovery -----------------------------------------------------------------


def test_cablelint_toml_in_the_project_applies(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'ignore = ["CL201"]\n'})
    _, found = findings(capsys, "gap.txt")
    assert found == set()


def test_pyproject_tool_cablelint_applies(project, capsys) -> None:
    tree(project, {"pyproject.toml": '[project]\nname = "x"\n\n[tool.cablelint]\n'
                                     'ignore = ["numbering"]\n'})
    _, found = findings(capsys, "gap.txt")
    assert found == set()


def test_closest_configuration_wins_per_file(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'ignore = ["CL201"]\n',
                   "sub/cablelint.toml": 'select = ["CL2"]\n'})
    _, found = findings(capsys, ".")
    by_path = codes_by_path(found)
    assert "gap.txt" not in by_path
    assert by_path["sub/gap.txt"] == {"CL201"}
    assert by_path["sub/deeper/gap.txt"] == {"CL201"}  # sub/ is closer than the top


def test_no_merging_between_files(project, capsys) -> None:
    """sub/ has its own file: the top file's ignore does not reach into it."""
    tree(project, {"cablelint.toml": 'ignore = ["CL201"]\n',
                   "sub/cablelint.toml": 'severity = {CL201 = "info"}\n'})
    _, found = findings(capsys, "gap.txt", "sub/gap.txt")
    assert found == {("sub/gap.txt", "CL201")}


def test_pyproject_without_cablelint_table_is_skipped(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'ignore = ["CL201"]\n',
                   "sub/pyproject.toml": '[tool.black]\nline-length = 80\n'})
    _, found = findings(capsys, "sub/gap.txt")
    assert found == set()


def test_pyproject_naming_cablelint_elsewhere_is_skipped(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'ignore = ["CL201"]\n',
                   "sub/pyproject.toml": '[project]\ndependencies = ["cablelint"]\n'})
    _, found = findings(capsys, "sub/gap.txt")
    assert found == set()


@pytest.mark.parametrize(("present", "winner"), [
    ((".cablelint.toml", "cablelint.toml", "pyproject.toml"), ".cablelint.toml"),
    (("cablelint.toml", "pyproject.toml"), "cablelint.toml"),
])
def test_order_of_names_in_one_directory(project, capsys, present, winner) -> None:
    for name in present:
        select = '["CL201"]' if name == winner else '["CL9"]'
        text = f"select = {select}\n"
        if name == "pyproject.toml":
            text = "[tool.cablelint]\n" + text
        tree(project, {name: text})
    _, found = findings(capsys, "gap.txt")
    assert found == {("gap.txt", "CL201")}
    _, out, _ = run(capsys, "config", "gap.txt")
    assert f"# from: {winner}" in out


def test_discovery_starts_at_the_file_not_the_working_directory(project, capsys,
                                                                 monkeypatch) -> None:
    tree(project, {"sub/cablelint.toml": 'ignore = ["CL201"]\n', "elsewhere/.keep": ""})
    monkeypatch.chdir(project / "elsewhere")
    _, found = findings(capsys, "../sub/gap.txt", "../gap.txt")
    assert found == {("../gap.txt", "CL201")}


def test_lookups_are_cached_per_directory(tmp_path, monkeypatch) -> None:
    tree(tmp_path, {f"a/{n}.txt": GAP for n in range(40)})
    tree(tmp_path, {f"a/b/{n}.txt": GAP for n in range(40)})
    tree(tmp_path, {"cablelint.toml": 'ignore = ["CL201"]\n'})
    monkeypatch.chdir(tmp_path)
    looked: list[str] = []
    original = ConfigFinder._in_directory

    def counting(directory: str):
        looked.append(directory)
        return original(directory)

    monkeypatch.setattr(ConfigFinder, "_in_directory", staticmethod(counting))
    rules, _ = all_rules()
    resolver = ConfigResolver(rules)
    files = list(resolver.discover(["."]))
    plans = {id(resolver.plan_for(path)) for path in files}
    assert len(files) == 80
    assert len(plans) == 1
    assert sorted(looked) == sorted({str(tmp_path), str(tmp_path / "a"),
                                     str(tmp_path / "a" / "b")})


def test_config_flag_uses_one_file_for_everything(project, capsys) -> None:
    tree(project, {"sub/cablelint.toml": 'select = ["CL9"]\n',
                   "settings/strict.toml": 'per-file-ignores = {"sub/*" = ["CL201"]}\n'})
    _, found = findings(capsys, "--config", "settings/strict.toml", "gap.txt", "sub/gap.txt")
    # sub/cablelint.toml is not used, and globs are relative to settings/ (no match)
    assert found == {("gap.txt", "CL201"), ("sub/gap.txt", "CL201")}
    tree(project, {"strict.toml": 'per-file-ignores = {"sub/*" = ["CL201"]}\n'})
    _, found = findings(capsys, "--config", "strict.toml", "gap.txt", "sub/gap.txt")
    assert found == {("gap.txt", "CL201")}


def test_config_flag_with_a_pyproject_reads_its_table(project, capsys) -> None:
    tree(project, {"other/pyproject.toml": '[tool.cablelint]\nignore = ["CL2"]\n'})
    _, found = findings(capsys, "--config", "other/pyproject.toml", "gap.txt")
    assert found == set()


def test_isolated_ignores_every_file(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'ignore = ["CL201"]\n',
                   "sub/cablelint.toml": 'select = [\n'})  # broken, but never read
    _, found = findings(capsys, "--isolated", "gap.txt", "sub/gap.txt")
    assert found == {("gap.txt", "CL201"), ("sub/gap.txt", "CL201")}


def test_config_and_isolated_together_is_a_usage_error(project, capsys) -> None:
    tree(project, {"cablelint.toml": ""})
    code, _, err = run(capsys, "check", "--config", "cablelint.toml", "--isolated", "gap.txt")
    assert code == 2
    assert "--config and --isolated cannot be used together" in err


def test_missing_config_file_is_a_usage_error(project, capsys) -> None:
    code, _, err = run(capsys, "check", "--config", "nowhere.toml", "gap.txt")
    assert code == 2
    assert err.startswith("cablelint: nowhere.toml: cannot read the configuration file")


# --- precedence: command line > file > defaults -----------------------------------


def test_defaults_without_any_file(project, capsys) -> None:
    _, found = findings(capsys, "gap.txt")
    assert found == {("gap.txt", "CL201")}


def test_command_line_select_replaces_the_file_select(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'select = ["CL9"]\n'})
    _, found = findings(capsys, "gap.txt", "ottawa.txt")
    assert {code for _, code in found} <= {"CL901", "CL904", "CL908", "CL910", "CL913"}
    _, found = findings(capsys, "--select", "CL201", "gap.txt", "ottawa.txt")
    assert found == {("gap.txt", "CL201")}


def test_command_line_ignore_adds_to_the_file(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'select = ["CL2", "CL901"]\n'})
    _, found = findings(capsys, "gap.txt", "ottawa.txt")
    assert {code for _, code in found} == {"CL201", "CL901"}
    _, found = findings(capsys, "--ignore", "CL901", "gap.txt", "ottawa.txt")
    assert found == {("gap.txt", "CL201")}


def test_command_line_extend_select_adds_to_the_file(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'select = ["CL201"]\n'})
    _, found = findings(capsys, "--extend-select", "CL901", "gap.txt", "ottawa.txt")
    assert {code for _, code in found} == {"CL201", "CL901"}


def test_command_line_per_file_ignores_add_to_the_file(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'per-file-ignores = {"sub/*" = ["CL201"]}\n'})
    _, found = findings(capsys, "--per-file-ignores", "gap.txt:CL2", ".")
    assert found <= {("ottawa.txt", code) for code in ("CL901", "CL904", "CL908", "CL910",
                                                         "CL913")}


def test_command_line_fail_level_overrides_the_file(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'fail-level = "error"\n'})
    assert run(capsys, "check", "gap.txt")[0] == 0  # CL201 is a warning
    assert run(capsys, "check", "--fail-level", "warning", "gap.txt")[0] == 1
