"""Streaming reports (issue #14, item 2): each file's part is written as the file
is checked, and nothing keeps its parsed document afterwards.

The output itself is pinned by the report tests (byte for byte, as before);
these tests pin that memory does not grow with the number of files.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from check_archive import make_archive
from cli_helpers import run

from cablelint import check as check_module


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return make_archive(tmp_path)


def check(capsys, *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", "--isolated", *args)


def test_the_check_keeps_no_document_after_its_file_is_reported(capsys, monkeypatch,
                                                                 archive: Path) -> None:
    """Memory stays flat: when a file is linted, the results of the files before the
    previous one are gone, and nothing but this test holds their documents or texts
    (documents and texts are tuples, which take no weak references)."""
    results: list[weakref.ref] = []
    held: list[object] = []  # documents and texts: only this list may refer to them
    lint = check_module.lint_source

    def spy(source, plan):
        gc.collect()
        assert [ref for ref in results[:-1] if ref() is not None] == []
        earlier = held[-4:-2]  # the file before the previous (older ones were checked)
        for kept in earlier:
            assert [referrer for referrer in gc.get_referrers(kept)
                    if referrer is not held and referrer is not earlier] == []
        result = lint(source, plan)
        results.append(weakref.ref(result))
        held.extend((result.document, result.source))
        return result

    monkeypatch.setattr(check_module, "lint_source", spy)
    for options in (("--output-format", "json"), ("--output-format", "sarif"),
                    ("--output-format", "junit"), ("--show-source",)):
        results.clear()
        held.clear()
        # --no-cache: every file is linted on every pass (the subject of the test)
        code, out, _ = check(capsys, "--no-cache", *options, str(archive))
        assert code == 2 and out
        assert len(results) == len(list(archive.iterdir())) - 1


@pytest.mark.parametrize("name", ["sarif", "junit"])
def test_a_report_spooled_to_disk_is_the_same(capsys, monkeypatch, archive: Path,
                                              name: str) -> None:
    """SARIF and JUnit write their files' parts to a spool (their head needs the
    totals); a spool that moved to a temporary file gives the same report."""
    from cablelint.reports import stream

    in_memory = check(capsys, "--output-format", name, str(archive))
    monkeypatch.setattr(stream, "SPOOL_MEMORY", 64)
    assert check(capsys, "--output-format", name, str(archive)) == in_memory
