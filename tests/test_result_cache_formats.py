"""Every report format is the same with and without ``--jobs``, and with and without
the result cache, cold or warm (issue #14, acceptance).

Over a handful of real cables from the dev corpus (skipped with the reason
when it is absent).  Reports are compared byte for byte, stdout, stderr and
exit code: no format has a field that is timing by nature (JUnit's ``time``
attributes are not written), so nothing is masked.  Workers are forced on
this small set by lowering the threshold and the chunk size, as in
``test_check_jobs.py``; a warm ``--jobs 2`` run is checked both as it runs by
default (in-process: the cache answers most files) and in workers.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import run

from cablelint import parallel
from cablelint.reports import FORMATS

CABLES = 8


@pytest.fixture(scope="module")
def cables(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first few corpus cables, in a directory of their own."""
    directory = tmp_path_factory.mktemp("cables")
    for path in sorted(corpus.glob("*.txt"))[:CABLES]:
        shutil.copy(path, directory / path.name)
    return directory


@pytest.fixture
def small_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 2)
    monkeypatch.setattr(parallel, "CHUNK_FILES", 3)


@pytest.mark.corpus
@pytest.mark.parametrize("options", [
    *(("--output-format", name) for name in sorted(FORMATS)),
    ("--statistics",),
    ("--show-source",),
])
def test_every_format_is_the_same_with_jobs_and_cache(capsys, monkeypatch, small_pool,
                                                      corpus: Path, cables: Path,
                                                      tmp_path: Path,
                                                      options: tuple[str, ...]) -> None:
    common = ("check", "--isolated", "--metadata", str(corpus / "metadata.jsonl"),
              *options, str(cables))
    reference = run(capsys, *common, "--jobs", "1", "--no-cache")
    assert reference[1]  # the cables have findings to report
    runs = {
        "--jobs 2, no cache": ("--jobs", "2", "--no-cache"),
        "--jobs 1, cold": ("--jobs", "1", "--cache-dir", str(tmp_path / "one")),
        "--jobs 1, warm": ("--jobs", "1", "--cache-dir", str(tmp_path / "one")),
        "--jobs 2, warm from --jobs 1": ("--jobs", "2", "--cache-dir", str(tmp_path / "one")),
        "--jobs 2, cold": ("--jobs", "2", "--cache-dir", str(tmp_path / "two")),
        "--jobs 2, warm": ("--jobs", "2", "--cache-dir", str(tmp_path / "two")),
        "--jobs 1, warm from --jobs 2": ("--jobs", "1", "--cache-dir", str(tmp_path / "two")),
        "--jobs 2, warm, in workers": ("--jobs", "2", "--cache-dir", str(tmp_path / "two")),
    }
    for name, extra in runs.items():
        if name.endswith("in workers"):  # a warm run stays in-process unless told otherwise
            monkeypatch.setattr(parallel, "MOSTLY_CACHED_MISSES", -1)
        assert run(capsys, *common, *extra) == reference, name
    entries = [p for p in (tmp_path / "two").rglob("*") if p.is_file()]
    assert len(entries) == CABLES  # the workers stored every file's entry
