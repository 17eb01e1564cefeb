"""Applying fixes to a text: non-overlapping, all edits of a fix or none.

Why all-or-nothing per fix: a fix's edits belong together (renumbering a
paragraph and its cross-reference, say); applying half of one would leave
the text in a state no rule intended.  Overlapping fixes are left for the
next pass, when they are recomputed on the new text.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

from cablelint.diagnostics import Diagnostic, Edit


def _edits_in_line_style(edits: Sequence[Edit], newline: str) -> list[Edit]:
    """Rules write line breaks as "\\n"; a CRLF or CR file gets its own breaks.

    Rules read the LF view of the text (:meth:`SourceText.plain`), where a CRLF
    is written " \\n": text a rule copies from it into a replacement (a SUBJECT
    rewritten over two lines) has that blank, which is the CR, not a space of
    the file's; in a CRLF file it is dropped with the "\\n" it stands before.
    """
    if newline == "\n":
        return list(edits)
    crlf = newline == "\r\n"

    def restyled(replacement: str) -> str:
        replacement = replacement.replace("\r\n", "\n")
        if crlf:
            replacement = replacement.replace(" \n", "\n")
        return replacement.replace("\n", newline)

    return [edit._replace(replacement=restyled(edit.replacement))
            if "\n" in edit.replacement else edit for edit in edits]


def choose_fixes(diagnostics: Iterable[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    """Diagnostics whose fixes can be applied together in one pass.

    Fixes are taken in text order; one is skipped when any of its edits
    overlaps (or touches the same insertion point as) an edit already taken.
    The spans taken so far are kept sorted and never overlap each other, so a
    new span is compared only with its neighbours: O(k log k) for k fixes
    (comparing every fix with every taken span took 85 s for 300 KB of
    SIPDIS lines, issue #13).
    """
    taken: list[Diagnostic] = []
    claimed = _Claimed()
    candidates = [d for d in diagnostics if d.fix is not None and d.fix.edits
                  and (unsafe or d.fix.applicability == "safe")]
    candidates.sort(key=lambda d: (min(e.start for e in d.fix.edits), d.code))
    for diagnostic in candidates:
        spans = [(edit.start, edit.end) for edit in diagnostic.fix.edits]
        if _overlapping(spans) or any(claimed.conflicts(span) for span in spans):
            continue
        taken.append(diagnostic)
        for span in spans:
            claimed.add(span)
    return taken


class _Claimed:
    """Spans already taken, sorted by start; no two of them overlap."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int]] = []

    def conflicts(self, span: tuple[int, int]) -> bool:
        # candidates start at or before span's end; since taken spans do not
        # overlap, their ends grow with their starts: walk back while they reach span
        index = bisect.bisect_right(self.starts, span[1]) - 1
        while index >= 0 and self.spans[index][1] >= span[0]:
            if _overlaps(span, self.spans[index]):
                return True
            index -= 1
        return False

    def add(self, span: tuple[int, int]) -> None:
        index = bisect.bisect_right(self.starts, span[0])
        self.starts.insert(index, span[0])
        self.spans.insert(index, span)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # an insertion conflicts with anything at its point
        return a[0] <= b[1] and b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def _overlapping(spans: list[tuple[int, int]]) -> bool:
    ordered = sorted(spans)
    return any(_overlaps(first, second) for first, second in itertools.pairwise(ordered))


def apply_fixes(text: str, diagnostics: Sequence[Diagnostic], newline: str = "\n") -> str:
    """``text`` with the fixes of ``diagnostics`` (as chosen by :func:`choose_fixes`)."""
    edits = sorted((edit for d in diagnostics for edit in
                    _edits_in_line_style(d.fix.edits, newline)),
                   key=lambda edit: (edit.start, edit.end), reverse=True)
    pieces: list[str] = []
    position = len(text)
    for edit in edits:
        pieces.append(text[edit.end:position])
        pieces.append(edit.replacement)
        position = edit.start
    pieces.append(text[:position])
    return "".join(reversed(pieces))


def dominant_newline(text: str) -> str:
    """The line break most lines of ``text`` use ("\\n" when there is none)."""
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    best = max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"))
    return best[1] if best[0] else "\n"
