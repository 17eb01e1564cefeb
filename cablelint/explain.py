"""``cablelint rules`` (the catalogue as a table or JSON) and ``cablelint explain``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from cablelint.rules.base import FixAvailability, Rule


def rules_table(rules: Sequence[type[Rule]]) -> str:
    header = ("code", "name", "family", "severity", "default", "fix", "basis")
    rows = [(r.code, r.name, r.family(), r.severity, "on" if r.enabled else "off",
             "-" if r.fixable is FixAvailability.NONE else r.fixable.value, r.basis.value)
            for r in rules]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in [header, *rows]]
    return "\n".join(lines) + "\n"


def rule_record(rule: type[Rule]) -> dict[str, Any]:
    """One rule as plain data: what ``cablelint rules --output-format json`` prints, so
    tools (and ``benchmarks/audit.py``) read the catalogue without importing rules."""
    return {"code": rule.code, "name": rule.name, "family": rule.family(),
            "summary": rule.summary, "severity": rule.severity,
            "basis": rule.basis.value, "highest_severity": rule.basis.highest,
            "enabled": rule.enabled, "fix": rule.fixable.value,
            "requires": sorted(rule.requires)}


def rules_json(rules: Sequence[type[Rule]]) -> str:
    return json.dumps([rule_record(rule) for rule in rules], indent=2, ensure_ascii=False) + "\n"


def find_rule(rules: Sequence[type[Rule]], key: str) -> type[Rule] | None:
    key = key.strip()
    for rule in rules:
        if rule.code == key.upper() or rule.name == key.lower():
            return rule
    return None


def explanation(rule: type[Rule]) -> str:
    default = "on" if rule.enabled else "off (enable with --extend-select " + rule.code + ")"
    lines = [
        f"{rule.code} {rule.name}",
        "",
        rule.summary + ".",
        "",
        f"Family:   {rule.family()}",
        f"Severity: {rule.severity}",
        f"Basis:    {rule.basis.value} (at most {rule.basis.highest})",
        f"Default:  {default}",
        f"Fix:      {rule.fixable.value}",
    ]
    options = rule.options_schema.get("properties") or {}
    if options:
        lines.append("Options:")
        for option, schema in options.items():
            default_value = rule.default_options.get(option)
            lines.append(f"  {option}: {schema.get('description', '')} "
                         f"(default {default_value!r})")
    lines += ["", rule.documentation()]
    return "\n".join(lines).rstrip() + "\n"
