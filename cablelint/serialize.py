"""Turning the document model into JSON-ready data.

Why generic: the model is made of typed named tuples, so one recursive walk
serializes every node, and a new field shows up
in the JSON (and fails the schema test) instead of being silently dropped.
"""

from __future__ import annotations

from typing import Any

from cablelint import __version__
from cablelint.diagnostics import Diagnostic, Span
from cablelint.model import Document


def to_data(value: Any) -> Any:
    """JSON-ready form of a model value."""
    if isinstance(value, Span | Diagnostic):
        return value.to_json()
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: to_data(item) for name, item in zip(value._fields, value, strict=True)}
    if isinstance(value, tuple | list):
        return [to_data(item) for item in value]
    return value


def document_data(document: Document) -> dict[str, Any]:
    data = to_data(document)
    data["classification"] = to_data(document.classification)
    data["classification_label"] = document.classification_label()
    data["partial_extract"] = document.partial_extract
    return data


def parse_report(documents: list[Document], errors: list[dict[str, str]]) -> dict[str, Any]:
    """The output of ``cablelint parse --format json``."""
    return {
        "tool": "cablelint",
        "version": __version__,
        "documents": [document_data(document) for document in documents],
        "errors": errors,
    }
