"""What comes before and around the header: routing, datelines, web metadata, header lines."""

from __future__ import annotations

from typing import NamedTuple

from cablelint.diagnostics import Span


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
    #: a second cable's routing header inside this one (its DE line names another
    #: serial): the file holds two cables, and the text below belongs to the second;
    #: the fields above are the first header's (the file's cable), the span
    #: covers both
    second: RoutingHeader | None = None
    #: the section number the DE line gives after the serial (``#3262/01``): the
    #: file holds that section's routing, of a cable perhaps sent in sections
    transmission_section: str | None = None



class TextLine(NamedTuple):
    """A line kept as text: addressee line, dateline, unrecognised line."""

    span: Span
    text: str



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
    # the copy follows a "BEGIN TEXT" or "QUOTE" line after the original: the header
    # of a quoted or repeated telegram, not a copy made by extraction
    quoted: bool = False
    # the "..." of a Classified By or REF block cut short between the original and the copy:
    # the original belongs to a first copy of the header the extraction cut off, and
    # the copy is the complete header (the block the model keeps)
    cut_short: Span | None = None
    #: the header printed again below the text and its sign-off, to the end of the file
    #: (trailer lines of kind ``header-echo``; 07PANAMA1197): the copy is the junk,
    #: and the original header's own order and fields are still the cable's
    trailing: bool = False



class WebMetadata(NamedTuple):
    """The cable viewer's metadata block copied with the web page, in the prologue:
    ``>``, the date and time, then the cable id, post, classification and
    references, one a line (grammar: ``web_metadata``)."""

    span: Span
    lines: tuple[TextLine, ...]  # every line of the block, the ">" and the date line included
    date: str | None = None  # ISO date of the date line; None when impossible



class Printout(NamedTuple):
    """A mail client's printout wrapper opening the file (grammar: ``printout``):
    the client's header ("... From DB/Inbox: ..."), "Cable", "Text:" and the
    telegram's summary form (To:, Action:, From:, TAGS:, Subject:, Ref: over a
    rule).  Its form fields are no header fields: the telegram's own header
    follows (found once, by :func:`cablelint.syntax.printout.printout_end`)."""

    span: Span
    lines: tuple[TextLine, ...]  # every non-blank line of the wrapper
