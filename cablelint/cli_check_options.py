"""The ``cablelint check`` command line: its flags, their values, and the part of
the configuration they override.

Why its own module: the flag declarations and their value parsers are a long,
declarative list that changes for other reasons than how a run is driven
(:mod:`cablelint.cli_check`); the parser is built from here for every command,
the run's wiring only for ``check``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def _selectors(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _per_file_ignore(value: str) -> tuple[str, list[str]]:
    pattern, separator, codes = value.rpartition(":")
    if not separator or not pattern or not _selectors(codes):
        raise argparse.ArgumentTypeError(f"expected GLOB:CODES (e.g. 'drafts/*:CL2'), "
                                         f"got {value!r}")
    return pattern, _selectors(codes)


def add_check_arguments(check: argparse.ArgumentParser) -> None:
    from cablelint.reports import FORMATS

    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files and directories (default: .); directories are searched "
                            "for *.txt and *.cable (configurable with 'include'); "
                            "'-' reads stdin")
    rules = check.add_argument_group("rule selection (override the configuration)")
    rules.add_argument("--select", type=_selectors, metavar="RULES",
                       help="comma-separated codes, prefixes (CL2), names or families to "
                            "run instead of the default set")
    rules.add_argument("--extend-select", type=_selectors, default=[], metavar="RULES",
                       help="rules to run in addition (e.g. rules that are off by default)")
    rules.add_argument("--ignore", type=_selectors, default=[], metavar="RULES",
                       help="rules not to run")
    rules.add_argument("--per-file-ignores", type=_per_file_ignore, action="append",
                       default=[], metavar="GLOB:RULES",
                       help="rules not to run on files matching GLOB (repeatable)")
    config = check.add_argument_group("configuration")
    config.add_argument("--config", metavar="FILE",
                        help="use this configuration file (pyproject.toml, cablelint.toml) "
                             "for every file instead of discovering one")
    config.add_argument("--isolated", action="store_true",
                        help="ignore all configuration files")
    config.add_argument("--extend-exclude", type=_selectors, default=[], metavar="GLOBS",
                        help="comma-separated globs of files and directories to skip too")
    config.add_argument("--force-exclude", action=argparse.BooleanOptionalAction,
                        default=None,
                        help="skip excluded files even when named on the command line "
                             "(for pre-commit)")
    config.add_argument("--metadata", metavar="FILE",
                        help="metadata.jsonl with id, created and classification per cable "
                             "(enables CL403, and dates cables that have no DTG)")
    config.add_argument("--extend-vocabulary", metavar="FILE",
                        help='JSON file extending the vocabularies under rules/, e.g. '
                             '{"tags": {"extra": ["ZZTOP"]}}: lists are extended, mappings '
                             "updated; the result is checked against the vocabulary's schema")
    output = check.add_argument_group("output")
    output.add_argument("--output-format", choices=sorted(FORMATS),
                        default=os.environ.get("CABLELINT_OUTPUT_FORMAT") or "text",
                        help="report format (default: text; or $CABLELINT_OUTPUT_FORMAT)")
    output.add_argument("--output-file", "-o", metavar="PATH",
                        help="write the report to PATH instead of stdout")
    output.add_argument("--show-source", action=argparse.BooleanOptionalAction, default=False,
                        help="show the flagged line with a caret span (text format)")
    output.add_argument("--statistics", action="store_true",
                        help="print how often each rule fired instead of the findings")
    output.add_argument("--quiet", "-q", action="store_true",
                        help="print findings only: no summary, no progress bar")
    output.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text output (auto: on a terminal unless NO_COLOR "
                             "is set)")
    output.add_argument("--stdin-filename", metavar="PATH",
                        help="path to report for input read from stdin; it also selects "
                             "the configuration and per-file ignores")
    fixes = check.add_argument_group("fixes")
    fixes.add_argument("--fix", action=argparse.BooleanOptionalAction, default=False,
                       help="apply safe fixes and write the files (atomically); report what "
                            "is left")
    fixes.add_argument("--unsafe-fixes", action=argparse.BooleanOptionalAction, default=False,
                       help="also apply fixes that may change meaning (with --fix, --diff)")
    fixes.add_argument("--diff", action="store_true",
                       help="print a unified diff of what --fix would change and write "
                            "nothing; exit 1 when something would change")
    fixes.add_argument("--fix-only", action="store_true",
                       help="apply fixes without reporting the remaining findings; exit 0 "
                            "unless a file could not be read or written")
    fixes.add_argument("--show-fixes", action="store_true",
                       help="list the fixes applied, per file and rule (on stderr)")
    fixes.add_argument("--fix-read-only", action="store_true",
                       help="also fix files without write permission (chmod a-w), which "
                            "--fix leaves alone by default")
    fixes.add_argument("--allow-parse-errors", action="store_true",
                       help="also fix files with structural parse errors (CL001), which "
                            "are left alone by default")
    check.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                       help="check files in N worker processes (default: the cores "
                            "available; 1: in this process). Output is the same for any N. "
                            "Runs of few files, stdin, --fix and --diff are checked in "
                            "this process")
    cache = check.add_argument_group("result cache")
    cache.add_argument("--no-cache", action="store_true",
                       help="check every file afresh and store nothing (default: findings of "
                            "unchanged files come from the project's result cache)")
    cache.add_argument("--cache-dir", metavar="DIR",
                       help="keep the result cache under DIR (default: $CABLELINT_CACHE_DIR, "
                            "else the platform's user cache directory)")
    check.add_argument("--timeout-per-file", type=_seconds, metavar="SECONDS",
                       help="stop a rule still running after SECONDS on one file, with a "
                            "CL000 naming it (default: 10; 0: no limit)")
    exits = check.add_argument_group("exit status and adoption")
    exits.add_argument("--fail-level", choices=("error", "warning", "info"),
                       help="lowest severity that makes the exit code 1 (default: warning)")
    exits.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when there are findings (2 still means an error)")
    exits.add_argument("--baseline", metavar="FILE",
                       help="report only findings not recorded in FILE (see "
                            "--write-baseline)")
    exits.add_argument("--write-baseline", action="store_true",
                       help="record the current findings in the --baseline FILE and exit 0")


def _jobs(text: str) -> int:
    """A ``--jobs`` value: a whole number, 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes (1 or more), "
                                         f"got {text!r}")
    return value


