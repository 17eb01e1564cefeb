"""``cablelint check``: read, parse and lint files into a :class:`CheckRun`.

Why separate from the reports: every output format (text, JSON, SARIF ...),
the baseline and the fixer work on the same run; this module only produces it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cablelint.config import ConfigResolver, FilePlan
from cablelint.diagnostics import Diagnostic
from cablelint.engine import run_rules
from cablelint.gc_pause import collection_paused
from cablelint.inputs import InputError, read_input
from cablelint.model import Document
from cablelint.parser import parse_source
from cablelint.source import BinaryFileError, SourceText

if TYPE_CHECKING:
    from cablelint.result_cache import ResultCache

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
INTERNAL_ERROR = "CL000"


@dataclass
class FileResult:
    """One linted file: its findings, and the text and model they refer to."""

    path: str
    diagnostics: list[Diagnostic]
    source: SourceText | None = None
    document: Document | None = None
    #: the report's summary of ``document`` when the document itself is not sent
    #: (a worker process returns this instead of the whole model)
    summary: dict[str, Any] | None = None


@dataclass
class FileError:
    """A file that could not be linted (missing, unreadable, binary)."""

    path: str
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass
class CheckRun:
    results: list[FileResult] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)


def lint_source(source: SourceText, plan: FilePlan) -> FileResult:
    """Parse and check one text with the rules, selection and severities of ``plan``."""
    with collection_paused():
        document = parse_source(source)
        findings = run_rules(document, source, plan.rules, plan.settings, plan.timeout)
    codes, severity = plan.codes, plan.severity
    # CL000 (a rule crashed or produced garbage) is never filtered: a selection
    # must not hide that findings are missing
    kept = [d for d in findings if d.code in codes or d.code == INTERNAL_ERROR]
    if severity:
        kept = [d._replace(severity=severity[d.code]) if d.code in severity else d
                for d in kept]
    return FileResult(source.path, kept, source, document)


@dataclass
class InputFile:
    """One file to lint: its bytes as read, their text, and what applies to it."""

    path: str  # as given ("-" for stdin), "./" removed
    data: bytes
    source: SourceText
    plan: FilePlan


def read_inputs(files: Iterable[str], resolver: ConfigResolver, errors: list[FileError],
                stdin_filename: str | None = None,
                progress: Callable[[str], None] | None = None) -> Iterator[InputFile]:
    """Read each file (``-`` is stdin) with its plan; unreadable ones go to ``errors``.

    Shared by checking and fixing, so that both name, read and configure a
    file the same way; the bytes are kept for ``--fix``, which compares them
    with the file on disk before writing.
    """
    for path in files:
        if path != "-":
            path = os.path.normpath(path)  # "./a.txt" -> "a.txt", as users write it
        if progress is not None:
            progress(path)
        display = (stdin_filename or "<stdin>") if path == "-" else path
        try:
            data = read_input(path, display)
            source = SourceText.from_bytes(data, display)
        except (BinaryFileError, InputError) as error:
            errors.append(FileError(display, str(error)))
            continue
        except OSError as error:
            errors.append(FileError(display, f"{display}: cannot read: "
                                             f"{error.strerror or error}"))
            continue
        plan = resolver.plan_for(stdin_filename if path == "-" and stdin_filename else path)
        yield InputFile(path, data, source, plan)


Outcome = FileResult | FileError


def iter_check(files: Iterable[str], resolver: ConfigResolver,
               stdin_filename: str | None = None,
               progress: Callable[[str], None] | None = None,
               cache: ResultCache | None = None) -> Iterator[Outcome]:
    """Lint ``files`` one by one, in order, yielding each file's result or error.

    Why a generator: a report writes each file's part as it arrives, so
    nothing holds a parsed document after its file is reported (memory stays
    flat however many files there are).  With a ``cache``, a file whose entry
    is there is answered from it (findings and document summary, no document)
    and every other file's result is stored.
    """
    errors: list[FileError] = []  # files that failed to read before the next one
    lint = None if cache is None else _cached_lint(cache)
    for item in read_inputs(files, resolver, errors, stdin_filename, progress):
        yield from errors
        errors.clear()
        yield lint_source(item.source, item.plan) if lint is None \
            else lint(item.source, item.plan, item.data)
    yield from errors


def _cached_lint(cache: ResultCache) -> Callable[..., FileResult]:
    """:func:`lint_source` through the result cache (``data``: the file's bytes)."""
    from cablelint.reports.common import document_summary
    from cablelint.result_cache import PlanKeys

    plan_keys = PlanKeys()

    def lint(source: SourceText, plan: FilePlan, data: bytes) -> FileResult:
        key = cache.key(source.path, data, plan_keys.of(plan))
        found = cache.get(key)
        if found is not None:
            return FileResult(source.path, found[0], source, None, found[1])
        result = lint_source(source, plan)
        cache.put(key, result.diagnostics, document_summary(result.document))
        return result

    return lint


def check_paths(files: Iterable[str], resolver: ConfigResolver,
                stdin_filename: str | None = None,
                progress: Callable[[str], None] | None = None) -> CheckRun:
    """Lint ``files`` (as found by :meth:`ConfigResolver.discover`); ``-`` is stdin.

    Keeps every result: for tests and small API uses; the command line streams
    with :func:`iter_check` instead.
    """
    run = CheckRun()
    for outcome in iter_check(files, resolver, stdin_filename, progress):
        if isinstance(outcome, FileError):
            run.errors.append(outcome)
        else:
            run.results.append(outcome)
    return run


@dataclass
class Tally:
    """Running counts that decide the exit code, so no result need be kept."""

    files: int = 0
    errors: int = 0
    worst: int = -1  # highest SEVERITY_RANK of a finding; -1: none

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, FileError):
            self.errors += 1
            return
        self.files += 1
        for diagnostic in outcome.diagnostics:
            rank = SEVERITY_RANK[diagnostic.severity]
            if rank > self.worst:
                self.worst = rank

    def exit_code(self, fail_level: str) -> int:
        if self.errors:
            return 2
        return 1 if self.worst >= SEVERITY_RANK[fail_level] else 0


def exit_code(run: CheckRun, fail_level: str) -> int:
    tally = Tally()
    for outcome in (*run.results, *run.errors):
        tally.add(outcome)
    return tally.exit_code(fail_level)
