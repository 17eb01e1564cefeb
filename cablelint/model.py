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

from typing import NamedTuple

from cablelint.diagnostics import Diagnostic, Span

#: Classification levels from lowest to highest; SBU is unclassified but controlled.
LEVELS = ("U", "SBU", "C", "S", "TS")
LEVEL_RANK = {"U": 0, "SBU": 0, "LOU": 0, "FOUO": 0, "C": 1, "S": 2, "TS": 3}
LEVEL_NAMES = {"U": "UNCLASSIFIED", "SBU": "UNCLASSIFIED", "C": "CONFIDENTIAL", "S": "SECRET",
               "TS": "TOP SECRET"}
#: the caption controls that join the overall classification's caveats
_CAPTION_CAVEATS = frozenset({"NOFORN", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS", "STADIS"})


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
    level_word: str = ""  # the level word read: "CONFIDENTIAL", "TOPSECRET" (blanks removed)
    doubled_initial: bool = False  # recovered: first letter doubled ("SS E C R E T")


class PseudoBanner(NamedTuple):
    """A banner-like line before the routing header (a SMART or web copy's banner)."""

    span: Span
    text: str
    banner: Banner | None = None  # the line read as a banner (level, originator, serial)


class ClassificationLine(NamedTuple):
    """A line that spells only a level word, such as the closing ``CONFIDENTIAL``."""

    span: Span
    raw: str
    level: str | None  # U, SBU, C, S, TS
    level_word: str  # "CONFIDENTIAL", "UNCLAS" ... (blanks removed)


class WholeText(NamedTuple):
    """``SECRET - ENTIRE TEXT`` / ``(C - ENTIRE TEXT)``: one statement marking every paragraph."""

    span: Span
    raw: str
    level: str | None  # U, SBU, FOUO, LOU, C, S, TS; None if the word is not a level
    paragraph: int | None = None  # index of the paragraph whose mark it is written as


class CableId(NamedTuple):
    """The cable id a file is named after: ``05OTTAWA1502``."""

    text: str
    year: int  # four digits
    originator: str  # "OTTAWA"
    serial: int


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
    """A line kept as text: addressee line, dateline, unrecognised line."""

    span: Span
    text: str


class CaptionControl(NamedTuple):
    """A handling or control word a caption names (``NOFORN``, ``SENSITIVE``, ``SBU``)."""

    word: str  # upper case, words joined by one space: "LIMITED OFFICIAL USE"
    span: Span


class Caption(NamedTuple):
    """A caption line below the banner: ``SIPDIS``, ``NOFORN``, ``SENSITIVE`` ...

    ``kind`` says which form of the grammar's CAPTION it is: ``sipdis`` (the
    word alone), ``handling`` (NOFORN, EXDIS ...), ``sensitive`` (the word
    SENSITIVE alone, a full stop allowed), ``sbu`` (SENSITIVE BUT UNCLASSIFIED
    ...), ``corrected_copy``, ``level`` (``SECRET//NOFORN``) or
    ``sensitivity_note``.
    """

    span: Span
    text: str
    kind: str = "handling"
    controls: tuple[CaptionControl, ...] = ()


class Dateline(NamedTuple):
    """A newspaper-style dateline before the banner: ``Tuesday, 20 January 2004, 09:44``.

    Parsed once (:func:`cablelint.fields.routing.parse_dateline`): the date it
    gives (the cable date when there is no routing DTG) and the weekday as
    written, which a rule checks against the date.
    """

    span: Span
    text: str
    date: str | None = None  # ISO date; None when the calendar has no such day
    weekday: str = ""  # as written: "Tuesday"
    weekday_span: Span | None = None
    date_span: Span | None = None  # day, month and year ("20 January 2004")


class HeaderLine(NamedTuple):
    """One line of the header, from the banner to the body (or one part of a line
    the lexer splits, such as a Classified By block run onto a REF line), with the
    grammar terminal it was lexed as: ``BANNER``, ``CAPTION``, ``SUBJECT_LINE``,
    ``CONT``, ``HEADER_TEXT`` ... (see ``grammar/cable.lark``).  The prologue's
    lines are in its own nodes (routing, dateline, web metadata ...)."""

    span: Span
    kind: str
    text: str  # the line as written, without surrounding blanks


class RepeatedHeader(NamedTuple):
    """Header lines printed again: a run of lines before the body repeating earlier
    lines exactly, line for line (a header printed twice, a SUBJECT copied below
    the Classified By block).  Found once, by
    :func:`cablelint.syntax.repeats.repeated_headers`."""

    span: Span  # the copy, from the start of its first line to the end of its last
    original: Span  # the lines it repeats
    kinds: tuple[str, ...]  # what is repeated: the kinds of the original lines, in order


class WebMetadata(NamedTuple):
    """The cable viewer's metadata block copied with the web page, in the prologue:
    ``>``, the date and time, then the cable id, post, classification and
    references, one a line (grammar: ``web_metadata``)."""

    span: Span
    lines: tuple[TextLine, ...]  # every line of the block, the ">" and the date line included
    date: str | None = None  # ISO date of the date line; None when impossible


class Declassification(NamedTuple):
    """What the E.O. line says about declassification."""

    kind: str  # date, n/a, oadr, exemption, gds, declassified, event, missing
    raw: str
    date: str | None = None  # ISO date
    # the code upper-cased, white space and a "1.6" section prefix dropped: X1..X9,
    # 25X1.., 50X1-HUM ("1.6 X1" is X1)
    exemption: str | None = None
    date_format: str | None = None  # MM/DD/YYYY, M/D/YYYY, YYYY/MM/DD, YYYY-MM-DD, MM/DD/YY
    span: Span | None = None  # the whole instruction after the keyword, trailing text included
    date_span: Span | None = None  # the numeric date itself (also for an impossible date)
    exemption_span: Span | None = None  # the code as written, "1.6 " section included
    keyword_span: Span | None = None  # the fixed word of an "oadr" or "n/a" instruction


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
    trailing_tags: str | None  # "TAGS: ..." run onto the line, with its continuation lines
    keyword_span: Span | None = None  # the "E.O." keyword
    decl_keyword_span: Span | None = None  # "DECL", "GDS", "DECLl" ...; None without one
    prefix_span: Span | None = None  # the text before the keyword; None without any
    trailing_tags_span: Span | None = None  # the TAGS run onto the line; None without


class Tag(NamedTuple):
    code: str  # normalized upper case, link syntax removed
    raw: str
    span: Span
    markdown_link: bool = False
    # the text between the previous tag (or the keyword) and this one, as written
    separator_before: str = ""
    wrapped: bool = False  # separator_before holds a line break
    word: bool = False  # letters, ' - . only, maybe in brackets: could be a name ("SMITH")


class Tags(NamedTuple):
    span: Span
    raw: str
    keyword: str  # as written: "TAGS", "Tags", "TAG"
    tags: tuple[Tag, ...]
    separator: str  # "space", "comma", "mixed"
    keyword_span: Span | None = None  # the keyword alone
    colon: bool = False  # the keyword is followed by a colon ("TAGS:" vs SMART's "TAGS")
    trailing_comma: Span | None = None  # a comma after the last tag


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
    keyword: str = ""  # as written: "SUBJECT", "Subject", "SUBJ"
    keyword_span: Span | None = None  # the first keyword with its colon and blanks
    doubled_keyword: Span | None = None  # a second "SUBJECT:" right after the first
    editorial: tuple[Span, ...] = ()  # editors' insertions in brackets: "[Source removed]"
    truncated: Span | None = None  # the "..." or "…" that cuts the subject off


class Reference(NamedTuple):
    span: Span
    letter: str | None
    text: str
    canonical_id: str | None  # "10GENEVA231" when year/origin/number are derivable
    pilcrow: bool
    label_span: Span | None = None  # "A.", "(B)", "¶C." as written
    inner_label: Span | None = None  # the letter written again: "A. (A) PARIS 1784"
    inline: bool = False  # lettered on the previous item's line ("C. ZENDA 633 D. STATE 436")


class RefLabel(NamedTuple):
    """An item label at the start of a line of the REF block, in sequence or not."""

    letter: str  # upper case
    span: Span  # the letter alone
    in_sequence: bool  # starts an item (A, B, C ... or a repeated letter)


class References(NamedTuple):
    span: Span
    raw: str
    keyword: str
    items: tuple[Reference, ...]
    keyword_span: Span | None = None  # "REF:", "REFS:" with colon and blanks
    labels: tuple[RefLabel, ...] = ()  # every line-start label, out-of-order ones too


class RefCitation(NamedTuple):
    """``ref C``, ``reftels A through D``: REF letters cited in the text (ranges expanded)."""

    span: Span
    letters: tuple[str, ...]  # upper case, in order, a range's middle letters included
    letter_spans: tuple[Span, ...]  # per letter; a middle letter points at the range's end


class Reason(NamedTuple):
    """One reason of a Classified By block: ``1.4 (b) and (d)``.

    ``section`` is None for letters written without a section ("for reasons
    b, d"); then ``span`` starts at the reason word.  ``letters`` keep every
    letter as written, also those no section has (CL505 judges them), and
    ``letter_spans`` say where each was written (first occurrence).
    """

    section: str | None  # "1.4", "1.5"; None when only letters are written
    letters: tuple[str, ...]  # lower case
    span: Span
    section_span: Span | None = None  # the section number as written ("1.5", "1.\n4")
    letter_spans: tuple[Span, ...] = ()  # one per letter, in the same order


class ClassifiedBy(NamedTuple):
    """The Classified By block: who classified the cable, and for which reasons.

    ``recovered`` says how a block outside the usual place was found: None for
    a header field line; "after-ref" when it was run onto the end of a REF
    line ("run-on" after other header text); "outside-header" when it stands
    in text between the header fields and the first paragraph that the
    grammar did not read as a field; "in-paragraph" when it opens a numbered
    paragraph (``2. (U) Classified by ...``).  ``misspelt`` is set when the
    keyword is not spelt "Classified".
    ``glued_paragraph`` is the first paragraph run onto the block's line
    (``... 1.4 (b), (d) 1. (C) Summary: ...``); the block ends before it.
    """

    span: Span
    raw: str
    text: str  # joined block, words broken at a wrap re-joined
    authority: str  # who classified it: the text before the reason
    reasons: tuple[Reason, ...]
    keyword_span: Span | None = None  # "Classified By" as written (no mark, no colon)
    authority_span: Span | None = None  # the classifier's name and position
    lines: tuple[Span, ...] = ()  # each line of the block, trimmed
    recovered: str | None = None  # None, "after-ref", "run-on", "outside-header", "in-paragraph"
    misspelt: bool = False  # "CLASSFIED BY", "Clasified by"
    glued_paragraph: Span | None = None  # a paragraph run onto the block's last line


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
    """A telegram page-break mark: ``ROME 00001234 002 OF 003`` (or ``PAGE 02 ...``).

    ``span`` and ``raw`` are the mark's own, also when it is glued to text on
    its line: ``glued`` is ``"before"`` for a mark that text follows on its line
    (``RABAT 00001657 002 OF 002 French companies ...``), ``"after"`` for one
    written after text (``... in March. OTTAWA 00001502 002 OF 002``), None for
    a line of its own.  ``malformed`` marks a form the telegram never printed,
    such as a lower-case ``of`` (``Kiev 00001261 002 of 004``).
    """

    span: Span
    raw: str
    originator: str | None
    serial: str | None
    page: int | None
    total: int | None
    glued: str | None = None  # "before", "after" or None
    malformed: bool = False


class SignOff(NamedTuple):
    """The drafter's name ending the text (recognised by cablelint.syntax.signoff)."""

    span: Span  # the name alone
    name: str
    glued: bool  # written at the end of the last line of text
    #: glued right after a full stop ("... as planned. RASSENDYLL")
    after_stop: bool = False
    #: the name written again: on the same line ("KUBISKE KUBISKE") or on the
    #: next line (``Huntsman`` / ``huntsman``, a trailer line of kind ``signoff``)
    repeated: Span | None = None


class TrailerLine(NamedTuple):
    """A line after the text: after the sign-off, or junk ending a cable without one.

    ``kind`` says what the line is, recognised once by the lexer (see
    :func:`cablelint.syntax.trailer.trailer_kind`): ``nnnn``, ``end-cable-text``,
    ``classification``, ``footer``, ``query``, ``tracking``, ``tracking-id``,
    ``mail-header``, ``dots``, ``echo`` (an echoed, truncated subject), ``signoff``
    (the sign-off written again) or ``text``.
    """

    span: Span
    text: str
    kind: str = "text"


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
                if word in _CAPTION_CAVEATS and word not in caveats:
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
