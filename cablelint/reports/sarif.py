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

from cablelint.check import CheckRun, FileResult
from cablelint.diagnostics import Diagnostic, Fix
from cablelint.fingerprint import FINGERPRINT_VERSION, fingerprints
from cablelint.reports import ReportContext
from cablelint.reports.common import relative_path
from cablelint.reports.rule_help import help_markdown, help_text, short_description
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
    rules = [context.rules[code] for code in sorted(context.rules)]
    rule_index = {rule.code: index for index, rule in enumerate(rules)}
    results = []
    for result in run.results:
        location = artifact_location(result.path, context.root)
        prints = fingerprints(result.source, result.diagnostics)
        for diagnostic, fingerprint in zip(result.diagnostics, prints, strict=True):
            results.append(sarif_result(diagnostic, result, location, fingerprint.content,
                                        rule_index))
    notifications = [{
        "level": "error",
        "message": {"text": error.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact_location(error.path, context.root)}}],
    } for error in run.errors]
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
            "invocations": [{"executionSuccessful": not run.errors,
                             "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }


def _directory_uri(root: Path) -> str:
    """A base URI must end with a slash for relative URIs to resolve under it."""
    uri = Path(root).resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def write(run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    json.dump(sarif_log(run, context), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
