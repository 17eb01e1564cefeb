"""The whole archive on one machine: a synthetic archive checked through the CLI (issue #14).

    python benchmarks/scale.py                 # 250,000 cables (the 2010-2011 release)
    python benchmarks/scale.py --count 20000   # what fits a busy shared machine
    python benchmarks/scale.py --count 20000 --big-mb 50 --keep /path/on/local/disk

Builds an archive of ``--count`` cables (default 250,000, ~2.5 GB) in a
temporary directory on local disk (``--scratch``, default the system's
temporary directory; deleted afterwards) by varying the dev corpora: each
synthetic cable takes a corpus cable, gives it a unique id and serial,
shuffles its numbered paragraphs and injects a defect into one in three
(a dropped portion mark, a misspelt ``SUBJECT:``, trailing blanks, a
lower-case TAGS code).  Files go 1,000 to a directory, as archives are kept.

Then it measures, each through ``python -m cablelint check --isolated
--exit-zero --output-format json`` (the report goes to a file on the same
disk, as a CI job keeps it):

* a cold run on one core (``taskset -c 0 ... --jobs 1``, empty cache);
* a cold run on all cores (``--jobs N``, another empty cache);
* a warm rerun of each (same cache, unchanged archive), and cold/warm;
* peak resident memory of the whole process tree (the parent and its
  workers, summed at each moment, sampled every 20 ms from /proc: Linux);
* the same for one ``--big-mb`` file (default 50 MB) made of corpus cables
  one after another (with ``--timeout-per-file 0``: its rules take longer
  than the default limit, and a timed-out result is never cached).

The full size takes about 250k / 1,000 cables/s ~ 4-5 min per cold pass on
one core of the 2-core development machine, about an hour for the whole
benchmark with the archive built (run it when the machine is quiet, with
``--count 250000``, the default); the figures printed include the load
average, since the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from process_tree import family, status_kb

DEV = [Path("/work/shared/corpus/wikileaks-dev"), Path("/work/shared/corpus/wikileaks-dev2")]
HERE = Path(__file__).resolve().parents[1]
PER_DIRECTORY = 1000

#: A numbered paragraph starts a line: "¶3." or "3." with its portion mark.
PARAGRAPH = re.compile(r"(?m)^(?=(?:¶\s*)?\d{1,2}\.\s)")
PORTION = re.compile(r"\((?:U|C|S|SBU|S//NF|C//NF|TS)\)\s")


# ------------------------------------------------------------- the archive


@dataclass
class Template:
    """A corpus cable and the parts a synthetic copy varies."""

    text: str
    year: str  # "04"
    post: str  # "AMMAN"
    number: str  # "1288"


def templates(corpora: list[Path]) -> list[Template]:
    found = []
    for corpus in corpora:
        for line in (corpus / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            cable_id = json.loads(line)["id"]
            match = re.fullmatch(r"(\d\d)([A-Z]+?)(\d+)", cable_id)
            path = corpus / f"{cable_id}.txt"
            if match and path.is_file():
                found.append(Template(path.read_text(encoding="utf-8"), *match.groups()))
    if not found:
        raise SystemExit(f"no corpus cables found in {', '.join(map(str, corpora))}")
    return found


def synthetic(template: Template, index: int, chance: random.Random) -> tuple[str, str]:
    """A variant of ``template``: (its new id, its text)."""
    number = index + 1
    new_id = f"{template.year}{template.post}{number}"
    text = template.text.replace(f"{template.year}{template.post}{template.number}", new_id)
    text = re.sub(rf"\b{template.post} 0*{template.number}\b", f"{template.post} {number:06d}",
                  text)
    pieces = PARAGRAPH.split(text)
    if len(pieces) > 3:  # head, paragraphs..., keep the last (it holds the sign-off)
        middle = pieces[1:-1]
        chance.shuffle(middle)
        text = "".join([pieces[0], *middle, pieces[-1]])
    defect = chance.randrange(12)
    if defect == 0:
        text = PORTION.sub("", text, count=1)
    elif defect == 1:
        text = text.replace("SUBJECT:", "SUBJCT:", 1)
    elif defect == 2:
        text = text.replace("\n", "  \n", 3)
    elif defect == 3:
        text = re.sub(r"(?m)^(TAGS:?\s+)([A-Z]{4})", lambda m: m[1] + m[2].lower(), text,
                      count=1)
    return new_id, text


def build_archive(root: Path, count: int, corpora: list[Path], seed: int = 14) -> int:
    """Write ``count`` synthetic cables under ``root``; returns the bytes written."""
    chance = random.Random(seed)
    found = templates(corpora)
    written = 0
    for index in range(count):
        if index % PER_DIRECTORY == 0:
            directory = root / f"{index // PER_DIRECTORY:04d}"
            directory.mkdir(parents=True)
        new_id, text = synthetic(found[index % len(found)], index, chance)
        data = text.encode("utf-8")
        (directory / f"{new_id}.txt").write_bytes(data)
        written += len(data)
    return written


def build_big_file(path: Path, megabytes: int, corpora: list[Path]) -> int:
    """One file of ``megabytes`` MB: corpus cables one after another."""
    found = templates(corpora)
    target = megabytes * 1_000_000
    written = 0
    with open(path, "wb") as stream:
        index = 0
        while written < target:
            data = found[index % len(found)].text.encode("utf-8") + b"\n\n"
            stream.write(data)
            written += len(data)
            index += 1
    return written


# ------------------------------------------------------------ measuring


@dataclass
class Measured:
    seconds: float
    tree_mb: int  # the largest sum of the tree's resident sets at one moment


def measure(cmd: list[str], report: Path) -> Measured:
    """Run ``cmd`` (stdout to ``report``), sampling the process tree's memory."""
    env = {**os.environ, "PYTHONPATH": str(HERE)}
    start = time.perf_counter()
    with open(report, "wb") as out:
        process = subprocess.Popen(cmd, env=env, stdout=out)
        tree = 0
        while process.poll() is None:
            tree = max(tree, sum(status_kb(pid, "VmRSS") for pid in family(process.pid)))
            time.sleep(0.02)
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited with {process.returncode}")
    return Measured(seconds, tree // 1024)


def check_command(target: Path, jobs: int, cache: Path, one_core: bool,
                  *extra: str) -> list[str]:
    prefix = ["taskset", "-c", "0"] if one_core else []
    return [*prefix, sys.executable, "-m", "cablelint", "check", "--isolated", "--exit-zero",
            "--output-format", "json", "--jobs", str(jobs), "--cache-dir", str(cache),
            *extra, str(target)]


def findings_in(report: Path) -> tuple[int, int]:
    """(files checked, findings) of a JSON report, from its summary."""
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    return summary["files_checked"], summary["findings"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=250_000, help="cables in the archive")
    parser.add_argument("--big-mb", type=int, default=50, help="size of the one big file")
    parser.add_argument("--scratch", default=None,
                        help="local directory for the archive (default: the system's temp)")
    parser.add_argument("--corpus", type=Path, action="append", default=None,
                        help="corpus directories with metadata.jsonl (default: both dev ones)")
    arguments = parser.parse_args()
    # a SIGTERM unwinds like Ctrl-C, so the archive (gigabytes) is deleted too
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    corpora = arguments.corpus or DEV
    cores = len(os.sched_getaffinity(0))
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="cablelint-scale-", dir=arguments.scratch) as work:
        scratch = Path(work)
        start = time.perf_counter()
        size = build_archive(scratch / "archive", arguments.count, corpora)
        print(f"built {arguments.count:,} cables ({size / 1e6:,.0f} MB) in "
              f"{time.perf_counter() - start:.0f} s; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores", flush=True)
        archive = scratch / "archive"
        count = arguments.count
        for label, jobs, one_core in (("1 core", 1, True), (f"{cores} cores", cores, False)):
            cache = scratch / f"cache-{jobs}"
            cold = measure(check_command(archive, jobs, cache, one_core), scratch / "cold.json")
            checked, found = findings_in(scratch / "cold.json")
            assert checked == count, (checked, count)
            warm = measure(check_command(archive, jobs, cache, one_core), scratch / "warm.json")
            same = (scratch / "cold.json").read_bytes() == (scratch / "warm.json").read_bytes()
            rows.append((f"archive, {label}, cold", f"{cold.seconds:.1f} s",
                         f"{count / cold.seconds:,.0f} cables/s", f"{cold.tree_mb} MB"))
            rows.append((f"archive, {label}, warm", f"{warm.seconds:.1f} s",
                         f"{count / warm.seconds:,.0f} cables/s "
                         f"({cold.seconds / warm.seconds:.1f}x cold"
                         f"{', same report' if same else ', REPORT DIFFERS'})",
                         f"{warm.tree_mb} MB"))
            print(f"  {rows[-2]}\n  {rows[-1]}  ({found:,} findings)", flush=True)
            shutil.rmtree(cache)
        shutil.rmtree(archive)
        big = scratch / "big" / "big.txt"
        big.parent.mkdir()
        size = build_big_file(big, arguments.big_mb, corpora)
        cache = scratch / "cache-big"
        # no time limit: the rules take longer than the default 10 s on 50 MB, and
        # a result with a CL000 (time out) is never cached
        unlimited = ("--timeout-per-file", "0")
        cold = measure(check_command(big.parent, 1, cache, True, *unlimited),
                       scratch / "cold.json")
        warm = measure(check_command(big.parent, 1, cache, True, *unlimited),
                       scratch / "warm.json")
        rows.append((f"one {size / 1e6:.0f} MB file, cold", f"{cold.seconds:.1f} s",
                     f"{size / 1e6 / cold.seconds:.2f} MB/s", f"{cold.tree_mb} MB"))
        rows.append((f"one {size / 1e6:.0f} MB file, warm", f"{warm.seconds:.1f} s",
                     f"{cold.seconds / warm.seconds:.1f}x cold", f"{warm.tree_mb} MB"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    header = ("run", "wall", "throughput", "peak RSS (tree)")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    print()
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
