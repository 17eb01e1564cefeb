"""``text``: ``path:line:col: CODE [*] [severity] message``, then a summary line.

With ``--show-source`` each finding is followed by its line and a caret span
(:mod:`cablelint.reports.snippet`); with colour the path, code and severity
are styled.  Columns are 1-based and count characters (code points).
"""

from __future__ import annotations

from cablelint.check import FileResult
from cablelint.diagnostics import Diagnostic
from cablelint.reports.snippet import render
from cablelint.reports.stream import SummarisedReport
from cablelint.reports.style import Style


def headline(result: FileResult, diagnostic: Diagnostic, style: Style,
             fixable: bool = False) -> str:
    """The one-line form of a finding; ``fixable`` adds ruff's ``[*]``."""
    span = diagnostic.span
    mark = " " + style.fixable("[*]") if fixable else ""
    return (f"{style.path(result.path)}:{span.line}:{span.column}: "
            f"{style.code(diagnostic.code)}{mark} "
            f"[{style.severity(diagnostic.severity)}] {diagnostic.message}")


class Writer(SummarisedReport):
    def file(self, result: FileResult) -> None:
        self.summary.add(result)
        context, stream, style = self.context, self.stream, self.style
        for diagnostic in result.diagnostics:
            stream.write(headline(result, diagnostic, style, context.applicable(diagnostic)) + "\n")
            if context.show_source:
                snippet = render(result.source, diagnostic, style)
                if snippet:
                    stream.write("\n".join(snippet) + "\n\n")
