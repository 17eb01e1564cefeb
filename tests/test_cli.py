"""The command line: parse (tree and JSON), stdin, schema, exit codes, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import run

from cablelint.cli import main
from cablelint.schemas import load_schema, schema_text

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"


def test_parse_tree_outline(capsys) -> None:
    code, out, err = run(capsys, "parse", str(EXAMPLE))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == str(EXAMPLE)
    assert "  banner         5:1-5:55          CONFIDENTIAL SECTION 1 OF 5 OTTAWA 001502" in lines
    assert any(line.startswith("  paragraph      50:1-50:") and line.endswith("110. (C)")
               for line in lines)
    assert lines[-1] == "  signoff        99:1-99:8         DICKSON"


def test_parse_json_validates_against_the_schema(capsys) -> None:
    code, out, _ = run(capsys, "parse", "--format", "json", str(EXAMPLE))
    assert code == 0
    report = json.loads(out)
    jsonschema.Draft202012Validator(load_schema("document")).validate(report)
    [document] = report["documents"]
    assert document["banner"]["originator"] == "OTTAWA"
    assert len(document["paragraphs"]) == 25
    assert report["errors"] == []


def test_schema_command_prints_the_shipped_schema(capsys) -> None:
    code, out, _ = run(capsys, "schema", "document")
    assert code == 0
    assert out == schema_text("document")
    jsonschema.Draft202012Validator.check_schema(json.loads(out))


def test_stdin_with_a_filename(monkeypatch, capsys) -> None:
    import io

    data = EXAMPLE.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "parse", "-", "--stdin-filename", "cables/mine.txt",
                       "--format", "json")
    assert code == 0
    assert json.loads(out)["documents"][0]["path"] == "cables/mine.txt"


def test_unreadable_inputs_exit_2_with_a_message(tmp_path, capsys) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, out, err = run(capsys, "parse", str(EXAMPLE), str(tmp_path / "missing.txt"),
                         str(binary), str(tmp_path))
    assert code == 2
    assert out.startswith(str(EXAMPLE))  # the readable file is still parsed
    assert f"{tmp_path / 'missing.txt'}: cannot read: No such file or directory" in err
    assert f"{binary}: binary file" in err
    assert f"{tmp_path}: is a directory" in err
    assert "Traceback" not in err


def test_json_lists_unreadable_inputs(tmp_path, capsys) -> None:
    code, out, _ = run(capsys, "parse", "--format", "json", str(tmp_path / "nope.txt"))
    assert code == 2
    report = json.loads(out)
    assert report["documents"] == []
    assert report["errors"][0]["path"] == str(tmp_path / "nope.txt")


def test_empty_file(tmp_path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, _ = run(capsys, "parse", str(empty))
    assert code == 0 and out == f"{empty}\n"


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["parse"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", "--format", "xml", str(EXAMPLE)])
    assert exit_info.value.code == 2


@pytest.mark.slow
def test_console_script_runs_in_a_fresh_process(tmp_path) -> None:
    result = subprocess.run([sys.executable, "-m", "cablelint", "parse", str(EXAMPLE)],
                            capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr
    assert "DICKSON" in result.stdout


# ------------------------------------------------------------------- check


def test_check_prints_findings_and_exits_1(capsys) -> None:
    code, out, _ = run(capsys, "check", "--select", "CL901", str(EXAMPLE))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (f"{EXAMPLE}:42:1: CL901 [*] [warning] paragraph number '17.' follows "
                        "\u00b66: it is \u00b67 with its pilcrow read as '1'; write '7.'")
    assert lines[-1] == "Found 13 findings in 1 file (13 fixable with --fix)."


def test_check_fail_level_and_clean_exit(capsys, tmp_path) -> None:
    code, _, _ = run(capsys, "check", "--select", "CL901", "--fail-level", "error", str(EXAMPLE))
    assert code == 0
    clean = tmp_path / "clean.txt"
    clean.write_text("C O N F I D E N T I A L ZENDA 000001\n\n\u00b61. (C) One.\n\n"
                     "\u00b62. (C) Two.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--select", "numbering", str(clean))
    assert code == 0 and out == ""


def test_check_walks_directories_for_cable_files(capsys, tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.cable").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "a" / "notes.md").write_text("not a cable")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "hidden.txt").write_bytes(EXAMPLE.read_bytes())
    code, out, _ = run(capsys, "check", "--select", "CL901", "--statistics", str(tmp_path))
    assert code == 1
    assert "      13      1  100.0%  CL901 [*] pilcrow-read-as-one" in out
    assert out.splitlines()[-1] == "      13  total over 1 files"


def test_check_with_nothing_to_check(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "check", str(tmp_path))
    assert code == 0 and out == ""
    assert "no cable files found" in err


@pytest.mark.parametrize("args", [["--select", "CL777"], ["--ignore", "nonsense"],
                                  ["--metadata", "/nonexistent/metadata.jsonl"]])
def test_check_usage_errors_exit_2(capsys, args) -> None:
    code, _, err = run(capsys, "check", *args, str(EXAMPLE))
    assert code == 2 and err.startswith("cablelint: ")


def test_rules_and_explain(capsys) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert out.splitlines()[0].split() == ["code", "name", "family", "severity", "default", "fix",
                                       "basis"]
    assert any(line.split()[:2] == ["CL901", "pilcrow-read-as-one"] for line in out.splitlines())
    code, listing, _ = run(capsys, "rules", "--output-format", "json")
    assert code == 0
    pilcrow = next(rule for rule in json.loads(listing) if rule["code"] == "CL901")
    assert (pilcrow["severity"], pilcrow["basis"]) == ("warning", "extraction")
    code, by_code, _ = run(capsys, "explain", "cl901")
    code_name, by_name, _ = run(capsys, "explain", "pilcrow-read-as-one")
    assert code == code_name == 0 and by_code == by_name
    assert by_code.startswith("CL901 pilcrow-read-as-one\n")
    for section in ("Why:", "Source:", "Bad:", "Good:", "Fix:"):
        assert section in by_code
    code, _, err = run(capsys, "explain", "CL777")
    assert code == 2 and "no rule 'CL777'" in err


def test_extend_vocabulary(capsys, tmp_path) -> None:
    cable_file = tmp_path / "c.txt"
    cable_file.write_text("C O N F I D E N T I A L ZENDA 000001\n\nE.O. 12958: DECL: 01/01/2019\n"
                          "TAGS: PREL QPXZ CA\nSUBJECT: TEST\n\n1. (C) Text.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--select", "CL602", str(cable_file))
    assert code == 1 and "QPXZ" in out
    extension = tmp_path / "ext.json"
    extension.write_text('{"tags": {"extra": ["QPXZ"]}}')
    code, out, _ = run(capsys, "check", "--select", "CL602", "--extend-vocabulary",
                       str(extension), str(cable_file))
    assert code == 0 and out == ""
    extension.write_text('{"tags": {"extra": [5]}}')
    code, _, err = run(capsys, "check", "--extend-vocabulary", str(extension), str(cable_file))
    assert code == 2 and "extra/0: 5 is not of type 'string'" in err
    extension.write_text('{"tagz": {}}')
    code, _, err = run(capsys, "check", "--extend-vocabulary", str(extension), str(cable_file))
    assert code == 2 and "no vocabulary 'tagz'" in err
