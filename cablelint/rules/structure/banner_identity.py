"""CL103 banner-identity."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.structure import banner_id_clash, de_serial_disagrees, line_span
from cablelint.diagnostics import Diagnostic, Span
from cablelint.fields.cable_id import post_letters
from cablelint.model import Banner
from cablelint.rules.base import Rule, RuleContext

#: page-break lines cut the originator to ten characters ("BUENOS AIR 00000853")
_PAGE_ORIGIN_WIDTH = 10


def _same_post(page_origin: str, originator: str, origin: str) -> bool:
    """A page-break line's post is the banner's (``originator``; its letters: ``origin``):
    the same letters, the first ten characters of it, or its last words without the
    office in front of it (``DUBAI`` for ``RPO DUBAI``, ``NEW YORK`` for ``USUN NEW
    YORK``)."""
    squeezed = post_letters(page_origin)
    if squeezed == origin:
        return True
    if len(page_origin.strip()) >= _PAGE_ORIGIN_WIDTH and origin.startswith(squeezed):
        return True
    words, page_words = originator.upper().split(), page_origin.upper().split()
    return 0 < len(page_words) < len(words) and words[-len(page_words):] == page_words


class BannerIdentity(Rule):
    """The banner's originator and serial match the cable id (from the file
    name, e.g. ``05OTTAWA1502.txt``), the serial on the ``DE`` routing line and
    every page-break line.

    The ``DE`` line carries only the last four digits of a six-digit serial
    (``#2112`` for ``STATE 072112``), page-break lines cut the originator
    to ten characters (``BUENOS AIR 00000853``) and name the post without the
    office in front of it (``DUBAI 00000049`` under ``RPO DUBAI 000049``); all
    are accepted.  An originator a SMART copy wrote as ``>`` is lost, not
    another post: only the serial is compared.

    The banner's disagreements with the file's cable id and with the DE line
    are one finding, naming both: they are one defect.  When the banner is the
    cable of a second routing header in the file (``RoutingHeader.second``: the
    web page printed another telegram below the first's routing lines), the
    finding says so: the file holds two cables, each right for itself.  So
    does the banner of a cable printed below this one's end marker
    (``Document.appended_cable``: the web page's "CABLE ENDS" line, then
    another cable's record and banner) when it names another cable.

    Why: a banner naming another post or serial means the text belongs to a
    different cable (a Havana header carrying a Moscow cable's text) or was
    mistyped.  A warning, not an error: it is about which cable the text is,
    not a marking rule, and the mismatches seen are the archive's assembly
    damage (one cable's text filed under another's header and name), where
    each part is right for its own cable.

    Source: cable convention (cable-format.md, sections 2, 3 and 10).

    Bad:
        DE RUEHZN #0123/01 0891451
        C O N F I D E N T I A L ZENDA 000132

    Good:
        DE RUEHZN #0123/01 0891451
        C O N F I D E N T I A L ZENDA 000123

    Fix: find out which cable the text belongs to; no automatic fix.
    """

    code = "CL103"
    name = "banner-identity"
    summary = "Banner originator or serial disagrees with the cable id, DE line or page breaks"
    severity = "warning"
    basis = "extraction"
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        banner = document.banner
        squeezed = post_letters(banner.originator)
        serial = banner.serial_value
        label = f"{banner.originator} {banner.serial}"
        cable_id = document.cable_id
        # one finding for the banner, naming each thing it disagrees with
        other_post, other_serial = banner_id_clash(document)
        clashes = [f"the file is cable {cable_id.text}"] if other_post or other_serial else []
        if de_serial_disagrees(document):
            clashes.append(f"the DE line has #{document.routing.transmission_serial}")
            other_serial = True
        second = document.routing.second if clashes and document.routing else None
        if second is not None and second.transmission_serial and \
                int(second.transmission_serial) == serial % 10 ** len(second.transmission_serial):
            yield context.report(banner.span, (
                f"banner names {label}, the cable of the second routing header (line "
                f"{second.span.line}, #{second.transmission_serial}), but {clashes[0]}: "
                "the file holds two cables; keep the one it is named for"))
            clashes = []
        if clashes:
            start = banner.originator_span if other_post else banner.serial_span
            end = banner.serial_span if other_serial else banner.originator_span
            yield context.report(
                Span(start.line, start.column, end.end_line, end.end_column, start.start,
                     end.end),
                f"banner names {label} but {' and '.join(clashes)}; check which cable this "
                "text belongs to")
        appended = document.appended_cable
        if appended is not None and appended.banner is not None:
            yield from _appended(context, appended.banner, appended.marker, serial)
        for page in document.page_breaks:
            page_origin, page_serial = page.originator, page.serial
            if page_origin is None or page_serial is None:
                continue
            origin_ok = _same_post(page_origin, banner.originator, squeezed)
            if not origin_ok or int(page_serial) != serial:
                yield context.report(
                    line_span(context, page.span.line),
                    f"page-break line names {page_origin.strip()} {page_serial} but the banner "
                    f"says {label}; check which cable this page belongs to")


def _appended(context: RuleContext, banner: Banner, marker: Span,
              serial: int) -> Iterator[Diagnostic]:
    """The finding for a second cable appended below the end marker, whose
    ``banner`` names another serial than the file's cable (``serial``: the
    first banner's)."""
    cable_id = context.document.cable_id
    named = cable_id.serial if cable_id is not None else serial
    if banner.serial_value in (named, serial):
        return  # the same cable printed again
    label = f"{banner.originator} {banner.serial}"
    yield context.report(banner.span, (
        f"the file holds two cables: {label} follows the end marker on line "
        f"{marker.line}; keep the one the file is named for"))
