"""How the command line ends: its exit codes, and the one-line message on stderr
when it cannot go on.

Why its own module: every command and the check run's parts (options, baseline,
report, the report sink) end the same way; one home for the codes and for
quieting stdout after a failed write keeps them from drifting apart.
"""

from __future__ import annotations

import os
import sys

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def output_failed(where: str, error: OSError) -> int:
    """One line for an output that cannot be written (a full disk, say); exit 2."""
    silence_stdout()
    return usage(f"cannot write {where}: {error.strerror or error}")


def silence_stdout() -> None:
    """Point stdout at the null device: what is left in its buffer would fail again
    when Python flushes it at exit, with a second message."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests capture it)
        pass


def usage(message: str) -> int:
    """One line on stderr saying what is wrong; exit 2."""
    print(f"cablelint: {message}", file=sys.stderr)
    return EXIT_ERROR
