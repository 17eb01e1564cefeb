"""Where ``cablelint check`` sends each file's outcome: the report, written as it goes.

Why its own module: writing a report while the files are checked moves the
output's failure modes into the run -- the reader of a pipe that goes away
(``cablelint check | head -1``), a full disk under ``--output-file`` -- and
this class keeps the run's answer to them in one place: a closed pipe stops
the writing and lets the run finish for its exit code, as before; any other
output error stops the run with exit code 2.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from cablelint.check import FileError, Outcome
from cablelint.reports import ReportContext, open_report
from cablelint.reports.stream import Report


class ReportSink:
    """A report on ``stream``; ``owned`` streams (``--output-file``) are closed at the end."""

    def __init__(self, name: str, context: ReportContext, stream: TextIO, where: str, *,
                 owned: bool, failed: Callable[[str, OSError], int]) -> None:
        self.stream = stream
        self.where = where
        self.owned = owned
        self._on_failure = failed
        #: the reader went away: nothing more is written, the run goes on
        self.broken = False
        #: the exit code after the output failed otherwise; the run stops
        self.failed: int | None = None
        isatty = getattr(stream, "isatty", None)
        self.terminal = bool(not owned and isatty and isatty())
        self._name = name
        self._context = context
        self._report: Report | None = None

    @property
    def writing(self) -> bool:
        return not self.broken and self.failed is None

    def __enter__(self) -> ReportSink:
        self._guard(self._open)
        return self

    def _open(self) -> None:
        self._report = open_report(self._name, self._context, self.stream)

    def send(self, outcome: Outcome) -> None:
        """Write one file's part of the report (an unreadable file's comes at the end)."""
        if self._report is None or not self.writing:
            return
        if isinstance(outcome, FileError):
            self._report.error(outcome)
        else:
            self._guard(self._report.file, outcome)

    def __exit__(self, kind, value, traceback) -> None:
        if self._report is not None and self.writing and kind is None:
            self._guard(self._report.close)
            self._guard(self.stream.flush)  # a full disk or a closed pipe shows here
        if self.owned:
            try:
                self.stream.close()
            except OSError as error:
                if self.writing:
                    self.failed = self._on_failure(self.where, error)

    def _guard(self, write: Callable[..., object], *arguments: object) -> None:
        if not self.writing:
            return
        try:
            write(*arguments)
        except BrokenPipeError:
            from cablelint.cli_exit import silence_stdout

            self.broken = True
            silence_stdout()
        except OSError as error:
            self.failed = self._on_failure(self.where, error)
