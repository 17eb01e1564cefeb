"""``grouped``: findings under a header per file, ``line:col CODE message`` indented.

Like ruff's grouped format: easier to read than ``text`` when a file has many
findings, because the path is printed once.  The ``line:col`` column is padded
so codes line up within a file; ``--show-source`` adds the indented snippet.
"""

from __future__ import annotations

from typing import TextIO

from cablelint.check import FileResult
from cablelint.reports import ReportContext
from cablelint.reports.snippet import render
from cablelint.reports.stream import SummarisedReport
from cablelint.reports.style import Style


class Writer(SummarisedReport):
    def file(self, result: FileResult) -> None:
        self.summary.add(result)
        if result.diagnostics:
            _write_file(result, self.context, self.style, self.stream)


def _write_file(result: FileResult, context: ReportContext, style: Style,
                stream: TextIO) -> None:
    """The header and the findings of one file with findings."""
    stream.write(f"{style.path(result.path)}:\n")
    line_width = max(len(str(d.span.line)) for d in result.diagnostics)
    column_width = max(len(str(d.span.column)) for d in result.diagnostics)
    for diagnostic in result.diagnostics:
        span = diagnostic.span
        position = f"{span.line:>{line_width}}:{span.column:<{column_width}}"
        mark = " " + style.fixable("[*]") if context.applicable(diagnostic) else ""
        stream.write(f"  {position} {style.code(diagnostic.code)}{mark} "
                     f"[{style.severity(diagnostic.severity)}] {diagnostic.message}\n")
        if context.show_source:
            snippet = render(result.source, diagnostic, style, indent="    ")
            if snippet:
                stream.write("\n".join(snippet) + "\n")
    stream.write("\n")
