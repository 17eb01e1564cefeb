"""``sarif``: SARIF 2.1.0 as GitHub code scanning reads it.

Why these fields: GitHub shows ``tool.driver.rules`` (summary, help,
default level, tags) next to each alert, places the alert by
``physicalLocation`` (a repository-relative ``artifactLocation.uri``) and
recognises the same alert across commits by ``partialFingerprints``, which
here come from :mod:`cablelint.fingerprint` (rule + flagged line text), so
inserting lines above a finding does not open a new alert.

Columns: SARIF's default column unit is UTF-16 code units, cablelint counts
code points; ``run.columnKind`` says so explicitly (``unicodeCodePoints``).
GitHub documents columns as characters, which is what this gives.  Regions
are end-exclusive in both cablelint and SARIF, so spans map one to one.
Regions carry lines and columns only: SARIF character offsets count from the
first byte of the file (a byte-order mark included), cablelint's from the
decoded text, and a region giving both must keep them consistent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from cablelint.check import CheckRun, FileError, FileResult
from cablelint.diagnostics import Diagnostic, Fix
from cablelint.fingerprint import FINGERPRINT_VERSION, fingerprints
from cablelint.reports import ReportContext
from cablelint.reports.common import indented, relative_path
from cablelint.reports.rule_help import help_markdown, help_text, short_description
from cablelint.reports.stream import Report, Spool
from cablelint.rules.base import Rule

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#: Where users learn about the tool (SARIF ``informationUri``; must be an absolute URI).
INFORMATION_URI = "https://pypi.org/project/cablelint/"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = f"cablelint/v{FINGERPRINT_VERSION}"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_location(path: str, root: Path) -> dict[str, str]:
    """``uri`` relative to ``%SRCROOT%`` (the root), or an absolute file URI outside it.

    URIs are percent-encoded with forward slashes, as SARIF requires; GitHub
    matches the relative form against the files of the repository.
    """
    relative = relative_path(path, root)
    if relative is not None:
        return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}
    if path.startswith("<"):  # stdin without --stdin-filename
        return {"uri": quote(path, safe="")}
    return {"uri": Path(path).resolve().as_uri()}


def reporting_descriptor(rule: type[Rule]) -> dict[str, Any]:
    """A rule of ``tool.driver.rules``: what GitHub shows in the alert's rule panel."""
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": short_description(rule)},
        "help": {"text": help_text(rule), "markdown": help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled},
        "properties": {
            "family": rule.family(),
            "fixable": rule.fixable.value,
            "tags": ["cablelint", rule.family()],
        },
    }


def _region(source, start: int, end: int) -> dict[str, int]:
    """A SARIF region for character offsets ``start:end`` (line/column when the text is known)."""
    if source is None:
        return {"charOffset": start, "charLength": end - start}
    span = source.span(start, end)
    return {"startLine": span.line, "startColumn": span.column,
            "endLine": span.end_line, "endColumn": span.end_column}


def _fix(fix: Fix, result: FileResult, location: dict[str, str]) -> dict[str, Any]:
    return {
        "description": {"text": f"{fix.message} ({fix.applicability})"},
        "artifactChanges": [{
            "artifactLocation": location,
            "replacements": [{"deletedRegion": _region(result.source, edit.start, edit.end),
                              "insertedContent": {"text": edit.replacement}}
                             for edit in fix.edits],
        }],
    }


def sarif_result(diagnostic: Diagnostic, result: FileResult, location: dict[str, str],
                 fingerprint: str, rule_index: dict[str, int]) -> dict[str, Any]:
    span = diagnostic.span
    data: dict[str, Any] = {"ruleId": diagnostic.code}
    if diagnostic.code in rule_index:
        data["ruleIndex"] = rule_index[diagnostic.code]
    data.update({
        "level": LEVELS[diagnostic.severity],
        "message": {"text": diagnostic.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": location,
            "region": {"startLine": span.line, "startColumn": span.column,
                       "endLine": span.end_line, "endColumn": span.end_column},
        }}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    })
    if diagnostic.fix is not None:
        data["fixes"] = [_fix(diagnostic.fix, result, location)]
    return data


def sarif_log(run: CheckRun, context: ReportContext) -> dict[str, Any]:
    """The SARIF log object (validated against the OASIS schema in the tests)."""
    rule_index = _rule_index(context)
    results = [data for result in run.results
               for data in file_results(result, context, rule_index)]
    return _log(context, run.errors, results)


def _rule_index(context: ReportContext) -> dict[str, int]:
    return {code: index for index, code in enumerate(sorted(context.rules))}


def file_results(result: FileResult, context: ReportContext,
                 rule_index: dict[str, int]) -> list[dict[str, Any]]:
    """The SARIF results of one checked file."""
    if not result.diagnostics:
        return []
    location = artifact_location(result.path, context.root)
    prints = fingerprints(result.source, result.diagnostics)
    return [sarif_result(diagnostic, result, location, fingerprint.content, rule_index)
            for diagnostic, fingerprint in zip(result.diagnostics, prints, strict=True)]


def _log(context: ReportContext, errors: list[FileError], results: Any) -> dict[str, Any]:
    rules = [context.rules[code] for code in sorted(context.rules)]
    notifications = [{
        "level": "error",
        "message": {"text": error.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact_location(error.path, context.root)}}],
    } for error in errors]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "cablelint",
                "version": context.version,
                "semanticVersion": context.version,
                "informationUri": INFORMATION_URI,
                "rules": [reporting_descriptor(rule) for rule in rules],
            }},
            "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(context.root)}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not errors,
                             "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }


#: Stands for the results in the log written around them (never in real content:
#: it is a JSON string value, and every real string value is escaped text).
_RESULTS = "\x00cablelint-results\x00"
#: Where a result sits in the log: ``runs[0].results[i]``.
_RESULT_INDENT = " " * 8


class Writer(Report):
    """Results go to a spool as each file arrives; at the end the log is written
    around them, since its ``invocations`` (before ``results``) name the files
    that could not be read.  The text is what ``json.dump(log, indent=2)`` gives."""

    def __init__(self, context: ReportContext, stream: TextIO) -> None:
        super().__init__(context, stream)
        self.rule_index = _rule_index(context)
        self.spool = Spool()

    def file(self, result: FileResult) -> None:
        for data in file_results(result, self.context, self.rule_index):
            self.spool.write(",\n" if not self.spool.empty else "[\n")
            self.spool.write(indented(json.dumps(data, ensure_ascii=False, indent=2),
                                      _RESULT_INDENT))

    def close(self) -> None:
        text = json.dumps(_log(self.context, self.errors, _RESULTS), ensure_ascii=False,
                          indent=2)
        head, tail = text.split(json.dumps(_RESULTS))
        self.stream.write(head)
        if self.spool.empty:
            self.stream.write("[]")
        else:
            self.spool.write("\n" + _RESULT_INDENT[2:] + "]")
        self.spool.copy_to(self.stream)
        self.stream.write(tail + "\n")


def _directory_uri(root: Path) -> str:
    """A base URI must end with a slash for relative URIs to resolve under it."""
    uri = Path(root).resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"

