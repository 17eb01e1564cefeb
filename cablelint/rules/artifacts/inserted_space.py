"""CL906 inserted-space."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.artifacts import in_doomed_line
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext

_RULE_RUNS = ("-" * 45, "*" * 45)
_URL_PUNCTUATION = frozenset(".,;:)")
_NON_BLANK = re.compile(r"\S*")
#: URLs are searched in the closing part of the cable only (footer, last paragraph).
_URL_TAIL = 3000


def _inserted_spaces(context: RuleContext) -> list[tuple[int, str]]:
    """Offsets of spaces inserted after exactly 45 non-blank characters, with their kind."""
    text, lowered = context.text, context.source.lowered()
    found: dict[int, str] = {}
    candidates: list[tuple[int, str]] = []
    for run in _RULE_RUNS:
        position = text.find(run)
        while position >= 0:
            candidates.append((position, "rule"))
            position = text.find(run, position + 45)
    position = lowered.find(b"http", max(0, len(lowered) - _URL_TAIL))
    while position >= 0:
        candidates.append((position, "url"))
        position = lowered.find(b"http", position + 4)
    length = len(text)
    for position, kind in candidates:
        start = position
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # rare: the rule or URL is glued to text before it
        while True:  # a long token may carry several inserted spaces: "45 45 10"
            run = _NON_BLANK.match(text, start)
            end = run.end()
            if end - start != 45 or end + 1 >= length or text[end] != " " or \
                    text[end + 1].isspace():
                break
            found.setdefault(end, kind)
            start = end + 1
    return sorted(found.items())


class InsertedSpace(Rule):
    """A space inserted after a run of exactly 45 non-blank characters.

    The web pages broke long tokens every 45 characters, so dash rules read
    ``-----...----- -------`` and URLs ``.../index.c fm``.  The rule looks at
    dash and star rules anywhere, and at URLs (from ``http``) in the
    last 3,000 characters, where the classified-website footer and every URL
    of the corpus sit (each within 140 characters of the end).  Other long
    tokens and URLs higher up are not searched: none occurs in the corpus, and
    finding them would mean scanning all text (a third of this family's time
    budget for one rule).

    Why: the space breaks URLs and makes rules look like text.  Info rather
    than warning: it fires on about a third of the cables and the damage is
    cosmetic except in URLs.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        --------------------------------------------- ------
        http://www.zenda.example.gov/embassy/politica l/index.html

    Good:
        ---------------------------------------------------
        http://www.zenda.example.gov/embassy/political/index.html

    Fix: ``--fix`` removes the space (safe for rules and for URLs whose first
    part does not end in punctuation; otherwise with ``--unsafe-fixes``).
    """

    code = "CL906"
    name = "inserted-space"
    summary = "A space was inserted after 45 non-blank characters"
    severity = "info"
    basis = "extraction"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        text = context.text
        for offset, kind in _inserted_spaces(context):
            if in_doomed_line(context, offset):
                continue
            what = "dash rule" if kind == "rule" else "URL"
            safe = kind == "rule" or text[offset - 1] not in _URL_PUNCTUATION
            yield context.report(
                context.span(offset, offset + 1),
                f"space inserted into a {what} after 45 characters; remove it",
                fix=context.fix("remove the inserted space", Edit(offset, offset + 1, ""),
                                safe=safe))
