"""Where the LALR tables come from: packaged, else the user cache, else Lark."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablelint.syntax import building
from cablelint.syntax.grammar import cable_tables, grammar_path
from cablelint.syntax.lalr import load_tables, table_file_name, to_json


def _no_lark(grammar_text: str) -> None:
    raise AssertionError("the tables were built although they were packaged or cached")


def test_packaged_tables_come_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    packaged = tmp_path / "tables"
    packaged.mkdir()
    grammar = grammar_path().read_text(encoding="utf-8")
    (packaged / table_file_name(grammar)).write_text(to_json(cable_tables()))
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(blocker / "cache"))  # unusable
    monkeypatch.setattr(building, "build_tables", _no_lark)
    assert load_tables(grammar_path(), packaged).actions == cable_tables().actions


def test_tables_of_another_grammar_are_not_used(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Packaged tables are found by the grammar's key; a stale file is ignored."""
    packaged = tmp_path / "tables"
    packaged.mkdir()
    (packaged / table_file_name("start: A\n%declare A\n")).write_text(to_json(cable_tables()))
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    load_tables(grammar_path(), packaged)
    [cached] = (tmp_path / "cache").glob("cable-*.json")  # built and cached instead
    assert cached.name == table_file_name(grammar_path().read_text(encoding="utf-8"))
    monkeypatch.setattr(building, "build_tables", _no_lark)
    load_tables(grammar_path(), packaged)  # now from the cache


def test_corrupt_packaged_tables_fall_back(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    packaged = tmp_path / "tables"
    packaged.mkdir()
    grammar = grammar_path().read_text(encoding="utf-8")
    (packaged / table_file_name(grammar)).write_text('{"format": 1, "actions": [')
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    assert load_tables(grammar_path(), packaged).actions
