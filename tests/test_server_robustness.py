"""The server survives what editors and broken clients send: malformed JSON,
unknown methods, wrong params, requests for documents it never saw, binary,
empty and non-cable texts.  After each, it still answers and exits cleanly."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from lsp_client import StdioClient

pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ottawa-1502.txt"
SERVER = [sys.executable, "-m", "cablelint", "server"]
METHOD_NOT_FOUND = -32601


@pytest.fixture
def client(tmp_path: Path):
    with StdioClient(SERVER, cwd=str(tmp_path)) as client:
        client.initialize()
        yield client


def still_serving(client: StdioClient, tmp_path: Path) -> None:
    """A real cable still gets its findings, and shutdown/exit end with 0."""
    cable = tmp_path / "check.txt"
    shutil.copyfile(EXAMPLE, cable)
    mark = client.mark()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": cable.as_uri(), "languageId": "cable", "version": 1,
        "text": cable.read_text(encoding="utf-8")}})
    diagnostics = client.diagnostics(cable.as_uri(), mark)
    assert any(d["code"] == "CL901" for d in diagnostics)
    assert client.stop() == 0


def test_malformed_json_and_framing(client: StdioClient, tmp_path: Path) -> None:
    body = b'{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {'
    client.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    client.send_raw(b"this is not a header\r\n\r\n")
    body = b'["not", "an", "object"]'
    client.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    body = b'{"jsonrpc": "2.0", "id": 100}'  # neither request nor response
    client.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    still_serving(client, tmp_path)


def test_unknown_methods(client: StdioClient, tmp_path: Path) -> None:
    response = client.request_raw("cablelint/noSuchMethod", {"x": 1})
    assert response["error"]["code"] == METHOD_NOT_FOUND
    client.notify("cablelint/noSuchNotification", {"x": 1})
    client.notify("$/setTrace", {"value": "off"})
    still_serving(client, tmp_path)


def test_wrong_params(client: StdioClient, tmp_path: Path) -> None:
    hover = client.request_raw("textDocument/hover", {"textDocument": {"uri": "file:///x"}})
    assert "error" in hover  # no position: an error response, not a crash
    actions = client.request_raw("textDocument/codeAction", {"range": "everything"})
    assert "error" in actions
    client.notify("textDocument/didOpen", {"textDocument": "nope"})
    client.notify("textDocument/didChange", {"contentChanges": 5})
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": 3}]})
    still_serving(client, tmp_path)


def test_documents_it_never_saw(client: StdioClient, tmp_path: Path) -> None:
    uri = (tmp_path / "never-opened.txt").as_uri()
    position = {"line": 0, "character": 0}
    assert client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": position}) is None
    assert client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": position, "end": position},
        "context": {"diagnostics": []}}) is None
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"text": "UNCLASSIFIED"}]})
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    still_serving(client, tmp_path)


@pytest.mark.parametrize("text", [
    "",
    "\n\n\n",
    "\x00\x01\x02binary\x00" * 50,
    "# A README\n\nThis is not a cable at all. ¶ 😀\n",
    "\ufeffUNCLASSIFIED\r\nSUBJECT: a BOM and CRLF\r\n\r\n1. (U) Text.\r\n",
    "\r" * 20 + "UNCLASSIFIED\f\u2028\x85 odd line breaks\n",
    "(" * 5000 + "\n" + "1." * 3000,
])
def test_texts_that_are_not_cables(client: StdioClient, tmp_path: Path, text: str) -> None:
    uri = (tmp_path / "odd.txt").as_uri()
    mark = client.mark()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cable", "version": 1, "text": text}})
    diagnostics = client.diagnostics(uri, mark)
    assert not [d for d in diagnostics if d.get("code") == "internal-error"]
    if "\x00" in text:
        assert diagnostics == []  # binary-looking: not linted
    for diagnostic in diagnostics:  # every range lies inside the text
        assert 0 <= diagnostic["range"]["start"]["line"] <= text.count("\n") + text.count("\r")
    end = {"line": 10_000, "character": 0}
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0},
                                                "end": end},
        "context": {"diagnostics": [], "only": ["source.fixAll.cablelint"]}})
    assert actions == []  # no banner: fix-all leaves a text that may not be a cable alone
    hover = client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": {"line": 99, "character": 99}})
    assert hover is None or hover["contents"]
    # an incremental change with a range past the end is clamped, not fatal
    mark = client.mark()
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 500, "character": 9},
                                      "end": {"line": 900, "character": 0}},
                            "text": "tail\n"}]})
    client.diagnostics(uri, mark, version=2)
    still_serving(client, tmp_path)


def test_stdin_closed_without_exit(tmp_path: Path) -> None:
    """An editor that dies leaves the server's stdin at EOF: it ends, with 1."""
    client = StdioClient(SERVER, cwd=str(tmp_path))
    client.initialize()
    assert client.close(timeout=20) == 1
