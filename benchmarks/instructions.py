"""Instructions executed by a parse + check pass over a corpus (callgrind).

Why: wall-clock time on a shared 2-core machine swings by 30% within minutes,
so two versions are compared by the work they do instead.  This runs the
program under ``valgrind --tool=callgrind`` three times: with the set-up alone
(imports, tables, rule instances, one warm-up cable), with one pass over the
corpus, and with two.  It prints two figures in millions of instructions:

* **steady**: the second pass (two passes less one), the work per pass once
  the process is warm.  This is what ``check_corpus.py`` times (the best of
  several rounds after a warm-up) and what a run over an archive pays per
  cable; compare versions by it.
* **first**: the first pass (one pass less the set-up).  It also holds the
  one-time work a run does on its first cables (patterns compiled and
  vocabularies loaded on first use), which start-up measures belong to.

The cyclic garbage collector is held off per cable, as the product does
(``check.lint_source``): otherwise when it runs depends on what the set-up
imported, and a version that imports less can show a first pass below its
steady one.  Compare versions by running it on each (e.g. ``git worktree add /tmp/old REV``
and ``PYTHONPATH=/tmp/old``), with ``PYTHONHASHSEED=0`` and bytecode compiled.

Usage: python benchmarks/instructions.py [--corpus DIR]   (needs valgrind)
"""

from __future__ import annotations

import argparse
import gc
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikileaks-dev"


def measured(corpus: str, passes: int) -> None:
    """The measured program: set up, then parse and check every cable ``passes`` times."""
    from cablelint.engine import run_rules, select_rules
    from cablelint.parser import parse_source
    from cablelint.rules.base import Settings
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    blobs = [path.read_bytes() for path in sorted(Path(corpus).glob("*.txt"))]
    rules = [rule() for rule in select_rules(all_rules()[0])]
    settings = Settings()
    source = SourceText.from_bytes(blobs[0])
    run_rules(parse_source(source), source, rules, settings)  # warm-up: lazy set-up
    for _ in range(passes):
        for blob in blobs:
            # the cyclic collector held off per cable, as ``check.lint_source`` does:
            # when it runs depends on what the set-up imported, and its walks over the
            # heap (a few M per pass) would move the figure between versions that do
            # the same work per cable
            gc.disable()
            try:
                source = SourceText.from_bytes(blob)
                run_rules(parse_source(source), source, rules, settings)
            finally:
                gc.enable()


def _count(corpus: Path, passes: int) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
             sys.executable, __file__, "--run", str(corpus), "--passes", str(passes)],
            check=True, capture_output=True)
        summary = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.M)
        assert summary, "no total in the callgrind output"
        return int(summary.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, default=0, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.run:
        measured(arguments.run, arguments.passes)
        return
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    if not arguments.corpus.is_dir():
        sys.exit(f"corpus not found: {arguments.corpus}")
    setup, one, two = (_count(arguments.corpus, passes) for passes in (0, 1, 2))
    print(f"{(two - one) / 1e6:,.1f} M instructions per steady pass over "
          f"{arguments.corpus.name} (first pass {(one - setup) / 1e6:,.1f} M, "
          f"set-up {setup / 1e6:,.1f} M)")


if __name__ == "__main__":
    main()
