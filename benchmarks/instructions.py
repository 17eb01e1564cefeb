"""Instructions executed by a parse + check pass over a corpus (callgrind).

Why: wall-clock time on a shared 2-core machine swings by 30% within minutes,
so two versions are compared by the work they do instead.  The program runs
under ``valgrind --tool=callgrind`` with collection switched off, and only
what runs inside one ``functools.reduce`` call over the corpus is counted
(``--toggle-collect=functools_reduce``).  It prints two figures in millions
of instructions:

* **steady**: one pass after a warm-up pass over every cable, the work per
  pass once the process is warm.  This is what ``check_corpus.py`` times (the
  best of several rounds after a warm-up) and what a run over an archive pays
  per cable; compare versions by it.
* **first**: the first pass after one warm-up cable.  It also holds the
  one-time work a run does on its first cables (patterns compiled and
  vocabularies loaded on first use), which start-up measures belong to.

Counting only the pass itself replaces the earlier "two passes less one":
that difference also held whatever the two processes did outside the passes
(the collector's last run, interpreter shutdown), and on the same code it
moved by up to 77 M between pass counts (1,580 M, 1,657 M, 1,580 M for the
second, third and fourth pass of one build) while the counted pass does not
move at all between runs.

The cyclic garbage collector is held off per cable, as the product does
(``check.lint_source``): otherwise when it runs depends on what the set-up
imported.  Compare versions by running this on each (e.g. ``git worktree
add /tmp/old REV`` and ``PYTHONPATH=/tmp/old``), with bytecode compiled; the
hash seed is fixed (``PYTHONHASHSEED=0``) for the measured process.

Usage: python benchmarks/instructions.py [--corpus DIR]   (needs valgrind)
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikileaks-dev"


def measured(corpus: str, warm: bool) -> None:
    """The measured program: set up, warm up, then one pass inside ``functools.reduce``.

    ``warm``: the warm-up is a pass over every cable (the steady figure), else
    one cable (the first-pass figure).
    """
    from cablelint.engine import run_rules, select_rules
    from cablelint.parser import parse_source
    from cablelint.rules.base import Settings
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    blobs = [path.read_bytes() for path in sorted(Path(corpus).glob("*.txt"))]
    rules = [rule() for rule in select_rules(all_rules()[0])]
    settings = Settings()

    def lint(_: None, blob: bytes) -> None:
        # the cyclic collector held off per cable, as ``check.lint_source`` does
        gc.disable()
        try:
            source = SourceText.from_bytes(blob)
            run_rules(parse_source(source), source, rules, settings)
        finally:
            gc.enable()

    for blob in blobs if warm else blobs[:1]:  # lazy set-up (and, warm, the first pass)
        lint(None, blob)
    functools.reduce(lint, blobs, None)  # the counted pass: only this is collected


def _count(corpus: Path, warm: bool) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no",
             "--toggle-collect=functools_reduce", f"--callgrind-out-file={out}",
             sys.executable, __file__, "--run", str(corpus), *(["--warm"] if warm else [])],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        if result.returncode != 0:
            sys.exit(f"the measured run failed:\n{result.stderr[-2000:]}")
        summary = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.M)
        assert summary, "no total in the callgrind output"
        return int(summary.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.run:
        measured(arguments.run, arguments.warm)
        return
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    if not arguments.corpus.is_dir():
        sys.exit(f"corpus not found: {arguments.corpus}")
    steady, first = (_count(arguments.corpus, warm) for warm in (True, False))
    print(f"{steady / 1e6:,.1f} M instructions per steady pass over "
          f"{arguments.corpus.name} (first pass {first / 1e6:,.1f} M)")


if __name__ == "__main__":
    main()
