"""The typed, immutable document model of a parsed cable.

Nodes are typed named tuples: immutable like frozen dataclasses, but about
six times cheaper to define (import time counts for a one-shot CLI run) and
to create (a corpus run creates millions of nodes).

Every node carries the exact :class:`~cablelint.diagnostics.Span` of the text it
came from, so rules can point at it and fixes can edit it.  Values are
normalized (levels as ``U``/``SBU``/``C``/``S``/``TS``, dates as ISO strings)
while ``raw`` keeps the text as written.  Dates are ISO strings rather than
``datetime.date`` objects because real cables carry impossible dates
("02/30/2015") that must still be represented.

The nodes live in one module per part of the cable (:mod:`.classification`,
:mod:`.prologue`, :mod:`.header`, :mod:`.body`, :mod:`.document`); import them from here.
"""

from cablelint.model.body import (
    BodyNode,
    Heading,
    Marker,
    PageBreak,
    Paragraph,
    Redaction,
    SignOff,
    StrayNumber,
    TrailerLine,
)
from cablelint.model.classification import (
    LEVEL_NAMES,
    LEVEL_RANK,
    LEVELS,
    Banner,
    CableId,
    Caption,
    CaptionControl,
    Classification,
    ClassificationLine,
    PseudoBanner,
    Section,
    WholeText,
)
from cablelint.model.document import AppendedCable, Document
from cablelint.model.header import (
    ClassifiedBy,
    Declassification,
    ExecutiveOrderLine,
    PortionMark,
    Reason,
    RefCitation,
    Reference,
    References,
    RefLabel,
    StrayPilcrow,
    Subject,
    Tag,
    Tags,
)
from cablelint.model.iir import IirField, IirReport
from cablelint.model.inline import RuleLine, Url
from cablelint.model.prologue import (
    Dateline,
    DateTimeGroup,
    HeaderLine,
    Printout,
    RepeatedHeader,
    RoutingHeader,
    TextLine,
    WebMetadata,
)

__all__ = [
    "LEVELS",
    "LEVEL_NAMES",
    "LEVEL_RANK",
    "AppendedCable",
    "Banner",
    "BodyNode",
    "CableId",
    "Caption",
    "CaptionControl",
    "Classification",
    "ClassificationLine",
    "ClassifiedBy",
    "DateTimeGroup",
    "Dateline",
    "Declassification",
    "Document",
    "ExecutiveOrderLine",
    "HeaderLine",
    "Heading",
    "IirField",
    "IirReport",
    "Marker",
    "PageBreak",
    "Paragraph",
    "PortionMark",
    "Printout",
    "PseudoBanner",
    "Reason",
    "Redaction",
    "RefCitation",
    "RefLabel",
    "Reference",
    "References",
    "RepeatedHeader",
    "RoutingHeader",
    "RuleLine",
    "Section",
    "SignOff",
    "StrayNumber",
    "StrayPilcrow",
    "Subject",
    "Tag",
    "Tags",
    "TextLine",
    "TrailerLine",
    "Url",
    "WebMetadata",
    "WholeText",
]
