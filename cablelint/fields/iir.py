"""The layout of a DoD Intelligence Information Report (IIR) sent as a cable.

Why here, once: an IIR's labelled fields (``SERIAL:``, ``COUNTRY:``, ``SUMMARY:``,
``TEXT:``, ``COMMENTS:``, ``DRV FROM:`` ...) look like stray header text, a
SUMMARY marker, paragraph numbers that go back, and a missing Classified By
block to readers of the State format.  This function recognises the layout and
its fields with their spans; the builder and the rules read
:class:`~cablelint.model.IirReport` instead of matching the labels themselves.

The detection is tight: a header line ``SERIAL: ... IIR 6 815 0002 05`` (the IIR
number: one digit, three, four and two), and at least three labels that only
an IIR uses.  The search runs only for a cable with such a SERIAL line.
"""

from __future__ import annotations

import re

from cablelint.model import IirField, IirReport, TextLine
from cablelint.source import SourceText

# The IIR number on the SERIAL line: "IIR 6 815 0002 05".
_SERIAL = re.compile(r"SERIAL:.*?\bIIR\s+(\d\s+\d{3}\s+\d{4}\s+\d{2})\b")
# A field label at the start of a line, in capitals as the reports write them.
_LABEL = re.compile(
    r"(SERIAL|COUNTRY|IPSP|TAGS|SUBJECT|WARNING|DOI|REQS|SOURCE|SUMMARY|TEXT|COMMENTS|COLL"
    r"|INSTR|PREP|ACQ|DISSEM|DRV FROM|DECL ON):")
# Labels no State cable writes at the start of a line: three make the layout an IIR's.
_IIR_ONLY = frozenset({"COUNTRY", "IPSP", "DOI", "REQS", "TEXT", "COMMENTS", "COLL",
                       "INSTR", "PREP", "ACQ", "DISSEM", "DRV FROM", "DECL ON"})
_ENOUGH = 3
# The paragraph number opening a field's text: "TEXT: 1. (C) ..."
_NUMBER = re.compile(r"[ \t]*(\d{1,2})\.(?=\s)")


def find_iir_report(source: SourceText, header_text: list[TextLine]) -> IirReport | None:
    """The IIR layout of the cable whose header holds ``header_text``, if it has one."""
    serial = None
    for line in header_text:
        if line.text.startswith("SERIAL:"):
            serial = _SERIAL.match(line.text)
            if serial is not None:
                start_line = line.span.line
                break
    if serial is None:
        return None
    texts, starts = source.texts, source.starts
    labels: list[tuple[int, re.Match[str]]] = []  # (line index, label match)
    for index in range(start_line - 1, len(texts)):
        found = _LABEL.match(texts[index])
        if found is not None:
            labels.append((index, found))
    if len({found.group(1) for _, found in labels} & _IIR_ONLY) < _ENOUGH:
        return None
    fields = []
    for number, (index, found) in enumerate(labels):
        # the field runs to the last non-blank line before the next label (the last
        # field, DECL ON, is its own line: what follows is the end of the telegram)
        last = labels[number + 1][0] - 1 if number + 1 < len(labels) else index
        end_line = index
        for follow in range(index + 1, last + 1):
            if texts[follow].strip():
                end_line = follow
        start = starts[index]
        field_number, number_span = None, None
        opening = _NUMBER.match(texts[index], found.end())
        if opening is not None:
            field_number = int(opening.group(1))
            number_span = source.span(start + opening.start(1), start + opening.end())
        fields.append(IirField(
            " ".join(found.group(1).split()), source.span(start, start + found.end()),
            source.span(start, starts[end_line] + len(texts[end_line].rstrip())),
            field_number, number_span))
    span = source.span(fields[0].span.start, fields[-1].span.end)
    return IirReport(span, " ".join(serial.group(1).split()), tuple(fields))
