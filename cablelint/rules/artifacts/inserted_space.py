"""CL906 inserted-space."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import in_doomed_line
from cablelint.diagnostics import Diagnostic, Edit, new_tuple
from cablelint.model import Document
from cablelint.rules.base import FixAvailability, Rule, RuleContext

_URL_PUNCTUATION = frozenset(".,;:)")


def _inserted_spaces(document: Document) -> list[tuple[int, str]]:
    """Offsets of the spaces inserted into rules and URLs, with their kind (the
    parser records them: ``RuleLine.breaks``, ``Url.breaks``)."""
    found: dict[int, str] = {}
    for rule in document.rule_lines:
        for space in rule.breaks:
            found.setdefault(space.start, "rule")
    for url in document.urls:
        for space in url.breaks:
            found.setdefault(space.start, "url")
    return sorted(found.items())


class InsertedSpace(Rule):
    """A space inserted after a run of exactly 45 non-blank characters.

    The web pages broke long tokens every 45 characters, so dash rules read
    ``-----...----- -------`` and URLs ``.../index.c fm``.  The rule reports
    the spaces the parser found in dash and star rules (``Document.rule_lines``)
    and in URLs with a scheme (``Document.urls``) anywhere in the text.  Other long tokens are not
    searched: telling an inserted space there from a real one needs the
    token's meaning.

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
        for offset, kind in _inserted_spaces(context.document):
            if in_doomed_line(context, offset):
                continue
            what = "dash rule" if kind == "rule" else "URL"
            safe = kind == "rule" or text[offset - 1] not in _URL_PUNCTUATION
            # every field given: the fast constructor (hundreds of findings per corpus)
            yield context.report(
                context.span(offset, offset + 1),
                f"space inserted into a {what} after 45 characters; remove it",
                fix=context.fix("remove the inserted space",
                                new_tuple(Edit, (offset, offset + 1, "")),
                                safe=safe))
