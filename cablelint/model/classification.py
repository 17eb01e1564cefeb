"""The classification a cable states: levels, the banner and its look-alikes, captions."""

from __future__ import annotations

from typing import NamedTuple

from cablelint.diagnostics import Span

#: Classification levels from lowest to highest; SBU is unclassified but controlled.
LEVELS = ("U", "SBU", "C", "S", "TS")


LEVEL_RANK = {"U": 0, "SBU": 0, "LOU": 0, "FOUO": 0, "C": 1, "S": 2, "TS": 3}


LEVEL_NAMES = {"U": "UNCLASSIFIED", "SBU": "UNCLASSIFIED", "C": "CONFIDENTIAL", "S": "SECRET",
               "TS": "TOP SECRET"}


#: the caption controls that join the overall classification's caveats
CAPTION_CAVEATS = frozenset({"NOFORN", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS", "STADIS"})



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
    dropped_initial: bool = False  # recovered: first letter lost ("E C R E T SANAA 000473")
    #: glued: other text on the banner's line before it (routing whose line break
    #: was lost: "... WASHDCCO N F I D E N T I A L ..."), its span
    text_before: Span | None = None
    #: glued: text run on after the serial (captions, a flattened header), its span
    text_after: Span | None = None
    #: recovered: the originator written ">" (a SMART copy's damage: "s e c r e t
    #: section 01 of 04 > 001450"); ``originator`` is then ">"
    originator_lost: bool = False



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



class CaptionControl(NamedTuple):
    """A handling or control word a caption names (``NOFORN``, ``SENSITIVE``, ``SBU``)."""

    word: str  # upper case, words joined by one space: "LIMITED OFFICIAL USE"
    span: Span



class Caption(NamedTuple):
    """A caption line below the banner: ``SIPDIS``, ``NOFORN``, ``SENSITIVE`` ...

    ``kind`` says which form of the grammar's CAPTION it is: ``sipdis`` (the
    word alone), ``handling`` (NOFORN, EXDIS ...), ``sensitive`` (the word
    SENSITIVE alone, a full stop allowed, or in a comma list of caption
    words: ``SENSITIVE, SIPDIS``), ``sbu`` (SENSITIVE BUT UNCLASSIFIED
    ...), ``corrected_copy``, ``level`` (``SECRET//NOFORN``, ``SECRET NOFORN``) or
    ``sensitivity_note``.
    """

    span: Span
    text: str
    kind: str = "handling"
    controls: tuple[CaptionControl, ...] = ()
    #: run onto the end of the line above's text (``MIAMI FLSIPDIS``: the line
    #: break lost in extraction), not a line of its own
    glued: bool = False
    #: a SIPDIS below the E.O. line right after a line naming the Secretary
    #: (``... UK DEFENSE / SECRETARY AND ... / SIPDIS``): the release's software
    #: inserted it there, as in the body; debris to remove, not a caption
    #: (:func:`cablelint.fields.caption.inserted_after_secretary`)
    inserted: bool = False



class CableId(NamedTuple):
    """The cable id a file is named after: ``05OTTAWA1502``."""

    text: str
    year: int  # four digits
    originator: str  # "OTTAWA"; without the caveat the archive put before it
    serial: int
    #: The caveat the archive wrote before the post ("EFTO" in 09EFTOLONDON2468, from
    #: the banner's "E F T O"); "" for most ids.
    caveat: str = ""
