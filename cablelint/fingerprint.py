"""Fingerprints that identify a finding across unrelated edits of its file.

Why not line numbers: a baseline of an archive, or a code-scanning alert,
must keep recognising "the same finding" after lines are inserted above it.
A finding is identified instead by its rule, the text of the line it flags
(whitespace-normalised) and, to tell repeated identical lines apart, how many
earlier findings of the same rule flag an identical line.  The neighbouring
non-blank lines make a second, stricter key that baselines use first.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from cablelint.diagnostics import Diagnostic
from cablelint.source import SourceText

#: Bumped whenever the recipe changes, so old baselines and alerts are not matched wrongly.
FINGERPRINT_VERSION = "1"


class Fingerprint(NamedTuple):
    """``content``: rule + flagged line text + occurrence; ``context`` adds the neighbours."""

    content: str
    context: str


def _digest(*parts: str) -> str:
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:32]


def _normalised(line: str) -> str:
    return " ".join(line.split())


def _neighbour(texts: Sequence[str], index: int, step: int) -> str:
    """The nearest non-blank line above (step -1) or below (step +1), normalised."""
    index += step
    while 0 <= index < len(texts):
        if texts[index].strip():
            return _normalised(texts[index])
        index += step
    return ""


def fingerprints(source: SourceText | None, diagnostics: Sequence[Diagnostic]
                 ) -> list[Fingerprint]:
    """One fingerprint per diagnostic, in the order given.

    Without the source (an unreadable file) only the rule and message count.
    """
    seen: Counter[tuple[str, str]] = Counter()
    result: list[Fingerprint] = []
    for diagnostic in diagnostics:
        if source is None or not source.texts:
            line_text, above, below = diagnostic.message, "", ""
        else:
            index = min(max(diagnostic.span.line, 1), len(source.texts)) - 1
            flagged = source.texts[index]
            if diagnostic.span.end_line != diagnostic.span.line:
                last = min(diagnostic.span.end_line, len(source.texts))
                flagged = " ".join(source.texts[index:last])
            line_text = _normalised(flagged)
            above = _neighbour(source.texts, index, -1)
            below = _neighbour(source.texts, min(diagnostic.span.end_line,
                                                 len(source.texts)) - 1, +1)
        key = (diagnostic.code, line_text)
        occurrence = seen[key]
        seen[key] += 1
        content = _digest(FINGERPRINT_VERSION, diagnostic.code, line_text, str(occurrence))
        context = _digest(FINGERPRINT_VERSION, diagnostic.code, line_text, above, below,
                          str(occurrence))
        result.append(Fingerprint(content, context))
    return result
