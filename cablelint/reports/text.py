"""``text``: ``path:line:col: CODE [severity] message``, then a summary line."""

from __future__ import annotations

from typing import TextIO

from cablelint.check import CheckRun
from cablelint.reports import ReportContext


def write(run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    total = fixable = 0
    for result in run.results:
        for d in result.diagnostics:
            mark = " [*]" if d.fix is not None else ""
            stream.write(f"{result.path}:{d.span.line}:{d.span.column}: {d.code}{mark} "
                         f"[{d.severity}] {d.message}\n")
            total += 1
            fixable += d.fix is not None
    if total and not context.quiet:
        files = sum(1 for result in run.results if result.diagnostics)
        hint = f" ({fixable} fixable with --fix)" if fixable else ""
        stream.write(f"Found {total} finding{'s' * (total != 1)} in {files} "
                     f"file{'s' * (files != 1)}{hint}.\n")
