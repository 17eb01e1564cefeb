"""Running the command line in-process, as the CLI tests do."""

from __future__ import annotations

from pathlib import Path

from cablelint.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    """``cablelint ARGS``: the exit code, stdout and stderr."""
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
