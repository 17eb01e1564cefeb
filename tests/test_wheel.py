"""The built wheel carries grammar/ and rules/ and works outside the checkout.

Builds the wheel with the project's own build backend (no network: hatchling
comes with the dev extra), installs it into a fresh virtual environment that
borrows the already-installed dependencies, and parses the example cable from
an unrelated directory.  The wheel carries the grammar's LALR tables (built
by ``hatch_build.py``), so the installed cablelint parses without importing
Lark even when the user cache is empty or cannot be written.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(out), str(REPO)], check=True)
    [built] = out.glob("cablelint-*.whl")
    return built


def _child_env(**variables: str) -> dict[str, str]:
    """The environment for the installed cablelint: without PYTHONPATH, which
    may point at a checkout (and would shadow the wheel's code)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(variables)
    return env


def test_wheel_contains_the_data(wheel: Path) -> None:
    from cablelint.syntax.lalr import table_file_name

    names = set(zipfile.ZipFile(wheel).namelist())
    assert "cablelint/_data/grammar/cable.lark" in names
    grammar = (REPO / "grammar" / "cable.lark").read_text(encoding="utf-8")
    tables = [name for name in names if re.fullmatch(r"cablelint/_data/tables/.*", name)]
    assert tables == [f"cablelint/_data/tables/{table_file_name(grammar)}"]
    assert "cablelint/_data/rules/README.md" in names
    assert "cablelint/schemas/document.schema.json" in names
    assert not any(name.startswith(("tests/", "examples/")) for name in names)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment with the wheel installed; its bin directory."""
    venv = tmp_path_factory.mktemp("wheel-env") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    str(wheel)], check=True)
    return bin_dir


def test_installed_wheel_parses_from_another_directory(installed: Path, tmp_path: Path) -> None:
    bin_dir = installed
    python = bin_dir / "python"
    venv = bin_dir.parent
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cable = elsewhere / "cable.txt"
    cable.write_bytes((REPO / "examples" / "ottawa-1502.txt").read_bytes())
    env = _child_env(CABLELINT_CACHE_DIR=str(tmp_path / "cache"))
    where = subprocess.run(
        [str(python), "-c", "import cablelint.syntax.grammar as g; print(g.grammar_path())"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where).is_relative_to(venv), where
    result = subprocess.run([str(bin_dir / "cablelint"), "parse", "cable.txt"], cwd=elsewhere,
                            env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "CONFIDENTIAL SECTION 1 OF 5 OTTAWA 001502" in result.stdout
    assert result.stdout.count("paragraph ") == 25


@pytest.mark.parametrize("cache", ["empty", "unwritable"])
def test_installed_wheel_never_imports_lark(installed: Path, tmp_path: Path, cache: str) -> None:
    """The packaged tables are used before the user cache, which is never needed."""
    if cache == "empty":
        cache_dir = tmp_path / "cache"
        cache_dir.mkdir()
    else:  # below a regular file: no one, not even root, can create it
        blocker = tmp_path / "file"
        blocker.write_text("not a directory")
        cache_dir = blocker / "cache"
    code = ("import sys; from cablelint.parser import parse_file; "
            "document = parse_file(sys.argv[1]); "
            "print('lark' in sys.modules, len(document.paragraphs), len(document.diagnostics))")
    cable = REPO / "examples" / "ottawa-1502.txt"
    result = subprocess.run([str(installed / "python"), "-c", code, str(cable)], cwd=tmp_path,
                            env=_child_env(CABLELINT_CACHE_DIR=str(cache_dir)),
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["False", "25"]
    if cache == "empty":
        assert not any(cache_dir.iterdir())  # nothing needed caching
