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
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cablelint.diagnostics import Diagnostic, Span

#: Classification levels from lowest to highest; SBU is unclassified but controlled.
LEVELS = ("U", "SBU", "C", "S", "TS")
LEVEL_RANK = {"U": 0, "SBU": 0, "LOU": 0, "FOUO": 0, "C": 1, "S": 2, "TS": 3}
LEVEL_NAMES = {"U": "UNCLASSIFIED", "SBU": "UNCLASSIFIED", "C": "CONFIDENTIAL", "S": "SECRET",
               "TS": "TOP SECRET"}
_CAPTION_CAVEATS = re.compile(r"\b(NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS)\b")


class Classification(NamedTuple):
    """A classification as written on a banner, caption or portion mark."""

    level: str | None  # U, SBU, C, S, TS; None when no level is written
    caveats: tuple[str, ...] = ()  # NOFORN, SENSITIVE, EXDIS, REL ...
    raw: str = ""


class Section(NamedTuple):
    number: int
    total: int
    span: Span


class Banner(NamedTuple):
    """The classification line: ``C O N F I D E N T I A L SECTION 01 OF 05 OTTAWA 001502``."""

    span: Span
    raw: str
    classification: Classification
    level_text: str  # the level word as written ("C O N F I D E N T I A L")
    level_span: Span
    spaced: bool  # letters written with spaces between them
    section: Section | None
    originator: str
    originator_span: Span
    serial: str  # as written, e.g. "001502"
    serial_value: int
    serial_span: Span


class DateTimeGroup(NamedTuple):
    """``P 301451Z MAR 06``: precedence, day/time and month/year of transmission."""

    span: Span
    raw: str
    precedence: tuple[str, ...]
    date: str | None  # ISO date, None if impossible
    time: str  # HH:MMZ


class RoutingHeader(NamedTuple):
    """The telegraphic routing header (VZCZC form and/or the DTG/FM/TO form)."""

    span: Span
    start_of_message: str | None
    precedence: str | None
    routing_indicators: tuple[str, ...]
    station: str | None  # RI on the DE line
    transmission_serial: str | None
    zn_classification: str | None  # CCCCC, SSSSS, UUUUU
    dtg: DateTimeGroup | None
    origin: str | None  # FM
    to: tuple[str, ...]
    info: tuple[str, ...]
    other_lines: tuple[str, ...]


class TextLine(NamedTuple):
    """A line kept as text: caption, addressee line, dateline, unrecognised line."""

    span: Span
    text: str


class Declassification(NamedTuple):
    """What the E.O. line says about declassification."""

    kind: str  # date, n/a, oadr, exemption, gds, declassified, event, missing
    raw: str
    date: str | None = None  # ISO date
    exemption: str | None = None  # X1..X8, 25X1.., 1.6X1 ...
    date_format: str | None = None  # MM/DD/YYYY, M/D/YYYY, YYYY/MM/DD, YYYY-MM-DD, MM/DD/YY
    span: Span | None = None


class ExecutiveOrderLine(NamedTuple):
    """``E.O. 12958: DECL: 05/06/2015``."""

    span: Span
    raw: str
    order: int | None
    order_span: Span | None
    keyword: str  # the keyword as written: "E.O.", "EO", "E.o."
    decl_keyword: str | None  # "DECL", "decl", "DECLl" ...
    declassification: Declassification
    prefix: str  # text before the keyword ("DEPT FOR WHA/BSC")
    trailing_tags: str | None  # "TAGS: ..." run onto the line


class Tag(NamedTuple):
    code: str  # normalized upper case, link syntax removed
    raw: str
    span: Span
    markdown_link: bool = False


class Tags(NamedTuple):
    span: Span
    raw: str
    keyword: str
    tags: tuple[Tag, ...]
    separator: str  # "space", "comma", "mixed"


class PortionMark(NamedTuple):
    """``(S//NF)``: a portion mark as written and normalized."""

    span: Span
    raw: str
    level: str | None
    caveats: tuple[str, ...]
    release_to: tuple[str, ...]
    separator: str | None  # "/" or "//"
    normalized: str
    well_formed: bool


class Subject(NamedTuple):
    span: Span
    raw: str
    text: str  # the subject joined onto one line, keyword and mark removed
    portion_mark: PortionMark | None


class Reference(NamedTuple):
    span: Span
    letter: str | None
    text: str
    canonical_id: str | None  # "10GENEVA231" when year/origin/number are derivable
    pilcrow: bool


class References(NamedTuple):
    span: Span
    raw: str
    keyword: str
    items: tuple[Reference, ...]


class Reason(NamedTuple):
    section: str  # "1.4", "1.5"
    letters: tuple[str, ...]  # lower case
    span: Span


class ClassifiedBy(NamedTuple):
    span: Span
    raw: str
    text: str  # joined block, words broken at a wrap re-joined
    authority: str  # who classified it: the text before the reason
    reasons: tuple[Reason, ...]


