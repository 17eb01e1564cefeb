"""Time against size for adversarial inputs: fails on any super-linear family.

Why: cablelint reads untrusted text (leaked documents, half-typed drafts), and
one pattern with overlapping quantifiers turns a 100 KB line into minutes of
backtracking, which in the server blocks every other document (issue #13).
Times are CPU seconds of this process (the least of three runs or more).
This generates each family of pathological input at growing sizes, runs it
in-process through the same path as ``cablelint check`` (parse and every rule)
and, for families whose findings carry fixes, through ``--fix`` as well.  It
prints seconds per size and the log-log slope between the two largest sizes,
and exits 1 when a family is super-linear (slope above ``MAX_SLOPE``) or too
slow in absolute terms (1 MB at or above 1 s, 100 KB at or above 0.5 s).

A family that already takes ``GIVE_UP`` seconds at one size, or 0.3 s and
grows super-linearly, is not run at the next size (that would take minutes or
hours); it counts as a failure.

Usage: python benchmarks/pathological.py [--max-size N] [--family NAME ...]
                                          [--no-fix] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere: this checkout's cablelint
    sys.path.insert(0, str(REPO))

SIZES = (1_000, 10_000, 100_000, 1_000_000)
MAX_SLOPE = 1.3
#: below this many seconds at the largest size the slope is noise, not judged
MIN_JUDGED = 0.05
LIMITS = {100_000: 0.5, 1_000_000: 1.0}  # size -> seconds a check must stay below
GIVE_UP = 20.0

# --- the families --------------------------------------------------------

HEADER = """C O N F I D E N T I A L SECTION 01 OF 02 ZENDA 001502

SIPDIS

E.O. 12958: DECL: 05/06/2015
TAGS: PREL MARR
SUBJECT: RASSENDYLL TALKS IN ZENDA

Classified By: POL M/C RUDOLF RASSENDYLL. REASON 1.4 (B) AND (D).

