"""``sarif``: SARIF 2.1.0 for GitHub code scanning (schema, fields, fingerprints)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from cablelint.check import CheckRun, FileError, FileResult
from cablelint.cli import main
from cablelint.diagnostics import Diagnostic, Edit, Fix
from cablelint.reports import ReportContext, write_report
from cablelint.reports.rule_help import help_markdown
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"
RULES = {rule.code: rule for rule in all_rules()[0]}


@pytest.fixture
def validator(sarif_validator) -> jsonschema.Draft4Validator:
    return sarif_validator


def hand_run(root: Path) -> CheckRun:
    """A finding with a two-edit fix, one without, an unknown code and an unreadable file."""
    text = "SECRET OTTAWA 000001\n\n17. (S) Text, with\r\n18. (S) more.\n"
    path = str(root / "cables" / "my cable%.txt")
    source = SourceText.from_text(text, path)
    first = text.index("17.")
    second = text.index("18.")
    fix = Fix("renumber", (Edit(first, first + 2, "1"), Edit(second, second + 2, "2")), "unsafe")
    diagnostics = [
        Diagnostic("CL901", "paragraph number '17.'", source.span(first, first + 3),
                   "warning", "pilcrow-read-as-one", fix),
        Diagnostic("CL101", "a message with \"quotes\" and a\nnewline",
                   source.span(0, len("SECRET")), "error", "missing-banner"),
        Diagnostic("CL913", "spans two lines", source.span(first, second + 3), "info"),
        Diagnostic("CL777", "a code no rule has", source.span(0, 1), "warning", "plugin-rule"),
    ]
    return CheckRun([FileResult(path, diagnostics, source, None)],
                    [FileError(str(root / "gone.txt"), "gone.txt: cannot read: No such file")])


def sarif(run: CheckRun, root: Path) -> dict:
    stream = io.StringIO()
    write_report("sarif", run, ReportContext(RULES, root=root), stream)
    return json.loads(stream.getvalue())


def test_hand_case_validates_and_carries_the_fields(tmp_path, validator) -> None:
    log = sarif(hand_run(tmp_path), tmp_path)
    validator.validate(log)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "cablelint" and driver["version"]
    assert driver["informationUri"].startswith("https://")
    assert [rule["id"] for rule in driver["rules"]] == sorted(RULES)
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"

    renumber, banner, two_lines, unknown = run["results"]
    assert renumber["ruleId"] == "CL901"
    assert driver["rules"][renumber["ruleIndex"]]["id"] == "CL901"
    assert renumber["level"] == "warning" and banner["level"] == "error"
    assert two_lines["level"] == "note"
    assert banner["message"]["text"] == "a message with \"quotes\" and a\nnewline"
    location = renumber["locations"][0]["physicalLocation"]
    # repository-relative, percent-encoded, forward slashes
    assert location["artifactLocation"] == {"uri": "cables/my%20cable%25.txt",
                                            "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 3, "startColumn": 1, "endLine": 3,
                                  "endColumn": 4}
    region = two_lines["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (3, 4, 4)
    assert set(renumber["partialFingerprints"]) == {"cablelint/v1"}
    assert "ruleIndex" not in unknown and unknown["ruleId"] == "CL777"

    (fix,) = renumber["fixes"]
    assert fix["description"]["text"] == "renumber (unsafe)"
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"] == location["artifactLocation"]
    assert change["replacements"] == [
        {"deletedRegion": {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 3},
         "insertedContent": {"text": "1"}},
        {"deletedRegion": {"startLine": 4, "startColumn": 1, "endLine": 4, "endColumn": 3},
         "insertedContent": {"text": "2"}},
    ]
    assert "fixes" not in banner

    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "gone.txt" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "gone.txt"


def test_rules_carry_descriptions_help_and_default_level(tmp_path, validator) -> None:
    log = sarif(CheckRun(), tmp_path)
    validator.validate(log)
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    gap = rules["CL201"]
    assert gap["name"] == "paragraph-number-gap"
    assert gap["shortDescription"]["text"] == RULES["CL201"].summary
    assert gap["fullDescription"]["text"]
    assert "Why:" in gap["help"]["text"] and "**Why:**" in gap["help"]["markdown"]
    assert gap["defaultConfiguration"] == {"level": "warning", "enabled": True}
    assert gap["properties"]["tags"] == ["cablelint", "numbering"]
    assert rules["CL913"]["defaultConfiguration"]["level"] == "note"
    assert rules["CL112"]["defaultConfiguration"]["enabled"] is False
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_help_markdown_fences_indented_examples() -> None:
    markdown = help_markdown(RULES["CL905"])
    assert "```text\nClassified By: Charge d'Affaires Peter Pan for REAS\nONS" in markdown
    assert "``" not in markdown.replace("```", "")  # reST literals became Markdown code


def test_files_outside_the_root_get_absolute_file_uris(tmp_path, validator) -> None:
    elsewhere = tmp_path / "elsewhere"
    log = sarif(hand_run(elsewhere), tmp_path / "repository")
    validator.validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "artifactLocation"]["uri"]
    assert uri.startswith("file:///") and uri.endswith("/cables/my%20cable%25.txt")


def fingerprint_map(path: Path, capsys) -> dict[str, tuple[str, int]]:
    main(["check", "--output-format", "sarif", "--exit-zero", str(path)])
    log = json.loads(capsys.readouterr().out)
    return {result["partialFingerprints"]["cablelint/v1"]:
            (result["ruleId"], result["locations"][0]["physicalLocation"]["region"]["startLine"])
            for result in log["runs"][0]["results"]}


def test_partial_fingerprints_survive_lines_inserted_above(tmp_path, capsys) -> None:
    cable = tmp_path / "ottawa.txt"
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    cable.write_text("".join(lines), encoding="utf-8")
    before = fingerprint_map(cable, capsys)
    # two blank lines before the CONTINENTAL DEFENSE heading (line 34)
    cable.write_text("".join([*lines[:33], "\n", "\n", *lines[33:]]), encoding="utf-8")
    after = fingerprint_map(cable, capsys)
    assert len(before) > 10 and before.keys() == after.keys()
    for fingerprint, (rule, line) in before.items():
        assert after[fingerprint] == (rule, line + 2 if line > 33 else line)
