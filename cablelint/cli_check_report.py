"""``check``'s output: where the report goes, in which format and colour, and the
summaries of ``--fix``, ``--diff`` and ``--show-fixes``.

Why its own module: what is printed, and where, changes for other reasons than
how the run is driven (:mod:`cablelint.cli_check`); a failed write is reported
here, with the exit code :mod:`cablelint.cli_exit` gives it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cablelint.cli_check_baseline import apply_baseline
from cablelint.cli_exit import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, output_failed

if TYPE_CHECKING:
    from cablelint.rules.base import Rule


def open_sink(arguments: argparse.Namespace, known: dict[str, type[Rule]]):
    """Where the report goes (a :class:`ReportSink`), or None after saying why
    ``--output-file`` cannot be opened."""
    from cablelint.report_sink import ReportSink

    if arguments.output_file:
        stream = _open_output(arguments.output_file)
        if stream is None:
            return None
        where = f"--output-file {arguments.output_file}"
    else:
        stream, where = sys.stdout, "stdout"
    context = _context(arguments, known, stream)
    name = "statistics" if arguments.statistics else arguments.output_format
    return ReportSink(name, context, stream, where, owned=bool(arguments.output_file),
                      failed=output_failed)


def report_run(arguments: argparse.Namespace, run, fix_run, rules: Sequence[type[Rule]],
               resolver) -> int | None:
    """Print what the run found and did; an exit code when that decides it, else None.

    Raises ``OSError`` (``BrokenPipeError`` among them) when stdout cannot be
    written; a failing ``--output-file`` is reported here (exit 2).
    """
    if fix_run is not None:
        for note in fix_run.notes:
            print(f"cablelint: {note}", file=sys.stderr)
        if arguments.diff:
            return _report_diff(arguments, fix_run)
        if fix_run.fixed_stdin is not None:  # like ruff: fixed text on stdout, report on stderr
            sys.stdout.flush()
            sys.stdout.buffer.write(fix_run.fixed_stdin)
            sys.stdout.buffer.flush()

    if arguments.baseline:
        outcome = apply_baseline(arguments, run)
        if outcome is not None:
            return outcome

    known = {rule.code: rule for rule in rules}
    if not arguments.fix_only:
        default = sys.stderr if fix_run is not None and fix_run.fixed_stdin is not None \
            else sys.stdout
        if arguments.output_file:
            stream = _open_output(arguments.output_file)
            if stream is None:
                return EXIT_ERROR
            try:
                with stream:
                    _write(arguments, run, known, stream)
            except OSError as error:
                return output_failed(f"--output-file {arguments.output_file}", error)
        else:
            _write(arguments, run, known, default)
            default.flush()  # a full disk or a closed pipe shows here, not at exit
    if fix_run is not None:
        _report_fixes(arguments, fix_run, known)
    for error in run.errors:
        print(f"cablelint: {error}", file=sys.stderr)
    if not run.results and not run.errors and not arguments.quiet:
        include = resolver.configuration_for(".").options.include
        print(f"cablelint: no cable files found (looked for {' and '.join(include)})",
              file=sys.stderr)
    return None


def _report_diff(arguments: argparse.Namespace, fix_run) -> int:
    """``--diff``: the diffs on stdout; exit 1 when a file would change."""
    sys.stdout.write("".join(fix_run.diffs))
    changed = fix_run.changed_files
    if not arguments.quiet:
        fixes = sum(sum(outcome.fixed.values()) for outcome in fix_run.outcomes)
        print(f"cablelint: {fixes} fix{'es' * (fixes != 1)} would change {changed} "
              f"file{'s' * (changed != 1)}", file=sys.stderr)
    for error in fix_run.run.errors:
        print(f"cablelint: {error}", file=sys.stderr)
    if fix_run.run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if changed else EXIT_OK


def _report_fixes(arguments: argparse.Namespace, fix_run, known: dict[str, type[Rule]]) -> None:
    """A one-line summary of what --fix did; with --show-fixes, the fixes per file."""
    fixes = sum(sum(outcome.fixed.values()) for outcome in fix_run.outcomes)
    changed = fix_run.changed_files
    if arguments.show_fixes and fixes:
        print(f"Fixed {fixes} finding{'s' * (fixes != 1)}:", file=sys.stderr)
        for outcome in fix_run.outcomes:
            if not outcome.fixed:
                continue
            print(f"- {outcome.result.path}:", file=sys.stderr)
            for code, count in sorted(outcome.fixed.items()):
                name = known[code].name if code in known else ""
                print(f"    {count:>3} × {code} ({name})", file=sys.stderr)
    if not arguments.quiet:
        remaining = sum(len(result.diagnostics) for result in fix_run.run.results)
        print(f"cablelint: fixed {fixes} finding{'s' * (fixes != 1)} in {changed} "
              f"file{'s' * (changed != 1)}; {remaining} remaining", file=sys.stderr)


def _open_output(path: str) -> TextIO | None:
    """The ``--output-file`` stream, or None after saying why it cannot be opened (the
    report goes to stdout otherwise, or to stderr when stdout carries the fixed text
    of ``check --fix -``)."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as error:
        print(f"cablelint: cannot write --output-file {path}: {error.strerror or error}",
              file=sys.stderr)
        return None


def _context(arguments: argparse.Namespace, known: dict[str, type[Rule]], stream: TextIO):
    from cablelint.reports import ReportContext

    return ReportContext(known, show_source=arguments.show_source,
                         color=use_color(arguments.color, stream),
                         quiet=arguments.quiet, unsafe_fixes=arguments.unsafe_fixes)


def _write(arguments: argparse.Namespace, run, known: dict[str, type[Rule]],
           stream: TextIO) -> None:
    from cablelint.reports import write_report

    write_report("statistics" if arguments.statistics else arguments.output_format,
                 run, _context(arguments, known, stream), stream)


def use_color(choice: str, stream: TextIO) -> bool:
    """``always``/``never`` as given; ``auto``: a terminal, and NO_COLOR unset or empty."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
