"""Golden dump: every finding and every fix over both development corpora and the example.

Why: restructuring the parser and the rules must not change what users see
without anybody noticing.  This test runs the command line in-process, as a
user would (``cablelint check --output-format json`` and ``--diff``), with
every rule selected and the corpus metadata given, and compares a compact,
line-per-finding rendering with the files under ``tests/golden/corpus/``.  A
change to any finding, message, position, severity, fix or document summary
shows up as a reviewable line diff of those files.

Regenerate after an intended change, and list each change in the commit::

    CABLELINT_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_corpus.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_helpers import run
from conftest import REPO, shared_corpus

GOLDEN = REPO / "tests" / "golden" / "corpus"
EXAMPLES = REPO / "examples"

pytestmark = pytest.mark.corpus


def _render_findings(report: dict, root: Path) -> str:
    """One line per file summary and per finding, paths relative to ``root``."""
    lines: list[str] = []
    for entry in report["files"]:
        path = Path(entry["path"]).resolve().relative_to(root.resolve()).as_posix()
        document = entry.get("document")
        lines.append(f"== {path} {json.dumps(document, sort_keys=True)}")
        for finding in entry["diagnostics"]:
            fix = finding.get("fix")
            fix_text = ""
            if fix:
                fix_text = f" | fix[{fix['applicability']}] {fix['message']}: " + json.dumps(
                    [[e["start"], e["end"], e["replacement"]] for e in fix["edits"]],
                    ensure_ascii=False)
            lines.append(
                f"{finding['line']}:{finding['column']}-{finding['end_line']}:"
                f"{finding['end_column']} {finding['code']} {finding['severity']} "
                f"{finding['message']}{fix_text}")
    for error in report.get("errors", []):
        lines.append(f"!! {error}")
    return "\n".join(lines) + "\n"


def _dump(capsys, target: Path, root: Path, metadata: Path | None) -> str:
    extra = ["--metadata", str(metadata)] if metadata else []
    _, out, err = run(capsys, "check", "--isolated", "--select", "ALL", *extra,
                      "--output-format", "json", str(target))
    assert not err.strip(), err
    findings = _render_findings(json.loads(out), root)
    _, diff, err = run(capsys, "check", "--isolated", "--select", "ALL", *extra,
                       "--diff", "--unsafe-fixes", str(target))
    prefix = str(root.resolve()) + os.sep
    diff = diff.replace(str(target.resolve()) + os.sep, "").replace(prefix, "")
    diff = diff.replace(str(target) + os.sep, "")
    err = err.replace(str(target) + os.sep, "")
    return f"{findings}\n### --diff\n{diff}\n### --diff stderr\n{err}"


def _compare(name: str, actual: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("CABLELINT_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        import difflib

        delta = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                          "golden", "now", lineterm="", n=0))
        shown = "\n".join(delta[:60])
        pytest.fail(f"{name} changed ({len(delta)} diff lines; first ones below). If intended, "
                    f"regenerate with CABLELINT_UPDATE_GOLDEN=1 and list each change.\n{shown}")


@pytest.mark.parametrize("corpus_name", ["wikileaks-dev", "wikileaks-dev2"])
def test_corpus_dump_unchanged(capsys, corpus_name: str) -> None:
    directory = shared_corpus(corpus_name)
    _compare(f"{corpus_name}.txt",
             _dump(capsys, directory, directory, directory / "metadata.jsonl"))


def test_examples_dump_unchanged(capsys) -> None:
    _compare("examples.txt", _dump(capsys, EXAMPLES, EXAMPLES, None))
