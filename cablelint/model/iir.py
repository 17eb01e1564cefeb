"""A DoD Intelligence Information Report (IIR) sent as a cable.

An IIR has its own field layout instead of the State header and paragraphs:
``SERIAL: (U) IIR 6 815 0002 05.``, ``COUNTRY:``, ``IPSP:``, ``SUBJECT: ... (U)``,
``SUMMARY: (C) ...``, ``TEXT: 1. (C) ...``, ``COMMENTS: 1. (C) ...`` and a
trailer ``PREP:`` ... ``DRV FROM: DO HUMINT SCG SEP 2003`` / ``DECL ON: X1``
instead of a Classified By block and an E.O. line.  The rules judge the
document by this layout where it differs (cablelint.fields.iir finds it).
"""

from __future__ import annotations

from typing import NamedTuple

from cablelint.diagnostics import Span


class IirField(NamedTuple):
    """One labelled field of an IIR: ``COMMENTS: 1. (C) FIELD COMMENTS. ...``."""

    label: str  # upper case, one blank between words: "DRV FROM"
    label_span: Span  # the label with its colon
    span: Span  # from the label to the end of the field's last line (before the next label)
    #: the paragraph number opening the field's text ("TEXT: 1. (C)"): each numbered
    #: field (TEXT, COMMENTS) counts its paragraphs from 1
    number: int | None = None
    number_span: Span | None = None


class IirReport(NamedTuple):
    """The IIR layout of a cable: its serial and its fields in text order."""

    span: Span  # from the SERIAL label to the end of the last field
    serial: str  # "6 815 0002 05"
    fields: tuple[IirField, ...]

    def field(self, label: str) -> IirField | None:
        """The first field with ``label`` (upper case), if any."""
        return next((field for field in self.fields if field.label == label), None)
