"""stdin with --stdin-filename, ``cablelint config``, ``cablelint schema config`` and the README."""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import fields

import pytest
from config_helpers import GAP, REPO, findings, run, tree

from cablelint.config import Options

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))


# --- stdin ---------------------------------------------------------------------


def test_stdin_filename_drives_per_file_ignores(project, capsys, monkeypatch) -> None:
    tree(project, {"cablelint.toml": '[per-file-ignores]\n"drafts/*" = ["CL2"]\n'})
    stdin(monkeypatch, GAP)
    assert findings(capsys, "-", "--stdin-filename", "drafts/x.txt")[1] == set()
    stdin(monkeypatch, GAP)
    assert findings(capsys, "-", "--stdin-filename", "final/x.txt")[1] == {
        ("final/x.txt", "CL201")}


def test_stdin_filename_drives_discovery(project, capsys, monkeypatch) -> None:
    tree(project, {"quiet/cablelint.toml": 'ignore = ["CL201"]\n'})
    stdin(monkeypatch, GAP)
    assert findings(capsys, "-", "--stdin-filename", "quiet/new.txt")[1] == set()
    stdin(monkeypatch, GAP)
    assert findings(capsys, "-", "--stdin-filename", "loud/new.txt")[1] == {
        ("loud/new.txt", "CL201")}


def test_stdin_without_a_filename_uses_the_working_directory(project, capsys,
                                                             monkeypatch) -> None:
    tree(project, {"cablelint.toml": 'ignore = ["CL201"]\n'})
    stdin(monkeypatch, GAP)
    assert findings(capsys, "-")[1] == set()


# --- cablelint config ----------------------------------------------------------


def test_config_command_names_the_file_and_the_rules(project, capsys) -> None:
    tree(project, {"pyproject.toml": '[tool.cablelint]\nselect = ["numbering"]\n'
                                     'severity = {CL201 = "error"}\n'})
    code, out, _ = run(capsys, "config", "x.txt")
    assert code == 0
    assert "# from: pyproject.toml [tool.cablelint]" in out
    assert 'select = ["numbering"]' in out
    assert "#   CL201 paragraph-number-gap [error]" in out
    rules = re.findall(r"^#   (CL\d{3})", out, re.MULTILINE)
    assert rules and all(code.startswith("CL2") for code in rules)


def test_config_command_applies_per_file_ignores_of_the_path(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'per-file-ignores = {"drafts/*" = ["CL201"]}\n'})
    drafts = run(capsys, "config", "drafts/x.txt")[1]
    final = run(capsys, "config", "final/x.txt")[1]
    assert "CL201" not in drafts.split("# Rules that run")[1]
    assert "CL201" in final.split("# Rules that run")[1]


def test_config_command_with_defaults_and_flags(project, capsys) -> None:
    tree(project, {"cablelint.toml": 'select = ["CL9"]\n', "other.toml": 'ignore = ["CL9"]\n'})
    assert "# from: built-in defaults" in run(capsys, "config", "--isolated")[1]
    out = run(capsys, "config", "--config", "other.toml", "x.txt")[1]
    assert "# from: other.toml" in out
    assert 'ignore = ["CL9"]' in out


def test_config_output_is_toml_that_gives_the_same_configuration(project, capsys) -> None:
    tree(project, {"a/cablelint.toml": (
        'select = ["CL2", "CL9"]\nignore = ["CL904"]\n'
        '[per-file-ignores]\n"drafts/*" = ["CL201"]\n"x y.txt" = ["CL9"]\n'
        '[severity]\nartifacts = "info"\n'
        '[vocabulary.tags]\nextra = ["ZZTOP"]\n'
        '[vocabulary.tags.program]\nKXYZ = "my program"\n')})
    first = run(capsys, "config", "a/x.txt")[1]
    parsed = tomllib.loads(first)
    assert parsed["per-file-ignores"] == {"drafts/*": ["CL201"], "x y.txt": ["CL9"]}
    tree(project, {"b/cablelint.toml": first})
    second = run(capsys, "config", "b/x.txt")[1]

    def body(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("# ")]

    assert body(first) == body(second)


def test_schema_config_prints_the_shipped_schema(capsys) -> None:
    code, out, _ = run(capsys, "schema", "config")
    schema = json.loads(out)
    assert code == 0
    assert schema["additionalProperties"] is False
    keys = {f.name.replace("_", "-") for f in fields(Options)}
    assert set(schema["properties"]) == keys


def test_readme_documents_every_key() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    for field in fields(Options):
        key = field.name.replace("_", "-")
        assert re.search(rf"^{re.escape(key)} = ", section, re.MULTILINE) or \
            f"[{key}" in section or f".{key}]" in section, f"README: no example of {key!r}"
    for command in ("cablelint config", "cablelint schema config", "--isolated", "--config",
                    "--stdin-filename", "--force-exclude"):
        assert command in section
