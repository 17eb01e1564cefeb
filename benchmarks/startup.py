"""Start-up latency: what a pre-commit hook or an editor pays per file.

Prints the median and best wall time of N launches (default 20) of
* ``cablelint check examples/ottawa-1502.txt``,
* ``cablelint --version``,
* a bare ``python -c pass`` on the same machine, for context,
each with the load average at the time, because wall time on a shared machine
is noisy.  Bytecode is written first (as pip does for an installed wheel) and
the table cache is warmed by one untimed run.

Usage: python benchmarks/startup.py [--runs N]
Targets (issue #14): one-file check <= 80 ms; --version <= 40 ms.
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
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"


def cablelint_command() -> list[str]:
    """The installed console script next to this interpreter (not a pyenv shim)."""
    script = Path(sys.executable).with_name("cablelint")
    return [str(script)] if script.exists() else [shutil.which("cablelint") or "cablelint"]


def write_bytecode() -> None:
    """Compile the package, as an installed wheel has it (PYTHONDONTWRITEBYTECODE may be set)."""
    import cablelint

    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    str(Path(cablelint.__file__).parent)], check=True,
                   stdout=subprocess.DEVNULL)


def launch_times(argv: list[str], runs: int, check: bool = False) -> list[float]:
    """Wall seconds of ``runs`` launches of ``argv`` with stdout discarded."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        completed = subprocess.run(argv, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        if check and completed.returncode not in (0, 1):
            sys.exit(f"{' '.join(argv)} exited {completed.returncode}")
    return times


def report(label: str, times: list[float]) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{label}: median {statistics.median(times) * 1e3:.0f} ms, "
          f"best {min(times) * 1e3:.0f} ms ({len(times)} runs, load {load:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="launches to time per command")
    arguments = parser.parse_args()
    write_bytecode()
    command = cablelint_command()
    check = [*command, "check", str(EXAMPLE)]
    subprocess.run(check, stdout=subprocess.DEVNULL)  # warm the table cache
    report("cablelint check examples/ottawa-1502.txt", launch_times(check, arguments.runs, True))
    report("cablelint --version", launch_times([*command, "--version"], arguments.runs, True))
    report("python -c pass", launch_times([sys.executable, "-c", "pass"], arguments.runs))


if __name__ == "__main__":
    main()
