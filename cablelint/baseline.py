"""Baselines: record today's findings, report only new ones later.

Why: an archive of thousands of old cables cannot be cleaned on the day
cablelint is adopted; a baseline lets CI fail on new problems only.  Entries
are matched by rule, file and fingerprint (see :mod:`cablelint.fingerprint`),
not by line number, so they survive lines inserted or removed elsewhere.
Matching tries the strict fingerprint (flagged line and its neighbours)
first, then the flagged line alone, so that even an edit right next to a
finding does not resurrect it.

The file is JSON, sorted by path and line so that it diffs well in review.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from cablelint import __version__
from cablelint.check import CheckRun, FileResult
from cablelint.fingerprint import FINGERPRINT_VERSION, fingerprints

BASELINE_FORMAT = 1


class BaselineError(ValueError):
    """The baseline file cannot be read or written."""


def _key(path: str, baseline_path: Path) -> str:
    """The file's path relative to the baseline's directory, with forward slashes."""
    absolute = os.path.abspath(path)
    try:
        return Path(os.path.relpath(absolute, baseline_path.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(absolute).as_posix()


def result_entries(result: FileResult, path: Path) -> list[dict[str, Any]]:
    """The baseline entries of one checked file (all a baseline keeps of it)."""
    if not result.diagnostics:
        return []
    key = _key(result.path, path)
    return [{"path": key, "code": diagnostic.code, "line": diagnostic.span.line,
             "message": diagnostic.message, "content": fingerprint.content,
             "context": fingerprint.context}
            for diagnostic, fingerprint in zip(result.diagnostics,
                                               fingerprints(result.source, result.diagnostics),
                                               strict=True)]


class BaselineRecorder:
    """``--write-baseline`` while the files are checked: keeps the entries only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: list[dict[str, Any]] = []

    def add(self, result: FileResult) -> None:
        self.entries.extend(result_entries(result, self.path))

    def write(self) -> int:
        return write_entries(self.path, self.entries)


class BaselineFilter:
    """``--baseline``: drops each file's recorded findings as the file arrives."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.baseline = read_baseline(path)

    def add(self, result: FileResult) -> None:
        filter_result(result, self.baseline, self.path)


def write_baseline(path: Path, run: CheckRun) -> int:
    """Record every finding of ``run``; returns how many.  Written atomically."""
    return write_entries(path, [entry for result in run.results
                                for entry in result_entries(result, path)])


def write_entries(path: Path, entries: list[dict[str, Any]]) -> int:
    """Write a baseline of ``entries`` (sorted here); returns how many.  Atomic."""
    entries.sort(key=lambda entry: (entry["path"], entry["line"], entry["code"]))
    data = {"cablelint_baseline": BASELINE_FORMAT, "fingerprint": FINGERPRINT_VERSION,
            "tool_version": __version__, "findings": entries}
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            os.chmod(temporary, _file_mode(path))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        raise BaselineError(f"cannot write baseline {path}: {error.strerror or error}") \
            from error
    return len(entries)


def _file_mode(path: Path) -> int:
    """The mode a baseline is written with: the existing file's, else what creating a
    file gives (0666 less the umask: 0644 usually; ``mkstemp`` alone makes it 0600,
    which a team's checkout of the file would not share)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def read_baseline(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Entries by path key; a missing file is an error (``--write-baseline`` makes one)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BaselineError(f"baseline {path} does not exist; create it with "
                            f"--write-baseline") from error
    except (OSError, ValueError) as error:
        raise BaselineError(f"cannot read baseline {path}: {error}") from error
    if not isinstance(data, dict) or data.get("cablelint_baseline") != BASELINE_FORMAT:
        raise BaselineError(f"{path} is not a cablelint baseline (format {BASELINE_FORMAT})")
    if data.get("fingerprint") != FINGERPRINT_VERSION:
        raise BaselineError(f"{path} was written with fingerprint version "
                            f"{data.get('fingerprint')!r}; rewrite it with --write-baseline")
    _validate(path, data)
    by_path: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in data["findings"]:
        by_path[entry["path"]].append({"code": entry["code"], "content": entry["content"],
                                       "context": entry["context"]})
    return dict(by_path)


def _validate(path: Path, data: Any) -> None:
    """Check ``data`` against the baseline's schema: a hand-edited or damaged file
    (``findings`` an int, null, a list of lists) stops the run with one line."""
    from cablelint.config.validation import key_path, problems
    from cablelint.schemas import load_schema

    found = problems(load_schema("baseline"), data)
    if found:
        where, message = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise BaselineError(f"{path} is not a valid baseline: {key_path('', where)}: "
                            f"{message}{more}; rewrite it with --write-baseline")


def filter_run(run: CheckRun, baseline: dict[str, list[dict[str, Any]]],
               baseline_path: Path) -> int:
    """Drop findings recorded in ``baseline`` from ``run``; returns how many were dropped."""
    return sum(filter_result(result, baseline, baseline_path) for result in run.results)


def filter_result(result: FileResult, baseline: dict[str, list[dict[str, Any]]],
                  baseline_path: Path) -> int:
    """Drop findings recorded in ``baseline`` from one file; returns how many."""
    entries = baseline.get(_key(result.path, baseline_path))
    if not entries or not result.diagnostics:
        return 0
    prints = fingerprints(result.source, result.diagnostics)
    strict: dict[tuple[str, str], list[int]] = defaultdict(list)
    loose: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        strict[entry["code"], entry["context"]].append(index)
        loose[entry["code"], entry["content"]].append(index)
    used: set[int] = set()
    suppressed: set[int] = set()
    for table, attribute in ((strict, "context"), (loose, "content")):
        for position, (diagnostic, fingerprint) in enumerate(
                zip(result.diagnostics, prints, strict=True)):
            if position in suppressed:
                continue
            candidates = table.get((diagnostic.code, getattr(fingerprint, attribute)), [])
            match = next((index for index in candidates if index not in used), None)
            if match is not None:
                used.add(match)
                suppressed.add(position)
    result.diagnostics = [d for position, d in enumerate(result.diagnostics)
                          if position not in suppressed]
    return len(suppressed)
