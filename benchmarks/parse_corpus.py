"""Parser throughput over the development corpus, and one-process latency.

Prints, on one core:
* cables/s and MB/s for bytes -> Document over ../shared/corpus/wikileaks-dev
  (files are read into memory first, so disk speed does not count), best and
  median of several rounds, with the lex / parse / build split;
* the wall time of one ``cablelint parse examples/ottawa-1502.txt`` process
  (median and best of several runs, warm table cache), next to the time of a
  bare ``python -c pass`` on the same machine for context.

Usage: python benchmarks/parse_corpus.py [--rounds N] [--corpus DIR]
Targets (issue #2): >= 1,500 cables/s; one process <= 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikileaks-dev"


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def throughput(corpus: Path, rounds: int) -> None:
    from cablelint.parser import _line_lexer, parse_source
    from cablelint.source import SourceText
    from cablelint.syntax.builder import DocumentBuilder
    from cablelint.syntax.grammar import cable_tables
    from cablelint.syntax.lalr import parse

    blobs = [path.read_bytes() for path in sorted(corpus.glob("*.txt"))]
    megabytes = sum(map(len, blobs)) / 1e6
    parse_source(SourceText.from_bytes(blobs[0]))  # warm up: tables, regexes
    totals, stages = [], []
    lexer, tables = _line_lexer(), cable_tables()
    for _ in range(rounds):
        start = time.perf_counter()
        for blob in blobs:
            parse_source(SourceText.from_bytes(blob))
        totals.append(time.perf_counter() - start)
        t0 = time.perf_counter()
        sources = [SourceText.from_bytes(blob) for blob in blobs]
        t1 = time.perf_counter()
        token_lists = [lexer.tokenize(source)[0] for source in sources]
        t2 = time.perf_counter()
        trees = [parse(tables, tokens) for tokens in token_lists]
        t3 = time.perf_counter()
        for source, tree in zip(sources, trees, strict=True):
            DocumentBuilder(source, []).build(tree)
        t4 = time.perf_counter()
        stages.append((t1 - t0, t2 - t1, t3 - t2, t4 - t3))
    best, median = min(totals), statistics.median(totals)
    count = len(blobs)
    print(f"corpus: {count} cables, {megabytes:.2f} MB, {rounds} rounds")
    print(f"throughput: best {count / best:,.0f} cables/s ({megabytes / best:.1f} MB/s), "
          f"median {count / median:,.0f} cables/s ({megabytes / median:.1f} MB/s)")
    read, lex, parse_time, build = (min(stage[i] for stage in stages) for i in range(4))
    print(f"stages (best, ms per cable): decode {read / count * 1e3:.3f}, "
          f"lex {lex / count * 1e3:.3f}, LALR {parse_time / count * 1e3:.3f}, "
          f"model {build / count * 1e3:.3f}")


def process_latency(runs: int) -> None:
    # pip byte-compiles an installed wheel; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE=1 (as on this workplace's machines) never gets
    # .pyc files and would recompile every module on every start.
    import cablelint

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(cablelint.__file__).parent)],
                   check=True)
    script = Path(sys.executable).with_name("cablelint")
    command = [str(script)] if script.exists() else [shutil.which("cablelint") or "cablelint"]
    command += ["parse", str(REPO / "examples" / "ottawa-1502.txt")]
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)  # warm the table cache

    def timed(argv: list[str]) -> list[float]:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
        return times

    cablelint_times = timed(command)
    bare = timed([sys.executable, "-c", "pass"])
    print(f"one process '{Path(command[0]).name} parse examples/ottawa-1502.txt': "
          f"median {statistics.median(cablelint_times) * 1e3:.0f} ms, "
          f"best {min(cablelint_times) * 1e3:.0f} ms ({runs} runs)")
    print(f"bare interpreter 'python -c pass': median {statistics.median(bare) * 1e3:.0f} ms, "
          f"best {min(bare) * 1e3:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--runs", type=int, default=21, help="process launches to time")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    arguments = parser.parse_args()
    if not arguments.corpus.is_dir():
        sys.exit(f"corpus not found: {arguments.corpus}")
    print(pin_to_one_core())
    throughput(arguments.corpus, arguments.rounds)
    process_latency(arguments.runs)


if __name__ == "__main__":
    main()
