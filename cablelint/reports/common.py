"""Facts every report format derives the same way from a run.

Why shared: the summary counts, the root-relative paths, the position of a
fix's edits and the JSON form of a finding must agree between the text, JSON,
SARIF and CI formats; computing them in one place keeps them from drifting.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cablelint.check import CheckRun, FileResult
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.model import Document
from cablelint.source import SourceText

SEVERITIES = ("error", "warning", "info")


@dataclass
class Summary:
    """Counts over a run, as the summary lines and the JSON ``summary`` show them."""

    files_checked: int = 0
    files_with_findings: int = 0
    findings: int = 0
    fixable: int = 0  # findings with a fix, safe or unsafe
    unsafe_fixable: int = 0  # of those, the ones whose fix needs --unsafe-fixes
    unreadable: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))

    @classmethod
    def of(cls, run: CheckRun) -> Summary:
        summary = cls(unreadable=len(run.errors))
        for result in run.results:
            summary.add(result)
        return summary

    def add(self, result: FileResult) -> None:
        """Count one checked file (reports keep the counts, not the files)."""
        self.files_checked += 1
        if result.diagnostics:
            self.files_with_findings += 1
        by_severity = self.by_severity
        for diagnostic in result.diagnostics:
            self.findings += 1
            if diagnostic.fix is not None:
                self.fixable += 1
                self.unsafe_fixable += diagnostic.fix.applicability == "unsafe"
            by_severity[diagnostic.severity] += 1

    def sentence(self) -> str:
        """``Found 3 findings in 2 files (1 fixable with --fix, 1 with --unsafe-fixes).``"""
        safe = self.fixable - self.unsafe_fixable
        hints = []
        if safe:
            hints.append(f"{safe} fixable with --fix")
        if self.unsafe_fixable:
            hints.append(f"{self.unsafe_fixable} more with --fix --unsafe-fixes")
        hint = f" ({', '.join(hints)})" if hints else ""
        files = self.files_with_findings
        return (f"Found {self.findings} finding{'s' * (self.findings != 1)} in {files} "
                f"file{'s' * (files != 1)}{hint}.")


def findings(run: CheckRun) -> Iterator[tuple[FileResult, Diagnostic]]:
    """Every finding of the run with the file it belongs to, in report order."""
    for result in run.results:
        for diagnostic in result.diagnostics:
            yield result, diagnostic


def relative_path(path: str, root: Path) -> str | None:
    """``path`` relative to ``root`` with forward slashes; None when outside ``root``.

    CI systems (GitHub code scanning and annotations, GitLab) locate files by
    their path from the repository root, whatever the current directory was.
    """
    if path.startswith("<"):  # <stdin>, <string>: not a file on disk
        return None
    try:
        absolute = Path(os.path.abspath(path))
        return absolute.relative_to(Path(os.path.abspath(root))).as_posix()
    except ValueError:
        return None


def display_path(path: str, root: Path) -> str:
    """The root-relative path when there is one, else the path as given (forward slashes)."""
    relative = relative_path(path, root)
    return relative if relative is not None else path.replace(os.sep, "/")


def edit_data(edit: Edit, source: SourceText | None) -> dict[str, Any]:
    """An edit with its offsets, its 1-based line/column range (end exclusive) and text."""
    data: dict[str, Any] = {"start": edit.start, "end": edit.end}
    if source is not None:
        span = source.span(edit.start, edit.end)
        data.update(line=span.line, column=span.column, end_line=span.end_line,
                    end_column=span.end_column)
    else:
        data.update(line=None, column=None, end_line=None, end_column=None)
    data["replacement"] = edit.replacement
    return data


def diagnostic_data(diagnostic: Diagnostic, source: SourceText | None,
                    name: str | None = None) -> dict[str, Any]:
    """The JSON form of a finding shared by ``json`` and ``json-lines``."""
    span = diagnostic.span
    fix = diagnostic.fix
    return {
        "code": diagnostic.code,
        "name": diagnostic.rule or name or None,
        "severity": diagnostic.severity,
        "message": diagnostic.message,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "start": span.start,
        "end": span.end,
        "fix": None if fix is None else {
            "message": fix.message,
            "applicability": fix.applicability,
            "edits": [edit_data(edit, source) for edit in fix.edits],
        },
        "explain": f"cablelint explain {diagnostic.code}",
    }


def file_document(result: FileResult) -> dict[str, Any] | None:
    """The document summary of a result, made here or sent by a worker process."""
    if result.summary is not None:
        return result.summary
    return document_summary(result.document)


def indented(text: str, indent: str) -> str:
    """Multi-line JSON ``text`` placed at ``indent`` (its first line included)."""
    return indent + text.replace("\n", "\n" + indent)


def document_summary(document: Document | None) -> dict[str, Any] | None:
    """What a reader of a report wants to know about the cable: marking, identity, topic."""
    if document is None:
        return None
    overall = document.classification
    banner = document.banner
    return {
        "classification": None if overall is None else {
            "level": overall.level,
            "caveats": list(overall.caveats),
            "label": document.classification_label(),
        },
        "originator": banner.originator or None if banner else None,
        "serial": banner.serial or None if banner else None,
        "date": document.date,
        "tags": [tag.code for tag in document.tags.tags] if document.tags else [],
        "subject": document.subject.text if document.subject else None,
    }