"""
PARAGRAPH = "1. (C) The minister met the delegation in Zenda on Tuesday.\n\n"


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` characters (at least once)."""
    return unit * max(1, size // len(unit))


def _in_cable(payload: str) -> str:
    """``payload`` as the last paragraph of a realistic cable."""
    return HEADER + PARAGRAPH + payload + "\n"


def _tags_cable(payload: str) -> str:
    """``payload`` as the TAGS line of a realistic cable."""
    return HEADER.replace("TAGS: PREL MARR", "TAGS: " + payload) + PARAGRAPH


def _gap(unit: str, below: str = "that it would rain.") -> Callable[[int], str]:
    return lambda size: "2. (C) The minister said" + _repeat(unit, size) + below + "\n"


def _prose(size: int) -> str:
    sentence = "The minister of Zenda told Rassendyll that the talks would go on. "
    return "2. (C) " + _repeat(sentence, size)


def _spaced(size: int) -> str:
    return _repeat("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z ", size)


def _urls(size: int) -> str:
    line = "See http://www.zenda.example.gov/p/eur/rassendyll/index.html for more.\n"
    return "2. (C) Links follow.\n" + _repeat(line, size)


def _copies(size: int) -> str:
    """Paragraphs 2-9 printed again after each page break, to about ``size``."""
    paragraphs = "".join(f"{number}. (C) The Regent spoke on day {number}.\n\n"
                         for number in range(2, 10))
    return _repeat(paragraphs + "ZENDA 00001502 002 OF 002\n\n", size)


def _headers(size: int) -> str:
    return _repeat(HEADER + PARAGRAPH, size)


@dataclass(frozen=True)
class Family:
    name: str
    make: Callable[[int], str]  # size -> text
    fix: bool = False  # its findings carry fixes worth timing too


FAMILIES = [
    # the six of issue #13
    Family("dotted-line", lambda n: _repeat("1.", n) + "\n"),
    Family("dotted-line/cable", lambda n: _in_cable(_repeat("1.", n)), fix=True),
    Family("blank-gap", lambda n: _repeat("\n", n) + "A\n"),
    Family("blank-gap/cable", lambda n: _in_cable(_gap("\n")(n)), fix=True),
    Family("space-lines-gap", lambda n: _repeat("   \n", n) + "A\n"),
    Family("space-lines-gap/cable", lambda n: _in_cable(_gap(" \n")(n)), fix=True),
    # the same gaps with no letter below (a bracket): a search that fails on them
    Family("blank-gap-bracket/cable", lambda n: _in_cable(_gap("\n", "(rain).")(n)), fix=True),
    Family("space-lines-gap-bracket/cable", lambda n: _in_cable(_gap(" \n", "(rain).")(n)),
           fix=True),
    Family("tags-brackets", lambda n: "TAGS: " + _repeat("[", n) + "\n"),
    Family("tags-brackets/cable", lambda n: _tags_cable(_repeat("[", n))),
    Family("tags-links", lambda n: "TAGS: " + _repeat("[a](", n) + "\n"),
    Family("tags-links/cable", lambda n: _tags_cable(_repeat("[a](", n))),
    Family("sipdis-lines", lambda n: _in_cable(_repeat("SIPDIS\n", n)), fix=True),
    Family("urls/cable", lambda n: _in_cable(_urls(n)), fix=True),
    # found by reviewing the patterns: blanks after the reason section, no letter
    Family("classified-by-blanks/cable", lambda n: HEADER.replace(
        "(B) AND (D).", "(B) AND (D), REASONS 1.4" + _repeat(" ", n) + "9") + PARAGRAPH),
    Family("ref-blanks/cable", lambda n: _in_cable(
        "2. (C) As reported in ref" + _repeat(" ", n) + "9 the Regent left.").replace(
        "SUBJECT:", "REF: A. ZENDA 100\nB. ZENDA 200\n\nSUBJECT:")),
    Family("page-place-blanks/cable", lambda n: _in_cable(
        "2. (C) The Regent left.\nThe court stayed in ZENDA" + _repeat(" ", n)
        + "X 00001502 002 of 002")),
    Family("page-marks-one-line/cable", lambda n: _in_cable(
        "2. (C) The Regent left.\nThe court stayed in "
        + _repeat("ZENDA 00001502 002 of 002 ", n))),
    Family("long-word-above-number/cable", lambda n: _in_cable(
        "2. (C) The Regent left.\n" + _repeat("x", n) + "-x\n3. (C) He came back.")),
    Family("banner-blanks", lambda n: "C O N F I D E N T I A L ZENDA" + _repeat(" ", n)
           + "X 000123\n\n" + PARAGRAPH),
    # long lines of one thing
    Family("prose-line/cable", lambda n: _in_cable(_prose(n))),
    Family("parens", lambda n: _repeat("(", n) + "\n"),
    Family("parens/cable", lambda n: _in_cable(_repeat("(", n)), fix=True),
    Family("pilcrows", lambda n: _repeat("¶", n) + "\n"),
    Family("pilcrows/cable", lambda n: _in_cable(_repeat("¶", n)), fix=True),
    Family("dots", lambda n: _repeat(".", n) + "\n"),
    Family("dots/cable", lambda n: _in_cable(_repeat(".", n)), fix=True),
    Family("spaces", lambda n: _repeat(" ", n) + "A\n"),
    Family("spaces/cable", lambda n: _in_cable("2. (C) The" + _repeat(" ", n) + "end.")),
    Family("spaced-letters", lambda n: _spaced(n) + "\n"),
    Family("spaced-letters/cable", lambda n: _in_cable(_spaced(n)), fix=True),
    Family("repeated-headers", _headers, fix=True),
    # many cables' worth of one construct in one file (a 50 MB file of cables:
    # benchmarks/scale.py): each once asked something of the whole text, or of all
    # the others found so far
    Family("line-marks/cable", lambda n: _in_cable(
        "2. (U) Press items:\n" + _repeat("(C) He came back.\n", n))),
    Family("copied-paragraphs/cable", lambda n: _in_cable(_copies(n))),
    Family("marker-headings/cable", lambda n: _in_cable(
        "2. (C) The Regent left.\n\n" + _repeat("SUMMARY\n-------\n\nHe came back.\n\n", n))),
]

# --- measuring -----------------------------------------------------------


@dataclass
class Row:
    family: str
    phase: str  # "check" or "fix"
    seconds: dict[int, float] = field(default_factory=dict)  # size -> seconds
    slope: float | None = None
    failures: list[str] = field(default_factory=list)


def _best_time(run: Callable[[], object]) -> float:
    """The least CPU time of three runs (more for quick ones).

    CPU time of this process, not wall-clock time: the machine is shared, and
    time spent waiting for a core says nothing about the code; the least of
    several runs, as the remaining noise (caches, frequency) only adds time.
    """
    best = math.inf
    spent = 0.0
    for attempt in range(10):
        start = time.process_time()
        run()
        took = time.process_time() - start
        best, spent = min(best, took), spent + took
        if (attempt >= 2 and spent > 0.3) or took > GIVE_UP:
            break
    return best


def _slope(seconds: dict[int, float]) -> float | None:
    sizes = sorted(seconds)
    if len(sizes) < 2:
        return None
    small, large = sizes[-2], sizes[-1]
    low = max(seconds[small], 1e-6)
    return math.log(max(seconds[large], 1e-6) / low) / math.log(large / small)


def _hopeless(seconds: dict[int, float]) -> bool:
    """Whether the next size would take minutes: long already, or slow and super-linear."""
    last = seconds[max(seconds)]
    slope = _slope(seconds)
    return last >= GIVE_UP or (last >= 0.3 and slope is not None and slope > MAX_SLOPE)


def _judge(row: Row, complete: bool) -> None:
    if not complete:
        row.failures.append("stopped early: the next size would take minutes")
    largest = max(row.seconds)
    if row.slope is not None and row.slope > MAX_SLOPE and row.seconds[largest] >= MIN_JUDGED:
        row.failures.append(f"super-linear (slope {row.slope:.2f})")
    if row.phase == "check":
        for size, limit in LIMITS.items():
            if row.seconds.get(size, 0.0) >= limit:
                row.failures.append(f"{_size_name(size)} took {row.seconds[size]:.2f} s "
                                    f"(limit {limit:g} s)")


def measure(family: Family, sizes: list[int], fix: bool) -> list[Row]:
    """Time ``family`` at each size: check, and fix when it has fixes and ``fix``."""
    from cablelint.check import lint_source
    from cablelint.config import ConfigResolver, Overrides
    from cablelint.fixer.loop import fix_source
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    plan = ConfigResolver(all_rules()[0], Overrides(select=("ALL",)),
                          isolated=True).plan_for("pathological.txt")
    phases: dict[str, Callable[[SourceText], object]] = {
        "check": lambda source: lint_source(source, plan)}
    if fix and family.fix:
        phases["fix"] = lambda source: fix_source(source, plan, unsafe=True,
                                                  allow_parse_errors=True)
    rows = []
    for phase, run in phases.items():
        row = Row(family.name, phase)
        complete = True
        for size in sizes:
            source = SourceText.from_text(family.make(size), "pathological.txt")
            row.seconds[size] = _best_time(partial(run, source))
            if size != sizes[-1] and _hopeless(row.seconds):
                complete = False
                break
        row.slope = _slope(row.seconds) if complete else None
        _judge(row, complete)
        rows.append(row)
    return rows


# --- reporting -----------------------------------------------------------


def _size_name(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


def table(rows: list[Row], sizes: list[int]) -> str:
    heads = ["family", "phase", *(_size_name(s) for s in sizes), "slope", "verdict"]
    lines = [heads]
    for row in rows:
        cells = [row.family, row.phase]
        cells += [f"{row.seconds[s]:.4f}" if s in row.seconds else "-" for s in sizes]
        cells.append("-" if row.slope is None else f"{row.slope:.2f}")
        cells.append("; ".join(row.failures) or "ok")
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(heads))]
    return "\n".join("  ".join(cell.ljust(width)
                               for cell, width in zip(line, widths, strict=True)).rstrip()
                     for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-size", type=int, default=SIZES[-1],
                        help=f"largest size in characters (default {SIZES[-1]:,})")
    parser.add_argument("--family", action="append", default=[], metavar="NAME",
                        help="run only this family (repeatable; a prefix selects both "
                             "the bare and the /cable form)")
    parser.add_argument("--no-fix", action="store_true", help="time checking only")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    arguments = parser.parse_args(argv)
    sizes = [size for size in SIZES if size <= arguments.max_size]
    families = [family for family in FAMILIES if not arguments.family
                or any(family.name.split("/")[0] == name or family.name == name
                       for name in arguments.family)]
    if not families or not sizes:
        parser.error("no family or no size selected")
    rows: list[Row] = []
    for family in families:
        rows += measure(family, sizes, not arguments.no_fix)
        if not arguments.json:
            print(table(rows[-2:] if rows[-1].phase == "fix" else rows[-1:], sizes)
                  .split("\n", 1)[1], file=sys.stderr, flush=True)
    if arguments.json:
        print(json.dumps([asdict(row) for row in rows], indent=1))
    else:
        print(table(rows, sizes))
    failed = [row for row in rows if row.failures]
    if failed and not arguments.json:
        print(f"{len(failed)} of {len(rows)} rows failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
