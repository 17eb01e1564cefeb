"""Baselines: recorded findings stay suppressed across line shifts; new ones show."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_helpers import run

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"


@pytest.fixture
def archive(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the example cable in a fresh directory that is also the cwd."""
    shutil.copy(EXAMPLE, tmp_path / "ottawa-1502.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def finding_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("ottawa-1502.txt:")]


def test_write_baseline_records_every_finding_and_exits_0(archive: Path, capsys) -> None:
    _, before, _ = run(capsys, "check", "ottawa-1502.txt")
    code, out, err = run(capsys, "check", "--baseline", "base.json", "--write-baseline",
                         "ottawa-1502.txt")
    assert code == 0 and out == ""
    recorded = json.loads((archive / "base.json").read_text(encoding="utf-8"))
    assert len(recorded["findings"]) == len(finding_lines(before)) == 19
    assert "recorded 19 findings in base.json" in err
    assert {entry["path"] for entry in recorded["findings"]} == {"ottawa-1502.txt"}
    code, out, _ = run(capsys, "check", "--baseline", "base.json", "ottawa-1502.txt")
    assert (code, out) == (0, "")


def test_inserted_lines_above_a_finding_keep_it_suppressed(archive: Path, capsys) -> None:
    run(capsys, "check", "--baseline", "base.json", "--write-baseline", ".")
    cable = archive / "ottawa-1502.txt"
    lines = cable.read_text(encoding="utf-8").splitlines(keepends=True)
    # lines at the top, and a new paragraph right above the '17.' finding (line 42)
    extra = "Comment: this line was added by the archivist.\n\n"
    lines.insert(41, "Archivist's note on the next paragraph.\n\n")
    cable.write_text(extra + "".join(lines), encoding="utf-8")
    code, out, _ = run(capsys, "check", "--baseline", "base.json", ".")
    assert (code, finding_lines(out)) == (0, [])


def test_a_new_finding_is_reported(archive: Path, capsys) -> None:
    run(capsys, "check", "--baseline", "base.json", "--write-baseline", ".")
    cable = archive / "ottawa-1502.txt"
    text = cable.read_text(encoding="utf-8")
    cable.write_text(text.replace("\n14. (C) GPOI.", "\n14. GPOI."), encoding="utf-8")
    code, out, _ = run(capsys, "check", "--baseline", "base.json", ".")
    assert code == 1
    new = finding_lines(out)
    assert new and all(":60:" in line for line in new), new
    assert any("CL3" in line for line in new)


def test_a_fixed_finding_disappears_from_a_rewritten_baseline(archive: Path, capsys) -> None:
    run(capsys, "check", "--baseline", "base.json", "--write-baseline", ".")
    cable = archive / "ottawa-1502.txt"
    text = cable.read_text(encoding="utf-8")
    cable.write_text(text.replace("TAGS: [PREL](#) [MARR](#) [PK](#) [IN](#) [CA](#)",
                                  "TAGS: PREL MARR PK IN CA"), encoding="utf-8")
    code, out, _ = run(capsys, "check", "--baseline", "base.json", ".")
    assert (code, finding_lines(out)) == (0, [])
    run(capsys, "check", "--baseline", "base.json", "--write-baseline", ".")
    entries = json.loads((archive / "base.json").read_text(encoding="utf-8"))["findings"]
    assert len(entries) == 18
    assert not any(entry["code"] == "CL904" and entry["line"] == 11 for entry in entries)


def test_identical_findings_are_counted_not_merged(archive: Path, capsys) -> None:
    """Two copies of one flagged line: a baseline with one copy suppresses only one."""
    cable = archive / "ottawa-1502.txt"
    original = cable.read_text(encoding="utf-8")
    run(capsys, "check", "--baseline", "base.json", "--write-baseline", ".")
    cable.write_text(original + "\nSIPDIS\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--fail-level", "info", "--baseline", "base.json", ".")
    assert code == 1
    assert [line for line in finding_lines(out) if "CL910" in line] == \
        [line for line in finding_lines(out)][-1:]


def test_baseline_paths_are_relative_to_the_baseline_file(archive: Path, capsys,
                                                         monkeypatch) -> None:
    (archive / "ci").mkdir()
    run(capsys, "check", "--baseline", "ci/base.json", "--write-baseline", ".")
    entries = json.loads((archive / "ci" / "base.json").read_text(encoding="utf-8"))
    assert {entry["path"] for entry in entries["findings"]} == {"../ottawa-1502.txt"}
    monkeypatch.chdir(archive / "ci")  # another working directory, same files
    code, out, _ = run(capsys, "check", "--baseline", "base.json", "..")
    assert (code, out) == (0, "")


@pytest.mark.parametrize("content, message", [
    (None, "does not exist; create it with --write-baseline"),
    ("{not json", "cannot read baseline"),
    ('{"findings": []}', "is not a cablelint baseline"),
    ('{"cablelint_baseline": 1, "fingerprint": "0", "findings": []}',
     "rewrite it with --write-baseline"),
])
def test_bad_baselines_exit_2(archive: Path, capsys, content: str | None, message: str) -> None:
    if content is not None:
        (archive / "base.json").write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "check", "--baseline", "base.json", ".")
    assert code == 2 and out == ""
    assert message in err


def test_write_baseline_needs_a_file(archive: Path, capsys) -> None:
    code, _, err = run(capsys, "check", "--write-baseline", ".")
    assert code == 2 and "--write-baseline needs --baseline FILE" in err


def test_corpus_baseline_suppresses_everything(corpus: Path, tmp_path: Path, capsys) -> None:
    """Over 300 real cables (repeated lines, many findings per line) every finding matches."""
    baseline = tmp_path / "corpus-baseline.json"
    code, _, err = run(capsys, "check", "--baseline", str(baseline), "--write-baseline",
                       str(corpus))
    assert code == 0, err
    recorded = len(json.loads(baseline.read_text(encoding="utf-8"))["findings"])
    assert recorded > 1000
    code, out, _ = run(capsys, "check", "--baseline", str(baseline), str(corpus))
    assert (code, out) == (0, "")
