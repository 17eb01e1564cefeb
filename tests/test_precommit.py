"""The pre-commit hooks, run by the real pre-commit against this checkout.

``pre-commit try-repo`` builds the hook environment from this repository
(uncommitted changes included) exactly as users' ``repo:`` entries do: a new
virtualenv with cablelint pip-installed.  That install takes a while, so the
pre-commit home is shared by the tests of this module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"


@pytest.fixture(scope="module")
def environment(tmp_path_factory) -> dict[str, str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (REPO / ".git").exists():
        pytest.skip(f"{REPO} is not a git checkout; pre-commit installs hooks from git")
    home = tmp_path_factory.mktemp("pre-commit-home")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never",
           "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
           "NO_COLOR": "1"}
    env.pop("CABLELINT_OUTPUT_FORMAT", None)
    return env


@pytest.fixture
def project(tmp_path: Path, environment: dict[str, str]) -> Path:
    """A git repository of a cable archive: a damaged cable, a clean one, a note."""
    (tmp_path / "cables").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "cables" / "ottawa-1502.txt")
    from cablelint.config import ConfigResolver
    from cablelint.fixer.loop import fix_source
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    resolver = ConfigResolver(all_rules()[0], isolated=True)
    clean = fix_source(SourceText.from_path(EXAMPLE), resolver.plan_for(str(EXAMPLE))).text
    (tmp_path / "cables" / "clean.txt").write_text(clean, encoding="utf-8")
    (tmp_path / "notes.md").write_text("17. not a cable\n", encoding="utf-8")
    for command in (["init", "-q"], ["add", "."]):
        subprocess.run(["git", *command], cwd=tmp_path, env=environment, check=True)
    return tmp_path


def try_repo(project: Path, environment: dict[str, str], hook: str,
             *files: str) -> subprocess.CompletedProcess[str]:
    selection = ["--files", *files] if files else ["--all-files"]
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, *selection,
         "--verbose"],
        cwd=project, env=environment, capture_output=True, text=True, timeout=600)


def test_check_hook_reports_findings_and_fails(project: Path, environment) -> None:
    result = try_repo(project, environment, "cablelint")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "cables/ottawa-1502.txt:42:1: CL901 [*] [warning] paragraph number '17.'" in output
    assert "notes.md" not in output  # outside the hook's default files pattern
    clean = [line for line in output.splitlines() if line.startswith("cables/clean.txt:")]
    assert all("[info]" in line for line in clean), clean  # no warning or error left


def test_check_hook_passes_on_a_clean_cable(project: Path, environment) -> None:
    result = try_repo(project, environment, "cablelint", "cables/clean.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_fix_hook_rewrites_the_file_then_passes(project: Path, environment) -> None:
    cable = project / "cables" / "ottawa-1502.txt"
    result = try_repo(project, environment, "cablelint-fix")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "files were modified by this hook" in result.stdout
    fixed = cable.read_text(encoding="utf-8")
    assert "\n7. (C) Though not an agenda topic" in fixed
    assert "\nTAGS: PREL MARR PK IN CA\n" in fixed
    assert (project / "notes.md").read_text(encoding="utf-8") == "17. not a cable\n"
    subprocess.run(["git", "add", "."], cwd=project, env=environment, check=True)
    again = try_repo(project, environment, "cablelint-fix")
    assert again.returncode == 0, again.stdout + again.stderr
    assert cable.read_text(encoding="utf-8") == fixed
