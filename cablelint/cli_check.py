"""``cablelint check``: how its command-line flags drive a run.

Why its own module: the check command ties together configuration, the run,
the baseline, the report formats and the exit code; keeping that wiring here
leaves :mod:`cablelint.cli` a thin dispatcher.  The flags are declared in
:mod:`cablelint.cli_check_options`, the baseline handled in
:mod:`cablelint.cli_check_baseline`, the report written by
:mod:`cablelint.cli_check_report`, the exit codes in :mod:`cablelint.cli_exit`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cablelint.cli_check_baseline import finish_baseline, open_baseline
from cablelint.cli_check_options import command_line_overrides
from cablelint.cli_check_report import open_sink, report_run
from cablelint.cli_exit import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    output_failed,
    silence_stdout,
    usage,
)

if TYPE_CHECKING:
    from cablelint.rules.base import Rule


def run_check(arguments: argparse.Namespace, rules: Sequence[type[Rule]]) -> int:
    """Run ``cablelint check``; returns the exit code."""
    from cablelint.check import FileError, check_paths, exit_code
    from cablelint.config import ConfigError, ConfigResolver
    from cablelint.discovery import Skipped
    from cablelint.engine import SelectionError
    from cablelint.inputs import read_input
    from cablelint.reports import FORMATS

    if arguments.write_baseline and not arguments.baseline:
        return usage("--write-baseline needs --baseline FILE")
    if arguments.output_format not in FORMATS:  # only $CABLELINT_OUTPUT_FORMAT gets here
        return usage(f"CABLELINT_OUTPUT_FORMAT={arguments.output_format} is not a report "
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
                    return output_failed("stdout", error)
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
        return usage(str(error))
    for passed in skipped:
        if passed.error:
            run.errors.append(FileError(passed.path, passed.message))
        else:
            print(f"cablelint: {passed.message}", file=sys.stderr)
    try:
        outcome = report_run(arguments, run, fix_run, rules, resolver)
    except BrokenPipeError:  # "cablelint check | head -1": the reader has what it wants
        silence_stdout()
        outcome = None
    except OSError as error:
        return output_failed("stdout", error)
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

    baseline = open_baseline(arguments)
    if isinstance(baseline, int):
        return baseline
    known = {rule.code: rule for rule in rules}
    sink = None
    if not arguments.write_baseline:
        sink = open_sink(arguments, known)
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
        return finish_baseline(arguments, baseline, errors)
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


def _stdin_excluded(resolver, stdin_filename: str | None) -> bool:
    """``--force-exclude`` applies to stdin's ``--stdin-filename`` as to a named file
    (editors and pre-commit pass every file they have; the config decides)."""
    if not stdin_filename:
        return False
    file_filter = resolver.file_filter(os.path.dirname(stdin_filename) or ".")
    return file_filter.force_exclude and file_filter.excludes_with_parents(stdin_filename)


def _progress(arguments: argparse.Namespace, total: int, report_on_terminal: bool = False):
    """The progress bar on stderr; not when the report streams to the terminal too
    (its lines show the progress, and would be torn by the bar)."""
    from cablelint.progress import progress_bar

    enabled = (not arguments.quiet and total >= 2 and sys.stderr.isatty()
               and not report_on_terminal)
    return progress_bar(total, enabled)
