"""Helpers for the configuration tests: small cables, file trees and runs of the CLI.

The cables are invented snippets (see cable_snippets.py): GAP has one finding,
CL201 (a paragraph number gap); ZZTOP has one CL602 (an unknown TAG) unless
the TAGS vocabulary is extended.
"""

from __future__ import annotations

import json
from pathlib import Path

from cable_snippets import cable
from cli_helpers import run

GAP = cable("E.O. 12958: DECL: 05/06/2015", "TAGS: PREL CA", "SUBJECT: THE CORONATION",
            body=("1. (C) The king was crowned.", "", "3. (C) Embassy will follow events."))
ZZTOP = cable("E.O. 12958: DECL: 05/06/2015", "TAGS: PREL ZZTOP CA",
              "SUBJECT: THE CORONATION")
REPO = Path(__file__).resolve().parents[1]
OTTAWA = (REPO / "examples" / "ottawa-1502.txt").read_text(encoding="utf-8")


def tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (relative path -> text) under ``root``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def findings(capsys, *args: str) -> tuple[int, set[tuple[str, str]]]:
    """Exit code and {(path, code)} of ``cablelint check ARGS`` (JSON report)."""
    code, out, err = run(capsys, "check", "--output-format", "json", *args)
    assert code in (0, 1), err
    report = json.loads(out)
    return code, {(f["path"], d["code"]) for f in report["files"] for d in f["diagnostics"]}


def severities(capsys, *args: str) -> dict[str, set[str]]:
    """code -> severities reported by ``cablelint check ARGS``."""
    code, out, err = run(capsys, "check", "--output-format", "json", *args)
    assert code in (0, 1), err
    found: dict[str, set[str]] = {}
    for file in json.loads(out)["files"]:
        for diagnostic in file["diagnostics"]:
            found.setdefault(diagnostic["code"], set()).add(diagnostic["severity"])
    return found
