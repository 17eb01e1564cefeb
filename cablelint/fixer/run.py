"""``check --fix`` / ``--diff`` over many files: read, fix, write or diff, report.

Files are read as :func:`cablelint.check.check_paths` reads them
(:func:`cablelint.check.read_inputs`); fixing produces more than findings --
what was fixed, diffs, files left alone and why.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from cablelint.check import CheckRun, FileError, read_inputs
from cablelint.config import ConfigResolver
from cablelint.fixer.diff import unified_diff
from cablelint.fixer.loop import FixOutcome, fix_source
from cablelint.fixer.writer import (
    WriteSkipped,
    digest,
    encode,
    is_read_only,
    sweep_stale,
    write_atomically,
)

Mode = Literal["write", "diff"]


@dataclass
class FixRun:
    """The findings left after fixing, plus what was done to each file."""

    run: CheckRun = field(default_factory=CheckRun)
    outcomes: list[FixOutcome] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # files not fixed or not converged
    #: the fixed bytes of '-' in its own encoding and BOM (printed instead of written)
    fixed_stdin: bytes | None = None
    swept: set[str] = field(default_factory=set)  # directories cleared of stale temp files

    @property
    def changed_files(self) -> int:
        return sum(outcome.changed for outcome in self.outcomes)


def fix_paths(files: Iterable[str], resolver: ConfigResolver, *, mode: Mode,
              unsafe: bool = False, allow_parse_errors: bool = False,
              stdin_filename: str | None = None,
              progress: Callable[[str], None] | None = None,
              fix_read_only: bool = False) -> FixRun:
    """Fix ``files``; a read-only file is left alone (with a note) unless
    ``fix_read_only``: its mode says nobody meant it to change."""
    fixes = FixRun()
    for item in read_inputs(files, resolver, fixes.run.errors, stdin_filename, progress):
        display = item.source.path
        outcome = fix_source(item.source, item.plan, unsafe=unsafe,
                             allow_parse_errors=allow_parse_errors)
        if outcome.skipped_reason:
            fixes.notes.append(f"{display}: {outcome.skipped_reason}")
        if not outcome.converged:
            # rules that undo each other: no pass can be trusted to be the intended
            # text, so nothing is written (or shown as a diff)
            passes = f"{outcome.passes} pass" + ("" if outcome.passes == 1 else "es")
            fixes.notes.append(f"{display}: fixes did not converge after {passes} "
                               f"(rules involved: {', '.join(outcome.cycling)}); "
                               "the file is left unchanged")
            outcome = outcome.unchanged()
        if mode == "diff":
            if outcome.changed:
                fixes.diffs.append(unified_diff(item.source.text, outcome.text, display))
        elif item.path == "-":
            fixes.fixed_stdin = _stdin_bytes(item.data, outcome, fixes)
        elif outcome.changed and not fix_read_only and is_read_only(item.path):
            fixes.notes.append(f"{display}: not fixed: the file is read-only; use "
                               "--fix-read-only to fix it anyway")
            outcome = outcome.unchanged()
        elif outcome.changed and not _write(item.path, item.data, outcome, fixes):
            continue
        fixes.outcomes.append(outcome)
        fixes.run.results.append(outcome.result)
    return fixes


def _stdin_bytes(original: bytes, outcome: FixOutcome, fixes: FixRun) -> bytes:
    """The fixed text of stdin as bytes in its own encoding and BOM (a cp1252 text stays
    cp1252); the input unchanged when a fix needs a character that encoding lacks."""
    if not outcome.changed:
        return original
    try:
        return encode(outcome.text, outcome.original.encoding, outcome.original.bom)
    except WriteSkipped as error:
        fixes.notes.append(f"{outcome.original.path}: not fixed: {error}")
        return original


def _write(path: str, original: bytes, outcome: FixOutcome, fixes: FixRun) -> bool:
    """Write the fixed text; on failure keep the file and report the original findings."""
    directory = os.path.dirname(os.path.abspath(path))
    if directory not in fixes.swept:
        fixes.swept.add(directory)
        sweep_stale(directory)
    try:
        data = encode(outcome.text, outcome.original.encoding, outcome.original.bom)
        write_atomically(path, data, digest(original))
    except WriteSkipped as error:
        fixes.run.errors.append(FileError(path, f"{path}: not fixed: {error}"))
        return False
    return True
