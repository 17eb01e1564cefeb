"""Turning one configuration file into :class:`Options`, or a ConfigError that says why not.

Two stages.  :func:`load_configuration` checks what needs no rules: the TOML,
the keys and their types (the JSON Schema ``cablelint schema config``
prints), dates and vocabulary extensions.  :func:`check_against_rules` checks
what needs the installed rules (plugins included): that every selector names
a rule and that rule options fit the rule's own schema.  Both name the file
and the key path.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from cablelint.config.model import ConfigError, Configuration, Options
from cablelint.config.reading import cablelint_table, shown
from cablelint.config.validation import key_path, plain, problems, unknown_key
from cablelint.engine import SelectionError, select_rules
from cablelint.rules.base import Rule


def load_configuration(path: Path, required: bool = True) -> Configuration | None:
    """Read one configuration file (``pyproject.toml``, ``cablelint.toml``, ``.cablelint.toml``).

    With ``required`` (``--config FILE``) a pyproject.toml without
    ``[tool.cablelint]`` gives the defaults; without it, None.
    """
    path = Path(path).absolute()
    table = cablelint_table(path, required)
    if table is None:
        return None
    configuration = Configuration(Options(), path, path.parent)
    configuration.options = options_from(plain(table), configuration)
    return configuration


def options_from(data: dict[str, Any], configuration: Configuration) -> Options:
    """Validated options from the cablelint table (dates already ISO strings)."""
    from cablelint.schemas import load_schema

    found = problems(load_schema("config"), data)
    if found:
        parts, message = found[0]
        raise _error(configuration, parts, message)
    options = Options()
    for key in ("select", "extend-select", "ignore", "include", "exclude", "extend-exclude"):
        if key in data:
            setattr(options, key.replace("-", "_"), tuple(data[key]))
    options.per_file_ignores = {glob: tuple(selectors)
                                for glob, selectors in data.get("per-file-ignores", {}).items()}
    options.severity = dict(data.get("severity", {}))
    options.rule_options = {key: dict(value)
                            for key, value in data.get("rule-options", {}).items()}
    options.force_exclude = data.get("force-exclude", False)
    options.metadata = data.get("metadata")
    options.fail_level = data.get("fail-level")
    options.timeout_per_file = data.get("timeout-per-file")
    if "eo13526-cutover" in data:
        try:
            options.eo13526_cutover = _dt.date.fromisoformat(data["eo13526-cutover"])
        except ValueError as error:
            raise _error(configuration, ["eo13526-cutover"],
                         f"not a valid date ({error})") from error
    if "vocabulary" in data:
        options.vocabulary = _vocabulary(data["vocabulary"], configuration)
    return options


def _vocabulary(data: dict[str, Any], configuration: Configuration) -> dict[str, Any]:
    from cablelint.vocabulary import VocabularyError, validate_extensions

    origin = f"{shown(configuration.path)}: {key_path(configuration.table, ['vocabulary'])}"
    try:
        return validate_extensions(data, origin)
    except VocabularyError as error:
        raise ConfigError(str(error)) from error


def check_against_rules(configuration: Configuration, rules: list[type[Rule]]) -> None:
    """Every selector names an installed rule; rule options fit that rule's schema."""
    if configuration.path is None:
        return
    options = configuration.options
    named: list[tuple[list[str | int], str]] = []
    for key, selectors in (("select", options.select or ()),
                           ("extend-select", options.extend_select),
                           ("ignore", options.ignore)):
        named += [([key, index], selector) for index, selector in enumerate(selectors)]
    for glob, selectors in options.per_file_ignores.items():
        named += [(["per-file-ignores", glob, index], selector)
                  for index, selector in enumerate(selectors)]
    named += [(["severity", selector], selector) for selector in options.severity]
    for parts, selector in named:
        try:
            select_rules(rules, [selector])
        except SelectionError as error:
            raise _error(configuration, parts, str(error)) from error
    by_key = {key: rule for rule in rules for key in (rule.code, rule.name)}
    for key, values in options.rule_options.items():
        rule = by_key.get(key)
        if rule is None:
            message = unknown_key(key, sorted(by_key), what="rule", listing=False)
            raise _error(configuration, ["rule-options", key],
                         f"{message}; rule-options keys are rule codes or names")
        found = problems(rule.options_schema, values)
        if found:
            parts, message = found[0]
            if not rule.options_schema.get("properties"):
                message = f"{rule.code} ({rule.name}) has no options"
            elif message.startswith("unknown key"):
                message = message.replace("unknown key", "unknown option", 1)
            raise _error(configuration, ["rule-options", key, *parts], message)


def _error(configuration: Configuration, parts: list[str | int], message: str) -> ConfigError:
    where = key_path(configuration.table, parts)
    return ConfigError(f"{shown(configuration.path)}: {where}: {message}")
