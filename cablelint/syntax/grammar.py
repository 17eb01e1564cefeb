"""Where ``cable.lark`` lives, and its tables and line patterns for this process."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from cablelint.syntax.lalr import Tables, compiled_terminals, load_tables

GRAMMAR_NAME = "cable.lark"


def data_dir(kind: str) -> Path:
    """Directory of packaged data (``grammar``, ``rules`` or ``tables``).

    An installed wheel carries them inside the package (``cablelint/_data``);
    a source checkout, including an editable install, keeps them at the top of
    the repository (and has no ``tables``: the wheel build makes them).
    """
    package = Path(__file__).resolve().parents[1]
    packaged = package / "_data" / kind
    if packaged.is_dir():
        return packaged
    return package.parent / kind


def grammar_path() -> Path:
    return data_dir("grammar") / GRAMMAR_NAME


@lru_cache(maxsize=1)
def cable_tables() -> Tables:
    """The LALR tables of the cable grammar: those built into the wheel, else
    from the user cache when current, else computed by Lark."""
    return load_tables(grammar_path(), data_dir("tables"))


def line_patterns() -> dict[str, re.Pattern[str]]:
    """Compiled line-terminal patterns of the grammar, keyed by terminal name."""
    return compiled_terminals(cable_tables())


@cache
def terminal_prefix(kind: str) -> re.Pattern[str]:
    """The line terminal ``kind`` without its final ``.*``: the pattern of the
    construct itself, for a ``match`` or ``search`` inside a line.

    Why: a construct the grammar names (the Classified By keyword, a paragraph
    number) is sometimes found where the line lexer cannot see it -- run onto the
    end of another line, or opening a paragraph.  Searching for it with the
    grammar's own pattern keeps one recogniser for it.  A case-insensitive
    terminal (``/.../i``, compiled as ``(?i:...)``) stays case-insensitive.
    """
    pattern = line_patterns()[kind].pattern
    flags = 0
    if pattern.startswith("(?i:") and pattern.endswith(")"):
        pattern, flags = pattern[4:-1], re.IGNORECASE
    assert pattern.endswith(".*") and not pattern.endswith("\\.*"), pattern
    return re.compile(pattern[:-2], flags)


def leading_line_kinds(rule: str) -> tuple[str, ...]:
    """The line terminals (those with a pattern) that items of ``rule`` can
    begin with, in the order the grammar lists the alternatives.

    The line lexer takes its region terminals from these, so that the grammar
    says once which lines belong to which region (see ``cable.lark``).
    """
    tables = cable_tables()
    return tuple(kind for kind in tables.first[rule] if kind in tables.terminals)
