"""Interrupt ``cablelint check --fix`` over 300 copies: no file half-written, no leftovers.

Why: ``--fix`` rewrites whole archives in place, and a pre-commit hook or CI
job can be killed at any moment (a timeout, Ctrl-C, an out-of-memory kill).
Issue #13 asks that after SIGKILL, SIGINT or SIGTERM every file is either the
original or completely fixed, and that no temporary file is left.

For each signal and trial: 300 copies of the example cable, one ``--fix`` run
over them, the signal sent at a random moment while it writes (after at least
one file is fixed), then every file is compared with the original and with
the fixed text, and the directory is searched for our temporary files
(``.<name>.<random>.cablelint-tmp``).  SIGINT and SIGTERM are handled by
cablelint (the temporary file is removed, exit 130/143).  A SIGKILL cannot be
handled: a temporary file being written at that instant stays, so for SIGKILL
the table also shows that the next ``--fix`` run in that directory sweeps it
once it is older than ``STALE_AFTER_SECONDS`` (its age is set back here instead
of waiting ten minutes).

Usage: python benchmarks/interruption.py [--trials N] [--copies N] [--seed S]
Exits 1 when a file is neither original nor fixed, or a temporary file is left
(after the sweep, for SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"
SUFFIX = ".cablelint-tmp"
SIGNALS = {"SIGKILL": signal.SIGKILL, "SIGINT": signal.SIGINT, "SIGTERM": signal.SIGTERM}


def _command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "cablelint", "check", "--fix", "--quiet", "--isolated",
            *arguments]


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def fixed_text(scratch: Path) -> bytes:
    reference = scratch / "reference.txt"
    shutil.copy(EXAMPLE, reference)
    subprocess.run(_command(str(reference)), env=_environment(), capture_output=True,
                   check=False, timeout=120)
    return reference.read_bytes()


def temporaries(directory: Path) -> list[Path]:
    return [path for path in directory.iterdir() if path.name.endswith(SUFFIX)]


def full_run_seconds(scratch: Path, copies: int) -> float:
    """How long an uninterrupted run over ``copies`` takes (signals are sent within it)."""
    directory = scratch / "full"
    directory.mkdir()
    for number in range(copies):
        shutil.copy(EXAMPLE, directory / f"c{number:03}.txt")
    started = time.monotonic()
    subprocess.run(_command(str(directory)), env=_environment(), capture_output=True,
                   check=False, timeout=600)
    seconds = time.monotonic() - started
    shutil.rmtree(directory)
    return seconds


def trial(directory: Path, copies: int, signum: int, fixed: bytes,
          rng: random.Random, window: float) -> dict[str, int]:
    """One run interrupted at a random moment; the files' states afterwards."""
    original = EXAMPLE.read_bytes()
    for number in range(copies):
        shutil.copy(EXAMPLE, directory / f"c{number:03}.txt")
    process = subprocess.Popen(_command(str(directory)), env=_environment(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait until it writes, then a random share of the rest of the run
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if any((directory / f"c{n:03}.txt").read_bytes() == fixed for n in range(0, copies, 25)):
            break
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, window))
    finished_first = process.poll() is not None
    if not finished_first:
        process.send_signal(signum)
    code = process.wait(timeout=60)
    counts = {"original": 0, "fixed": 0, "damaged": 0}
    for path in directory.glob("c*.txt"):
        data = path.read_bytes()
        counts["original" if data == original else "fixed" if data == fixed else "damaged"] += 1
    left = temporaries(directory)
    counts["temporaries"] = len(left)
    counts["finished_first"] = int(finished_first)
    counts["exit"] = code
    if left and signum == signal.SIGKILL:  # the next run sweeps them once they are stale
        hour_ago = time.time() - 3600
        for path in left:
            os.utime(path, (hour_ago, hour_ago))
        subprocess.run(_command(str(directory)), env=_environment(), capture_output=True,
                       check=False, timeout=300)
    counts["after_sweep"] = len(temporaries(directory))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=5, help="trials per signal")
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    arguments = parser.parse_args(argv)
    rng = random.Random(arguments.seed)
    failed = False
    with tempfile.TemporaryDirectory(prefix="cablelint-interrupt-") as scratch_name:
        scratch = Path(scratch_name)
        fixed = fixed_text(scratch)
        # the signal falls in the first 60% of the writing (a run is ~1 s of start-up
        # and checking before its first write); a run that ends first is run again
        window = 0.6 * full_run_seconds(scratch, arguments.copies)
        print(f"{arguments.copies} copies of {EXAMPLE.name} per trial; "
              f"{arguments.trials} interrupted trials per signal; signal within "
              f"{window:.1f} s of the first fixed file")
        print(f"{'signal':<8} {'trial':>5} {'exit':>5} {'fixed':>6} {'original':>8} "
              f"{'damaged':>7} {'temp left':>9} {'after sweep':>11}")
        for name, signum in SIGNALS.items():
            number = attempts = 0
            while number < arguments.trials and attempts < 3 * arguments.trials:
                attempts += 1
                directory = scratch / f"{name}-{attempts}"
                directory.mkdir()
                counts = trial(directory, arguments.copies, signum, fixed, rng, window)
                note = "  (finished before the signal: not counted)" \
                    if counts["finished_first"] else ""
                number += not counts["finished_first"]
                print(f"{name:<8} {attempts:>5} {counts['exit']:>5} {counts['fixed']:>6} "
                      f"{counts['original']:>8} {counts['damaged']:>7} "
                      f"{counts['temporaries']:>9} {counts['after_sweep']:>11}{note}")
                left = counts["after_sweep"] if signum == signal.SIGKILL else counts["temporaries"]
                failed |= bool(counts["damaged"] or left)
                shutil.rmtree(directory)
            if number < arguments.trials:
                print(f"{name}: only {number} of {arguments.trials} runs were interrupted")
                failed = True
    print("FAIL" if failed else "ok: every file original or fixed, no temporary file left")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
