"""Where ``cable.lark`` lives, and its tables and line patterns for this process."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from cablelint.syntax.lalr import Tables, compiled_terminals, load_tables

GRAMMAR_NAME = "cable.lark"


def data_dir(kind: str) -> Path:
    """Directory of packaged data (``grammar`` or ``rules``).

    An installed wheel carries them inside the package (``cablelint/_data``);
    a source checkout, including an editable install, keeps them at the top of
    the repository.
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
    """The LALR tables of the cable grammar (from the user cache when current)."""
    return load_tables(grammar_path())


def line_patterns() -> dict[str, re.Pattern[str]]:
    """Compiled line-terminal patterns of the grammar, keyed by terminal name."""
    return compiled_terminals(cable_tables())
