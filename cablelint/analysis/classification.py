"""What the classification rules (CL4xx) read about a cable besides its portion marks.

The banner's level and its name, the header captions that name a control
(``NOFORN``, ``SENSITIVE``: read by the parser, :mod:`cablelint.fields.caption`)
and where a caption line may be added, and the external metadata record of
the cable (its label is read by :func:`cablelint.fields.banner.read_label`).
The portion marks themselves and the classification vocabulary's tables
are in :mod:`cablelint.analysis.portion_marks`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablelint.analysis.portion_marks import tables
from cablelint.diagnostics import Span
from cablelint.model import Caption, CaptionControl
from cablelint.rules.base import cable_id_of

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext


def banner_level(context: RuleContext) -> str | None:
    """The banner's level code (``C``, ``S`` ...), None without a banner or a level."""
    banner = context.document.banner
    return banner.classification.level if banner is not None else None


def level_name(context: RuleContext, level: str | None) -> str:
    """The vocabulary's name of a level code (``C`` -> CONFIDENTIAL), else "no level"."""
    return tables(context).names.get(level or "", "no level")


def caption(context: RuleContext, word: str) -> tuple[Caption, CaptionControl] | None:
    """The first header caption that names the control ``word`` (upper case), with
    the control as the parser read it (its span is where to point)."""
    for line in context.document.captions:
        for control in line.controls:
            if control.word == word:
                return line, control
    return None


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
