"""JSON Schemas that define cablelint's machine-readable output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SCHEMAS = {
    "document": "document.schema.json",
    "report": "report.schema.json",
    "config": "config.schema.json",
    # inputs checked when read (not printed by 'cablelint schema')
    "baseline": "baseline.schema.json",
    "metadata": "metadata.schema.json",
}


def schema_text(name: str) -> str:
    """The schema file's text, exactly as shipped."""
    return (Path(__file__).parent / SCHEMAS[name]).read_text(encoding="utf-8")


def load_schema(name: str) -> dict[str, Any]:
    return json.loads(schema_text(name))
