"""The configuration's data: what a file sets, what the command line sets, what runs.

Why plain dataclasses apart from the loading code: the resolver, the check
run and ``cablelint config`` all read these; none of them needs TOML or
jsonschema to do so.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cablelint.discovery import DEFAULT_EXCLUDE, DEFAULT_PATTERNS
from cablelint.rules.base import Rule, Settings

DEFAULT_CUTOVER = _dt.date(2010, 6, 25)


class ConfigError(ValueError):
    """An invalid configuration: the message names the file, the key path and the problem."""


@dataclass
class Options:
    """Every configurable setting, as read from one file or from the defaults.

    Selectors are codes (``CL201``), prefixes (``CL2``), names or families.
    ``severity`` maps selectors to a severity that replaces the rule's own;
    ``rule_options`` maps a code or name to that rule's options.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    include: tuple[str, ...] = DEFAULT_PATTERNS
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool = False
    vocabulary: dict[str, Any] = field(default_factory=dict)
    eo13526_cutover: _dt.date = DEFAULT_CUTOVER
    metadata: str | None = None
    fail_level: str | None = None
    #: seconds the rules of one file may take (None: the default; 0: no limit)
    timeout_per_file: float | None = None


@dataclass
class Overrides:
    """What the command line sets; None / empty means "not given"."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool | None = None
    metadata: dict[str, dict[str, str]] | None = None
    vocabulary: dict[str, Any] = field(default_factory=dict)
    fail_level: str | None = None
    timeout_per_file: float | None = None


@dataclass
class Configuration:
    """One configuration: its options, the file they came from, and its directory."""

    options: Options
    path: Path | None = None  # None: built-in defaults
    root: Path = field(default_factory=Path.cwd)  # globs are relative to this

    @property
    def table(self) -> str:
        """Where the keys live in the file: ``tool.cablelint`` in pyproject.toml, else top level."""
        return "tool.cablelint" if self.path is not None and \
            self.path.name == "pyproject.toml" else ""


@dataclass
class FilePlan:
    """What to run on one file."""

    rules: list[Rule]
    codes: frozenset[str]  # codes whose findings are kept (parser diagnostics included)
    settings: Settings
    severity: dict[str, str]  # code -> severity that replaces the rule's default
    configuration: Configuration
    #: seconds the rules of this file may take together (0: no limit)
    timeout: float = 0.0
