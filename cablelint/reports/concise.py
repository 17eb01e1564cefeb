"""``concise``: one line per finding and a count, nothing else (like ruff's concise).

For piping into grep, editors' quickfix lists and other line-oriented tools:
``path:line:col: CODE [*] message``.  The severity is left out (it is in every
other format); ``--show-source`` does not apply.
"""

from __future__ import annotations

from typing import TextIO

from cablelint.check import FileResult
from cablelint.reports import ReportContext
from cablelint.reports.stream import Report
from cablelint.reports.style import Style


class Writer(Report):
    def __init__(self, context: ReportContext, stream: TextIO) -> None:
        super().__init__(context, stream)
        self.style = Style(context.color)
        self.count = 0

    def file(self, result: FileResult) -> None:
        style, context = self.style, self.context
        for diagnostic in result.diagnostics:
            span = diagnostic.span
            mark = " " + style.fixable("[*]") if context.applicable(diagnostic) else ""
            self.stream.write(f"{style.path(result.path)}:{span.line}:{span.column}: "
                              f"{style.code(diagnostic.code)}{mark} {diagnostic.message}\n")
        self.count += len(result.diagnostics)

    def close(self) -> None:
        count = self.count
        if count and not self.context.quiet:
            self.stream.write(f"Found {count} finding{'s' * (count != 1)}.\n")
