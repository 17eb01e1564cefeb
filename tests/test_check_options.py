"""``check`` flags about exit status and noise: --exit-zero, --quiet, --color, progress."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from cli_helpers import run

from cablelint.cli_check_report import use_color
from cablelint.progress import progress_bar

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"


def test_exit_zero_keeps_findings_but_exits_0(capsys) -> None:
    code, out, _ = run(capsys, "check", "--exit-zero", str(EXAMPLE))
    assert code == 0 and "CL901" in out


def test_exit_zero_does_not_hide_errors(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "check", "--exit-zero", str(tmp_path / "missing.txt"))
    assert code == 2 and "cannot read" in err


def test_quiet_prints_findings_only(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "check", "--quiet", str(EXAMPLE))
    assert code == 1
    assert out.splitlines() and all(line.startswith(str(EXAMPLE)) for line in out.splitlines())
    code, out, err = run(capsys, "check", "-q", str(tmp_path))
    assert (code, out, err) == (0, "", "")


def test_paths_are_normalised(capsys, tmp_path: Path, monkeypatch) -> None:
    shutil.copy(EXAMPLE, tmp_path / "a.txt")
    monkeypatch.chdir(tmp_path)
    _, out, _ = run(capsys, "check", "-q", ".")
    assert out.splitlines()[0].startswith("a.txt:")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("choice, tty, no_color, expected", [
    ("always", False, "1", True),
    ("never", True, None, False),
    ("auto", True, None, True),
    ("auto", True, "1", False),
    ("auto", True, "", True),  # NO_COLOR set but empty does not count (no-color.org)
    ("auto", False, None, False),
])
def test_colour_choice(monkeypatch, choice: str, tty: bool, no_color: str | None,
                       expected: bool) -> None:
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    stream = _Terminal() if tty else io.StringIO()
    assert use_color(choice, stream) is expected


def test_no_colour_codes_when_output_is_not_a_terminal(capsys) -> None:
    _, out, _ = run(capsys, "check", str(EXAMPLE))
    assert "\x1b[" not in out


def test_progress_bar_counts_files_on_a_terminal(monkeypatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setenv("TERM", "xterm")
    with progress_bar(3, True) as advance:
        assert advance is not None
        for name in ("a", "b", "c"):
            advance(name)
    assert "3/3" in terminal.getvalue()


def test_no_progress_bar_off_a_terminal(capsys, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        shutil.copy(EXAMPLE, tmp_path / name)
    _, _, err = run(capsys, "check", str(tmp_path))
    assert err == ""
    with progress_bar(2, False) as advance:
        assert advance is None


def test_force_exclude_applies_to_stdin(capsys, tmp_path: Path, monkeypatch) -> None:
    import sys

    (tmp_path / "pyproject.toml").write_text('[tool.cablelint]\nexclude = ["drafts"]\n',
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data = EXAMPLE.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = run(capsys, "check", "--force-exclude", "-", "--stdin-filename",
                         "drafts/x.txt")
    assert (code, out, err) == (0, "", "")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "check", "-", "--stdin-filename", "drafts/x.txt")
    assert code == 1 and "drafts/x.txt:42:1: CL901" in out


def test_fix_passes_excluded_stdin_through_unchanged(tmp_path: Path, monkeypatch) -> None:
    import subprocess
    import sys

    (tmp_path / "cablelint.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "cablelint", "check", "--fix", "--force-exclude", "-",
         "--stdin-filename", "drafts/x.txt"],
        input=EXAMPLE.read_bytes(), capture_output=True, cwd=tmp_path, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, EXAMPLE.read_bytes(), b"")


def test_nothing_found_names_the_configured_patterns(capsys, tmp_path: Path,
                                                     monkeypatch) -> None:
    (tmp_path / "cablelint.toml").write_text('include = ["*.msg"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "check", ".")
    assert code == 0 and "no cable files found (looked for *.msg)" in err
