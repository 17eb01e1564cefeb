"""``cablelint check --jobs``: wall time and peak memory through the CLI (issue #14).

    python benchmarks/jobs.py [--main /work/main] [--copies 10,40] [--rounds 3] [CORPUS...]

Runs ``cablelint check --output-format json`` over the corpora (default: both
dev corpora) and reports

* wall time on one core (``taskset -c 0 ... --jobs 1``), best of ``--rounds``,
  alternating with another checkout (``--main``) so both see the same noise;
* wall time on all cores (``--jobs N``, N the cores available);
* peak memory over ``--copies`` copies of the corpora (made in a temporary
  directory and deleted afterwards): the largest resident set of the parent and
  of any one worker, and the largest sum over the whole process tree at one
  moment (sampled every 20 ms from /proc; Linux only) -- to show that memory
  does not grow with the number of files.

The machine is shared: give the load average (printed) with the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from process_tree import family, status_kb

DEV = [Path("/work/shared/corpus/wikileaks-dev"), Path("/work/shared/corpus/wikileaks-dev2")]


def command(paths: list[str], jobs: int | None, one_core: bool,
            no_cache: bool = True) -> list[str]:
    """The check command; ``jobs`` None for a checkout without ``--jobs``.

    ``--no-cache`` (for a checkout that has the result cache): every round must
    lint every file, not answer from the previous round's entries; the warm
    rerun is ``scale.py``'s to measure.
    """
    prefix = ["taskset", "-c", "0"] if one_core else []
    option = [] if jobs is None else ["--jobs", str(jobs)]
    if no_cache:
        option.append("--no-cache")
    return [*prefix, sys.executable, "-m", "cablelint", "check", "--isolated", "--exit-zero",
            "--output-format", "json", *option, *paths]


def has_cache(pythonpath: str) -> bool:
    """Does the checkout at ``pythonpath`` have the result cache (``--no-cache``)?"""
    env = {**os.environ, "PYTHONPATH": pythonpath}
    shown = subprocess.run([sys.executable, "-m", "cablelint", "check", "--help"], env=env,
                           capture_output=True, text=True)
    return "--no-cache" in shown.stdout


def timed(cmd: list[str], pythonpath: str) -> float:
    env = {**os.environ, "PYTHONPATH": pythonpath}
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def peak_memory(cmd: list[str], pythonpath: str) -> tuple[int, int, int, float]:
    """Peak RSS (MB) of the parent, of the largest other process, of the tree; wall time."""
    env = {**os.environ, "PYTHONPATH": pythonpath}
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    own = other = tree = 0
    while process.poll() is None:
        members = family(process.pid)
        rss = {pid: status_kb(pid, "VmRSS") for pid in members}
        own = max(own, status_kb(process.pid, "VmHWM"))
        other = max([other, *(status_kb(pid, "VmHWM") for pid in members
                              if pid != process.pid)])
        tree = max(tree, sum(rss.values()))
        time.sleep(0.02)
    return own // 1024, other // 1024, tree // 1024, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEV)
    parser.add_argument("--main", default="/work/main", help="checkout to compare with")
    parser.add_argument("--copies", default="10,40")
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    here = str(Path(__file__).resolve().parents[1])
    paths = [str(path) for path in arguments.corpora]
    files = sum(1 for path in arguments.corpora for _ in path.glob("*.txt"))
    cores = len(os.sched_getaffinity(0))
    print(f"{files} cables; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    their_cache = has_cache(arguments.main)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(arguments.rounds):
        ours.append(timed(command(paths, 1, True), here))
        theirs.append(timed(command(paths, None, True, their_cache), arguments.main))
    print(f"1 core, --jobs 1: {min(ours):.2f} s ({files / min(ours):.0f} cables/s); "
          f"{arguments.main}: {min(theirs):.2f} s ({files / min(theirs):.0f} cables/s)")
    both = [timed(command(paths, cores, False), here) for _ in range(arguments.rounds)]
    print(f"{cores} cores, --jobs {cores}: {min(both):.2f} s ({files / min(both):.0f} cables/s, "
          f"{min(ours) / min(both):.2f}x the 1-core figure)")
    with tempfile.TemporaryDirectory(prefix="cablelint-jobs-") as scratch:
        made = 0
        for copies in sorted(int(n) for n in arguments.copies.split(",")):
            for number in range(made, copies):
                for corpus in arguments.corpora:
                    shutil.copytree(corpus, Path(scratch) / f"{number}-{corpus.name}",
                                    ignore=shutil.ignore_patterns("*.jsonl"))
            made = copies
            for jobs in (1, cores):
                own, other, tree, wall = peak_memory(command([scratch], jobs, False), here)
                print(f"{copies * files} cables, --jobs {jobs}: peak RSS parent {own} MB, "
                      f"largest worker {other} MB, whole tree {tree} MB ({wall:.1f} s)")
            main_own, _, _, wall = peak_memory(command([scratch], None, False, their_cache),
                                               arguments.main)
            print(f"{copies * files} cables, {arguments.main}: peak RSS {main_own} MB "
                  f"({wall:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
