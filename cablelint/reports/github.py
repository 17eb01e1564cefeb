"""``github``: GitHub Actions workflow commands that annotate the pull request.

``::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=CODE name::message``
(``warning`` stays ``::warning``, ``info`` becomes ``::notice``).  Why the
escaping functions copy GitHub's runner toolkit (``@actions/core``,
``command.ts``): the runner splits a command at ``::``, its properties at
``,`` and ``=``, and a line at CR/LF, so a message or a path containing those
would otherwise cut the annotation short or inject a second command.
"""

from __future__ import annotations

from cablelint.check import FileResult
from cablelint.reports.common import display_path
from cablelint.reports.stream import Report

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message after ``::`` (toolkit ``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (toolkit ``escapeProperty``): also ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    """One workflow command line, e.g. ``::notice file=a.txt,line=3::text``."""
    rendered = ",".join(f"{key}={escape_property(str(value))}"
                        for key, value in properties.items())
    return f"::{name} {rendered}::{escape_data(message)}" if rendered else \
        f"::{name}::{escape_data(message)}"


class Writer(Report):
    def file(self, result: FileResult) -> None:
        context, stream = self.context, self.stream
        if not result.diagnostics:
            return
        path = display_path(result.path, context.root)
        for diagnostic in result.diagnostics:
            span = diagnostic.span
            rule = context.rules.get(diagnostic.code)
            name = diagnostic.rule or (rule.name if rule else "")
            title = f"{diagnostic.code} {name}".rstrip()
            properties = {"file": path, "line": span.line, "col": span.column,
                          "endLine": span.end_line, "endColumn": span.end_column,
                          "title": title}
            stream.write(command(COMMANDS[diagnostic.severity], properties,
                                 diagnostic.message) + "\n")
    def close(self) -> None:
        for error in self.errors:
            self.stream.write(command("error",
                                      {"file": display_path(error.path, self.context.root),
                                       "title": "cablelint: cannot check file"},
                                      error.message) + "\n")
