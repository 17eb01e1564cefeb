"""Vocabularies and tables rules use, kept as data under ``rules/``.

Each ``rules/NAME.json`` has a JSON Schema ``rules/schemas/NAME.schema.json``
and is validated when loaded.  Importing jsonschema costs ~100 ms, more than
a whole one-file run, so a successful validation is remembered in the user
cache directory under a hash of the data and schema texts: the check runs
again only when either file changes.

Users extend vocabularies from configuration (``extensions``): lists are
extended, mappings are updated.  The extended data is validated too.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from cablelint.cache import cache_dir, content_key, touch_stamp
from cablelint.syntax.grammar import data_dir


class VocabularyError(ValueError):
    """A vocabulary file (or a user extension) is missing or does not fit its schema."""


def rules_dir() -> Path:
    return data_dir("rules")


@cache
def _load(name: str) -> dict[str, Any]:
    path = rules_dir() / f"{name}.json"
    schema_path = rules_dir() / "schemas" / f"{name}.schema.json"
    try:
        text = path.read_text(encoding="utf-8")
        schema_text = schema_path.read_text(encoding="utf-8")
    except OSError as error:
        raise VocabularyError(f"vocabulary {name!r}: {error}") from error
    data = json.loads(text)
    _validate_once(name, data, text, schema_text)
    return data


def load_vocabulary(name: str, extensions: dict[str, Any] | None = None) -> dict[str, Any]:
    """The vocabulary ``name``, extended by ``extensions[name]`` when given."""
    data = _load(name)
    extension = (extensions or {}).get(name)
    if not extension:
        return data
    return _extended(name, json.dumps(extension, sort_keys=True))


@lru_cache(maxsize=32)
def _extended(name: str, extension_json: str) -> dict[str, Any]:
    merged = json.loads(json.dumps(_load(name)))
    for key, value in json.loads(extension_json).items():
        current = merged.get(key)
        if isinstance(current, list) and isinstance(value, list):
            current.extend(item for item in value if item not in current)
        elif isinstance(current, dict) and isinstance(value, dict):
            current.update(value)
        else:
            merged[key] = value
    schema_text = (rules_dir() / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    _validate_once(name, merged, json.dumps(merged, sort_keys=True), schema_text,
                   label=f"vocabulary {name!r} as extended by the configuration")
    return merged


def _validate_once(name: str, data: Any, text: str, schema_text: str,
                   label: str | None = None) -> None:
    stamp = cache_dir() / f"valid-{name}-{content_key(schema_text, text)}"
    if stamp.exists():
        return
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(schema_text))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(top level)"
        raise VocabularyError(f"{label or f'rules/{name}.json'}: {where}: {errors[0].message}")
    touch_stamp(stamp)


def available() -> list[str]:
    return sorted(p.stem for p in rules_dir().glob("*.json"))


def validate_extensions(data: object, origin: str) -> dict[str, Any]:
    """Check user extensions (``{"tags": {"extra": [...]}}``) before a run starts.

    Why up front: a bad extension found inside a rule would turn into a CL000
    per file; here it stops the run once, naming ``origin`` (a file or a
    configuration key) and the key path that is wrong.
    """
    if not isinstance(data, dict):
        raise VocabularyError(f"{origin}: expected a table mapping vocabulary names to "
                              "extensions")
    for name, extension in data.items():
        if name not in available():
            raise VocabularyError(f"{origin}: no vocabulary {name!r} (there are: "
                                  f"{', '.join(available())})")
        if not isinstance(extension, dict):
            raise VocabularyError(f"{origin}: {name}: expected a table")
        try:
            load_vocabulary(name, data)
        except VocabularyError as error:
            raise VocabularyError(f"{origin}: {error}") from error
    return data


__all__ = ["VocabularyError", "available", "load_vocabulary", "validate_extensions"]
