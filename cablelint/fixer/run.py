"""``check --fix`` / ``--diff`` over many files: read, fix, write or diff, report.

Why apart from :func:`cablelint.check.check_paths`: fixing needs the file's
bytes (to notice a change on disk before writing) and produces more than
findings -- what was fixed, diffs, files left alone and why.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from cablelint.check import CheckRun, FileError
from cablelint.config import ConfigResolver
from cablelint.fixer.diff import unified_diff
from cablelint.fixer.loop import FixOutcome, fix_source
from cablelint.fixer.writer import WriteSkipped, digest, encode, write_atomically
from cablelint.source import BinaryFileError, SourceText

Mode = Literal["write", "diff", "stdout"]


@dataclass
class FixRun:
    """The findings left after fixing, plus what was done to each file."""

    run: CheckRun = field(default_factory=CheckRun)
    outcomes: list[FixOutcome] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # files not fixed or not converged
    fixed_stdin: str | None = None  # the fixed text of '-' (printed instead of written)

    @property
    def changed_files(self) -> int:
        return sum(outcome.changed for outcome in self.outcomes)


def fix_paths(files: Iterable[str], resolver: ConfigResolver, *, mode: Mode,
              unsafe: bool = False, allow_parse_errors: bool = False,
              stdin_filename: str | None = None,
              progress: Callable[[str], None] | None = None) -> FixRun:
    fixes = FixRun()
    for path in files:
        if path != "-":
            path = os.path.normpath(path)  # "./a.txt" -> "a.txt", as in check_paths
        if progress is not None:
            progress(path)
        display = (stdin_filename or "<stdin>") if path == "-" else path
        try:
            data = sys.stdin.buffer.read() if path == "-" else _read(path)
            source = SourceText.from_bytes(data, display)
        except BinaryFileError as error:
            fixes.run.errors.append(FileError(display, str(error)))
            continue
        except OSError as error:
            fixes.run.errors.append(FileError(display, f"{display}: cannot read: "
                                                       f"{error.strerror or error}"))
            continue
        plan = resolver.plan_for(stdin_filename if path == "-" and stdin_filename else path)
        outcome = fix_source(source, plan, unsafe=unsafe, allow_parse_errors=allow_parse_errors)
        if outcome.skipped_reason:
            fixes.notes.append(f"{display}: {outcome.skipped_reason}")
        if not outcome.converged:
            fixes.notes.append(f"{display}: fixes did not converge after {outcome.passes} "
                               f"passes (rules involved: {', '.join(outcome.cycling)}); "
                               "the file is left as the last pass made it")
        if path == "-":
            fixes.fixed_stdin = outcome.text
        elif outcome.changed:
            if mode == "diff":
                fixes.diffs.append(unified_diff(source.text, outcome.text, display))
            elif not _write(path, data, outcome, fixes):
                continue
        fixes.outcomes.append(outcome)
        fixes.run.results.append(outcome.result)
    return fixes


def _read(path: str) -> bytes:
    with open(path, "rb") as stream:
        return stream.read()


def _write(path: str, original: bytes, outcome: FixOutcome, fixes: FixRun) -> bool:
    """Write the fixed text; on failure keep the file and report the original findings."""
    try:
        data = encode(outcome.text, outcome.original.encoding, outcome.original.bom)
        write_atomically(path, data, digest(original))
    except WriteSkipped as error:
        fixes.run.errors.append(FileError(path, f"{path}: not fixed: {error}"))
        return False
    return True
