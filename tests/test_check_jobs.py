"""``check --jobs N`` and streaming reports (issue #14, items 1 and 2).

Output must not depend on N: every format is compared byte for byte between
``--jobs 1`` (in-process) and ``--jobs 2`` (worker processes, forced here on a
small directory by lowering the threshold and the chunk size).  A worker that
dies makes exactly its files errors (exit 2).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cable_snippets import cable
from check_archive import FATAL, KillsItsWorker, make_archive
from cli_helpers import run

from cablelint import parallel
from cablelint.reports import FORMATS
from cablelint.rules import registry

DEV = Path("/work/shared/corpus/wikileaks-dev")


@pytest.fixture
def small_pool(monkeypatch):
    """Workers even for a few files, in chunks of two (so several chunks, in order)."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 2)
    monkeypatch.setattr(parallel, "CHUNK_FILES", 2)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return make_archive(tmp_path)


def check(capsys, *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", "--isolated", *args)


@pytest.mark.parametrize("options", [
    *(("--output-format", name) for name in sorted(FORMATS)),
    ("--statistics",),
    ("--show-source",),
    ("--output-format", "grouped", "--show-source", "--select", "CL9"),
])
def test_every_format_is_the_same_for_any_number_of_jobs(capsys, small_pool, archive: Path,
                                                          options) -> None:
    one = check(capsys, "--jobs", "1", *options, str(archive))
    two = check(capsys, "--jobs", "2", *options, str(archive))
    assert one == two
    assert one[0] == 2  # the binary file
    assert "broken.txt" in one[1] + one[2]


def test_files_come_back_in_input_order(capsys, small_pool, archive: Path) -> None:
    names = sorted(path.name for path in archive.iterdir() if path.name != "broken.txt")
    given = [str(archive / name) for name in reversed(names)]  # not the discovery order
    code, out, _ = check(capsys, "--jobs", "2", "--output-format", "json", *given)
    assert code == 1
    assert [Path(entry["path"]).name for entry in json.loads(out)["files"]] == names[::-1]


def test_a_killed_worker_makes_its_files_errors(capsys, small_pool, monkeypatch,
                                                archive: Path) -> None:
    monkeypatch.setattr(registry, "plugin_rules", lambda: ([KillsItsWorker], []))
    (archive / "zenda-2.txt").write_text(cable("TAGS: PREL ZZ", f"SUBJECT: {FATAL}"),
                                         encoding="utf-8")
    code, out, err = check(capsys, "--jobs", "2", "--output-format", "json", str(archive))
    assert code == 2
    report = json.loads(out)
    lost = {Path(error["path"]).name: error["message"] for error in report["errors"]}
    # its chunk (two files here) and the binary file; every other file was checked
    killed = {name for name, message in lost.items()
              if "the worker process checking it was killed by SIGKILL" in message}
    assert "zenda-2.txt" in killed and len(killed) == 2
    assert set(lost) == killed | {"broken.txt"}
    assert "zenda-2.txt: not checked" in err
    checked = {Path(entry["path"]).name for entry in report["files"]}
    assert checked | set(lost) == {path.name for path in archive.iterdir()}
    assert not checked & set(lost)


def test_workers_raise_configuration_errors_as_the_parent_would(capsys, small_pool,
                                                                 archive: Path) -> None:
    (archive / "sub").mkdir()
    (archive / "sub" / "x.txt").write_text(cable(), encoding="utf-8")
    (archive / "sub" / "cablelint.toml").write_text("select = [\"NOPE\"]\n", encoding="utf-8")
    one = run(capsys, "check", "--jobs", "1", str(archive))
    two = run(capsys, "check", "--jobs", "2", str(archive))
    assert one[0] == two[0] == 2
    assert one[2].splitlines()[-1] == two[2].splitlines()[-1]


def test_the_jobs_default_is_the_cores_available() -> None:
    assert parallel.default_jobs() >= 1
    assert not parallel.use_workers(["a.txt"] * 1000, 1)
    assert not parallel.use_workers(["a.txt"], 2)
    assert not parallel.use_workers(["-"] * 1000, 2)
    assert parallel.use_workers(["a.txt"] * parallel.MIN_PARALLEL_FILES, 2)


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev corpus is only in the workspace")
def test_the_dev_corpus_reports_the_same_with_two_jobs(capsys, monkeypatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 2)  # 300 files: workers anyway
    for name in ("json", "sarif"):
        one = check(capsys, "--jobs", "1", "--output-format", name, str(DEV))
        two = check(capsys, "--jobs", "2", "--output-format", name, str(DEV))
        assert one == two
