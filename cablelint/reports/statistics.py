"""``--statistics``: how often each rule fired, most frequent first."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from cablelint.check import FileResult
from cablelint.reports import ReportContext
from cablelint.reports.stream import Report


class Writer(Report):
    """One line per code: findings, files, share of files, fixable mark, name.

    Files per code are counted as each file arrives (a file adds one to each
    code it has), so no path is kept.
    """

    def __init__(self, context: ReportContext, stream: TextIO) -> None:
        super().__init__(context, stream)
        self.counts: Counter[str] = Counter()
        self.files: Counter[str] = Counter()
        self.fixable: set[str] = set()
        self.checked = 0

    def file(self, result: FileResult) -> None:
        self.checked += 1
        codes = set()
        for d in result.diagnostics:
            self.counts[d.code] += 1
            codes.add(d.code)
            if self.context.applicable(d):  # [*]: --fix (with these settings) repairs some
                self.fixable.add(d.code)
        self.files.update(codes)

    def close(self) -> None:
        _write(self.counts, self.files, self.fixable, self.checked, self.context, self.stream)


def _write(counts: Counter[str], files: Counter[str], fixable: set[str], checked: int,
           context: ReportContext, stream: TextIO) -> None:
    stream.write(f"{'findings':>8}  {'files':>5}  {'%files':>6}  code       name\n")
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = context.rules.get(code)
        name = rule.name if rule is not None else ""
        share = 100 * files[code] / checked if checked else 0
        mark = "[*]" if code in fixable else "   "
        stream.write(f"{count:>8}  {files[code]:>5}  {share:>5.1f}%  {code} {mark} "
                     f"{name}\n")
    stream.write(f"{sum(counts.values()):>8}  total over {checked} files\n")
