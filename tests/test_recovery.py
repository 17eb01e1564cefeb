"""Error recovery in the LALR driver and the table cache.

Real cables never need recovery today (the lexer only emits sequences the
grammar accepts), so these tests drive the parser with token sequences that
break the grammar on purpose.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cablelint.syntax.grammar import cable_tables, grammar_path
from cablelint.syntax.lalr import TABLE_FORMAT, Token, UnexpectedToken, load_tables, parse


def _token(kind: str, line: int) -> Token:
    return Token(kind, kind.lower(), line * 10, line * 10 + 5, line, 1, line, 6)


def test_an_impossible_sequence_raises_without_recovery() -> None:
    tokens = [_token("SIGNOFF", 1), _token("PARA", 2)]
    with pytest.raises(UnexpectedToken) as error:
        parse(cable_tables(), tokens)
    assert error.value.token.line == 2
    assert "TRAILER_LINE" in error.value.expected


def test_recovery_replaces_the_token_and_goes_on() -> None:
    seen = []

    def recover(error: UnexpectedToken, accepted: set[str]) -> Token | None:
        seen.append((error.token.type, error.token.line))
        return error.token._replace(type="TRAILER_LINE") if "TRAILER_LINE" in accepted else None

    tokens = [_token("PARA", 1), _token("SIGNOFF", 2), _token("PARA", 3), _token("PARA", 4)]
    tree = parse(cable_tables(), tokens, recover)
    assert seen == [("PARA", 3), ("PARA", 4)]  # each misplaced line is reported
    body = tree.children[0]
    assert [child.data for child in body.children] == ["paragraph", "signoff", "trailer"]


def test_parse_text_reports_cl001_and_keeps_the_line(monkeypatch) -> None:
    from cablelint import parser

    original = parser._line_lexer().tokenize

    def broken_tokenize(source):
        tokens, regions = original(source)
        # a banner token in the middle of the body cannot be placed
        return [*tokens[:-1], tokens[-1]._replace(type="BANNER"), tokens[-1]], regions

    monkeypatch.setattr(parser._line_lexer(), "tokenize", broken_tokenize)
    document = parser.parse_text("\u00b61. (C) One.\n\n\u00b62. (C) Two.\n")
    [diagnostic] = document.diagnostics
    assert diagnostic.code == "CL001" and diagnostic.span.line == 3
    assert "banner is out of place" in diagnostic.message
    assert len(document.paragraphs) == 2


def test_table_cache_is_written_and_used_without_importing_lark(tmp_path) -> None:
    cache = tmp_path / "cache"
    env = dict(os.environ, CABLELINT_CACHE_DIR=str(cache))
    code = ("import sys; from cablelint.parser import parse_text; "
            "parse_text('\\u00b61. (C) One.\\n'); print('lark' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                           check=True)
    assert first.stdout.strip() == "True"  # cold: Lark computed the tables
    [table_file] = cache.glob("cable-*.json")
    assert json.loads(table_file.read_text())["format"] == TABLE_FORMAT
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            check=True)
    assert second.stdout.strip() == "False"  # warm: tables from the cache


def test_corrupt_cache_is_rebuilt(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path))
    first = load_tables(grammar_path())
    [table_file] = tmp_path.glob("cable-*.json")
    table_file.write_text("{not json")
    again = load_tables(grammar_path())
    # state numbers may differ between builds; the parse they drive may not
    from cablelint.parser import _line_lexer
    from cablelint.source import SourceText

    source = SourceText.from_path(grammar_path().parents[1] / "examples" / "ottawa-1502.txt")
    tokens, _ = _line_lexer().tokenize(source)
    assert parse(again, tokens) == parse(first, tokens)
    assert json.loads(table_file.read_text())["format"] == TABLE_FORMAT


def test_unwritable_cache_directory_only_costs_speed(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(blocker / "sub"))
    tables = load_tables(grammar_path())
    assert tables.actions
