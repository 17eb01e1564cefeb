"""The persistent result cache: what a hit returns, what is never trusted, and the CLI.

Each test keeps its cache in its own ``tmp_path`` (``--cache-dir``), so what
one test stores is never another's hit.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import shutil
from pathlib import Path

import pytest
from cli_helpers import EXAMPLE, run

from cablelint.diagnostics import Diagnostic, Edit, Fix, Span
from cablelint.result_cache import (
    ENTRY_FORMAT,
    ResultCache,
    clean,
    decode_entry,
    encode_entry,
    project_directory,
)

FIXTURES = Path(__file__).parent / "rules" / "structure" / "fixtures"

FINDINGS = [
    Diagnostic("CL105", "ZENDA: say what to do", Span(3, 1, 3, 7, 40, 46), "warning",
               "some-rule", Fix("replace it", (Edit(40, 46, "RASSENDYLL"),), "unsafe")),
    Diagnostic("CL001", "a parse problem ¶ “quoted”", Span(1, 1, 1, 2, 0, 1)),
]
SUMMARY = {"classification": None, "originator": "Embassy Zenda", "serial": "12",
           "date": None, "tags": ["PREL"], "subject": "ZENDA"}


# ------------------------------------------------------------- entries


def test_an_entry_gives_back_exactly_what_was_stored() -> None:
    found = decode_entry("k1", encode_entry("k1", FINDINGS, SUMMARY))
    assert found == (FINDINGS, SUMMARY)
    assert all(type(d) is Diagnostic and type(d.span) is Span for d in found[0])
    assert type(found[0][0].fix) is Fix and type(found[0][0].fix.edits[0]) is Edit


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign-version", "other-key",
                                    "empty", "no-header", "bad-length", "not-marshal"])
def test_a_damaged_entry_is_not_trusted(damage: str) -> None:
    data = encode_entry("k1", FINDINGS, SUMMARY)
    header, _, payload = data.partition(b"\n")
    damaged = {
        "truncated": data[:-7],
        "flipped": data[:-5] + bytes([data[-5] ^ 0x20]) + data[-4:],
        "foreign-version": header.replace(b" %d " % ENTRY_FORMAT, b" %d " % (ENTRY_FORMAT + 1))
        + b"\n" + payload,
        "other-key": encode_entry("k2", FINDINGS, SUMMARY),
        "empty": b"",
        "no-header": payload,
        "bad-length": header.rsplit(b" ", 1)[0] + b" 12\n" + payload,
        "not-marshal": header + b"\n" + b"\xff" * len(payload),
    }[damage]
    assert decode_entry("k1", damaged) is None


@pytest.mark.parametrize("payload", [
    ("k1", (("CL105", "m"),), None),  # a finding cut short
    ("k1", (("CL105", "m", (1, 2, 3), "error", "", None),), None),  # a span cut short
    ("k1", (), ["not", "a", "summary"]),
    ("k1", ()),
    "k1",
])
def test_a_well_formed_entry_of_the_wrong_shape_is_not_trusted(payload) -> None:
    """What a checksum cannot catch: an entry this version would never write."""
    data = marshal.dumps(payload, 4)
    digest = hashlib.sha256(data).hexdigest()[:32]
    entry = f"cablelint-result {ENTRY_FORMAT} {digest} {len(data)}\n".encode() + data
    assert decode_entry("k1", entry) is None


def test_put_and_get(tmp_path: Path) -> None:
    cache = ResultCache(str(tmp_path / "results"), "run")
    key = cache.key("a.txt", b"ZENDA", "plan")
    assert cache.get(key) is None
    cache.put(key, FINDINGS, SUMMARY)
    assert cache.get(key) == (FINDINGS, SUMMARY)
    assert Path(cache.entry_path(key)).parent.name == key[:2]  # sharded by key prefix
    assert not [p for p in tmp_path.rglob(".*.tmp")]  # the temporary file was moved in


def test_keys_differ_by_content_path_plan_and_run(tmp_path: Path) -> None:
    cache = ResultCache(str(tmp_path), "run")
    key = cache.key("a.txt", b"ZENDA", "plan")
    assert len({key, cache.key("a.txt", b"ZENDA.", "plan"), cache.key("b.txt", b"ZENDA", "plan"),
                cache.key("a.txt", b"ZENDA", "plan2"),
                ResultCache(str(tmp_path), "run2").key("a.txt", b"ZENDA", "plan")}) == 5


def test_a_result_with_an_internal_error_is_not_stored(tmp_path: Path) -> None:
    cache = ResultCache(str(tmp_path), "run")
    crash = Diagnostic("CL000", "rule crashed", Span(1, 1, 1, 1, 0, 0))
    cache.put("ab" * 16, [crash], None)
    assert cache.get("ab" * 16) is None


def test_an_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = ResultCache(str(blocker / "results"), "run")
    cache.put("ab" * 16, FINDINGS, None)  # no exception
    assert cache.get("ab" * 16) is None


def test_projects_have_their_own_directories(tmp_path: Path) -> None:
    one = project_directory(tmp_path / "one", tmp_path / "cache")
    two = project_directory(tmp_path / "two", tmp_path / "cache")
    assert one != two and one.parent == two.parent == tmp_path / "cache" / "results"


def test_clean_removes_only_entries(tmp_path: Path) -> None:
    cache = ResultCache(str(tmp_path / "p"), "run")
    for content in (b"a", b"b"):
        cache.put(cache.key("x.txt", content, "plan"), FINDINGS, None)
    (tmp_path / "p" / "notes.txt").write_text("the user's own file")
    entries, size = clean(tmp_path / "p")
    assert entries == 2 and size > 0
    assert [p.name for p in (tmp_path / "p").iterdir()] == ["notes.txt"]


# ---------------------------------------------------------- command line


def _check(capsys, cache: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", "--cache-dir", str(cache), "--output-format", "json",
               "--jobs", "1", *args)


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*") if p.is_file() and not p.name.startswith("."))


@pytest.fixture
def cables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project directory with two cables, as the current directory."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(EXAMPLE, project / "ottawa.txt")
    shutil.copy(FIXTURES / "CL105.bad.txt", project / "zenda.txt")
    monkeypatch.chdir(project)
    return project


def test_a_warm_run_reports_what_a_cold_run_does(capsys, cables: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = _check(capsys, cache, ".")
    assert len(_entries(cache)) == 2
    stamps = [p.stat().st_mtime_ns for p in _entries(cache)]
    warm = _check(capsys, cache, ".")
    assert warm == cold
    assert [p.stat().st_mtime_ns for p in _entries(cache)] == stamps  # read, not rewritten
    assert _check(capsys, cache, "--no-cache", ".") == cold


def test_no_cache_stores_nothing(capsys, cables: Path, tmp_path: Path) -> None:
    _check(capsys, tmp_path / "cache", "--no-cache", ".")
    assert not (tmp_path / "cache").exists()


def test_the_default_directory_follows_cablelint_cache_dir(
        capsys, cables: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "env-cache"))
    run(capsys, "check", "--output-format", "json", "--jobs", "1", ".")
    assert len(_entries(tmp_path / "env-cache" / "results")) == 2


@pytest.mark.parametrize("damage", [b"", b"cablelint-result 1 00 5\nhello",
                                    b"garbage \xff\xfe"])
def test_a_damaged_entry_is_rebuilt(capsys, cables: Path, tmp_path: Path,
                                    damage: bytes) -> None:
    cache = tmp_path / "cache"
    cold = _check(capsys, cache, ".")
    for entry in _entries(cache):
        entry.write_bytes(damage)
    assert _check(capsys, cache, ".") == cold
    assert all(decode_entry(p.name, p.read_bytes()) is not None for p in _entries(cache))


def test_a_truncated_entry_is_rebuilt(capsys, cables: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = _check(capsys, cache, ".")
    for entry in _entries(cache):
        data = entry.read_bytes()
        entry.write_bytes(data[:len(data) // 2])
    assert _check(capsys, cache, ".") == cold


def test_a_concurrent_writers_temporary_file_is_ignored(capsys, cables: Path,
                                                        tmp_path: Path) -> None:
    """Another process half way through writing an entry leaves only its temporary
    file; the entry itself is a whole one or none."""
    cache = tmp_path / "cache"
    cold = _check(capsys, cache, ".")
    for entry in _entries(cache):
        (entry.parent / f".{entry.name}.99999.tmp").write_bytes(entry.read_bytes()[:20])
        entry.unlink()
    assert _check(capsys, cache, ".") == cold
    assert len(_entries(cache)) == 2


def test_changed_configuration_is_not_answered_from_the_cache(capsys, cables: Path,
                                                               tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _check(capsys, cache, ".")
    fresh = _check(capsys, tmp_path / "other", "--select", "CL1", ".")
    assert _check(capsys, cache, "--select", "CL1", ".") == fresh
    (cables / "pyproject.toml").write_text('[tool.cablelint]\nignore = ["CL105"]\n')
    fresh = _check(capsys, tmp_path / "third", ".")
    assert _check(capsys, cache, ".")[1:] == fresh[1:]
    assert "CL105" not in fresh[1]


def test_changed_metadata_is_not_answered_from_the_cache(capsys, cables: Path,
                                                         tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    metadata = tmp_path / "metadata.jsonl"
    metadata.write_text(json.dumps({"id": "09OTTAWA1502", "created": "2009-01-02"}) + "\n")
    _check(capsys, cache, "--metadata", str(metadata), ".")
    metadata.write_text(json.dumps({"id": "09OTTAWA1502", "created": "2001-05-06"}) + "\n")
    fresh = _check(capsys, tmp_path / "other", "--metadata", str(metadata), ".")
    assert _check(capsys, cache, "--metadata", str(metadata), ".") == fresh


def test_fix_then_check_reports_the_fixed_file(capsys, cables: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = _check(capsys, cache, "zenda.txt")
    assert '"CL105"' in before[1]
    code, diff, _ = run(capsys, "check", "--cache-dir", str(cache), "--diff", "zenda.txt")
    assert code == 1 and diff
    assert _check(capsys, cache, "zenda.txt") == before  # --diff wrote nothing
    run(capsys, "check", "--cache-dir", str(cache), "--fix", "zenda.txt")
    assert (cables / "zenda.txt").read_text() == (FIXTURES / "CL105.fixed.txt").read_text()
    after = _check(capsys, cache, "zenda.txt")
    assert after == _check(capsys, tmp_path / "fresh", "zenda.txt")
    assert '"CL105"' not in after[1]


def test_an_edited_file_is_checked_again(capsys, cables: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _check(capsys, cache, "zenda.txt")
    target = cables / "zenda.txt"
    status = target.stat()
    target.write_text((FIXTURES / "CL105.fixed.txt").read_text())
    os.utime(target, ns=(status.st_atime_ns, status.st_mtime_ns))  # same mtime: still seen
    assert _check(capsys, cache, "zenda.txt") == _check(capsys, tmp_path / "fresh",
                                                        "zenda.txt")


def test_clean_removes_this_projects_cache(capsys, cables: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _check(capsys, cache, ".")
    code, out, _ = run(capsys, "clean", "--cache-dir", str(cache))
    assert code == 0 and "removed 2 cached results" in out
    assert str(project_directory(cables, cache)) in out
    assert not _entries(cache)
    code, out, _ = run(capsys, "clean", "--cache-dir", str(cache))
    assert code == 0 and "no cached results" in out


def test_a_warm_run_needs_no_worker(cables: Path, tmp_path: Path, capsys) -> None:
    """--jobs starts workers for a cold run, not for one the cache mostly answers."""
    from cablelint import parallel
    from cablelint.config import ConfigResolver
    from cablelint.result_cache import run_key
    from cablelint.rules.registry import all_rules

    rules = all_rules()[0]
    resolver = ConfigResolver(rules)
    cache = ResultCache(str(project_directory(cables, tmp_path / "cache")), run_key(rules))
    paths = ["ottawa.txt", "zenda.txt"]
    assert not parallel.mostly_cached(paths, resolver, cache)
    _check(capsys, tmp_path / "cache", "ottawa.txt")
    assert not parallel.mostly_cached(paths, resolver, cache)  # one in two is a miss
    _check(capsys, tmp_path / "cache", ".")
    assert parallel.mostly_cached(paths, resolver, cache)
    assert not parallel.mostly_cached([*paths, "missing.txt"], resolver, cache)
