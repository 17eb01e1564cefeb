"""The shape every report format shares: fed file by file, closed once.

Why a base class: results arrive one file at a time (from this process or
from worker processes) and are dropped once written, so each format writes
its part per file and keeps only running counts and the (small) list of
unreadable files, which every format lists after the files it checked.
Formats whose head depends on the totals (JUnit's counts, SARIF's
notifications) write the files' parts to a :class:`Spool` and copy it after
the head at the end.
"""

from __future__ import annotations

import shutil
import tempfile
from typing import TextIO

from cablelint.check import FileError, FileResult
from cablelint.reports import ReportContext
from cablelint.reports.common import Summary
from cablelint.reports.style import Style

#: Characters a spool keeps in memory before it moves to a temporary file.
SPOOL_MEMORY = 1 << 20


class Report:
    """A report being written to ``stream``."""

    def __init__(self, context: ReportContext, stream: TextIO) -> None:
        self.context = context
        self.stream = stream
        self.errors: list[FileError] = []

    def file(self, result: FileResult) -> None:
        """Write what the report says about one checked file."""

    def error(self, error: FileError) -> None:
        """Note a file that could not be checked (listed after the files, at the end)."""
        self.errors.append(error)

    def close(self) -> None:
        """Write what comes after the files: errors, summary, closing brackets."""


class SummarisedReport(Report):
    """A report for people (``text``, ``grouped``): styled, counted as it goes, and
    closed by the summary sentence unless ``--quiet``.  Subclasses write each file's
    findings and add the file to :attr:`summary`."""

    def __init__(self, context: ReportContext, stream: TextIO) -> None:
        super().__init__(context, stream)
        self.style = Style(context.color)
        self.summary = Summary()

    def close(self) -> None:
        if self.summary.findings and not self.context.quiet:
            self.stream.write(self.summary.sentence() + "\n")


class Spool:
    """Text written now and copied into the report later, on disk once it is large."""

    def __init__(self) -> None:
        # closed by copy_to: the spool lives as long as the report it belongs to
        self._file = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            SPOOL_MEMORY, mode="w+", encoding="utf-8", newline="", errors="surrogatepass")
        self.empty = True

    def write(self, text: str) -> None:
        self.empty = False
        self._file.write(text)

    def copy_to(self, stream: TextIO) -> None:
        self._file.seek(0)
        shutil.copyfileobj(self._file, stream)
        self._file.close()
