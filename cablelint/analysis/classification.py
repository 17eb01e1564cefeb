"""What the classification rules (CL4xx) read about a cable besides its portion marks.

The banner's level and its name, the header captions (``NOFORN``,
``SENSITIVE``) and where a caption line may be added, and the external
metadata record of the cable.  The portion marks themselves and the
classification vocabulary's tables are in :mod:`cablelint.analysis.portion_marks`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cablelint.analysis import analysis
from cablelint.analysis.portion_marks import tables
from cablelint.diagnostics import Span
from cablelint.model import TextLine
from cablelint.rules.base import cable_id_of

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

_NOT_LETTER = re.compile(r"[^A-Z]+")


def banner_level(context: RuleContext) -> str | None:
    """The banner's level code (``C``, ``S`` ...), None without a banner or a level."""
    banner = context.document.banner
    return banner.classification.level if banner is not None else None


def level_name(context: RuleContext, level: str | None) -> str:
    """The vocabulary's name of a level code (``C`` -> CONFIDENTIAL), else "no level"."""
    return tables(context).names.get(level or "", "no level")


@analysis
def caption_text(context: RuleContext) -> str:
    """All header captions in upper case, one a line: a quick first test for a word."""
    return "\n".join(caption.text for caption in context.document.captions).upper()


def caption(context: RuleContext, word: str) -> TextLine | None:
    """The first header caption that contains ``word`` (upper case) as a word."""
    if word not in caption_text(context):
        return None
    padded = f" {word} "
    for line in context.document.captions:
        if padded in " " + " ".join(_NOT_LETTER.split(line.text.upper())) + " ":
            return line
    return None


def caption_span(context: RuleContext, line: TextLine, word: str) -> Span:
    """The span of ``word`` inside a caption line (case-insensitive); the whole line
    when the word is not in it."""
    index = line.text.upper().find(word)
    start = line.span.start + max(index, 0)
    return context.span(start, start + (len(word) if index >= 0 else len(line.text)))


def line_end(context: RuleContext, span: Span) -> int | None:
    """End of the line a header item ends on, when nothing but blanks follows it
    (where a fix may add a caption line); None when other text follows."""
    index = span.end_line - 1
    end = context.source.starts[index] + len(context.source.texts[index])
    return end if not context.text[span.end:end].strip() else None


def metadata_record(context: RuleContext) -> dict[str, str] | None:
    """The external metadata record of the cable (``--metadata``), found by the cable
    id its file is named after; None without metadata or without a record."""
    metadata = context.settings.metadata
    if not metadata:
        return None
    cable_id = cable_id_of(context.document)
    return metadata.get(cable_id) if cable_id else None
