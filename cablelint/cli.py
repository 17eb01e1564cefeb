"""Command-line interface: ``check``, ``rules``, ``explain``, ``parse``, ``schema``.

Exit codes (stable, documented in the README):

* 0 -- clean: no finding at or above the fail level (``check``), every input
  parsed without an error-level diagnostic (``parse``);
* 1 -- findings (``check``), or an error-level parse diagnostic (``parse``);
* 2 -- usage error, unknown rule, a plugin that failed to load, an input
  that could not be read (missing, binary, UTF-16, a FIFO or device, a
  directory given to ``parse`` or one that cannot be listed, stdin closed),
  invalid baseline or metadata contents, or an output that could not be
  written (report, baseline, fixed file, stdout).  A closed pipe on stdout
  (``| head``) is no error: ``check`` exits as its findings dictate.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cablelint import __version__
from cablelint.cli_exit import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, silence_stdout

if TYPE_CHECKING:
    import argparse


def build_argument_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="cablelint",
        description="Lint US diplomatic cables in the 2010 Cablegate text format.",
    )
    parser.add_argument("--version", action="version", version=f"cablelint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    parse = commands.add_parser("parse", help="parse cables and print their document model")
    parse.add_argument("files", nargs="+", metavar="FILE", help="cable files; '-' reads stdin")
    parse.add_argument("--format", choices=("json", "tree"), default="tree",
                       help="json: the document model (see 'cablelint schema document'); "
                            "tree: an outline with positions (default)")
    parse.add_argument("--stdin-filename", metavar="PATH",
                       help="path to report for input read from stdin")

    from cablelint.cli_check_options import add_check_arguments

    check = commands.add_parser("check", help="lint cable files and directories")
    add_check_arguments(check)

    config = commands.add_parser("config", help="print the effective configuration for a path")
    config.add_argument("path", nargs="?", default=".", metavar="PATH",
                        help="file or directory whose configuration to show (default: .)")
    config.add_argument("--config", metavar="FILE", help="use this configuration file only")
    config.add_argument("--isolated", action="store_true",
                        help="ignore all configuration files")

    rules = commands.add_parser("rules", help="list every rule: code, name, family, severity, "
                                              "default, fix, basis")
    rules.add_argument("--output-format", choices=("text", "json"), default="text",
                       help="text: a table; json: one object per rule (with its summary, "
                            "the basis of its severity and the highest severity it allows)")
    explain = commands.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule", metavar="CODE|NAME")

    server = commands.add_parser("server", help="run the language server (LSP over stdio)")
    server.add_argument("--log-file", metavar="FILE", help="write the server's log here")

    clean = commands.add_parser("clean", help="remove this project's result cache")
    clean.add_argument("--cache-dir", metavar="DIR",
                       help="the cache directory given to 'check --cache-dir'")
    clean.add_argument("--config", metavar="FILE", help="the configuration file given to check")
    clean.add_argument("--isolated", action="store_true",
                       help="as 'check --isolated' (the project is the current directory)")

    schema = commands.add_parser("schema", help="print a JSON Schema shipped with cablelint")
    schema.add_argument("name", choices=("document", "report", "config"),
                        help="document: output of 'parse --format json'; report: output of "
                             "'check --output-format json'; config: the [tool.cablelint] table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # What argparse's version action prints, without building every subcommand's
        # parser (which imports the report formats): ``--version`` must be instant.
        print(f"cablelint {__version__}")
        return EXIT_OK
    parser = build_argument_parser()
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "check":
            return _check_command(arguments)
        if arguments.command in ("rules", "explain"):
            return _rules_command(arguments)
        if arguments.command == "parse":
            return _parse_command(arguments)
        if arguments.command == "config":
            return _config_command(arguments)
        if arguments.command == "schema":
            return _schema_command(arguments)
        if arguments.command == "clean":
            return _clean_command(arguments)
        if arguments.command == "server":
            from cablelint.server import run_server

            return run_server(arguments.log_file)
    except BrokenPipeError:  # "cablelint parse ... | head" is fine
        silence_stdout()
        return EXIT_OK
    except OSError as error:  # reading is handled by each command: this is stdout
        silence_stdout()
        print(f"cablelint: cannot write stdout: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt as error:  # SIGINT; SIGTERM during --fix (Interrupted)
        return 128 + getattr(error, "signum", 2)
    parser.error(f"unknown command {arguments.command}")
    return EXIT_ERROR


def _load_rules():
    """All rules, or exit 2 with the reason (a broken built-in is a bug)."""
    from cablelint.rules.registry import RuleLoadError, all_rules

    try:
        rules, problems = all_rules()
    except RuleLoadError as error:
        print(f"cablelint: internal error: {error}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR) from error
    for problem in problems:
        print(f"cablelint: {problem}", file=sys.stderr)
    return rules, problems


def _check_command(arguments: argparse.Namespace) -> int:
    from cablelint.cli_check import run_check

    rules, problems = _load_rules()
    code = run_check(arguments, rules)
    return EXIT_ERROR if problems else code


def _clean_command(arguments: argparse.Namespace) -> int:
    """Remove the result cache that ``check`` would use here, and say what went."""
    from pathlib import Path

    from cablelint.cli_check import project_root
    from cablelint.config import ConfigError, ConfigResolver
    from cablelint.result_cache import clean, project_directory

    rules, _ = _load_rules()
    try:
        resolver = ConfigResolver(rules, config_file=arguments.config,
                                  isolated=arguments.isolated)
        root = project_root(resolver)
    except ConfigError as error:
        print(f"cablelint: {error}", file=sys.stderr)
        return EXIT_ERROR
    directory = project_directory(root, Path(arguments.cache_dir) if arguments.cache_dir
                                  else None)
    entries, size = clean(directory)
    if entries or size:
        print(f"cablelint: removed {entries} cached result{'s' * (entries != 1)} "
              f"({size:,} bytes) from {directory}")
    else:
        print(f"cablelint: no cached results in {directory}")
    return EXIT_OK


def _config_command(arguments: argparse.Namespace) -> int:
    from cablelint.config import ConfigError, ConfigResolver, effective_text

    rules, _ = _load_rules()
    try:
        resolver = ConfigResolver(rules, config_file=arguments.config,
                                  isolated=arguments.isolated)
        sys.stdout.write(effective_text(resolver, arguments.path))
    except ConfigError as error:
        print(f"cablelint: {error}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK

def _rules_command(arguments: argparse.Namespace) -> int:
    from cablelint.explain import explanation, find_rule, rules_json, rules_table

    rules, problems = _load_rules()
    if arguments.command == "rules":
        table = rules_json if arguments.output_format == "json" else rules_table
        sys.stdout.write(table(rules))
        return EXIT_ERROR if problems else EXIT_OK
    rule = find_rule(rules, arguments.rule)
    if rule is None:
        print(f"cablelint: no rule {arguments.rule!r}; 'cablelint rules' lists them",
              file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(explanation(rule))
    return EXIT_OK


def _schema_command(arguments: argparse.Namespace) -> int:
    from cablelint.schemas import schema_text

    sys.stdout.write(schema_text(arguments.name))
    return EXIT_OK


def _parse_command(arguments: argparse.Namespace) -> int:
    from cablelint.inputs import InputError, read_input
    from cablelint.parser import parse_source
    from cablelint.source import BinaryFileError, SourceText

    documents = []
    errors: list[dict[str, str]] = []
    for name in arguments.files:
        display = (arguments.stdin_filename or "<stdin>") if name == "-" else name
        try:
            if name != "-" and Path(name).is_dir():
                raise IsADirectoryError(f"{name}: is a directory (give cable files)")
            source = SourceText.from_bytes(read_input(name, display), display)
        except (BinaryFileError, InputError) as error:
            errors.append({"path": name, "message": str(error)})
            continue
        except OSError as error:
            message = str(error) if isinstance(error, IsADirectoryError) else \
                f"{name}: cannot read: {error.strerror or error}"
            errors.append({"path": name, "message": message})
            continue
        documents.append(parse_source(source))

    if arguments.format == "json":
        import json

        from cablelint.serialize import parse_report

        json.dump(parse_report(documents, errors), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from cablelint.outline import outline

        for document in documents:
            sys.stdout.write(outline(document))
    for error in errors:
        print(f"cablelint: {error['message']}", file=sys.stderr)
    if errors:
        return EXIT_ERROR
    if any(d.severity == "error" for document in documents for d in document.diagnostics):
        return EXIT_FINDINGS
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
