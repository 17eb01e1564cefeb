"""``gitlab``: a GitLab Code Quality report (a JSON array of Code Climate issues).

GitLab shows these in the merge request widget and the diff.  Each issue has
``description``, ``check_name``, ``fingerprint``, ``severity`` and ``location``
(``path`` from the repository root, ``lines.begin``/``end``).

Severity: GitLab accepts ``info``, ``minor``, ``major``, ``critical`` and
``blocker``.  An error (a wrong or missing marking) maps to ``major``, a
warning to ``minor`` and info to ``info``.  ``critical`` and ``blocker`` are
left out because no cablelint finding makes a cable unusable: they would rank
marking problems above broken builds in a project's widget.

Fingerprint: GitLab compares issues of the source and target branches by
fingerprint over the whole report, so it must be unique per issue and stable
across edits.  It is the finding's content fingerprint
(:mod:`cablelint.fingerprint`: rule + flagged line text + occurrence), hashed
with the file's path, because two cables may carry the very same line.

A file that could not be read is an issue too (``major``, at line 1), so a
merge request that adds a broken file does not look clean.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, TextIO

from cablelint.check import FileError, FileResult
from cablelint.fingerprint import fingerprints
from cablelint.reports import ReportContext
from cablelint.reports.common import display_path, indented
from cablelint.reports.stream import Report

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def issue_fingerprint(path: str, content: str) -> str:
    return hashlib.sha256(f"{path}\x1f{content}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def file_issues(result: FileResult, context: ReportContext) -> list[dict[str, Any]]:
    """The issues of one checked file."""
    found: list[dict[str, Any]] = []
    if not result.diagnostics:
        return found
    path = display_path(result.path, context.root)
    prints = fingerprints(result.source, result.diagnostics)
    for diagnostic, fingerprint in zip(result.diagnostics, prints, strict=True):
        rule = context.rules.get(diagnostic.code)
        name = diagnostic.rule or (rule.name if rule else "")
        found.append({
            "type": "issue",
            "description": f"{diagnostic.code} {diagnostic.message}",
            "check_name": f"{diagnostic.code} {name}".rstrip(),
            "fingerprint": issue_fingerprint(path, fingerprint.content),
            "severity": SEVERITIES[diagnostic.severity],
            "location": {"path": path, "lines": {"begin": diagnostic.span.line,
                                                 "end": diagnostic.span.end_line}},
            })
    return found


def error_issue(error: FileError, context: ReportContext) -> dict[str, Any]:
    """A file that could not be read, as an issue."""
    path = display_path(error.path, context.root)
    return {
        "type": "issue",
        "description": error.message,
        "check_name": "cablelint unreadable-file",
        "fingerprint": issue_fingerprint(path, "unreadable"),
        "severity": "major",
        "location": {"path": path, "lines": {"begin": 1, "end": 1}},
    }


class Writer(Report):
    """The array, one issue at a time, laid out as ``json.dump(..., indent=2)`` would."""

    def __init__(self, context: ReportContext, stream: TextIO) -> None:
        super().__init__(context, stream)
        self.opened = False

    def file(self, result: FileResult) -> None:
        for issue in file_issues(result, self.context):
            self._issue(issue)

    def _issue(self, issue: dict[str, Any]) -> None:
        self.stream.write(",\n" if self.opened else "[\n")
        self.opened = True
        self.stream.write(indented(json.dumps(issue, ensure_ascii=False, indent=2), "  "))

    def close(self) -> None:
        for error in self.errors:
            self._issue(error_issue(error, self.context))
        self.stream.write("\n]\n" if self.opened else "[]\n")
