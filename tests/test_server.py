"""``cablelint server`` driven by a real LSP client over stdio, as an editor would.

The server runs as ``python -m cablelint server`` in a subprocess; the client
(:class:`StdioClient` in ``tests/lsp_client.py``) frames JSON-RPC messages
with Content-Length headers over its pipes.  LSP lines and characters are
0-based, characters in UTF-16 code units.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from lsp_client import StdioClient

pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ottawa-1502.txt"
SERVER = [sys.executable, "-m", "cablelint", "server"]
PUBLISH = "textDocument/publishDiagnostics"
#: (0-based line, wrong number) of each paragraph number CL901 flags in the example
PILCROWS = [(41, "17"), (43, "18"), (47, "19"), (49, "110"), (51, "111"), (55, "112"),
            (57, "113"), (71, "120"), (75, "121"), (79, "122"), (83, "123"), (87, "124"),
            (91, "125")]


@pytest.fixture
def cable(tmp_path: Path) -> Path:
    path = tmp_path / "ottawa-1502.txt"
    shutil.copyfile(EXAMPLE, path)
    return path


@pytest.fixture
def client(tmp_path: Path):
    with StdioClient(SERVER, cwd=str(tmp_path)) as client:
        yield client


def open_document(client: StdioClient, path: Path, text: str | None = None,
                  version: int = 1) -> list[dict]:
    mark = client.mark()
    text = path.read_text(encoding="utf-8") if text is None else text
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": path.as_uri(), "languageId": "cable", "version": version, "text": text}})
    return client.diagnostics(path.as_uri(), mark, version)


def change(client: StdioClient, path: Path, version: int, changes: list[dict]) -> list[dict]:
    mark = client.mark()
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": path.as_uri(), "version": version},
        "contentChanges": changes})
    return client.diagnostics(path.as_uri(), mark, version)


def at(line: int, character: int) -> dict:
    return {"line": line, "character": character}


def span(line: int, start: int, end: int) -> dict:
    return {"start": at(line, start), "end": at(line, end)}


def pilcrows(diagnostics: list[dict]) -> list[tuple[int, int, int]]:
    return [(d["range"]["start"]["line"], d["range"]["start"]["character"],
             d["range"]["end"]["character"]) for d in diagnostics if d["code"] == "CL901"]


def apply_edits(text: str, edits: list[dict]) -> str:
    """Apply LSP text edits (UTF-16 positions) to ``text``, last first, as an editor does."""
    from cablelint.server.positions import LineIndex

    index = LineIndex(text)
    located = sorted(((index.offset(_pos(e["range"]["start"])),
                       index.offset(_pos(e["range"]["end"])), e["newText"]) for e in edits),
                     reverse=True)
    for start, end, new_text in located:
        text = text[:start] + new_text + text[end:]
    return text


def _pos(position: dict):
    from lsprotocol import types

    return types.Position(line=position["line"], character=position["character"])


def code_actions(client: StdioClient, path: Path, line: int, only: list[str] | None = None,
                 diagnostics: list[dict] | None = None) -> list[dict]:
    context: dict = {"diagnostics": diagnostics or []}
    if only is not None:
        context["only"] = only
    return client.request("textDocument/codeAction", {
        "textDocument": {"uri": path.as_uri()}, "range": span(line, 0, 0),
        "context": context}) or []


# --- the acceptance session ------------------------------------------------------


def test_session_from_initialize_to_exit(client: StdioClient, cable: Path) -> None:
    result = client.initialize(root_uri=cable.parent.as_uri())
    capabilities = result["capabilities"]
    assert capabilities["codeActionProvider"]["codeActionKinds"] == [
        "quickfix", "source.fixAll.cablelint"]
    assert capabilities["hoverProvider"]
    assert capabilities["textDocumentSync"]["change"] == 2  # incremental
    assert capabilities.get("positionEncoding", "utf-16") == "utf-16"
    assert result["serverInfo"]["name"] == "cablelint"

    # didOpen: the pilcrow findings arrive at the right lines and columns
    text = cable.read_text(encoding="utf-8")
    diagnostics = open_document(client, cable)
    assert pilcrows(diagnostics) == [(line, 0, len(number)) for line, number in PILCROWS]
    first = next(d for d in diagnostics if d["code"] == "CL901")
    assert first["source"] == "cablelint"
    assert first["severity"] == 2  # warning
    assert first["message"].startswith("paragraph number '17.' follows ¶6")
    assert first["data"]["fix"]["applicability"] == "safe"

    # didChange (incremental): two lines inserted at the top move every finding down
    diagnostics = change(client, cable, 2, [{"range": span(0, 0, 0), "text": "\n\n"}])
    text = "\n\n" + text
    assert pilcrows(diagnostics) == [(line + 2, 0, len(number))
                                     for line, number in PILCROWS]

    # codeAction on the '17.' line: one preferred quick fix for the CL901 finding
    line = PILCROWS[0][0] + 2
    flagged = [d for d in diagnostics if d["range"]["start"]["line"] == line]
    actions = code_actions(client, cable, line, diagnostics=flagged)
    quick = [a for a in actions if a["kind"] == "quickfix"]
    assert len(quick) == 1
    action = quick[0]
    assert action["isPreferred"] is True
    assert "CL901" in action["title"]
    assert action["diagnostics"][0]["code"] == "CL901"
    edits = action["edit"]["changes"][cable.as_uri()]
    assert edits == [{"range": span(line, 0, 2), "newText": "7"}]

    # apply the edit locally and send it as an incremental change: that finding is gone
    text = apply_edits(text, edits)
    assert text.splitlines()[line].startswith("7. (C)")
    diagnostics = change(client, cable, 3, [{"range": edits[0]["range"], "text": "7"}])
    assert pilcrows(diagnostics) == [(line + 2, 0, len(number))
                                     for line, number in PILCROWS[1:]]

    # hover over a finding: the rule's code, name and explanation
    line = PILCROWS[1][0] + 2
    hover = client.request("textDocument/hover", {
        "textDocument": {"uri": cable.as_uri()}, "position": at(line, 1)})
    assert hover["contents"]["kind"] == "markdown"
    value = hover["contents"]["value"]
    assert value.startswith("**CL901** `pilcrow-read-as-one`: paragraph number '18.'")
    assert "Why:" in value
    assert hover["range"] == span(line, 0, 2)
    nothing = client.request("textDocument/hover", {
        "textDocument": {"uri": cable.as_uri()}, "position": at(line + 1, 0)})
    assert nothing is None

    # source.fixAll.cablelint: every safe fix at once, as `check --fix` does
    actions = code_actions(client, cable, 0, only=["source.fixAll"])
    assert [a["kind"] for a in actions] == ["source.fixAll.cablelint"]
    edits = actions[0]["edit"]["changes"][cable.as_uri()]
    fixed = apply_edits(text, edits)
    diagnostics = change(client, cable, 4, [{"text": fixed}])  # a whole-text change
    assert pilcrows(diagnostics) == []
    assert all(d["data"].get("fix", {}).get("applicability") != "safe" for d in diagnostics)
    assert code_actions(client, cable, 0, only=["source.fixAll.cablelint"]) == []

    # shutdown, exit: the process ends with 0
    assert client.request("shutdown") is None
    client.notify("exit")
    assert client.close() == 0


def test_fixed_text_matches_the_cli(client: StdioClient, cable: Path, tmp_path: Path) -> None:
    """Fix-all in the editor gives exactly what `cablelint check --fix` writes."""
    import subprocess

    client.initialize()
    text = cable.read_text(encoding="utf-8")
    open_document(client, cable)
    actions = code_actions(client, cable, 0, only=["source.fixAll.cablelint"])
    fixed = apply_edits(text, actions[0]["edit"]["changes"][cable.as_uri()])
    on_disk = tmp_path / "cli.txt"
    on_disk.write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "cablelint", "check", "--fix", "--exit-zero",
                    "-q", str(on_disk)], cwd=tmp_path, capture_output=True, check=True)
    assert fixed == on_disk.read_text(encoding="utf-8")


# --- positions in UTF-16 -----------------------------------------------------------


def test_utf16_columns_after_a_pilcrow_and_an_emoji(client: StdioClient, cable: Path) -> None:
    """Inserting ' ¶😀' (three code points) before a finding moves it four UTF-16
    units ('😀' is outside the BMP: two units); the quick fix's edit, applied in
    UTF-16 units by the client and sent back as an incremental change, lands right."""
    client.initialize()
    lines = cable.read_text(encoding="utf-8").split("\n")
    tags = next(i for i, line in enumerate(lines) if line.startswith("TAGS:"))
    plain = open_document(client, cable)
    tag_finding = next(d for d in plain if d["code"] == "CL904"
                       and d["range"]["start"]["line"] == tags)
    column = tag_finding["range"]["start"]["character"]
    assert column == lines[tags].index("[")  # ASCII line: code points == units

    lines[tags] = lines[tags].replace("TAGS:", "TAGS: ¶😀", 1)
    marked = cable.with_name("marked.txt")
    marked.write_text("\n".join(lines), encoding="utf-8")
    diagnostics = open_document(client, marked)
    moved = next(d for d in diagnostics if d["code"] == "CL904"
                 and d["range"]["start"]["line"] == tags)
    assert moved["range"]["start"]["character"] == column + 4  # not the code-point + 3
    assert moved["range"]["end"]["character"] == \
        tag_finding["range"]["end"]["character"] + 4
    fix = moved["data"]["fix"]["edits"][0]
    assert fix["range"]["start"]["character"] == column + 4

    # the client's quick fix, applied in UTF-16 units, repairs the line
    assert not [a for a in code_actions(client, marked, tags) if "CL904" in a["title"]]
    actions = code_actions(client, marked, tags, diagnostics=[moved])  # as editors send it
    tag_fix = next(a for a in actions if "CL904" in a["title"])
    edits = tag_fix["edit"]["changes"][marked.as_uri()]
    text = apply_edits("\n".join(lines), edits)
    assert text.split("\n")[tags] == "TAGS: ¶😀 PREL MARR PK IN CA"
    # content changes apply one after the other: send the last edit first
    last_first = sorted(edits, reverse=True, key=lambda e: (e["range"]["start"]["line"],
                                                            e["range"]["start"]["character"]))
    diagnostics = change(client, marked, 2, [{"range": e["range"], "text": e["newText"]}
                                             for e in last_first])
    assert not [d for d in diagnostics if d["code"] == "CL904"
                and d["range"]["start"]["line"] == tags]


# --- configuration -----------------------------------------------------------------


def test_a_changed_config_file_relints_open_documents(client: StdioClient, cable: Path) -> None:
    capabilities = {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}}
    client.initialize(root_uri=cable.parent.as_uri(), capabilities=capabilities)
    assert pilcrows(open_document(client, cable))
    registration = client.wait_for_request("client/registerCapability")
    watchers = registration["params"]["registrations"][0]["registerOptions"]["watchers"]
    assert {w["globPattern"] for w in watchers} == {
        "**/.cablelint.toml", "**/cablelint.toml", "**/pyproject.toml"}

    config = cable.parent / "cablelint.toml"
    config.write_text('ignore = ["CL901"]\n', encoding="utf-8")
    mark = client.mark()
    client.notify("workspace/didChangeWatchedFiles",
                  {"changes": [{"uri": config.as_uri(), "type": 1}]})
    diagnostics = client.diagnostics(cable.as_uri(), mark)
    assert pilcrows(diagnostics) == []
    assert diagnostics  # the other rules still run

    # saving a configuration file opened in the editor re-lints too
    config.write_text('ignore = ["CL904"]\n', encoding="utf-8")
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": config.as_uri(), "languageId": "toml", "version": 1,
        "text": config.read_text(encoding="utf-8")}})
    mark = client.mark()
    client.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    diagnostics = client.diagnostics(cable.as_uri(), mark)
    assert pilcrows(diagnostics)
    assert not [d for d in diagnostics if d["code"] == "CL904"]
    # the configuration file itself is never linted as a cable
    published = [r for r in client.received if r.method == PUBLISH
                 and r.params["uri"] == config.as_uri()]
    assert all(r.params["diagnostics"] == [] for r in published)


def test_a_broken_config_file_is_shown_and_defaults_apply(client: StdioClient,
                                                          cable: Path) -> None:
    (cable.parent / ".cablelint.toml").write_text("ignore = [\n", encoding="utf-8")
    client.initialize()
    diagnostics = open_document(client, cable)
    assert pilcrows(diagnostics)  # linted with the defaults
    note = next(d for d in diagnostics if d["code"] == "config-error")
    assert note["range"] == span(0, 0, 0)
    assert note["severity"] == 1
    assert ".cablelint.toml" in note["message"] and "invalid TOML" in note["message"]
    shown = client.wait_for("window/showMessage",
                            lambda params: "invalid TOML" in params["message"])
    assert shown.params["type"] == 1


# --- timing --------------------------------------------------------------------------


def test_changes_are_debounced_and_opens_are_not(tmp_path: Path, cable: Path) -> None:
    with StdioClient(SERVER, cwd=str(tmp_path)) as client:
        client.initialize(options={"debounceMs": 400})
        open_document(client, cable)  # answered without waiting for the debounce
        mark = client.mark()
        for version in range(2, 7):
            client.notify("textDocument/didChange", {
                "textDocument": {"uri": cable.as_uri(), "version": version},
                "contentChanges": [{"range": span(0, 0, 0), "text": "\n"}]})
        diagnostics = client.diagnostics(cable.as_uri(), mark, version=6)
        assert pilcrows(diagnostics)[0][0] == PILCROWS[0][0] + 5
        versions = [r.params["version"] for r in client.received[mark:]
                    if r.method == PUBLISH]
        assert versions == [6]  # one lint for the burst of changes
        assert client.stop() == 0


def test_close_clears_the_diagnostics(client: StdioClient, cable: Path) -> None:
    client.initialize()
    open_document(client, cable)
    mark = client.mark()
    client.notify("textDocument/didClose", {"textDocument": {"uri": cable.as_uri()}})
    assert client.diagnostics(cable.as_uri(), mark) == []


def test_exit_without_shutdown_exits_1(client: StdioClient) -> None:
    client.initialize()
    client.notify("exit")
    assert client.close() == 1


def test_unsafe_fixes_are_offered_marked_and_not_preferred(client: StdioClient,
                                                           cable: Path) -> None:
    client.initialize()
    diagnostics = open_document(client, cable)
    joining = next(d for d in diagnostics if d["code"] == "CL908")  # joining lines: unsafe
    assert joining["data"]["fix"]["applicability"] == "unsafe"
    line = joining["range"]["start"]["line"]
    actions = code_actions(client, cable, line, only=["quickfix"], diagnostics=[joining])
    action = next(a for a in actions if "CL908" in a["title"])
    assert action["title"].endswith("(unsafe)")
    assert action["isPreferred"] is False
    # fix-all applies safe fixes only: the unsafe finding is still there afterwards
    fix_all = code_actions(client, cable, 0, only=["source.fixAll.cablelint"])
    text = apply_edits(cable.read_text(encoding="utf-8"),
                       fix_all[0]["edit"]["changes"][cable.as_uri()])
    after = change(client, cable, 2, [{"text": text}])
    assert [d["code"] for d in after].count("CL908") == \
        [d["code"] for d in diagnostics].count("CL908")


def test_a_client_that_prefers_utf8_gets_byte_columns(client: StdioClient, cable: Path) -> None:
    result = client.initialize(capabilities={"general": {"positionEncodings": ["utf-8"]}})
    assert result["capabilities"]["positionEncoding"] == "utf-8"
    lines = cable.read_text(encoding="utf-8").split("\n")
    tags = next(i for i, line in enumerate(lines) if line.startswith("TAGS:"))
    column = lines[tags].index("[")
    lines[tags] = lines[tags].replace("TAGS:", "TAGS: ¶😀", 1)  # 1 + 2 + 4 bytes
    diagnostics = open_document(client, cable, "\n".join(lines))
    moved = next(d for d in diagnostics if d["code"] == "CL904"
                 and d["range"]["start"]["line"] == tags)
    assert moved["range"]["start"]["character"] == column + 7


def test_excluded_files_show_no_findings(client: StdioClient, tmp_path: Path) -> None:
    """An editor opens any file; the configuration's exclude globs still hold."""
    (tmp_path / "cablelint.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "ottawa-1502.txt"
    shutil.copyfile(EXAMPLE, draft)
    client.initialize(root_uri=tmp_path.as_uri())
    assert open_document(client, draft) == []
    kept = tmp_path / "kept.txt"
    shutil.copyfile(EXAMPLE, kept)
    assert pilcrows(open_document(client, kept))
