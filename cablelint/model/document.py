"""The parsed cable as a whole."""

from __future__ import annotations

from typing import NamedTuple

from cablelint.diagnostics import Diagnostic, Span
from cablelint.model.body import (
    BodyNode,
    Heading,
    Marker,
    PageBreak,
    Paragraph,
    Redaction,
    SignOff,
    TrailerLine,
)
from cablelint.model.classification import (
    CAPTION_CAVEATS,
    LEVEL_NAMES,
    Banner,
    CableId,
    Caption,
    Classification,
    ClassificationLine,
    PseudoBanner,
    WholeText,
)
from cablelint.model.header import (
    ClassifiedBy,
    ExecutiveOrderLine,
    RefCitation,
    References,
    StrayPilcrow,
    Subject,
    Tags,
)
from cablelint.model.iir import IirReport
from cablelint.model.inline import RuleLine, Url
from cablelint.model.prologue import (
    Dateline,
    HeaderLine,
    Printout,
    RepeatedHeader,
    RoutingHeader,
    TextLine,
    WebMetadata,
)


class AppendedCable(NamedTuple):
    """A second cable the web page printed below this one (a file holding two
    cables): its text from this cable's end marker to the end of the file, the
    marker line, and its own banner (None when none is found below its record)."""

    span: Span
    marker: Span
    banner: Banner | None = None


class Document(NamedTuple):
    """A parsed cable."""

    path: str
    span: Span
    preamble: TextLine | None = None
    dateline: Dateline | None = None
    routing: RoutingHeader | None = None
    pseudo_banners: tuple[PseudoBanner, ...] = ()
    banner: Banner | None = None
    captions: tuple[Caption, ...] = ()
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
    trailer: tuple[TrailerLine, ...] = ()
    date: str | None = None  # cable date (ISO): from the DTG, else the dateline
    diagnostics: tuple[Diagnostic, ...] = ()
    ref_citations: tuple[RefCitation, ...] = ()  # only when the REF block is lettered
    closing_classification: ClassificationLine | None = None  # the text's last level line
    whole_text: WholeText | None = None  # "SECRET - ENTIRE TEXT" before paragraph 2
    cable_id: CableId | None = None  # from the file name
    derived_from: TextLine | None = None  # "DERIVED FROM: DSCG 05-1 B, D" (derivative)
    # indexes into ``paragraphs`` of those opening with "Classified by": the block
    # written as a numbered paragraph (the first is ``classified_by`` when the
    # cable has no other block)
    classified_by_paragraphs: tuple[int, ...] = ()
    web_metadata: WebMetadata | None = None  # the web page's metadata block (prologue)
    header_lines: tuple[HeaderLine, ...] = ()  # every line of the header, with its kind
    repeated_headers: tuple[RepeatedHeader, ...] = ()  # runs of header lines printed again
    redactions: tuple[Redaction, ...] = ()  # every redaction run, in text order
    inline_sipdis: tuple[Span, ...] = ()  # SIPDIS tokens inside the body's lines of text
    #: the viewer's pilcrows before a letter item or a year at the start of a body line
    #: (a letter item inside a paragraph is no body node: so they are kept here)
    stray_pilcrows: tuple[StrayPilcrow, ...] = ()
    urls: tuple[Url, ...] = ()  # every URL with a scheme, in order
    rule_lines: tuple[RuleLine, ...] = ()  # every rule of 45+ '-' or '*', in order
    #: indexes into ``paragraphs`` of a table of contents' entries (``¶1. Lead Stories``
    #: ... before the sections that repeat the numbers; cablelint.fields.contents)
    contents_entries: tuple[int, ...] = ()
    #: the layout of a DoD intelligence report sent as a cable (cablelint.fields.iir)
    iir: IirReport | None = None
    #: a mail client's printout wrapper opening the file (prologue)
    printout: Printout | None = None
    #: the ZFR notice that replaced a cancelled cable (cablelint.fields.cancellation)
    cancellation: Span | None = None
    #: the "..." where the released text stops short (its last line of text ends so)
    cut_short: Span | None = None
    #: "Sensitive but unclassified" opening a line between the banner and the first
    #: paragraph: the SBU handling notice written in the text (cablelint.fields.sbu_notice)
    sbu_notice: Span | None = None
    #: a second cable printed below this one's end marker ("=== CABLE ENDS ===" and
    #: another viewer record; cablelint.syntax.appended), kept out of the body
    appended_cable: AppendedCable | None = None

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
            for control in caption.controls:
                word = control.word
                if word in CAPTION_CAVEATS and word not in caveats:
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
                and any(c.kind == "sensitive" for c in self.captions):
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
