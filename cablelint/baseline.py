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
from cablelint.check import CheckRun
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


def write_baseline(path: Path, run: CheckRun) -> int:
    """Record every finding of ``run``; returns how many.  Written atomically."""
    entries: list[dict[str, Any]] = []
    for result in run.results:
        key = _key(result.path, path)
        for diagnostic, fingerprint in zip(result.diagnostics,
                                           fingerprints(result.source, result.diagnostics),
                                           strict=True):
            entries.append({"path": key, "code": diagnostic.code, "line": diagnostic.span.line,
                            "message": diagnostic.message, "content": fingerprint.content,
                            "context": fingerprint.context})
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
    dropped = 0
    for result in run.results:
        entries = baseline.get(_key(result.path, baseline_path))
        if not entries or not result.diagnostics:
            continue
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
        dropped += len(suppressed)
        result.diagnostics = [d for position, d in enumerate(result.diagnostics)
                              if position not in suppressed]
    return dropped
