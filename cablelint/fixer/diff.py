"""``--diff``: what ``--fix`` would change, as a unified diff."""

from __future__ import annotations

import difflib


def unified_diff(before: str, after: str, path: str) -> str:
    """A unified diff of two versions of ``path`` (line endings shown as they are)."""
    lines = difflib.unified_diff(before.splitlines(keepends=True),
                                 after.splitlines(keepends=True),
                                 fromfile=f"a/{path}", tofile=f"b/{path}")
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith(("\n", "\r")):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)
