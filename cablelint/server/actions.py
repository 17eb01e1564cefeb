"""Code actions: a quick fix per fixable finding, and fix-all.

Why edits are computed from the server's own lint: the client's copy of a
diagnostic may be older than the text; the server's lint of the current
version is what the edit's offsets refer to.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from cablelint.server.convert import SOURCE, text_edit
from cablelint.server.linting import Lint

FIX_ALL = "source.fixAll.cablelint"
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL]


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether ``kind`` is asked for: ``only`` lists kinds or their parents (``source``)."""
    if not only:
        return True
    return any(kind == base or kind.startswith(base + ".") for base in only)


def _touches(a: types.Range, b: types.Range) -> bool:
    def key(position: types.Position) -> tuple[int, int]:
        return position.line, position.character
    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def _key(diagnostic: types.Diagnostic) -> tuple[object, ...]:
    start, end = diagnostic.range.start, diagnostic.range.end
    return diagnostic.code, start.line, start.character, end.line, end.character


def quick_fixes(lint: Lint, requested: types.Range,
                context: Sequence[types.Diagnostic] = ()) -> list[types.CodeAction]:
    """One action per finding with a fix that touches ``requested`` or that the
    client names in the request's context (editors send the diagnostics of the
    cursor's line there, while the range is the cursor alone)."""
    named = {_key(d) for d in context if d.source == SOURCE}
    actions = []
    for finding, published in lint.pairs():
        fix = finding.fix
        if fix is None or not fix.edits:
            continue
        if not _touches(published.range, requested) and _key(published) not in named:
            continue
        safe = fix.applicability == "safe"
        edits = [text_edit(edit, lint.index, lint.shift, lint.newline) for edit in fix.edits]
        actions.append(types.CodeAction(
            title=f"{fix.message} ({finding.code})" + ("" if safe else " (unsafe)"),
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[published],
            is_preferred=safe,
            edit=types.WorkspaceEdit(changes={lint.uri: edits}),
        ))
    return actions


def whole_text_edit(lint: Lint, new_text: str) -> types.TextEdit:
    """One edit turning ``lint.text`` into ``new_text``: the changed middle only.

    Keeping the common start and end untouched keeps the editor's cursor,
    folds and marks where they were.  The boundaries never split a ``\\r\\n``.
    """
    old = lint.text
    limit = min(len(old), len(new_text))
    prefix = 0
    while prefix < limit and old[prefix] == new_text[prefix]:
        prefix += 1
    if prefix and old[prefix - 1] == "\r":
        prefix -= 1
    suffix = 0
    while (suffix < limit - prefix
           and old[len(old) - 1 - suffix] == new_text[len(new_text) - 1 - suffix]):
        suffix += 1
    if suffix and old[len(old) - suffix] == "\n":
        suffix -= 1
    return types.TextEdit(range=lint.index.range(prefix, len(old) - suffix),
                          new_text=new_text[prefix:len(new_text) - suffix])


def fix_all_action(lint: Lint, new_text: str | None) -> types.CodeAction | None:
    """``source.fixAll.cablelint``: ``new_text`` is the text with every safe fix
    applied (as ``cablelint check --fix`` would), None when there is none."""
    if new_text is None or new_text == lint.text:
        return None
    return types.CodeAction(
        title="Fix all safe cablelint findings",
        kind=FIX_ALL,
        edit=types.WorkspaceEdit(changes={lint.uri: [whole_text_edit(lint, new_text)]}),
    )
