"""The header fields: E.O. line, TAGS, SUBJECT, REF, the Classified By block, portion marks."""

from __future__ import annotations

from typing import NamedTuple

from cablelint.diagnostics import Span


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
    # the digit zero written for the keyword's O ("E.0. 12958"); None when written right
    zero_for_o: Span | None = None
    # the viewer's pilcrow before the line ("¶E. O. 12958"), not part of the prefix
    pilcrow: StrayPilcrow | None = None



class Tag(NamedTuple):
    code: str  # normalized upper case, link syntax removed
    raw: str
    span: Span
    markdown_link: bool = False
    # the text between the previous tag (or the keyword) and this one, as written
    separator_before: str = ""
    wrapped: bool = False  # separator_before holds a line break
    word: bool = False  # letters, ' - . only, maybe in brackets: could be a name ("SMITH")
    # written with no separator after the code before it ("PHUMBA" read as PHUM and BA):
    # a glued token split by the known-code vocabulary (cablelint.fields.tags)
    glued: bool = False
    # a piece of a glued token written as a country's name ("IRAQ" in "NATOIRAQ"):
    # ``code`` is that country's geographic code (IZ)
    country_name: bool = False



class Tags(NamedTuple):
    span: Span
    raw: str
    keyword: str  # as written: "TAGS", "Tags", "TAG"
    tags: tuple[Tag, ...]
    separator: str  # "space", "comma", "mixed"
    keyword_span: Span | None = None  # the keyword alone
    colon: bool = False  # the keyword is followed by a colon ("TAGS:" vs SMART's "TAGS")
    trailing_comma: Span | None = None  # a comma after the last tag
    misspelt: bool = False  # the keyword is not TAGS: "TAG", "TABS:", "TGS:", "TAGES:", "AGS:"
    # a SUBJECT keyword run onto the TAGS line: from it to the end of the token (the
    # builder parses the subject from there when no SUBJECT line follows)
    trailing_subject: Span | None = None



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
    misspelt: bool = False  # the keyword lost its first letter: "UBJECT:"
    # a REF or Classified By block run onto the subject's line ("... INSTALLATIONS
    # REF: BRASILIA 861"): from its keyword to the end; ``text`` stops before it
    glued: Span | None = None
    # ``portion_mark`` ends the subject instead of opening it: "... FIRMS (S)"
    mark_at_end: bool = False
    #: the keyword has no colon ("SUBJECT SAG AGREES ..."): it belongs at the end
    #: of ``keyword_span``, which is the keyword alone
    no_colon: bool = False



class Reference(NamedTuple):
    span: Span
    letter: str | None
    text: str
    canonical_id: str | None  # "10GENEVA231" when year/origin/number are derivable
    pilcrow: bool
    label_span: Span | None = None  # "A.", "(B)", "¶C." as written
    inner_label: Span | None = None  # the letter written again: "A. (A) PARIS 1784"
    inline: bool = False  # lettered on the previous item's line ("C. ZENDA 633 D. STATE 436")



class StrayPilcrow(NamedTuple):
    """A pilcrow the cable viewer put before a label that numbers no paragraph: a
    letter item (``¶B. ZENDA 919``, ``¶b) ...``) or a year (``¶2008. The ...``).

    The viewer wrote ``¶`` before every line beginning with a letter or number and
    a full stop; only paragraph numbers carry it (``Paragraph.pilcrow``).  Found by
    the REF block's parser on its item labels (``RefLabel.pilcrow``) and by
    :func:`cablelint.fields.pilcrows.stray_pilcrows` on the body's lines of text
    (``Document.stray_pilcrows``).
    """

    span: Span  # the pilcrow and the blank after it
    label: str  # what it stands before, as written: "B.", "b)", "2008."



class RefLabel(NamedTuple):
    """An item label at the start of a line of the REF block, in sequence or not."""

    letter: str  # upper case
    span: Span  # the letter alone
    in_sequence: bool  # starts an item (A, B, C ... or a repeated letter)
    pilcrow: StrayPilcrow | None = None  # "¶B.": the viewer's pilcrow before the label



class References(NamedTuple):
    span: Span
    raw: str
    keyword: str
    items: tuple[Reference, ...]
    keyword_span: Span | None = None  # "REF:", "REFS:" with colon and blanks
    labels: tuple[RefLabel, ...] = ()  # every line-start label, out-of-order ones too
    # the "..." ending a block the extraction cut off (a first copy of a header
    # printed twice: the complete copy below is the cable's block)
    truncated: Span | None = None



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
    ``section_cut`` is where a section cut short stands between the reason
    word and the letters ("FOR REASONS 1 (B) AND (D)", 06BOGOTA5384): the
    reason is given, its section is damaged, so ``section`` stays None.
    """

    section: str | None  # "1.4", "1.5"; None when only letters are written
    letters: tuple[str, ...]  # lower case
    span: Span
    section_span: Span | None = None  # the section number as written ("1.5", "1.\n4")
    letter_spans: tuple[Span, ...] = ()  # one per letter, in the same order
    section_cut: Span | None = None  # a section cut short ("1", "1.", ".4") before the letters



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
    (``... 1.4 (b), (d) 1. (C) Summary: ...``); the block ends before it, and it
    is the document's first paragraph.  ``glued_echo`` is set instead when it is
    only a number and mark that the first paragraph below repeats (``... 1.4(D)
    1. (C)`` above ``¶1. (C) During ...``): an echo, no paragraph of its own.
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
    glued_echo: bool = False  # that paragraph is only the next paragraph's number and mark
    # one per line of ``lines`` after the first: True when its first word was
    # re-joined to the last word above (a word cut at the wrap, "REAS" / "ONS")
    wrap_joins: tuple[bool, ...] = ()
    #: a derivative classifier's citation of its sources where the name goes
    #: ("Classified By: Derived from Multiple Sources"): no 1.4 reason is owed
    derived: Span | None = None
    #: a telegram page-break line the block goes on across (``... REASONS`` /
    #: ``PAGE 02 ...`` / ``1.4 (B) AND (D).``): it stays a page break, not block text
    page_break: Span | None = None
    # the "..." ending a block cut off before any reason ("Classified By: Political
    # Counselor ..."): the text as released stops there (extraction damage)
    truncated: Span | None = None
