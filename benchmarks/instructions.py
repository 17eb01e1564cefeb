"""Instructions executed by one parse + check pass over a corpus (callgrind).

Why: wall-clock time on a shared 2-core machine swings by 30% within minutes,
so two versions are compared by the work they do instead.  This runs the pass
under ``valgrind --tool=callgrind`` twice, once with the work and once with the
set-up alone (imports, tables, rule instances, one warm-up cable), and prints
the difference in millions of instructions.  Compare versions by running it on
each (e.g. ``git worktree add /tmp/old REV`` and ``PYTHONPATH=/tmp/old``).

Usage: python benchmarks/instructions.py [--corpus DIR]   (needs valgrind)
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikileaks-dev"


def one_pass(corpus: str, work: bool) -> None:
    """The measured program: set up, then (with ``work``) parse and check every cable."""
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
    if work:
        for blob in blobs:
            source = SourceText.from_bytes(blob)
            run_rules(parse_source(source), source, rules, settings)


def _count(corpus: Path, work: bool) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
             sys.executable, __file__, "--run", str(corpus), *(["--work"] if work else [])],
            check=True, capture_output=True)
        summary = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.M)
        assert summary, "no total in the callgrind output"
        return int(summary.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--work", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.run:
        one_pass(arguments.run, arguments.work)
        return
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    if not arguments.corpus.is_dir():
        sys.exit(f"corpus not found: {arguments.corpus}")
    total = _count(arguments.corpus, True)
    setup = _count(arguments.corpus, False)
    print(f"{(total - setup) / 1e6:,.1f} M instructions per pass over "
          f"{arguments.corpus.name} ({total / 1e6:,.1f} M total, {setup / 1e6:,.1f} M set-up)")


if __name__ == "__main__":
    main()
