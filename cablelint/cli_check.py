"""``cablelint check``: how its command-line flags drive a run.

Why its own module: the check command ties together configuration, the run,
the baseline, the report formats and the exit code; keeping that wiring here
leaves :mod:`cablelint.cli` a thin dispatcher.  The flags themselves are
declared in :mod:`cablelint.cli_check_options`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cablelint.cli_check_options import command_line_overrides

if TYPE_CHECKING:
    from cablelint.rules.base import Rule

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def run_check(arguments: argparse.Namespace, rules: Sequence[type[Rule]]) -> int:
    """Run ``cablelint check``; returns the exit code."""
    from cablelint.check import FileError, check_paths, exit_code
    from cablelint.config import ConfigError, ConfigResolver
    from cablelint.discovery import Skipped
    from cablelint.engine import SelectionError
    from cablelint.inputs import read_input
    from cablelint.reports import FORMATS

    if arguments.write_baseline and not arguments.baseline:
        return _usage("--write-baseline needs --baseline FILE")
    if arguments.output_format not in FORMATS:  # only $CABLELINT_OUTPUT_FORMAT gets here
        return _usage(f"CABLELINT_OUTPUT_FORMAT={arguments.output_format} is not a report "
                      f"format; use one of {', '.join(sorted(FORMATS))}")
    fixing = arguments.fix or arguments.fix_only or arguments.diff
    fix_run = None
    skipped: list[Skipped] = []
    try:
        overrides = command_line_overrides(arguments)
        resolver = ConfigResolver(rules, overrides, config_file=arguments.config,
                                  isolated=arguments.isolated)
        paths = list(resolver.discover(arguments.paths, skipped))
        if "-" in paths and _stdin_excluded(resolver, arguments.stdin_filename):
            paths.remove("-")
            if not paths:
                arguments.quiet = True  # an excluded file is silently passed over
            if fixing:  # a fix filter must hand back what it was given
                try:
                    sys.stdout.buffer.write(read_input("-"))
                    sys.stdout.flush()
                except OSError as error:
                    return _output_failed("stdout", error)
        if not fixing:
            return _stream_check(arguments, rules, resolver, paths, skipped)
        with _progress(arguments, len(paths)) as advance:
            if fixing:
                from cablelint.fixer.run import fix_paths

                fix_run = fix_paths(paths, resolver, mode="diff" if arguments.diff else "write",
                                    unsafe=arguments.unsafe_fixes,
                                    allow_parse_errors=arguments.allow_parse_errors,
                                    stdin_filename=arguments.stdin_filename, progress=advance,
                                    fix_read_only=arguments.fix_read_only)
                run = fix_run.run
            else:
                run = check_paths(paths, resolver, arguments.stdin_filename, advance)
    except (ConfigError, SelectionError) as error:
        return _usage(str(error))
    for passed in skipped:
        if passed.error:
            run.errors.append(FileError(passed.path, passed.message))
        else:
            print(f"cablelint: {passed.message}", file=sys.stderr)
    try:
        outcome = _report(arguments, run, fix_run, rules, resolver)
    except BrokenPipeError:  # "cablelint check | head -1": the reader has what it wants
        silence_stdout()
        outcome = None
    except OSError as error:
        return _output_failed("stdout", error)
    if outcome is not None:
        return outcome
    fail_level = arguments.fail_level or resolver.configuration_for(".").options.fail_level
    code = exit_code(run, fail_level or "warning")
    if (arguments.exit_zero or arguments.fix_only) and code == EXIT_FINDINGS:
        return EXIT_OK
    return code


def _stream_check(arguments: argparse.Namespace, rules: Sequence[type[Rule]], resolver,
                  paths: list[str], skipped) -> int:
    """Check ``paths`` and write the report file by file as results arrive.

    Nothing is kept per file but running counts (the exit code, the summary)
    and, with ``--write-baseline``, the baseline's entries.  Raises
    ``ConfigError``/``SelectionError`` from the configuration of a file.
    """
    from cablelint.check import FileError, Tally
    from cablelint.parallel import WorkerSetup, check_files, default_jobs

    baseline = _open_baseline(arguments)
    if isinstance(baseline, int):
        return baseline
    known = {rule.code: rule for rule in rules}
    sink = None
    if not arguments.write_baseline:
        sink = _open_sink(arguments, known)
        if sink is None:
            return EXIT_ERROR
    tally = Tally()
    errors: list = []
    with sink or contextlib.nullcontext(), \
            _progress(arguments, len(paths), sink is not None and sink.terminal) as advance:
        setup = WorkerSetup(tuple(rules), resolver.overrides, arguments.config,
                            arguments.isolated, arguments.stdin_filename,
                            cache=_result_cache(arguments, rules, resolver))
        jobs = arguments.jobs or default_jobs()
        for outcome in check_files(paths, resolver, setup, jobs, advance):
            if isinstance(outcome, FileError):
                errors.append(outcome)
            elif baseline is not None:
                baseline.add(outcome)
            tally.add(outcome)
            if sink is not None:
                sink.send(outcome)
                if sink.failed is not None:
                    return sink.failed
        for passed in skipped:
            if passed.error:
                error = FileError(passed.path, passed.message)
                errors.append(error)
                tally.add(error)
                if sink is not None:
                    sink.send(error)
            else:
                print(f"cablelint: {passed.message}", file=sys.stderr)
    if baseline is not None and arguments.write_baseline:
        return _finish_baseline(arguments, baseline, errors)
    if sink is None:
        return EXIT_ERROR  # unreachable: only --write-baseline runs without a report
    if sink.failed is not None:
        return sink.failed
    if not sink.broken:
        for error in errors:
            print(f"cablelint: {error}", file=sys.stderr)
        if not tally.files and not errors and not arguments.quiet:
            include = resolver.configuration_for(".").options.include
            print(f"cablelint: no cable files found (looked for {' and '.join(include)})",
                  file=sys.stderr)
    fail_level = arguments.fail_level or resolver.configuration_for(".").options.fail_level
    code = tally.exit_code(fail_level or "warning")
    if arguments.exit_zero and code == EXIT_FINDINGS:
        return EXIT_OK
    return code


def _result_cache(arguments: argparse.Namespace, rules: Sequence[type[Rule]], resolver):
    """The run's result cache, or None with ``--no-cache``."""
    if arguments.no_cache:
        return None
    from cablelint.result_cache import ResultCache, project_directory, run_key

    directory = project_directory(project_root(resolver), _cache_base(arguments))
    return ResultCache(str(directory), run_key(rules))


