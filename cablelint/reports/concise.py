"""``concise``: one line per finding and a count, nothing else (like ruff's concise).

For piping into grep, editors' quickfix lists and other line-oriented tools:
``path:line:col: CODE [*] message``.  The severity is left out (it is in every
other format); ``--show-source`` does not apply.
"""

from __future__ import annotations

from typing import TextIO

from cablelint.check import CheckRun
from cablelint.reports import ReportContext
from cablelint.reports.common import findings
from cablelint.reports.style import Style


def write(run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    style = Style(context.color)
    count = 0
    for result, diagnostic in findings(run):
        span = diagnostic.span
        mark = " " + style.fixable("[*]") if context.applicable(diagnostic) else ""
        stream.write(f"{style.path(result.path)}:{span.line}:{span.column}: "
                     f"{style.code(diagnostic.code)}{mark} {diagnostic.message}\n")
        count += 1
    if count and not context.quiet:
        stream.write(f"Found {count} finding{'s' * (count != 1)}.\n")
