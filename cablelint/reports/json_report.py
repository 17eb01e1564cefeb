"""``json``: the whole run as one object, defined by ``cablelint schema report``.

Why a summary of each document: a consumer sorting findings by cable (an
archive dashboard, a review queue) wants the classification, originator,
serial, date, TAGS and subject without parsing the cable again.  Every file
checked is listed, with or without findings, so the output also says what was
looked at; files that could not be read are in ``errors``.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from cablelint.check import CheckRun
from cablelint.reports import ReportContext
from cablelint.reports.common import Summary, diagnostic_data, document_summary


def report_data(run: CheckRun, context: ReportContext) -> dict[str, Any]:
    """The report object (validated against ``report.schema.json`` in the tests)."""
    files = []
    for result in run.results:
        files.append({
            "path": result.path,
            "document": document_summary(result.document),
            "diagnostics": [diagnostic_data(d, result.source, _name(context, d.code))
                            for d in result.diagnostics],
        })
    summary = Summary.of(run)
    return {
        "tool": "cablelint",
        "version": context.version,
        "files": files,
        "errors": [{"path": error.path, "message": error.message} for error in run.errors],
        "summary": {
            "files_checked": summary.files_checked,
            "files_with_findings": summary.files_with_findings,
            "files_unreadable": summary.unreadable,
            "findings": summary.findings,
            "by_severity": summary.by_severity,
            "fixable": summary.fixable,
        },
    }


def _name(context: ReportContext, code: str) -> str | None:
    rule = context.rules.get(code)
    return rule.name if rule is not None else None


def write(run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    json.dump(report_data(run, context), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
