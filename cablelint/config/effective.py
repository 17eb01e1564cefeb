"""``cablelint config [PATH]``: the configuration that applies to a path, as TOML.

Why TOML: the output can be pasted into a ``cablelint.toml`` as it is (the
enabled rules are comments), and it reads like the files users write.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from cablelint.config.model import Configuration
from cablelint.config.reading import shown


def toml_value(value: Any) -> str:
    """A TOML literal: strings, booleans, numbers, dates, lists and inline tables."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{toml_key(key)} = {toml_value(item)}"
                                for key, item in value.items()) + " }"
    return json.dumps(str(value), ensure_ascii=False)


def toml_key(key: str) -> str:
    bare = key.replace("-", "").replace("_", "").isalnum() and key.isascii()
    return key if bare else json.dumps(key, ensure_ascii=False)


def source_line(configuration: Configuration) -> str:
    if configuration.path is None:
        return "built-in defaults (no configuration file found)"
    table = f" [{configuration.table}]" if configuration.table else ""
    return f"{shown(configuration.path)}{table}"


def effective_text(resolver: Any, path: str) -> str:
    """The configuration that applies to ``path``, its source, and the rules that run."""
    configuration = resolver.configuration_for(path)
    plan = resolver.plan_for(path)
    options = configuration.options
    lines = [f"# Configuration for {path}",
             f"# from: {source_line(configuration)}",
             f"# globs are relative to: {configuration.root}",
             ""]
    if options.select is None:
        lines.append("# select: not set (the rules on by default)")
    values: list[tuple[str, Any]] = [
        ("select", list(options.select) if options.select is not None else None),
        ("extend-select", list(options.extend_select)),
        ("ignore", list(options.ignore)),
        ("per-file-ignores", {glob: list(s) for glob, s in options.per_file_ignores.items()}),
        ("severity", options.severity),
        ("rule-options", options.rule_options),
        ("include", list(options.include)),
        ("exclude", list(options.exclude)),
        ("extend-exclude", list(options.extend_exclude)),
        ("force-exclude", options.force_exclude),
        ("vocabulary", options.vocabulary),
        ("eo13526-cutover", options.eo13526_cutover),
        ("metadata", options.metadata),
        ("fail-level", options.fail_level or "warning"),
        ("timeout-per-file", plan.timeout),
    ]
    for key, value in values:
        if value is None:
            if key != "select":
                lines.append(f"# {key}: not set")
            continue
        lines.append(f"{key} = {toml_value(value)}")
    names = {rule.code: rule.name for rule in resolver.rules}
    lines += ["", f"# Rules that run on {path} ({len(plan.codes)}):"]
    for code in sorted(plan.codes):
        level = plan.severity.get(code)
        suffix = f" [{level}]" if level else ""
        lines.append(f"#   {code} {names.get(code, '')}{suffix}")
    return "\n".join(lines) + "\n"