class Paragraph(NamedTuple):
    """A numbered paragraph, from its number to the next paragraph or heading."""

    span: Span
    number_text: str  # digits as written: "110"
    number: int
    number_span: Span  # the pilcrow, digits and full stop(s)
    pilcrow: bool
    portion_mark: PortionMark | None


class Heading(NamedTuple):
    span: Span
    text: str
    style: str  # boxed, underlined, slashes, bare


class Marker(NamedTuple):
    """SUMMARY / COMMENT / NOTE / TEXT markers: openers and END closers."""

    span: Span
    kind: str  # summary, comment, note, text
    boundary: str  # begin, end
    raw: str
    #: every kind it opens or closes: ("comment", "summary") for "Summary and comment:"
    #: and "End summary and comment"; () means (kind,)
    kinds: tuple[str, ...] = ()
    style: str = ""  # how an opener is written: paren, heading, lead, inline ("" for an END)
    close_span: Span | None = None  # the ")" closing an opener written "(Note: ..."


class Redaction(NamedTuple):
    """A redaction run (``XXXXXXXXXXXX``): words the publishers removed."""

    span: Span  # the run of X
    raw: str
    bracket: Span | None = None  # a "[" written right before the run
    unclosed: bool = False  # that "[" has no "]" on its line: the redaction took it


class PageBreak(NamedTuple):
    span: Span
    raw: str
    originator: str | None
    serial: str | None
    page: int | None
    total: int | None


class SignOff(NamedTuple):
    span: Span
    name: str
    glued: bool  # written at the end of the last paragraph


class BodyNode(NamedTuple):
    """One item of the body in reading order (paragraph, heading, text, ...)."""

    kind: str  # paragraph, heading, text, rule, page_break, sipdis, footer, letter_item
    span: Span
    index: int | None = None  # index into Document.paragraphs / headings when relevant


class Document(NamedTuple):
    """A parsed cable."""

    path: str
    span: Span
    preamble: TextLine | None = None
    dateline: TextLine | None = None
    routing: RoutingHeader | None = None
    pseudo_banners: tuple[TextLine, ...] = ()
    banner: Banner | None = None
    captions: tuple[TextLine, ...] = ()
    addressees: tuple[TextLine, ...] = ()
    eo: ExecutiveOrderLine | None = None
    tags: Tags | None = None
    subject: Subject | None = None
    references: References | None = None
    classified_by: ClassifiedBy | None = None
    header_text: tuple[TextLine, ...] = ()
    duplicate_fields: tuple[TextLine, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    headings: tuple[Heading, ...] = ()
    markers: tuple[Marker, ...] = ()
    page_breaks: tuple[PageBreak, ...] = ()
    body: tuple[BodyNode, ...] = ()
    signoff: SignOff | None = None
    trailer: tuple[TextLine, ...] = ()
    date: str | None = None  # cable date (ISO): from the DTG, else the dateline
    diagnostics: tuple[Diagnostic, ...] = ()
    redactions: tuple[Redaction, ...] = ()  # every redaction run, in text order
    inline_sipdis: tuple[Span, ...] = ()  # SIPDIS tokens inside the body's lines of text

    @property
    def classification(self) -> Classification | None:
        """The overall classification: the banner level plus the header captions.

        An UNCLAS banner with a SENSITIVE caption is SBU: that is how SBU
        telegrams were sent (State telegram 2000 STATE 018029).
        """
        if self.banner is None:
            return None
        caveats = list(self.banner.classification.caveats)
        for caption in self.captions:
            for word in _CAPTION_CAVEATS.findall(caption.text.upper()):
                if word not in caveats:
                    caveats.append(word)
        base = self.banner.classification
        level = base.level
        if level == "U" and "SENSITIVE" in caveats:
            level = "SBU"
        return Classification(level, tuple(caveats), base.raw)

    def classification_label(self) -> str | None:
        """The label the cable-viewer pages use: ``SECRET//NOFORN``, ``UNCLASSIFIED//FOR
        OFFICIAL USE ONLY`` (UNCLAS + a SENSITIVE caption line), ``CONFIDENTIAL`` ..."""
        overall = self.classification
        if overall is None or overall.level is None:
            return None
        if "LOU" in overall.caveats:
            label = "LIMITED OFFICIAL USE"
        elif overall.level == "SBU" and self.banner and self.banner.classification.level == "U" \
                and any(c.text.strip(" .").upper() == "SENSITIVE" for c in self.captions):
            # the viewer maps only a bare SENSITIVE caption (07PARIS1791's "SENSITIVE BUT
            # UNCLASSIFIED -- HANDLE ACCORDINGLY" is labelled plain UNCLASSIFIED there)
            label = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
        else:
            label = LEVEL_NAMES[overall.level]
        if "NOFORN" in overall.caveats:
            label += "//NOFORN"
        return label

    @property
    def partial_extract(self) -> bool:
        return self.preamble is not None
