"""``cablelint check``: read, parse and lint files; print findings; exit code."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from cablelint.diagnostics import Diagnostic
from cablelint.discovery import discover
from cablelint.engine import run_rules
from cablelint.parser import parse_source
from cablelint.rules.base import Rule, Settings
from cablelint.source import BinaryFileError, SourceText

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic]


@dataclass
class CheckRun:
    results: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # files that could not be read


def check_paths(paths: Sequence[str], rules: Sequence[type[Rule]], settings: Settings,
                stdin_filename: str | None = None) -> CheckRun:
    instances = [rule(settings.rule_options.get(rule.code)
                      or settings.rule_options.get(rule.name)) for rule in rules]
    run = CheckRun()
    for path in discover(paths):
        try:
            if path == "-":
                source = SourceText.from_bytes(sys.stdin.buffer.read(),
                                               stdin_filename or "<stdin>")
            else:
                source = SourceText.from_path(path)
        except BinaryFileError as error:
            run.errors.append(f"{error}")
            continue
        except OSError as error:
            run.errors.append(f"{path}: cannot read: {error.strerror or error}")
            continue
        document = parse_source(source)
        run.results.append(FileResult(source.path, run_rules(document, source, instances,
                                                             settings)))
    return run


def print_text(run: CheckRun, stream: TextIO) -> None:
    """``path:line:col: CODE [severity] message``, then a one-line summary."""
    total = fixable = 0
    for result in run.results:
        for d in result.diagnostics:
            mark = " [*]" if d.fix is not None else ""
            stream.write(f"{result.path}:{d.span.line}:{d.span.column}: {d.code}{mark} "
                         f"[{d.severity}] {d.message}\n")
            total += 1
            fixable += d.fix is not None
    if total:
        files = sum(1 for result in run.results if result.diagnostics)
        hint = f" ({fixable} fixable with --fix)" if fixable else ""
        stream.write(f"Found {total} finding{'s' * (total != 1)} in {files} "
                     f"file{'s' * (files != 1)}{hint}.\n")


def print_statistics(run: CheckRun, rules: dict[str, type[Rule]], stream: TextIO) -> None:
    """One line per code: findings, files, fixable mark, name; most frequent first."""
    counts: Counter[str] = Counter()
    files: dict[str, set[str]] = defaultdict(set)
    fixable: set[str] = set()
    for result in run.results:
        for d in result.diagnostics:
            counts[d.code] += 1
            files[d.code].add(result.path)
            if d.fix is not None:
                fixable.add(d.code)
    checked = len(run.results)
    stream.write(f"{'findings':>8}  {'files':>5}  {'%files':>6}  code       name\n")
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        name = rules[code].name if code in rules else ""
        share = 100 * len(files[code]) / checked if checked else 0
        mark = "[*]" if code in fixable else "   "
        stream.write(f"{count:>8}  {len(files[code]):>5}  {share:>5.1f}%  {code} {mark} "
                     f"{name}\n")
    stream.write(f"{sum(counts.values()):>8}  total over {checked} files\n")


def exit_code(run: CheckRun, fail_level: str) -> int:
    if run.errors:
        return 2
    threshold = SEVERITY_RANK[fail_level]
    failing = any(SEVERITY_RANK[d.severity] >= threshold
                  for result in run.results for d in result.diagnostics)
    return 1 if failing else 0


def load_metadata(path: str) -> dict[str, dict[str, str]]:
    """A ``metadata.jsonl`` file: one JSON object per line with at least ``id``."""
    records: dict[str, dict[str, str]] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            records[record["id"]] = record
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a metadata record ({error})") from error
    return records
