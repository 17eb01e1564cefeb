"""Spans and diagnostics shared by the parser, the rules and the reports."""

from __future__ import annotations

from typing import Literal, NamedTuple

Severity = Literal["error", "warning", "info"]


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


class Diagnostic(NamedTuple):
    """A finding about the text: parse problems now, rule findings later."""

    code: str
    message: str
    span: Span
    severity: Severity = "error"

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "span": self.span.to_json()}
