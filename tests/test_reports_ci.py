"""The CI formats: ``github`` annotations, ``gitlab`` Code Quality, ``junit`` XML, JSON."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from cablelint.check import CheckRun, FileError, FileResult
from cablelint.diagnostics import Diagnostic, Edit, Fix
from cablelint.reports import ReportContext, write_report
from cablelint.reports.github import escape_data, escape_property
from cablelint.rules.registry import all_rules
from cablelint.schemas import load_schema
from cablelint.source import SourceText

RULES = {rule.code: rule for rule in all_rules()[0]}
AWKWARD = "50%, a:b\r\nnext"


def awkward_run(root: Path) -> CheckRun:
    """Paths and messages with every character the CI formats must escape."""
    text = "SECRET OTTAWA 000001\n\n17. (S) Text\x0c with a form feed.\n"
    path = str(root / "dir, with: 100%" / "a.txt")
    source = SourceText.from_text(text, path)
    start = text.index("17.")
    diagnostics = [
        Diagnostic("CL901", f"message {AWKWARD} <&> \x0c", source.span(start, start + 3),
                   "warning", "pilcrow-read-as-one",
                   Fix("renumber", (Edit(start, start + 2, "7"),))),
        Diagnostic("CL101", "error one", source.span(0, 6), "error", "missing-banner"),
        Diagnostic("CL913", "info one", source.span(0, 6), "info", "partial-extract"),
    ]
    return CheckRun([FileResult(path, diagnostics, source, None),
                     FileResult(str(root / "clean.txt"), [], None, None)],
                    [FileError(str(root / "gone.txt"), "gone.txt: cannot read")])


def render(name: str, run: CheckRun, root: Path) -> str:
    stream = io.StringIO()
    write_report(name, run, ReportContext(RULES, root=root), stream)
    return stream.getvalue()


# ------------------------------------------------------------------ github


def test_github_escaping_follows_the_runner_toolkit() -> None:
    assert escape_data(AWKWARD) == "50%25, a:b%0D%0Anext"
    assert escape_property(AWKWARD) == "50%25%2C a%3Ab%0D%0Anext"
    assert escape_data("%0A") == "%250A"  # escaped first, so no double decoding


def test_github_annotations(tmp_path) -> None:
    lines = render("github", awkward_run(tmp_path), tmp_path).split("\n")
    assert lines[-1] == ""  # every command ends with LF; no raw CR/LF inside one
    warning, error, notice, unreadable = lines[:-1]
    assert warning == ("::warning file=dir%2C with%3A 100%25/a.txt,line=3,col=1,endLine=3,"
                       "endColumn=4,title=CL901 pilcrow-read-as-one::message 50%25, a:b%0D%0Anext"
                       " <&> \x0c")
    assert error.startswith("::error file=dir%2C with%3A 100%25/a.txt,line=1,col=1,")
    assert error.endswith(",title=CL101 missing-banner::error one")
    assert notice.startswith("::notice ") and notice.endswith("::info one")
    assert unreadable == ("::error file=gone.txt,title=cablelint%3A cannot check file::"
                          "gone.txt: cannot read")


# ------------------------------------------------------------------ gitlab


def test_gitlab_code_quality(tmp_path) -> None:
    issues = json.loads(render("gitlab", awkward_run(tmp_path), tmp_path))
    assert [issue["severity"] for issue in issues] == ["minor", "major", "info", "major"]
    first = issues[0]
    assert first["check_name"] == "CL901 pilcrow-read-as-one"
    assert first["description"].startswith("CL901 message 50%")
    assert first["location"] == {"path": "dir, with: 100%/a.txt",
                                 "lines": {"begin": 3, "end": 3}}
    assert len({issue["fingerprint"] for issue in issues}) == 4
    assert issues[3]["location"]["path"] == "gone.txt"
    # the same finding in another file is another issue
    moved = json.loads(render("gitlab", awkward_run(tmp_path / "other"), tmp_path))
    assert moved[0]["fingerprint"] != first["fingerprint"]
    # and the same finding in the same file keeps its fingerprint across runs
    again = json.loads(render("gitlab", awkward_run(tmp_path), tmp_path))
    assert again[0]["fingerprint"] == first["fingerprint"]


# ------------------------------------------------------------------ junit


def test_junit_parses_and_counts_match(tmp_path) -> None:
    xml = render("junit", awkward_run(tmp_path), tmp_path)
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(xml)  # the form feed in the message must not break the XML
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "cablelint"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    failing, clean, unreadable = suite.findall("testcase")
    assert failing.get("name") == "dir, with: 100%/a.txt"
    assert failing.get("classname") == "cablelint"
    failure = failing.find("failure")
    assert failure is not None and failure.get("message") == "3 findings"
    assert "dir, with: 100%/a.txt:3:1: CL901 [warning] message 50%, a:b" in failure.text
    assert "<&>" in failure.text and "\ufffd" in failure.text
    assert list(clean) == []
    error = unreadable.find("error")
    assert error is not None and error.get("message") == "gone.txt: cannot read"


# ------------------------------------------------------------------ json


def test_json_hand_case_validates_with_fix_positions_and_nulls(tmp_path) -> None:
    import jsonschema

    data = json.loads(render("json", awkward_run(tmp_path), tmp_path))
    jsonschema.Draft202012Validator(load_schema("report")).validate(data)
    first = data["files"][0]
    assert first["document"] is None and data["files"][1]["diagnostics"] == []
    diagnostic = first["diagnostics"][0]
    assert diagnostic["name"] == "pilcrow-read-as-one"
    assert diagnostic["fix"] == {
        "message": "renumber", "applicability": "safe",
        "edits": [{"start": 22, "end": 24, "line": 3, "column": 1, "end_line": 3,
                   "end_column": 3, "replacement": "7"}]}
    assert first["diagnostics"][1]["fix"] is None
    assert data["summary"] == {"files_checked": 2, "files_with_findings": 1,
                               "files_unreadable": 1, "findings": 3,
                               "by_severity": {"error": 1, "warning": 1, "info": 1},
                               "fixable": 1}
    lines = render("json-lines", awkward_run(tmp_path), tmp_path).splitlines()
    assert [json.loads(line).get("code") for line in lines] == ["CL901", "CL101", "CL913", None]
