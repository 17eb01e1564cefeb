"""``cablelint rules`` (the catalogue as a table) and ``cablelint explain``."""

from __future__ import annotations

from collections.abc import Sequence

from cablelint.rules.base import FixAvailability, Rule


def rules_table(rules: Sequence[type[Rule]]) -> str:
    header = ("code", "name", "family", "severity", "default", "fix")
    rows = [(r.code, r.name, r.family(), r.severity, "on" if r.enabled else "off",
             "-" if r.fixable is FixAvailability.NONE else r.fixable.value) for r in rules]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in [header, *rows]]
    return "\n".join(lines) + "\n"


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
