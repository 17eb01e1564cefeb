"""``--statistics``: how often each rule fired, most frequent first."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TextIO

from cablelint.check import CheckRun
from cablelint.reports import ReportContext


def write(run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    """One line per code: findings, files, share of files, fixable mark, name."""
    counts: Counter[str] = Counter()
    files: dict[str, set[str]] = defaultdict(set)
    fixable: set[str] = set()
    for result in run.results:
        for d in result.diagnostics:
            counts[d.code] += 1
            files[d.code].add(result.path)
            if context.applicable(d):  # [*]: --fix (with these settings) repairs some
                fixable.add(d.code)
    checked = len(run.results)
    stream.write(f"{'findings':>8}  {'files':>5}  {'%files':>6}  code       name\n")
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = context.rules.get(code)
        name = rule.name if rule is not None else ""
        share = 100 * len(files[code]) / checked if checked else 0
        mark = "[*]" if code in fixable else "   "
        stream.write(f"{count:>8}  {len(files[code]):>5}  {share:>5.1f}%  {code} {mark} "
                     f"{name}\n")
    stream.write(f"{sum(counts.values()):>8}  total over {checked} files\n")
