"""Finding rules: the built-in family modules and entry-point plugins.

Why checks here: codes are stable and shared with third parties, so a plugin
that reuses a code, misspells a name or lacks documentation is refused with a
clear message instead of silently shadowing a built-in rule.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from types import ModuleType

from cablelint.plugin_scan import ENTRY_POINT_GROUP
from cablelint.rules.base import Rule, definition_problems

_NOT_FAMILIES = {"base", "registry"}


class RuleLoadError(Exception):
    """A rule or plugin could not be loaded or is malformed."""


def builtin_rules() -> list[type[Rule]]:
    import cablelint.rules as package

    found: list[type[Rule]] = []
    for module_info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if module_info.name in _NOT_FAMILIES or module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        found.extend(getattr(module, "RULES", ()))
    return found


def plugin_rules() -> tuple[list[type[Rule]], list[str]]:
    """Rules from entry points, and one message per plugin that failed to load."""
    from cablelint.plugin_scan import installed_entry_points

    rules: list[type[Rule]] = []
    problems: list[str] = []
    for name, value in installed_entry_points():  # cached: no metadata scan per run
        entry_point = _entry_point(name, value)
        try:
            loaded = entry_point.load()
            rules.extend(_rules_in(loaded))
        except Exception as error:  # a broken plugin must not stop the run
            problems.append(f"plugin '{entry_point.name}' ({entry_point.value}) failed to "
                            f"load: {type(error).__name__}: {error}")
    return rules, problems


def _entry_point(name: str, value: str):
    from importlib.metadata import EntryPoint  # only imported when a plugin is installed

    return EntryPoint(name, value, ENTRY_POINT_GROUP)


def _rules_in(loaded: object) -> list[type[Rule]]:
    if isinstance(loaded, type) and issubclass(loaded, Rule):
        return [loaded]
    if isinstance(loaded, ModuleType):
        return list(getattr(loaded, "RULES", ()))
    if isinstance(loaded, Iterable):
        return [item for item in loaded if isinstance(item, type) and issubclass(item, Rule)]
    raise RuleLoadError(f"{loaded!r} is not a Rule subclass, a module with RULES or a list")


def validate(rules: list[type[Rule]]) -> list[str]:
    """Problems with rule definitions: each rule's own (:func:`definition_problems`,
    also checked when the class is defined) and codes or names used twice."""
    problems: list[str] = []
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for rule in rules:
        label = f"{rule.__module__}.{rule.__qualname__}"
        problems.extend(definition_problems(rule))
        if rule.code in codes:
            problems.append(f"{label}: code {rule.code} is already used by {codes[rule.code]}")
        if rule.name in names:
            problems.append(f"{label}: name {rule.name} is already used by {names[rule.name]}")
        codes.setdefault(rule.code, label)
        names.setdefault(rule.name, label)
    return problems


def all_rules() -> tuple[list[type[Rule]], list[str]]:
    """Built-in and plugin rules sorted by code, with load/validation problems.

    Plugin rules that clash with an earlier rule are dropped (and reported).
    """
    builtins = builtin_rules()
    problems = validate(builtins)
    if problems:  # a broken built-in is a bug in cablelint itself
        raise RuleLoadError("; ".join(problems))
    plugins, problems = plugin_rules()
    accepted = list(builtins)
    for rule in plugins:
        clash = validate([*accepted, rule])
        if clash:
            problems.extend(clash)
        else:
            accepted.append(rule)
    return sorted(accepted, key=lambda rule: rule.code), problems
