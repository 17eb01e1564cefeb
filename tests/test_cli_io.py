"""Command-line I/O (issue 13): what is read, and every way writing can fail.

Each case is its own small input: a FIFO, a socket, a device, a directory that
cannot be listed, a full disk, a closed pipe, a closed stdin, a bad
``CABLELINT_OUTPUT_FORMAT``, a UTF-16 file, and baseline or metadata files with
values of the wrong type.  Each must give one line on stderr and the documented
exit code: no hang, no traceback.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import REPO, run

CABLE = ("C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 04/01/2019\n"
         "TAGS: PREL ZD\nSUBJECT: CORONATION\n\n"
         "Classified By: Ambassador R. Rassendyll, reasons 1.4 (b) and (d)\n\n"
         "1. (C) The king's coronation went ahead as planned.\n\nRASSENDYLL\n")
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


def _cable(directory: Path, name: str = "zenda.txt") -> Path:
    path = directory / name
    path.write_text(CABLE, encoding="utf-8")
    return path


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _subprocess(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "cablelint", *args], env=env,
                          capture_output="stdout" not in kwargs, timeout=60, check=False,
                          **kwargs)


# --- only regular files are read -------------------------------------------------


@posix_only
@pytest.mark.parametrize("command", [["check"], ["check", "--fix", "--quiet"], ["parse"]])
def test_a_named_fifo_is_an_error_not_a_hang(capsys, tmp_path, command) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, _, err = run(capsys, *command, str(fifo))
    assert code == 2
    assert _one_line(err) == f"cablelint: {fifo}: a FIFO, not a regular file; skipped"


@posix_only
def test_a_fifo_and_a_socket_inside_a_directory_are_skipped_with_a_note(capsys,
                                                                       tmp_path) -> None:
    cable = _cable(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock.txt"))
        code, out, err = run(capsys, "check", "--isolated", "--quiet", str(tmp_path))
    finally:
        server.close()
    assert sorted(err.strip().splitlines()) == [
        f"cablelint: {tmp_path / 'pipe.txt'}: a FIFO, not a regular file; skipped",
        f"cablelint: {tmp_path / 'sock.txt'}: a socket, not a regular file; skipped"]
    assert str(cable) in out or out == ""  # the cable itself was linted
    assert code in (0, 1)  # a note, not an error: the findings decide


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_a_device_is_not_read(capsys) -> None:
    code, _, err = run(capsys, "check", "/dev/null")
    assert code == 2
    assert _one_line(err) == "cablelint: /dev/null: a character device, not a regular file; " \
                             "skipped"


def test_a_directory_that_cannot_be_listed_is_reported(capsys, tmp_path, monkeypatch) -> None:
    _cable(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    _cable(locked, "hidden.txt")
    real_scandir = os.scandir

    def scandir(path="."):  # chmod 000 does not stop root: refuse the listing here
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run(capsys, "check", "--isolated", "--quiet", str(tmp_path))
    assert code == 2
    assert _one_line(err) == f"cablelint: {locked}: cannot read directory: Permission denied"
    assert "hidden.txt" not in out


def test_utf16_is_named_not_called_binary(capsys, tmp_path) -> None:
    for name, encoding in (("le.txt", "utf-16-le"), ("be.txt", "utf-16-be")):
        path = tmp_path / name
        path.write_bytes(("\ufeff" + CABLE).encode(encoding))
        code, _, err = run(capsys, "check", str(path))
        assert code == 2
        assert _one_line(err) == f"cablelint: {path}: UTF-16 is not supported; re-save as UTF-8"


@pytest.mark.parametrize("stdin", [None, "closed"])
def test_stdin_closed_is_one_line(capsys, monkeypatch, stdin) -> None:
    if stdin == "closed":
        stream = io.TextIOWrapper(io.BytesIO(b""))
        stream.close()
        stdin = stream
    monkeypatch.setattr(sys, "stdin", stdin)
    code, _, err = run(capsys, "check", "-")
    assert code == 2
    assert _one_line(err) == "cablelint: <stdin>: cannot read stdin: it is closed"


# --- writing ----------------------------------------------------------------------


needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


@needs_dev_full
def test_output_file_on_a_full_disk_is_one_line(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "check", "-o", "/dev/full", str(_cable(tmp_path)))
    assert code == 2
    assert _one_line(err) == "cablelint: cannot write --output-file /dev/full: " \
                             "No space left on device"


@needs_dev_full
@pytest.mark.parametrize("command", ["check", "parse"])
def test_stdout_on_a_full_disk_is_one_line(tmp_path, command) -> None:
    with open("/dev/full", "w") as full:
        done = _subprocess(command, str(_cable(tmp_path)), stdout=full,
                           stderr=subprocess.PIPE)
    assert done.returncode == 2
    assert _one_line(done.stderr.decode()) == "cablelint: cannot write stdout: " \
                                              "No space left on device"


def test_a_closed_pipe_exits_quietly_with_the_findings_code(tmp_path) -> None:
    for number in range(40):  # enough output to fill the pipe
        _cable(tmp_path, f"zenda{number:02}.txt")
    done = subprocess.run(
        f"{sys.executable} -m cablelint check --isolated {tmp_path} | head -1; "
        "exit ${PIPESTATUS[0]}", shell=True, executable="/bin/bash", capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60, check=False)
    assert done.stderr.decode() == ""
    assert len(done.stdout.decode().splitlines()) == 1
    assert done.returncode == 1  # the findings' code, as without the pipe


def test_unknown_output_format_from_the_environment_is_a_usage_error(capsys, tmp_path,
                                                                     monkeypatch) -> None:
    monkeypatch.setenv("CABLELINT_OUTPUT_FORMAT", "xml")
    code, _, err = run(capsys, "check", str(_cable(tmp_path)))
    assert code == 2
    assert _one_line(err).startswith("cablelint: CABLELINT_OUTPUT_FORMAT=xml is not a "
                                     "report format; use one of concise, github")


def test_baseline_that_cannot_be_written_is_one_line(capsys, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, _, err = run(capsys, "check", "--baseline", str(blocker / "b.json"),
                       "--write-baseline", str(_cable(tmp_path)))
    assert code == 2
    assert _one_line(err).startswith(f"cablelint: cannot write baseline {blocker / 'b.json'}")


# --- baseline and metadata contents ----------------------------------------------


@pytest.mark.parametrize(("findings", "problem"), [
    (5, "findings: expected a list, got int 5"),
    (None, "findings: expected a list, got NoneType None"),
    ([[1, 2]], "findings[0]: expected a table, got a list"),
    ([{"path": "a.txt", "code": "CL101", "content": 3, "context": ""}],
     "findings[0].content: expected a string, got int 3"),
])
def test_baseline_of_the_wrong_shape_is_one_line(capsys, tmp_path, findings, problem) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"cablelint_baseline": 1, "fingerprint": "1",
                                    "findings": findings}))
    code, _, err = run(capsys, "check", "--baseline", str(baseline), str(_cable(tmp_path)))
    assert code == 2
    assert _one_line(err) == (f"cablelint: {baseline} is not a valid baseline: {problem}; "
                              "rewrite it with --write-baseline")


@pytest.mark.parametrize(("record", "problem"), [
    ({"id": 3}, "id: expected a string, got int 3"),
    ({"id": "09ZENDA123", "created": 2009}, "created: expected a string or nothing, "
                                            "got int 2009"),
    ({"id": "09ZENDA123", "classification": ["SECRET"]},
     "classification: expected a string or nothing, got a list"),
    (["09ZENDA123"], "the line: expected a table, got a list"),
])
def test_metadata_of_the_wrong_type_is_a_usage_error(capsys, tmp_path, record,
                                                      problem) -> None:
    metadata = tmp_path / "metadata.jsonl"
    metadata.write_text(json.dumps({"id": "09ZENDA1", "created": "2009-01-02 10:00"}) + "\n"
                        + json.dumps(record) + "\n")
    code, out, err = run(capsys, "check", "--metadata", str(metadata), str(_cable(tmp_path)))
    assert code == 2
    assert "CL000" not in out
    assert _one_line(err) == f"cablelint: cannot use --metadata: {metadata}:2: not a " \
                             f"metadata record: {problem}"
