"""Hover: the explanation of the rule behind each finding under the cursor.

Why: a one-line message says what is wrong here; the rule's documentation
(why it matters, bad and good examples, the fix) is what ``cablelint explain``
prints, and the editor should not make the user leave for a terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from cablelint.explain import explanation, find_rule
from cablelint.rules.base import Rule
from cablelint.server.linting import Lint


def _contains(outer: types.Range, position: types.Position) -> bool:
    point = (position.line, position.character)
    return (outer.start.line, outer.start.character) <= point <= \
        (outer.end.line, outer.end.character)


def rule_markdown(code: str, message: str, rules: Sequence[type[Rule]]) -> str:
    """The finding's message and its rule's explanation as Markdown.

    The explanation is plain text with indented examples; a fenced block
    keeps its layout (and its ``*`` and ``_``) exactly as written.
    """
    rule = find_rule(rules, code)
    if rule is None:
        return f"**{code}**: {message}"
    text = explanation(rule).rstrip().replace("```", "'''")
    return f"**{rule.code}** `{rule.name}`: {message}\n\n```text\n{text}\n```"


def hover(lint: Lint, position: types.Position,
          rules: Sequence[type[Rule]]) -> types.Hover | None:
    """A hover for the findings whose range holds ``position``; None when there is none."""
    hits = [(finding, published) for finding, published in lint.pairs()
            if _contains(published.range, position)]
    if not hits:
        return None
    parts = [rule_markdown(finding.code, finding.message, rules) for finding, _ in hits]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                     value="\n\n---\n\n".join(parts)),
        range=hits[0][1].range,
    )
