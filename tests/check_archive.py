"""A small archive to check, and a plugin rule that kills the worker checking a
cable (the streaming and ``--jobs`` tests).

The rule acts only in a worker process (one with a multiprocessing parent), so
a run in the test process itself is never hurt.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
from pathlib import Path

from cable_snippets import cable
from cli_helpers import REPO

from cablelint.rules.base import Rule

EXAMPLES = REPO / "examples"


def make_archive(tmp_path: Path) -> Path:
    """The examples, a few synthetic cables, and a file that cannot be read (binary)."""
    root = tmp_path / "archive"
    shutil.copytree(EXAMPLES, root)
    for number in range(5):
        (root / f"zenda-{number}.txt").write_text(
            cable("TAGS: PREL ZZ", f"SUBJECT: RASSENDYLL VISIT {number}"), encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01binary")
    return root

#: A cable containing this is fatal to the worker that checks it.
FATAL = "ZENDA HALTS THE PRESSES"


class KillsItsWorker(Rule):
    """Kills the worker process that checks a cable naming FATAL.

    Why: test. Source: test. Bad: any cable. Good: none. Fix: none.
    """

    code, name = "CL979", "kills-its-worker"
    summary = "kills its worker"

    def check(self, context):
        if FATAL in context.text and multiprocessing.parent_process() is not None:
            os.kill(os.getpid(), signal.SIGKILL)
        return iter(())
