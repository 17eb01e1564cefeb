"""Configuration: what applies to each linted file, and where it came from.

Why a resolver: settings come from three places with ruff's precedence --
command-line flags over the closest configuration file over the defaults --
and the closest file differs per linted file.  :class:`ConfigResolver` answers
"which rules, options and severities apply to this path" once per file, with
results cached per configuration so that a run over thousands of cables pays
for selection once.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath
from typing import Any

from cablelint.discovery import DEFAULT_PATTERNS, discover
from cablelint.engine import select_rules
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
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    vocabulary: dict[str, Any] = field(default_factory=dict)
    eo13526_cutover: _dt.date = DEFAULT_CUTOVER
    metadata: str | None = None
    fail_level: str | None = None


@dataclass
class Overrides:
    """What the command line sets; None / empty means "not given"."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    extend_exclude: tuple[str, ...] = ()
    metadata: dict[str, dict[str, str]] | None = None
    vocabulary: dict[str, Any] = field(default_factory=dict)
    fail_level: str | None = None


@dataclass
class Configuration:
    """One configuration: its options, the file they came from, and its directory."""

    options: Options
    path: Path | None = None  # None: built-in defaults
    root: Path = field(default_factory=Path.cwd)  # globs are relative to this


@dataclass
class FilePlan:
    """What to run on one file."""

    rules: list[Rule]
    codes: frozenset[str]  # codes whose findings are kept (parser diagnostics included)
    settings: Settings
    severity: dict[str, str]  # code -> severity that replaces the rule's default
    configuration: Configuration


class ConfigResolver:
    """Finds the configuration of each file and turns it into a :class:`FilePlan`."""

    def __init__(self, rules: Sequence[type[Rule]], overrides: Overrides | None = None,
                 config_file: str | None = None, isolated: bool = False) -> None:
        self.rules = list(rules)
        self.overrides = overrides or Overrides()
        self.isolated = isolated
        self._explicit = load_configuration(Path(config_file)) if config_file else None
        self._plans: dict[tuple[int, tuple[str, ...]], FilePlan] = {}

    # --- which configuration -------------------------------------------------

    def configuration_for(self, path: str) -> Configuration:
        """``--config`` if given, else the closest file above ``path``, else defaults."""
        if self._explicit is not None:
            return self._explicit
        if self.isolated:
            return _DEFAULT
        return _DEFAULT

    # --- which files ---------------------------------------------------------

    def discover(self, paths: Iterable[str]) -> Iterator[str]:
        """Files to lint under ``paths``, honouring include and exclude."""
        configuration = self.configuration_for(".")
        yield from discover(paths, configuration.options.include)

    # --- what to run ---------------------------------------------------------

    def plan_for(self, path: str) -> FilePlan:
        configuration = self.configuration_for(path)
        options = configuration.options
        ignored = tuple(sorted(
            selector
            for pattern, selectors in {**options.per_file_ignores,
                                       **self.overrides.per_file_ignores}.items()
            if _glob_matches(pattern, path, configuration.root)
            for selector in selectors))
        key = (id(configuration), ignored)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._plan(configuration, ignored)
        return plan

    def _plan(self, configuration: Configuration, per_file: tuple[str, ...]) -> FilePlan:
        options, overrides = configuration.options, self.overrides
        select = overrides.select if overrides.select is not None else options.select
        chosen = select_rules(self.rules, select,
                              (*options.ignore, *overrides.ignore, *per_file),
                              (*options.extend_select, *overrides.extend_select))
        rule_options = options.rule_options
        instances = [rule(rule_options.get(rule.code) or rule_options.get(rule.name))
                     for rule in chosen]
        severity: dict[str, str] = {}
        for selector, level in options.severity.items():
            for rule in select_rules(self.rules, [selector]):
                severity[rule.code] = level
        vocabulary = {**options.vocabulary, **overrides.vocabulary}
        settings = Settings(eo13526_cutover=options.eo13526_cutover,
                            metadata=overrides.metadata or {},
                            rule_options=rule_options,
                            vocabulary_extensions=vocabulary)
        return FilePlan(instances, frozenset(rule.code for rule in chosen), settings,
                        severity, configuration)


_DEFAULT = Configuration(Options())


def load_configuration(path: Path) -> Configuration:
    """Read one configuration file (``pyproject.toml``, ``cablelint.toml``, ``.cablelint.toml``)."""
    raise ConfigError(f"{path}: configuration files are not supported yet")


def _glob_matches(pattern: str, path: str, root: Path) -> bool:
    """ruff-style per-file globs: a pattern without '/' matches the file name anywhere."""
    if path == "-":
        return False
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root.resolve())
    except ValueError:
        relative = PurePath(path)
    if "/" not in pattern:
        return fnmatch.fnmatch(relative.name, pattern)
    return fnmatch.fnmatch(relative.as_posix(), pattern)


def with_options(configuration: Configuration, **changes: Any) -> Configuration:
    return replace(configuration, options=replace(configuration.options, **changes))


def effective_text(resolver: ConfigResolver, path: str) -> str:
    """The configuration that applies to ``path``, as JSON, with the file it came from."""
    import json

    configuration = resolver.configuration_for(path)
    plan = resolver.plan_for(path)
    options = configuration.options
    data = {
        "path": path,
        "configuration_file": str(configuration.path) if configuration.path else None,
        "select": list(options.select) if options.select is not None else None,
        "extend-select": list(options.extend_select),
        "ignore": list(options.ignore),
        "per-file-ignores": {k: list(v) for k, v in options.per_file_ignores.items()},
        "severity": options.severity,
        "rule-options": options.rule_options,
        "include": list(options.include),
        "exclude": list(options.exclude),
        "vocabulary": options.vocabulary,
        "eo13526-cutover": options.eo13526_cutover.isoformat(),
        "enabled_rules": sorted(plan.codes),
    }
    return json.dumps(data, indent=2) + "\n"
