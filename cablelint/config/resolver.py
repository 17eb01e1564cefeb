"""Which configuration, files, rules, options and severities apply to each linted file.

Why a resolver: settings come from three places with ruff's precedence --
command-line flags over the closest configuration file over the defaults --
and the closest file differs per linted file.  :class:`ConfigResolver` answers
"which rules, options and severities apply to this path" once per file, with
results cached per configuration so that a run over thousands of cables pays
for selection once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from cablelint.config.finding import ConfigFinder
from cablelint.config.loading import check_against_rules, load_configuration
from cablelint.config.metadata import load_metadata
from cablelint.config.model import ConfigError, Configuration, FilePlan, Options, Overrides
from cablelint.config.reading import shown
from cablelint.config.validation import key_path
from cablelint.containment import DEFAULT_TIMEOUT
from cablelint.discovery import FileFilter, Skipped, discover, glob_matches
from cablelint.engine import select_rules
from cablelint.rules.base import Rule, Settings


class ConfigResolver:
    """Finds the configuration of each file and turns it into a :class:`FilePlan`."""

    def __init__(self, rules: Sequence[type[Rule]], overrides: Overrides | None = None,
                 config_file: str | None = None, isolated: bool = False,
                 configuration: Configuration | None = None) -> None:
        """``configuration``: one already loaded, for every file (the Python API)."""
        self.rules = list(rules)
        self.overrides = overrides or Overrides()
        self.isolated = isolated
        if config_file and isolated:
            raise ConfigError("--config and --isolated cannot be used together")
        self._explicit = load_configuration(Path(config_file)) if config_file else configuration
        self._default = Configuration(Options(), None, Path.cwd())
        self._finder = ConfigFinder()
        self._checked: set[int] = set()
        self._filters: dict[int, FileFilter] = {}
        self._metadata: dict[int, dict[str, dict[str, str]]] = {}
        self._plans: dict[tuple[int, tuple[str, ...]], FilePlan] = {}

    # --- which configuration -------------------------------------------------

    def configuration_for(self, path: str) -> Configuration:
        """``--config`` if given, else the closest file above ``path``, else defaults.

        ``path`` is a file (its directory is searched first), a directory, or
        ``-`` (stdin without --stdin-filename: the working directory).
        """
        if self._explicit is not None:
            configuration = self._explicit
        elif self.isolated:
            return self._default
        else:
            if path == "-":
                start = "."
            elif os.path.isdir(path):
                start = path
            else:
                start = os.path.dirname(path) or "."
            configuration = self._finder.find(start) or self._default
        if id(configuration) not in self._checked:
            check_against_rules(configuration, self.rules)
            self._checked.add(id(configuration))
        return configuration

    # --- which files ---------------------------------------------------------

    def discover(self, paths: Iterable[str],
                 skipped: list[Skipped] | None = None) -> Iterator[str]:
        """Files to lint under ``paths``, honouring include and exclude; what is passed
        over inside directories goes to ``skipped`` (see :func:`discover`)."""
        yield from discover(paths, filter_for=self.file_filter, skipped=skipped)

    def file_filter(self, directory: str) -> FileFilter:
        """The include/exclude globs that apply to the entries of ``directory``."""
        configuration = self.configuration_for(directory)
        found = self._filters.get(id(configuration))
        if found is None:
            options, overrides = configuration.options, self.overrides
            force = overrides.force_exclude
            found = self._filters[id(configuration)] = FileFilter(
                options.include,
                (*options.exclude, *options.extend_exclude, *overrides.extend_exclude),
                str(configuration.root),
                options.force_exclude if force is None else force)
        return found

    # --- what to run ---------------------------------------------------------

    def plan_for(self, path: str) -> FilePlan:
        configuration = self.configuration_for(path)
        root = str(configuration.root)
        ignored = tuple(sorted(
            selector
            for table in (configuration.options.per_file_ignores,
                          self.overrides.per_file_ignores)
            for pattern, selectors in table.items()
            if path != "-" and glob_matches(pattern, path, root)
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
        rule_options = self._rule_options(options)
        instances = [rule(rule_options.get(rule.code)) for rule in chosen]
        settings = Settings(eo13526_cutover=options.eo13526_cutover,
                            metadata=self._metadata_for(configuration),
                            rule_options=rule_options,
                            vocabulary_extensions=merge_vocabulary(options.vocabulary,
                                                                   overrides.vocabulary))
        return FilePlan(instances, frozenset(rule.code for rule in chosen), settings,
                        self._severity(options), configuration, self._timeout(options))

    def _timeout(self, options: Options) -> float:
        """The time budget per file: the command line's, the file's, or the default."""
        for value in (self.overrides.timeout_per_file, options.timeout_per_file):
            if value is not None:
                return float(value)
        return DEFAULT_TIMEOUT

    def _rule_options(self, options: Options) -> dict[str, dict[str, Any]]:
        """Options by rule code (the file may name a rule by code or by name)."""
        by_code: dict[str, dict[str, Any]] = {}
        for rule in self.rules:
            merged = {**options.rule_options.get(rule.name, {}),
                      **options.rule_options.get(rule.code, {})}
            if merged:
                by_code[rule.code] = merged
        return by_code

    def _severity(self, options: Options) -> dict[str, str]:
        """code -> severity; the most specific selector wins (a code over its family)."""
        severity: dict[str, str] = {}
        for selector in sorted(options.severity, key=self._specificity):
            for rule in select_rules(self.rules, [selector]):
                severity[rule.code] = options.severity[selector]
        return severity

    def _specificity(self, selector: str) -> int:
        if selector.upper() == "ALL":
            return 0
        if selector.upper().startswith("CL"):
            return len(selector)  # CL2 < CL20 < CL201
        if any(rule.name == selector.lower() for rule in self.rules):
            return 10
        return 1  # a family

    def _metadata_for(self, configuration: Configuration) -> dict[str, dict[str, str]]:
        """--metadata, else the configuration's ``metadata`` file, read once."""
        if self.overrides.metadata is not None:
            return self.overrides.metadata
        name = configuration.options.metadata
        if not name:
            return {}
        found = self._metadata.get(id(configuration))
        if found is None:
            path = configuration.root / name
            try:
                found = self._metadata[id(configuration)] = load_metadata(str(path))
            except (OSError, ValueError) as error:
                reason = getattr(error, "strerror", None) or error
                where = key_path(configuration.table, ["metadata"])
                raise ConfigError(f"{shown(configuration.path)}: {where}: cannot read "
                                  f"{shown(path)}: {reason}") from error
        return found


def merge_vocabulary(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """The file's vocabulary extensions, extended by the command line's (lists add up)."""
    merged = {name: dict(extension) for name, extension in base.items()}
    for name, extension in extra.items():
        target = merged.setdefault(name, {})
        for key, value in extension.items():
            current = target.get(key)
            if isinstance(current, list) and isinstance(value, list):
                target[key] = [*current, *(item for item in value if item not in current)]
            elif isinstance(current, dict) and isinstance(value, dict):
                target[key] = {**current, **value}
            else:
                target[key] = value
    return merged
