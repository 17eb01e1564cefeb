"""The command line: parse (tree and JSON), stdin, schema, exit codes, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from cablelint.cli import main
from cablelint.schemas import load_schema, schema_text

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


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
