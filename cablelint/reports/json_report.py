"""``json``: the whole run as one object, defined by ``cablelint schema report``.

Why a summary of each document: a consumer sorting findings by cable (an
archive dashboard, a review queue) wants the classification, originator,
serial, date, TAGS and subject without parsing the cable again.  Every file
checked is listed, with or without findings, so the output also says what was
looked at; files that could not be read are in ``errors``.

Layout: the outer object is indented, each file's (and each error's) object is
compact on a line of its own.  Why: ``json.dump(..., indent=2)`` goes through
Python's pure-Python encoder (a third of a run's time over the dev corpus);
without an indent the C encoder does the work, and one file per line still
diffs and greps well.  The object is written as each file arrives; the
``summary`` comes from running counts at the end.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from cablelint.check import CheckRun, FileError, FileResult
from cablelint.reports import ReportContext
from cablelint.reports.common import Summary, diagnostic_data, file_document, indented
from cablelint.reports.stream import Report

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def file_data(result: FileResult, context: ReportContext) -> dict[str, Any]:
    """One entry of ``files``."""
    return {
        "path": result.path,
        "document": file_document(result),
        "diagnostics": [diagnostic_data(d, result.source, _name(context, d.code))
                        for d in result.diagnostics],
    }


def error_data(error: FileError) -> dict[str, Any]:
    """One entry of ``errors``."""
    return {"path": error.path, "message": error.message}


def summary_data(summary: Summary) -> dict[str, Any]:
    return {
        "files_checked": summary.files_checked,
        "files_with_findings": summary.files_with_findings,
        "files_unreadable": summary.unreadable,
        "findings": summary.findings,
        "by_severity": summary.by_severity,
        "fixable": summary.fixable,
    }


def report_data(run: CheckRun, context: ReportContext) -> dict[str, Any]:
    """The report object as a whole (validated against ``report.schema.json`` in the tests)."""
    return {
        "tool": "cablelint",
        "version": context.version,
        "files": [file_data(result, context) for result in run.results],
        "errors": [error_data(error) for error in run.errors],
        "summary": summary_data(Summary.of(run)),
    }


def _name(context: ReportContext, code: str) -> str | None:
    rule = context.rules.get(code)
    return rule.name if rule is not None else None


class Writer(Report):
    def __init__(self, context: ReportContext, stream: TextIO) -> None:
        super().__init__(context, stream)
        self.summary = Summary()
        stream.write(f'{{\n  "tool": "cablelint",\n  "version": {_encode(context.version)},\n'
                     f'  "files": [')

    def file(self, result: FileResult) -> None:
        self.stream.write(("\n    " if not self.summary.files_checked else ",\n    ")
                          + _encode(file_data(result, self.context)))
        self.summary.add(result)

    def close(self) -> None:
        stream = self.stream
        stream.write("\n  ],\n" if self.summary.files_checked else "],\n")
        stream.write('  "errors": [')
        stream.write(",".join("\n    " + _encode(error_data(error)) for error in self.errors))
        stream.write("\n  ],\n" if self.errors else "],\n")
        self.summary.unreadable = len(self.errors)
        summary = json.dumps(summary_data(self.summary), ensure_ascii=False, indent=2)
        stream.write(f'  "summary": {indented(summary, "  ")[2:]}\n}}\n')
