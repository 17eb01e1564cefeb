"""JSON Schema validation with messages a user can act on.

Why not jsonschema's own messages: "Additional properties are not allowed
('selct' was unexpected)" says neither where nor what to write instead.  Here
every problem becomes ``<key path>: <what is wrong>``, where the key path is
written as in TOML (``tool.cablelint.per-file-ignores."drafts/*"[1]``) and an
unknown key comes with the closest known one.

Importing jsonschema costs about 100 ms, more than linting one cable, so a
successful validation is remembered in the user cache directory under a hash
of the schema and the data (like the vocabularies): an unchanged configuration
is checked once.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cablelint.cache import cache_dir, content_key, touch_stamp

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_TYPE_NAMES = {
    "array": "a list", "object": "a table", "string": "a string", "integer": "an integer",
    "number": "a number", "boolean": "true or false", "null": "nothing",
}


def key_path(prefix: str, parts: Sequence[str | int]) -> str:
    """``tool.cablelint`` + ["per-file-ignores", "drafts/*", 1] -> ``...."drafts/*"[1]``."""
    text = prefix
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        key = part if _BARE_KEY.fullmatch(part) else json.dumps(part)
        text = f"{text}.{key}" if text else key
    return text or "(top level)"


def describe(value: Any) -> str:
    """A value as the user wrote it, for "got ..." in messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"a string ({json.dumps(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"{type(value).__name__} {value!r}"


def plain(value: Any) -> Any:
    """TOML data with dates and times as ISO strings (what JSON Schema can check)."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, (_dt.date, _dt.time)):  # datetime is a date
        return value.isoformat()
    return value


def problems(schema: dict[str, Any], data: Any) -> list[tuple[list[str | int], str]]:
    """(key path, message) for each problem, in the order of the keys; [] when valid."""
    stamp = _stamp(schema, data)
    if stamp.exists():
        return []
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data),
                    key=lambda e: [str(p) for p in e.absolute_path])
    found = [_explain(error) for error in errors]
    if not found:
        touch_stamp(stamp)
    return found


def _stamp(schema: dict[str, Any], data: Any) -> Path:
    text = json.dumps([schema, data], sort_keys=True, default=str)
    return cache_dir() / f"valid-config-{content_key(text)}"


def _explain(error: Any) -> tuple[list[str | int], str]:
    path: list[str | int] = list(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    instance = error.instance
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        known = sorted(schema.get("properties", {}))
        unknown = [key for key in instance if key not in known]
        if unknown:
            return [*path, unknown[0]], unknown_key(unknown[0], known)
    if "errorMessage" in schema:
        return path, f"{schema['errorMessage']}, got {describe(instance)}"
    if error.validator == "type":
        expected = error.validator_value
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_TYPE_NAMES.get(name, name) for name in names)
        return path, f"expected {wanted}, got {describe(instance)}"
    if error.validator == "enum":
        choices = ", ".join(json.dumps(choice) for choice in error.validator_value)
        return path, f"expected one of {choices}, got {describe(instance)}"
    if error.validator == "minLength":
        return path, "must not be empty"
    return path, error.message


def unknown_key(key: str, known: Sequence[str], what: str = "key",
                listing: bool = True) -> str:
    """``unknown key 'selct' (did you mean 'select'?)``, or the list of known keys."""
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if close:
        return f"unknown {what} {key!r} (did you mean {close[0]!r}?)"
    if not listing:
        return f"unknown {what} {key!r}"
    if not known:
        return f"unknown {what} {key!r} (this table takes none)"
    return f"unknown {what} {key!r} (known: {', '.join(known)})"
