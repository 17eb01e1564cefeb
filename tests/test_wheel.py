"""The built wheel carries grammar/ and rules/ and works outside the checkout.

Builds the wheel with the project's own build backend (no network: hatchling
comes with the dev extra), installs it into a fresh virtual environment that
borrows the already-installed dependencies, and parses the example cable from
an unrelated directory.
"""

from __future__ import annotations

import os
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


def test_wheel_contains_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "cablelint/_data/grammar/cable.lark" in names
    assert "cablelint/_data/rules/README.md" in names
    assert "cablelint/schemas/document.schema.json" in names
    assert not any(name.startswith(("tests/", "examples/")) for name in names)


def test_installed_wheel_parses_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cable = elsewhere / "cable.txt"
    cable.write_bytes((REPO / "examples" / "ottawa-1502.txt").read_bytes())
    env = dict(os.environ, CABLELINT_CACHE_DIR=str(tmp_path / "cache"))
    where = subprocess.run(
        [str(python), "-c", "import cablelint.syntax.grammar as g; print(g.grammar_path())"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where).is_relative_to(venv), where
    result = subprocess.run([str(bin_dir / "cablelint"), "parse", "cable.txt"], cwd=elsewhere,
                            env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "CONFIDENTIAL SECTION 1 OF 5 OTTAWA 001502" in result.stdout
    assert result.stdout.count("paragraph ") == 25
