"""Findings labelled by a reader of the cable (not the rule's author) stay as labelled.

``tests/labels/findings.jsonl`` holds verdicts from blinded reviews: each row
names a cable, a line, a rule and the finding's message, with TRUE, FALSE or
DEBATABLE and the reader's reason.  A finding labelled TRUE must still be
reported there, and one labelled FALSE must not come back.  DEBATABLE rows are
kept for the record and not asserted, and so are rows with a ``retired`` reason:
a TRUE finding that a later, more exact finding replaced (the reason says which).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from conftest import REPO, shared_corpus

from cablelint.config.metadata import load_metadata
from cablelint.engine import run_rules
from cablelint.parser import parse_source
from cablelint.rules.base import Settings
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

LABELS = REPO / "tests" / "labels" / "findings.jsonl"
ROWS = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]

pytestmark = pytest.mark.corpus


@cache
def _findings(corpus: str, cable: str) -> frozenset[tuple[int, str, str]]:
    directory = REPO / "examples" if corpus == "examples" else shared_corpus(corpus)
    metadata = directory / "metadata.jsonl"
    settings = Settings(metadata=load_metadata(str(metadata)) if metadata.is_file() else {})
    source = SourceText.from_path(Path(directory) / cable)
    rules = [rule() for rule in all_rules()[0]]
    return frozenset((d.span.line, d.code, d.message)
                     for d in run_rules(parse_source(source), source, rules, settings))


@pytest.mark.parametrize("row", [r for r in ROWS
                                 if r["verdict"] != "DEBATABLE" and "retired" not in r],
                         ids=lambda r: f"{r['cable']}:{r['line']}:{r['code']}:{r['verdict']}")
def test_labelled_finding(row: dict) -> None:
    reported = (row["line"], row["code"], row["message"]) in _findings(row["corpus"],
                                                                       row["cable"])
    assert reported == (row["verdict"] == "TRUE"), row["reason"]