def project_root(resolver) -> Path:
    """The project whose result cache a run uses: the directory of the configuration
    that applies to the current directory (the current directory without one)."""
    return resolver.configuration_for(".").root


def _cache_base(arguments: argparse.Namespace) -> Path | None:
    return Path(arguments.cache_dir) if getattr(arguments, "cache_dir", None) else None


def _open_baseline(arguments: argparse.Namespace):
    """The baseline filter or recorder of ``--baseline``, None without one, or an exit
    code when the baseline cannot be read."""
    if not arguments.baseline:
        return None
    from cablelint.baseline import BaselineError, BaselineFilter, BaselineRecorder

    path = Path(arguments.baseline)
    if arguments.write_baseline:
        return BaselineRecorder(path)
    try:
        return BaselineFilter(path)
    except BaselineError as error:
        return _usage(str(error))


def _finish_baseline(arguments: argparse.Namespace, recorder, errors: list) -> int:
    """``--write-baseline``: write what was recorded; exit 0, or 2 after an unreadable file."""
    from cablelint.baseline import BaselineError

    try:
        count = recorder.write()
    except BaselineError as error:
        return _usage(str(error))
    if not arguments.quiet:
        print(f"cablelint: recorded {count} finding{'s' * (count != 1)} in {recorder.path}",
              file=sys.stderr)
    for error in errors:
        print(f"cablelint: {error}", file=sys.stderr)
    return EXIT_ERROR if errors else EXIT_OK


def _open_sink(arguments: argparse.Namespace, known: dict[str, type[Rule]]):
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
                      failed=_output_failed)


def _report(arguments: argparse.Namespace, run, fix_run, rules: Sequence[type[Rule]],
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
        outcome = _apply_baseline(arguments, run)
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
                return _output_failed(f"--output-file {arguments.output_file}", error)
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


def _output_failed(where: str, error: OSError) -> int:
    """One line for an output that cannot be written (a full disk, say); exit 2."""
    silence_stdout()
    return _usage(f"cannot write {where}: {error.strerror or error}")


def silence_stdout() -> None:
    """Point stdout at the null device: what is left in its buffer would fail again
    when Python flushes it at exit, with a second message."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests capture it)
        pass


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


def _stdin_excluded(resolver, stdin_filename: str | None) -> bool:
    """``--force-exclude`` applies to stdin's ``--stdin-filename`` as to a named file
    (editors and pre-commit pass every file they have; the config decides)."""
    if not stdin_filename:
        return False
    file_filter = resolver.file_filter(os.path.dirname(stdin_filename) or ".")
    return file_filter.force_exclude and file_filter.excludes_with_parents(stdin_filename)


def _usage(message: str) -> int:
    print(f"cablelint: {message}", file=sys.stderr)
    return EXIT_ERROR



def _apply_baseline(arguments: argparse.Namespace, run) -> int | None:
    """Write the baseline (and stop) or drop the findings it records."""
    from cablelint.baseline import BaselineError, filter_run, read_baseline, write_baseline

    path = Path(arguments.baseline)
    try:
        if arguments.write_baseline:
            count = write_baseline(path, run)
            if not arguments.quiet:
                print(f"cablelint: recorded {count} finding{'s' * (count != 1)} in {path}",
                      file=sys.stderr)
            for error in run.errors:
                print(f"cablelint: {error}", file=sys.stderr)
            return EXIT_ERROR if run.errors else EXIT_OK
        baseline = read_baseline(path)
    except BaselineError as error:
        return _usage(str(error))
    filter_run(run, baseline, path)
    return None


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
                         color=_use_color(arguments.color, stream),
                         quiet=arguments.quiet, unsafe_fixes=arguments.unsafe_fixes)


def _write(arguments: argparse.Namespace, run, known: dict[str, type[Rule]],
           stream: TextIO) -> None:
    from cablelint.reports import write_report

    write_report("statistics" if arguments.statistics else arguments.output_format,
                 run, _context(arguments, known, stream), stream)


def _use_color(choice: str, stream: TextIO) -> bool:
    """``always``/``never`` as given; ``auto``: a terminal, and NO_COLOR unset or empty."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _progress(arguments: argparse.Namespace, total: int, report_on_terminal: bool = False):
    """The progress bar on stderr; not when the report streams to the terminal too
    (its lines show the progress, and would be torn by the bar)."""
    from cablelint.progress import progress_bar

    enabled = (not arguments.quiet and total >= 2 and sys.stderr.isatty()
               and not report_on_terminal)
    return progress_bar(total, enabled)
