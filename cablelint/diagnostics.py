"""Spans and diagnostics shared by the parser, the rules and the reports."""

from __future__ import annotations

from typing import Literal, NamedTuple

Severity = Literal["error", "warning", "info"]

#: ``new_tuple(NodeType, fields)`` is ``NodeType(*fields)`` for a named tuple, without
#: the Python-level ``__new__`` a named tuple adds (what ``_make`` does): the parser
#: and the engine build hundreds of thousands of nodes per corpus pass, and every
#: field is given where it is used.  One home for the idiom.
new_tuple = tuple.__new__


class Span(NamedTuple):
    """An exact region of the source.

    Lines and columns are 1-based; the end is exclusive (``end_column`` is the
    column just past the last character), the convention of LSP and SARIF.
    ``start`` and ``end`` are character offsets into the decoded text.
    A named tuple rather than a dataclass: a cable has thousands of spans and
    tuple construction is several times cheaper.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
        }


class Edit(NamedTuple):
    """Replace ``text[start:end]`` (character offsets of the decoded text) by ``replacement``."""

    start: int
    end: int
    replacement: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


class Fix(NamedTuple):
    """A set of edits that repairs one finding.

    ``applicability`` is ``"safe"`` when applying it needs no judgement (``--fix``)
    or ``"unsafe"`` when it may change meaning (``--unsafe-fixes``).
    """

    message: str
    edits: tuple[Edit, ...]
    applicability: Literal["safe", "unsafe"] = "safe"

    def to_json(self) -> dict[str, object]:
        return {"message": self.message, "applicability": self.applicability,
                "edits": [edit.to_json() for edit in self.edits]}


class Diagnostic(NamedTuple):
    """A finding about the text: a parse problem (CL0xx) or a rule finding."""

    code: str
    message: str
    span: Span
    severity: Severity = "error"
    rule: str = ""  # the rule's kebab-case name; "" for parser diagnostics
    fix: Fix | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"code": self.code, "severity": self.severity,
                                   "message": self.message, "span": self.span.to_json()}
        if self.rule:
            data["rule"] = self.rule
        if self.fix is not None:
            data["fix"] = self.fix.to_json()
        return data
