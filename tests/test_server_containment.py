"""The language server keeps serving through a runaway plugin and bad frames.

Issue #13: one lint thread with no time limit let a looping plugin block
every other document's diagnostics, the process outlived ``exit``, and one
frame with a wrong or missing Content-Length silenced the server for good.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from containment_plugins import CABLE
from lsp_client import StdioClient

from cablelint.server.framing import frames

LAUNCHER = Path(__file__).resolve().parent / "containment_server.py"
SERVER = [sys.executable, str(LAUNCHER)]


def _open(client: StdioClient, path: Path, text: str, version: int = 1) -> None:
    path.write_text(text, encoding="utf-8")
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": path.as_uri(), "languageId": "cable", "version": version, "text": text}})


def _codes(diagnostics) -> list[str]:
    return [d["code"] for d in diagnostics]


@pytest.mark.slow
def test_a_looping_plugin_blocks_neither_other_documents_nor_exit(tmp_path: Path) -> None:
    (tmp_path / "cablelint.toml").write_text("timeout-per-file = 2\n", encoding="utf-8")
    with StdioClient(SERVER, cwd=str(tmp_path)) as client:
        client.initialize()
        slow, normal = tmp_path / "slow.txt", tmp_path / "normal.txt"
        mark = client.mark()
        _open(client, slow, CABLE + "LOOP FOREVER\n")
        time.sleep(0.3)  # the slow lint is under way
        started = time.monotonic()
        _open(client, normal, CABLE)
        assert "CL969" in _codes(client.diagnostics(normal.as_uri(), mark, timeout=10))
        assert time.monotonic() - started < 1.5  # not after the slow one's budget
        found = client.diagnostics(slow.as_uri(), mark, timeout=10)
        [internal] = [d for d in found if d["code"] == "CL000"]
        assert "rule CL969 (loops-on-marker) did not finish within the time budget of 2 s" \
            in internal["message"]
        assert client.stop() == 0


@pytest.mark.slow
def test_a_newer_version_stops_the_stale_lint(tmp_path: Path) -> None:
    (tmp_path / "cablelint.toml").write_text("timeout-per-file = 30\n", encoding="utf-8")
    with StdioClient(SERVER, cwd=str(tmp_path)) as client:
        client.initialize()
        path = tmp_path / "draft.txt"
        mark = client.mark()
        _open(client, path, CABLE + "LOOP FOREVER\n")
        time.sleep(0.5)
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": path.as_uri(), "version": 2},
            "contentChanges": [{"text": CABLE}]})
        started = time.monotonic()
        found = client.diagnostics(path.as_uri(), mark, version=2, timeout=10)
        assert time.monotonic() - started < 5  # not after the 30 s budget
        assert "CL969" in _codes(found) and "CL000" not in _codes(found)
        assert client.stop() == 0


@pytest.mark.slow
def test_exit_ends_the_process_while_a_plugin_loops(tmp_path: Path) -> None:
    (tmp_path / "cablelint.toml").write_text("timeout-per-file = 0\n", encoding="utf-8")
    with StdioClient(SERVER, cwd=str(tmp_path)) as client:
        client.initialize()
        _open(client, tmp_path / "slow.txt", CABLE + "LOOP FOREVER\n")
        time.sleep(0.5)
        client.request("shutdown")
        client.notify("exit")
        started = time.monotonic()
        while client.process.poll() is None and time.monotonic() - started < 5:
            time.sleep(0.05)
        assert client.process.poll() == 0


def _frame(message: dict, length: int | None = None) -> bytes:
    body = json.dumps({"jsonrpc": "2.0", **message}).encode()
    if length is None:
        return body  # no header at all
    return b"Content-Length: %d\r\n\r\n%s" % (length, body)


@pytest.mark.slow
@pytest.mark.parametrize("change", [+40, -5, None], ids=["too-long", "too-short", "missing"])
def test_the_server_answers_again_after_a_bad_frame(tmp_path: Path, change) -> None:
    with StdioClient(SERVER, cwd=str(tmp_path)) as client:
        client.initialize()
        message = {"id": 900, "method": "cablelint/noSuchMethod", "params": {"x": 0}}
        good = len(_frame(message, 0)) - len(b"Content-Length: 0\r\n\r\n")
        client.send_raw(_frame(message, None if change is None else good + change))
        response = client.request_raw("cablelint/noSuchMethod", {"x": 1}, timeout=10)
        assert response["error"]["code"] == -32601
        path = tmp_path / "after.txt"
        mark = client.mark()
        _open(client, path, CABLE)
        assert "CL969" in _codes(client.diagnostics(path.as_uri(), mark, timeout=10))
        assert client.stop() == 0


def _reads(data: bytes, size: int):
    chunks = [data[i:i + size] for i in range(0, len(data), size)]
    return lambda n: chunks.pop(0) if chunks else b""


@pytest.mark.parametrize("size", [1, 7, 4096])
def test_frames_are_found_again_after_bad_ones(size: int) -> None:
    one, two = b'{"a": 1}', b'{"b": 22}'
    stream = (b"Content-Length: 8\r\n\r\n" + one           # good
              + b"garbage line\r\n\r\n"                     # not a header
              + b"Content-Length: 50\r\n\r\n" + one         # too long: cut by the next
              + b"Content-Length: 9\r\nContent-Type: x\r\n\r\n" + two  # good, two headers
              + b"Content-Length: 3\r\n\r\n" + one          # too short
              + b"Content-Length: 9\r\n\r\n" + two)         # good
    assert list(frames(_reads(stream, size))) == [one, two, one[:3], two]
