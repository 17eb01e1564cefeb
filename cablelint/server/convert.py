"""cablelint diagnostics and edits as LSP diagnostics and text edits.

Why a module: the conversion is where code-point offsets become positions in
the client's code units, where severities are mapped, and where the ``data``
a code action needs is attached -- one place to get it right.
"""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.server.positions import LineIndex

SOURCE = "cablelint"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def in_line_style(replacement: str, newline: str) -> str:
    """Rules write line breaks as ``\\n``; a CRLF or CR document gets its own."""
    if newline == "\n" or "\n" not in replacement:
        return replacement
    return replacement.replace("\r\n", "\n").replace("\n", newline)


def text_edit(edit: Edit, index: LineIndex, shift: int, newline: str) -> types.TextEdit:
    """One cablelint edit (offsets into the linted text) as an LSP text edit.

    ``shift`` is 1 when the editor's text starts with a byte-order mark that
    :class:`~cablelint.source.SourceText` dropped before linting.
    """
    return types.TextEdit(range=index.range(edit.start + shift, edit.end + shift),
                          new_text=in_line_style(edit.replacement, newline))


def _range_json(edit: types.TextEdit) -> dict[str, Any]:
    start, end = edit.range.start, edit.range.end
    return {"range": {"start": {"line": start.line, "character": start.character},
                      "end": {"line": end.line, "character": end.character}},
            "newText": edit.new_text}


def lsp_diagnostic(diagnostic: Diagnostic, index: LineIndex, shift: int, newline: str,
                   version: int | None) -> types.Diagnostic:
    """The LSP form of a finding.

    ``data`` carries the rule name, the document version linted and the fix
    (title, applicability, edits in the client's units), so that a client
    can act on a diagnostic on its own; the server's code actions recompute
    from its lint of the current version, so that a stale diagnostic never
    turns into a wrong edit.
    """
    span = diagnostic.span
    data: dict[str, Any] = {"rule": diagnostic.rule, "version": version}
    fix = diagnostic.fix
    if fix is not None and fix.edits:
        data["fix"] = {"title": fix.message, "applicability": fix.applicability,
                       "edits": [_range_json(text_edit(edit, index, shift, newline))
                                 for edit in fix.edits]}
    return types.Diagnostic(
        range=index.range(span.start + shift, span.end + shift),
        message=diagnostic.message,
        severity=SEVERITY.get(diagnostic.severity, types.DiagnosticSeverity.Warning),
        code=diagnostic.code,
        source=SOURCE,
        data=data,
    )


def note_at_start(message: str, code: str,
                  severity: types.DiagnosticSeverity) -> types.Diagnostic:
    """A diagnostic on the first character, for problems that are not in the text
    (a broken configuration file, an internal error)."""
    start = types.Position(line=0, character=0)
    return types.Diagnostic(range=types.Range(start=start, end=start), message=message,
                            severity=severity, code=code, source=SOURCE)
