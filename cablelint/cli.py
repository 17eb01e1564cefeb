"""Command-line interface: ``check``, ``rules``, ``explain``, ``parse``, ``schema``.

Exit codes (stable, documented in the README):

* 0 -- clean: no finding at or above the fail level (``check``), every input
  parsed without an error-level diagnostic (``parse``);
* 1 -- findings (``check``), or an error-level parse diagnostic (``parse``);
* 2 -- usage error, unknown rule, a plugin that failed to load, or an input
  that could not be read (missing, binary, a directory given to ``parse``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from cablelint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def build_argument_parser() -> argparse.ArgumentParser:
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

    check = commands.add_parser("check", help="lint cable files and directories")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files and directories (default: .); directories are searched "
                            "for *.txt and *.cable; '-' reads stdin")
    check.add_argument("--select", type=_codes, metavar="RULES",
                       help="comma-separated codes, prefixes (CL2), names or families to "
                            "run instead of the default set")
    check.add_argument("--extend-select", type=_codes, default=[], metavar="RULES",
                       help="rules to run in addition (e.g. rules that are off by default)")
    check.add_argument("--ignore", type=_codes, default=[], metavar="RULES",
                       help="rules not to run")
    check.add_argument("--statistics", action="store_true",
                       help="print how often each rule fired instead of the findings")
    check.add_argument("--fail-level", choices=("error", "warning", "info"), default="warning",
                       help="lowest severity that makes the exit code 1 (default: warning)")
    check.add_argument("--metadata", metavar="FILE",
                       help="metadata.jsonl with id, created and classification per cable "
                            "(enables CL403, and dates cables that have no DTG)")
    check.add_argument("--stdin-filename", metavar="PATH",
                       help="path to report for input read from stdin")
    check.add_argument("--extend-vocabulary", metavar="FILE",
                       help='JSON file extending the vocabularies under rules/, e.g. '
                            '{"tags": {"extra": ["ZZTOP"]}}: lists are extended, mappings '
                            "updated; the result is checked against the vocabulary's schema")

    commands.add_parser("rules", help="list every rule: code, name, family, severity, "
                                      "default, fix")
    explain = commands.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule", metavar="CODE|NAME")

    schema = commands.add_parser("schema", help="print a JSON Schema shipped with cablelint")
    schema.add_argument("name", choices=("document",),
                        help="document: output of 'parse --format json'")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_argument_parser()
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "check":
            return _check_command(arguments)
        if arguments.command in ("rules", "explain"):
            return _rules_command(arguments)
        if arguments.command == "parse":
            return _parse_command(arguments)
        if arguments.command == "schema":
            return _schema_command(arguments)
    except BrokenPipeError:  # "cablelint parse ... | head" is fine
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {arguments.command}")
    return EXIT_ERROR


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


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
    from cablelint.check import check_paths, exit_code, load_metadata, print_statistics, print_text
    from cablelint.engine import SelectionError, select_rules
    from cablelint.rules.base import Settings

    rules, problems = _load_rules()
    try:
        chosen = select_rules(rules, arguments.select, arguments.ignore, arguments.extend_select)
    except SelectionError as error:
        print(f"cablelint: {error}", file=sys.stderr)
        return EXIT_ERROR
    metadata = {}
    if arguments.metadata:
        try:
            metadata = load_metadata(arguments.metadata)
        except (OSError, ValueError) as error:
            print(f"cablelint: cannot use --metadata: {error}", file=sys.stderr)
            return EXIT_ERROR
    extensions = {}
    if arguments.extend_vocabulary:
        try:
            extensions = _vocabulary_extensions(arguments.extend_vocabulary)
        except (OSError, ValueError) as error:
            print(f"cablelint: cannot use --extend-vocabulary: {error}", file=sys.stderr)
            return EXIT_ERROR
    run = check_paths(arguments.paths, chosen,
                      Settings(metadata=metadata, vocabulary_extensions=extensions),
                      arguments.stdin_filename)
    if arguments.statistics:
        print_statistics(run, {rule.code: rule for rule in rules}, sys.stdout)
    else:
        print_text(run, sys.stdout)
    for error in run.errors:
        print(f"cablelint: {error}", file=sys.stderr)
    if not run.results and not run.errors:
        print("cablelint: no cable files found (looked for *.txt and *.cable)", file=sys.stderr)
    code = exit_code(run, arguments.fail_level)
    return EXIT_ERROR if problems else code


def _vocabulary_extensions(path: str) -> dict:
    """Read and validate vocabulary extensions now, so a bad file stops the run with
    its reason instead of failing inside every rule (which would report CL000s)."""
    from cablelint.vocabulary import available, load_vocabulary

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected an object mapping vocabulary names to extensions")
    for name, extension in data.items():
        if name not in available():
            raise ValueError(f"{path}: no vocabulary {name!r} (there are: "
                             f"{', '.join(available())})")
        if not isinstance(extension, dict):
            raise ValueError(f"{path}: {name}: expected an object")
        load_vocabulary(name, data)  # raises VocabularyError (a ValueError) with the key path
    return data


def _rules_command(arguments: argparse.Namespace) -> int:
    from cablelint.explain import explanation, find_rule, rules_table

    rules, problems = _load_rules()
    if arguments.command == "rules":
        sys.stdout.write(rules_table(rules))
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
    from cablelint.parser import parse_source
    from cablelint.source import BinaryFileError, SourceText

    documents = []
    errors: list[dict[str, str]] = []
    for name in arguments.files:
        try:
            if name == "-":
                source = SourceText.from_bytes(sys.stdin.buffer.read(),
                                               arguments.stdin_filename or "<stdin>")
            else:
                if Path(name).is_dir():
                    raise IsADirectoryError(f"{name}: is a directory (give cable files)")
                source = SourceText.from_path(name)
        except BinaryFileError as error:
            errors.append({"path": name, "message": str(error)})
            continue
        except OSError as error:
            message = str(error) if isinstance(error, IsADirectoryError) else \
                f"{name}: cannot read: {error.strerror or error}"
            errors.append({"path": name, "message": message})
            continue
        documents.append(parse_source(source))

    if arguments.format == "json":
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
