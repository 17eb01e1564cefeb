"""The body: numbered paragraphs, headings, markers, redactions, page breaks, sign-off, trailer."""

from __future__ import annotations

from typing import NamedTuple

from cablelint.diagnostics import Span
from cablelint.model.header import PortionMark


class Paragraph(NamedTuple):
    """A numbered paragraph, from its number to the next paragraph or heading."""

    span: Span
    number_text: str  # digits as written: "110"
    number: int
    number_span: Span  # the pilcrow, digits and full stop(s)
    pilcrow: bool
    portion_mark: PortionMark | None
    #: the publisher's note that stands for the whole paragraph, its mark
    #: included ("¶7. [DETAILS REMOVED]"): nothing of the drafter's is left to judge
    removed: Span | None = None
    #: 1-based numbers of the blank lines between the paragraph's first and last
    #: line (a removed page break may have split a sentence there: CL908)
    blank_lines: tuple[int, ...] = ()
    #: the portion mark is written before the number ("(C) 1. ..."), an order
    #: some drafters used; ``portion_mark`` is that mark, and the words begin
    #: after the number (CL206 asks for "1. (C)")
    mark_first: bool = False

    @property
    def opening(self) -> int:
        """Offset where the paragraph's words may begin: after its number and its
        mark, whichever comes last (blanks not skipped)."""
        mark = self.portion_mark
        return mark.span.end if mark is not None and not self.mark_first \
            else self.number_span.end


class StrayNumber(NamedTuple):
    """A paragraph number written where the lexer cannot take it for one.

    Recognised by :func:`cablelint.fields.body.find_stray_number`, and only
    looked for where the numbering misses a paragraph.  ``form`` is
    ``"glued"`` for a number run into the text above it when extraction lost
    the line break (``... to grow. 12. (C) Ambassador ...``) and
    ``"malformed"`` for one that opens its line in a form a paragraph number
    never takes (``7,``, ``(11.``, ``(13)``, ``15.UK``); ``"split"`` for one whose
    first digit(s) end the line above, the rest opening the paragraph's line
    (``PKO/HAITI ------ 1`` / ``\u00b60. (C)``: ¶10; found by
    :func:`cablelint.fields.body.find_split_number`).
    """

    span: Span  # the number as written: "(11.", "12.", "¶4."
    number: int
    form: str  # glued, malformed, split
    digits: Span  # the digits alone (split: the digits left on the line above)



class Heading(NamedTuple):
    span: Span
    text: str
    style: str  # boxed, underlined, slashes, bare
    #: the sections it opens, told by the markers' recogniser
    #: (:func:`cablelint.fields.markers.heading_marker`): ("summary",) for "SUMMARY",
    #: ("comment", "summary") for "SUMMARY AND COMMENT"; () for any other heading
    kinds: tuple[str, ...] = ()



class Marker(NamedTuple):
    """SUMMARY / COMMENT / NOTE / TEXT markers: openers and END closers."""

    span: Span
    kind: str  # summary, comment, note, text, key points (a summary: kinds ("summary",))
    boundary: str  # begin, end
    raw: str
    #: every kind it opens or closes: ("comment", "summary") for "Summary and comment:"
    #: and "End summary and comment"; () means (kind,)
    kinds: tuple[str, ...] = ()
    style: str = ""  # how an opener is written: paren, heading, lead, inline ("" for an END)
    close_span: Span | None = None  # the ")" closing an opener written "(Note: ..."
    #: an opener written with a typo ("Ccomment:", "Commment:"), read as its kind's
    #: opener because an END of that kind follows with no other opener before it
    misspelt: bool = False



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
    #: the level a page header states ("PAGE 02 RUEHFRA0170 S E C R E T"): U, C, S ...
    level: str | None = None



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
    #: extraction noise glued to the end of the name's line: "##" (``HORAN##``), a
    #: full stop (``MCNAMARA.``), an export's record or date stamp (``SOBEL 2008-01-08``);
    #: not part of ``name`` (see syntax.signoff.trailing_noise and record_tail)
    noise: Span | None = None
    #: what ``noise`` is: ``date-stamp``, ``record``, ``hashes`` or ``stops``
    #: (syntax.signoff.noise_kind); None without noise
    noise_kind: str | None = None
    #: glued right after a page-break mark ending the last line of text ("... RIO DE
    #: JAN 00000285 002 OF 002 HEARNE")
    after_mark: bool = False



class TrailerLine(NamedTuple):
    """A line after the text: after the sign-off, or junk ending a cable without one.

    ``kind`` says what the line is, recognised once by the lexer (see
    :func:`cablelint.syntax.trailer.trailer_kind`); the kinds are listed in
    :data:`cablelint.syntax.trailer.TRAILER_KINDS`: ``nnnn``, ``end-cable-text``,
    ``classification``, ``page-header``, ``page-mark``, ``viewer-stamp``, ``quote``,
    ``footer``, ``query``, ``tracking``, ``tracking-id``, ``mail-header``, ``dots``,
    ``declassification`` (the archive's declassification stamp), ``header-echo`` (the
    header printed again on one line), ``echo`` (an echoed, truncated subject),
    ``signoff`` (the sign-off written again) or ``text``.
    """

    span: Span
    text: str
    kind: str = "text"



class BodyNode(NamedTuple):
    """One item of the body in reading order (paragraph, heading, text, ...)."""

    # paragraph, heading, text, rule, page_break, sipdis, footer, letter_item;
    # section_caption: a SIPDIS caption under a later section's banner printed again
    # in the body (that section's own header, not a SIPDIS of the text)
    kind: str
    span: Span
    index: int | None = None  # index into Document.paragraphs / headings when relevant