def _seconds(text: str) -> float:
    """A ``--timeout-per-file`` value: a number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds (0 or more), got {text!r}")
    return value


def command_line_overrides(arguments: argparse.Namespace):
    """The command line's part of the configuration (raises ConfigError)."""
    from cablelint.config import ConfigError, Overrides
    from cablelint.config.metadata import load_metadata
    from cablelint.vocabulary import validate_extensions

    metadata = None
    if arguments.metadata:
        try:
            metadata = load_metadata(arguments.metadata)
        except (OSError, ValueError) as error:
            raise ConfigError(f"cannot use --metadata: {error}") from error
    vocabulary = {}
    if arguments.extend_vocabulary:
        import json

        try:
            data = json.loads(Path(arguments.extend_vocabulary).read_text(encoding="utf-8"))
            vocabulary = validate_extensions(data, arguments.extend_vocabulary)
        except (OSError, ValueError) as error:
            raise ConfigError(f"cannot use --extend-vocabulary: {error}") from error
    per_file: dict[str, tuple[str, ...]] = {}
    for pattern, selectors in arguments.per_file_ignores:
        per_file[pattern] = (*per_file.get(pattern, ()), *selectors)
    return Overrides(
        select=tuple(arguments.select) if arguments.select is not None else None,
        extend_select=tuple(arguments.extend_select), ignore=tuple(arguments.ignore),
        per_file_ignores=per_file, metadata=metadata, vocabulary=vocabulary,
        fail_level=arguments.fail_level, timeout_per_file=arguments.timeout_per_file,
        extend_exclude=tuple(arguments.extend_exclude),
        force_exclude=arguments.force_exclude)
