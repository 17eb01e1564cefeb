"""Command-line interface: ``cablelint parse`` and ``cablelint schema``.

Exit codes (stable, documented in the README):

* 0 -- every input was read and parsed without an error-level diagnostic;
* 1 -- at least one input parsed with an error-level diagnostic (CL001);
* 2 -- usage error, or an input could not be read (missing, binary, ...).
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

    schema = commands.add_parser("schema", help="print a JSON Schema shipped with cablelint")
    schema.add_argument("name", choices=("document",),
                        help="document: output of 'parse --format json'")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_argument_parser()
    arguments = parser.parse_args(argv)
    try:
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
