"""Every ``--output-format`` over the development corpus, and through the CLI.

The corpus is linted once per module (the run is the slow part); each format
then renders that same run, so the tests check the formats, not the rules.
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from cablelint.check import CheckRun, FileError
from cablelint.cli import main
from cablelint.reports import FORMATS, ReportContext, write_report
from cablelint.rules.registry import all_rules
from cablelint.schemas import load_schema

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"
RULES = {rule.code: rule for rule in all_rules()[0]}


@pytest.fixture(scope="module")
def corpus_run(corpus: Path) -> CheckRun:
    """The default rules over the corpus, plus one unreadable file."""
    from cablelint.check import check_paths
    from cablelint.config import ConfigResolver

    resolver = ConfigResolver(list(RULES.values()))
    run = check_paths(list(resolver.discover([str(corpus)])), resolver)
    run.errors.append(FileError(str(corpus / "missing.txt"),
                                f"{corpus / 'missing.txt'}: cannot read: No such file"))
    return run


def render(name: str, run: CheckRun, root: Path | None = None, **options) -> str:
    context = ReportContext(RULES, **options) if root is None else \
        ReportContext(RULES, root=root, **options)
    stream = io.StringIO()
    write_report(name, run, context, stream)
    return stream.getvalue()


def report_validator() -> jsonschema.Draft202012Validator:
    schema = load_schema("report")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_every_format_is_a_cli_choice() -> None:
    assert set(FORMATS) == {"text", "concise", "grouped", "json", "json-lines", "sarif",
                            "github", "gitlab", "junit"}


# ------------------------------------------------------------------ corpus


def test_json_over_the_corpus_validates_against_the_shipped_schema(corpus_run) -> None:
    data = json.loads(render("json", corpus_run))
    report_validator().validate(data)
    findings = sum(len(result.diagnostics) for result in corpus_run.results)
    summary = data["summary"]
    assert summary["findings"] == findings == sum(summary["by_severity"].values())
    assert summary["files_checked"] == len(data["files"]) == len(corpus_run.results)
    assert data["errors"] == [{"path": e.path, "message": e.message} for e in corpus_run.errors]
    documents = [f["document"] for f in data["files"] if f["document"]]
    assert any(d["classification"] and d["classification"]["label"] == "SECRET//NOFORN"
               for d in documents)
    assert all(d["tags"] is not None for d in documents)
    with_fix = next(d for f in data["files"] for d in f["diagnostics"] if d["fix"])
    assert with_fix["fix"]["edits"][0]["line"] >= 1
    assert with_fix["explain"] == f"cablelint explain {with_fix['code']}"


def test_json_lines_over_the_corpus(corpus_run) -> None:
    lines = render("json-lines", corpus_run).splitlines()
    schema = load_schema("report")
    line_schema = {"$schema": schema["$schema"], "$ref": "#/$defs/json_line",
                   "$defs": schema["$defs"]}
    validator = jsonschema.Draft202012Validator(line_schema)
    records = [json.loads(line) for line in lines]
    for record in records:
        validator.validate(record)
    findings = [r for r in records if "error" not in r]
    assert len(findings) == sum(len(result.diagnostics) for result in corpus_run.results)
    assert [r["path"] for r in records if "error" in r] == [e.path for e in corpus_run.errors]


def test_sarif_over_the_corpus_validates_against_sarif_2_1_0(corpus_run, corpus,
                                                            sarif_validator) -> None:
    # the corpus lies outside the repository; make it the source root, as a checkout would be
    log = json.loads(render("sarif", corpus_run, root=corpus))
    sarif_validator.validate(log)
    run = log["runs"][0]
    assert len(run["results"]) == sum(len(r.diagnostics) for r in corpus_run.results)
    first = run["results"][0]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert "/" not in location["artifactLocation"]["uri"]  # relative to the corpus directory
    assert run["invocations"][0]["executionSuccessful"] is False
    assert len(run["invocations"][0]["toolExecutionNotifications"]) == 1
    prints = [result["partialFingerprints"]["cablelint/v1"] for result in run["results"]]
    assert all(len(p) == 32 for p in prints)


def test_gitlab_over_the_corpus(corpus_run, corpus) -> None:
    issues = json.loads(render("gitlab", corpus_run, root=corpus))
    findings = sum(len(r.diagnostics) for r in corpus_run.results)
    assert len(issues) == findings + len(corpus_run.errors)
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints)  # GitLab dedupes by fingerprint
    assert {issue["severity"] for issue in issues} <= {"info", "minor", "major"}
    for issue in issues:
        assert set(issue) == {"type", "description", "check_name", "fingerprint", "severity",
                              "location"}
        assert issue["location"]["lines"]["begin"] >= 1
        assert not issue["location"]["path"].startswith("/")


def test_junit_over_the_corpus_parses_and_counts_match(corpus_run) -> None:
    root = ET.fromstring(render("junit", corpus_run))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "cablelint"
    cases = suite.findall("testcase")
    assert len(cases) == len(corpus_run.results) + len(corpus_run.errors)
    assert int(suite.get("tests")) == len(cases)
    failing = sum(1 for result in corpus_run.results if result.diagnostics)
    assert int(suite.get("failures")) == failing == len(suite.findall("testcase/failure"))
    assert int(suite.get("errors")) == 1 == len(suite.findall("testcase/error"))


def test_github_over_the_corpus(corpus_run) -> None:
    lines = render("github", corpus_run).splitlines()
    findings = sum(len(r.diagnostics) for r in corpus_run.results)
    assert len(lines) == findings + len(corpus_run.errors)
    assert all(line.split(" ", 1)[0] in ("::error", "::warning", "::notice") for line in lines)
    assert all("\r" not in line for line in lines)


@pytest.mark.parametrize("name", ["text", "concise", "grouped"])
def test_human_formats_over_the_corpus(corpus_run, name) -> None:
    out = render(name, corpus_run, show_source=True)
    findings = sum(len(r.diagnostics) for r in corpus_run.results)
    assert "\x1b[" not in out
    assert out.endswith(".\n") and f"Found {findings} findings" in out.splitlines()[-1]


# ------------------------------------------------------------------ CLI


def test_cli_writes_sarif_to_output_file(tmp_path, capsys, sarif_validator) -> None:
    target = tmp_path / "reports" / "cablelint.sarif"
    code = main(["check", "--output-format", "sarif", "--output-file", str(target),
                 "--exit-zero", str(EXAMPLE)])
    out, _ = capsys.readouterr()
    assert code == 0 and out == ""
    log = json.loads(target.read_text(encoding="utf-8"))
    sarif_validator.validate(log)
    assert log["runs"][0]["tool"]["driver"]["name"] == "cablelint"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_cli_every_format_with_output_file(name, tmp_path, capsys) -> None:
    target = tmp_path / f"report.{name}"
    code = main(["check", "--output-format", name, "-o", str(target), str(EXAMPLE),
                 str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""  # the unreadable file makes it 2
    assert "missing.txt" in err
    text = target.read_text(encoding="utf-8")
    assert "ottawa-1502.txt" in text
    if name == "json":
        report_validator().validate(json.loads(text))
    if name in ("json", "sarif", "gitlab"):
        json.loads(text)
    if name == "junit":
        ET.fromstring(text)


def test_cli_color_always_and_never(capsys) -> None:
    main(["check", "--select", "CL901", "--color", "always", "--show-source", str(EXAMPLE)])
    coloured, _ = capsys.readouterr()
    assert "\x1b[1m" in coloured and "\x1b[33m" in coloured  # bold path, yellow warning
    main(["check", "--select", "CL901", "--color", "never", "--show-source", str(EXAMPLE)])
    plain, _ = capsys.readouterr()
    assert "\x1b[" not in plain and "^^ CL901" in plain


def test_schema_report_prints_the_shipped_schema(capsys) -> None:
    assert main(["schema", "report"]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out) == load_schema("report")
    jsonschema.Draft202012Validator.check_schema(json.loads(out))
