"""``grouped``: findings under a header per file, ``line:col CODE message`` indented.

Like ruff's grouped format: easier to read than ``text`` when a file has many
findings, because the path is printed once.  The ``line:col`` column is padded
so codes line up within a file; ``--show-source`` adds the indented snippet.
"""

from __future__ import annotations

from typing import TextIO

from cablelint.check import CheckRun
from cablelint.reports import ReportContext
from cablelint.reports.common import Summary
from cablelint.reports.snippet import render
from cablelint.reports.style import Style


def write(run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    style = Style(context.color)
    for result in run.results:
        if not result.diagnostics:
            continue
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
    summary = Summary.of(run)
    if summary.findings and not context.quiet:
        stream.write(summary.sentence() + "\n")
