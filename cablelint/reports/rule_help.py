"""A rule's documentation as SARIF help: plain text and Markdown.

Why converted here: rule docstrings use reStructuredText habits (````code````,
indented ``Bad:``/``Good:`` examples) that ``cablelint explain`` prints as
they are, while GitHub renders ``help.markdown`` in the alert panel, where
indented cable text must become fenced code to keep its line breaks.
"""

from __future__ import annotations

import re

from cablelint.explain import explanation
from cablelint.rules.base import DOC_SECTIONS, Rule

_LITERAL = re.compile(r"``(.+?)``", re.DOTALL)
_SECTION = re.compile("^(" + "|".join(map(re.escape, DOC_SECTIONS)) + r")\s*")


def short_description(rule: type[Rule]) -> str:
    """The documentation's first paragraph, on one line (the summary when there is none)."""
    paragraph = rule.documentation().split("\n\n", 1)[0]
    text = " ".join(paragraph.split())
    return _LITERAL.sub(r"\1", text) or rule.summary


def help_text(rule: type[Rule]) -> str:
    """What ``cablelint explain CODE`` prints."""
    return explanation(rule).rstrip("\n")


def help_markdown(rule: type[Rule]) -> str:
    """The documentation as Markdown: bold section labels, fenced indented examples."""
    out = [f"**{rule.code} {rule.name}**: {rule.summary}.", ""]
    block: list[str] = []

    def flush() -> None:
        if block:
            out.extend(["```text", *block, "```"])
            block.clear()

    for line in rule.documentation().splitlines():
        if line.startswith("    ") and line.strip():
            block.append(line[4:])
            continue
        if block and not line.strip():
            block.append("")
            continue
        if block:
            while block and not block[-1]:
                block.pop()
            flush()
            out.append("")
        line = _LITERAL.sub(r"`\1`", line)
        out.append(_SECTION.sub(lambda match: f"**{match.group(1)}** ", line).rstrip())
    while block and not block[-1]:
        block.pop()
    flush()
    out += ["", f"Run `cablelint explain {rule.code}` for options and defaults."]
    return "\n".join(out).strip() + "\n"
