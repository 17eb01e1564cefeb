"""What several structure rules (CL1xx) read about a cable's blocks and markers.

Line helpers (:func:`line_span`, :func:`first_line_span`, :func:`line_ending`),
the header fields in reading order (:func:`header_items`), the name of a
level (:func:`level_name`; level words themselves are read by the parser,
:mod:`cablelint.fields.banner`) and the SUMMARY / COMMENT / NOTE markers in reading order
(:func:`marker_events`, one walk per cable shared by CL109 and CL110).
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.diagnostics import Span, new_tuple
from cablelint.fields.cable_id import post_letters
from cablelint.model import LEVEL_NAMES, Document, Marker

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

# --- lines ---------------------------------------------------------------------------


def line_span(context: RuleContext, number: int) -> Span:
    """The text of line ``number`` (1-based) without its leading and trailing blanks
    (a blank line: the empty span at its start).  Shared by every family that points
    at a whole line; made from the line's known position, without a search."""
    text = context.source.texts[number - 1]
    stripped = text.strip()
    first = len(text) - len(text.lstrip()) if stripped else 0
    start = context.source.starts[number - 1]
    return new_tuple(Span, (number, first + 1, number, first + len(stripped) + 1,
                            start + first, start + first + len(stripped)))


def first_line_span(context: RuleContext, span: Span) -> Span:
    """The first line of ``span``, without its leading and trailing blanks."""
    return line_span(context, span.line)


def line_ending(context: RuleContext, number: int) -> str:
    """The line break line ``number`` ends with ("\\n" when it is the last line)."""
    return context.source.line(number).ending or "\n"


# --- the header ------------------------------------------------------------------------


def header_items(document: Document) -> list[tuple[str, Span]]:
    """The header fields present, as (label, span), in reading order.

    Labels: "E.O. line", "TAGS line", "SUBJECT line", "REF block",
    "Classified By block".
    """
    items = []
    for label, node in (("E.O. line", document.eo), ("TAGS line", document.tags),
                        ("SUBJECT line", document.subject), ("REF block", document.references),
                        ("Classified By block", document.classified_by)):
        if node is not None:
            items.append((label, node.span))
    return sorted(items, key=lambda item: item[1].start)


# --- levels --------------------------------------------------------------------------


def de_serial_disagrees(document: Document) -> bool:
    """True when the DE line's serial is not the banner's (the DE line may give
    only the serial's last digits)."""
    banner, routing = document.banner, document.routing
    if banner is None or routing is None or not routing.transmission_serial:
        return False
    de_serial = routing.transmission_serial
    return int(de_serial) != banner.serial_value % 10 ** len(de_serial)


def banner_id_clash(document: Document) -> tuple[bool, bool]:
    """Whether the banner names another post, and another serial, than the file's
    cable id (``05OTTAWA1502.txt``): the text is another cable's, filed under this
    one's name (CL103 reports it).  An originator a SMART copy lost (``>``) is not
    another post.  Both False when there is no banner or no cable id."""
    banner, cable_id = document.banner, document.cable_id
    if banner is None or cable_id is None:
        return False, False
    other_post = not banner.originator_lost and \
        cable_id.originator != post_letters(banner.originator)
    return other_post, cable_id.serial != banner.serial_value


def spliced_routing(document: Document) -> bool:
    """True when the routing header and the text are two cables': the DE line's
    serial is not the banner's and the banner names another post than the
    file's cable id (an archive file holding another cable's text under its
    own header).  A DE serial alone may be a typing slip."""
    banner, cable_id = document.banner, document.cable_id
    return cable_id is not None and banner is not None and not banner.originator_lost \
        and cable_id.originator != post_letters(banner.originator) \
        and de_serial_disagrees(document)


def level_name(level: str | None) -> str:
    """``UNCLASSIFIED``, ``CONFIDENTIAL`` ... for a level code; "no level" for None."""
    return LEVEL_NAMES.get(level or "", "no level")


# --- SUMMARY / COMMENT / NOTE markers -------------------------------------------------

#: the marker kinds that open and close (TEXT markers are CL203's)
MARKER_KINDS = ("summary", "comment", "note")
_START = attrgetter("start")


class MarkerEvent(NamedTuple):
    """One opener or closer of a summary, comment or note: a marker read for one
    of its kinds (``Summary and comment:`` is an event of each kind)."""

    marker: Marker
    kind: str
    boundary: str
    start: int


@analysis
def marker_events(context: RuleContext) -> list[MarkerEvent]:
    """The summary, comment and note markers in reading order, one event per kind
    each marker opens or closes (the parser's ``Marker.kinds``).  An ``End summary
    and comment`` closer that stands next to the parser's own END SUMMARY marker
    is counted once."""
    markers = context.document.markers
    events: list[MarkerEvent] = []
    ends = None  # (kind, start) of the END markers, made when first needed
    for marker in markers:
        start = marker.span.start
        for kind in marker.kinds or (marker.kind,):
            if kind not in MARKER_KINDS:
                continue
            if kind != marker.kind and marker.boundary == "end":
                if ends is None:
                    ends = {(m.kind, m.span.start) for m in markers if m.boundary == "end"}
                if (kind, start) in ends:
                    continue
            # every field given: the fast constructor (about 3 events per cable)
            events.append(new_tuple(MarkerEvent, (marker, kind, marker.boundary, start)))
    events.sort(key=_START)
    return events
