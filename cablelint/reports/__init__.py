"""Report formats for ``cablelint check --output-format``.

Each format is a module with a ``Writer`` class (a :class:`~cablelint.reports.stream.Report`:
``file(result)`` as each file's result arrives, ``error(error)`` per unreadable
file, ``close()`` once), so a report is written while the files are checked and
keeps no parsed document; :data:`FORMATS` maps the names users type to them.  Why one module per
format: each follows an outside specification (SARIF, GitLab Code Quality,
JUnit, GitHub workflow commands) that is easier to check against in isolation.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cablelint import __version__

if TYPE_CHECKING:  # kept out of the import: argument parsing only needs FORMATS
    from cablelint.check import CheckRun
    from cablelint.diagnostics import Diagnostic
    from cablelint.reports.stream import Report
    from cablelint.rules.base import Rule

#: format name -> module under cablelint.reports
FORMATS: dict[str, str] = {
    "text": "text",
    "concise": "concise",
    "grouped": "grouped",
    "json": "json_report",
    "json-lines": "json_lines",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "junit": "junit",
}


@dataclass
class ReportContext:
    """What a report may need besides the findings.

    ``rules`` maps every known code (built-in and plugin, selected or not) to
    its rule class, for names and documentation; ``root`` is the directory
    paths are made relative to (SARIF, GitLab: the repository root).
    """

    rules: Mapping[str, type[Rule]]
    root: Path = field(default_factory=Path.cwd)
    show_source: bool = False
    color: bool = False
    quiet: bool = False  # findings only: no summary lines
    unsafe_fixes: bool = False  # [*] marks unsafe fixes too (they would be applied)

    def applicable(self, diagnostic: Diagnostic) -> bool:
        """Whether ``--fix`` with these settings would fix it: what ``[*]`` promises."""
        fix = diagnostic.fix
        return fix is not None and (self.unsafe_fixes or fix.applicability == "safe")
    version: str = __version__


#: reports that are not an --output-format choice
OTHER_REPORTS = {"statistics": "statistics"}


def open_report(name: str, context: ReportContext, stream: TextIO) -> Report:
    """The writer of report ``name`` on ``stream``; feed it files, then close it."""
    module_name = FORMATS.get(name) or OTHER_REPORTS[name]
    module = importlib.import_module(f"cablelint.reports.{module_name}")
    return module.Writer(context, stream)


def write_report(name: str, run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    """Write a whole, already collected run (tests, the fuzz harness, ``--fix``)."""
    report = open_report(name, context, stream)
    for result in run.results:
        report.file(result)
    for error in run.errors:
        report.error(error)
    report.close()
