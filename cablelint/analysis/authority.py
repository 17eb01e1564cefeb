"""The classification authority of a cable: the executive-order data in force on its
date, its Classified By block (recovered where the parser missed it) and the
declassification date of its E.O. line.

Shared by the authority rules (CL501-CL513).  Which order a cable cites, which
section its reasons cite with which letters, which declassification
instructions were allowed and for how long all depend on the cable date.
Those facts live as data in ``rules/executive-orders.json`` (with their public
sources and the unverified ones marked); the E.O. 13526 cut-over is the
setting ``eo13526_cutover``.

The parser misses a Classified By block in a few real layouts (run onto the
REF line, carrying a portion mark, a continuation line read as an addressee,
a section split over two lines); :func:`authority` recovers those from the raw
text so that no rule reports a block that is there.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.diagnostics import Span
from cablelint.fields.classified_by import parse_classified_by
from cablelint.model import ClassifiedBy, Reason
from cablelint.rules.base import cable_id_of

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

#: the vocabulary holding the executive-order data
VOCABULARY = "executive-orders"
ONE_DAY = _dt.timedelta(days=1)
_LEVEL_NAMES = {"C": "CONFIDENTIAL", "S": "SECRET", "TS": "TOP SECRET"}

# --- the data, with boundaries resolved for one cut-over date ------------------------


class Period(NamedTuple):
    """The marking rules of one order (or one amendment of it) and when they applied."""

    id: str
    order: int
    start: _dt.date | None
    end: _dt.date | None  # inclusive
    checked: bool
    reason_section: str | None
    reason_letters: frozenset[str]
    declassification: frozenset[str]
    max_years: int | None
    exemption_codes: frozenset[str]


class OrderWindow(NamedTuple):
    """When an executive order may be cited on the E.O. line."""

    number: int
    name: str
    start: _dt.date | None
    end: _dt.date | None


class Tables(NamedTuple):
    """The executive-order data with its dates parsed for one cut-over."""

    periods: tuple[Period, ...]
    orders: dict[int, OrderWindow]
    slack: _dt.timedelta
    drafting_slack: _dt.timedelta
    special_codes: frozenset[str]
    special_from: _dt.date
    position_words: frozenset[str]
    non_name_words: frozenset[str]
    eo12958_start: _dt.date
    isoo_2003: _dt.date
    letters: dict[str, frozenset[str]]  # reason section -> valid letters
    bounds: tuple[tuple[_dt.date | None, _dt.date | None, Period], ...]  # (start, end, period)


_TABLES: dict[tuple[int, _dt.date], Tables] = {}


def _boundary(value: str | None, cutover: _dt.date, end: bool) -> _dt.date | None:
    if value is None:
        return None
    if value == "cutover":
        return cutover - ONE_DAY if end else cutover
    return _dt.date.fromisoformat(value)


@analysis
def tables(context: RuleContext) -> Tables:
    """The executive-order data with dates parsed, once per data and cut-over."""
    data = context.vocabulary(VOCABULARY)
    cutover = context.settings.eo13526_cutover
    key = (id(data), cutover)
    found = _TABLES.get(key)
    if found is None:
        periods = tuple(Period(
            p["id"], p["order"], _boundary(p["from"], cutover, False),
            _boundary(p["until"], cutover, True), p["checked"], p["reason_section"],
            frozenset(p["reason_letters"]), frozenset(p["declassification"]), p["max_years"],
            frozenset(p["exemption_codes"])) for p in data["periods"])
        orders = {o["number"]: OrderWindow(o["number"], o["name"],
                                           _boundary(o["cite_from"], cutover, False),
                                           _boundary(o["cite_until"], cutover, True))
                  for o in data["orders"]}
        special = data["special_markings"]
        block = data["authority_block"]
        by_id = {p.id: p for p in periods}
        found = Tables(periods, orders, _dt.timedelta(days=data["slack_days"]),
                       _dt.timedelta(days=data["drafting_slack_days"]),
                       frozenset(special["codes"]),
                       _boundary(special["from"], cutover, False) or cutover,
                       frozenset(block["position_words"]), frozenset(block["non_name_words"]),
                       by_id["eo12958"].start or _dt.date(1995, 10, 14),
                       by_id["eo12958-isoo"].start or _dt.date(2003, 9, 22),
                       {p.reason_section: p.reason_letters for p in periods
                        if p.reason_section},
                       tuple((p.start, p.end, p) for p in periods))
        _TABLES[key] = found
    return found


@analysis
def period(context: RuleContext) -> Period | None:
    """The rules in force on the cable date; None when unknown, straddled or unchecked."""
    date = context.cable_date
    if date is None:
        return None
    # date.on_or_after(start) and date.before(end + one day), without the calls
    earliest, latest = date.earliest, date.latest
    for start, end, candidate in tables(context).bounds:
        if (start is None or earliest >= start) and (end is None or latest <= end):
            return candidate if candidate.checked else None
    return None


def classified(context: RuleContext) -> bool:
    """CONFIDENTIAL or higher: the banner, else the ZN line, else the metadata."""
    document = context.document
    if document.banner is not None:
        return context.classified
    routing = document.routing
    if routing is not None and routing.zn_classification:
        return routing.zn_classification[:1] in ("C", "S", "T")
    cable_id = cable_id_of(document)
    record = context.settings.metadata.get(cable_id) if cable_id else None
    level = (record or {}).get("classification", "").upper()
    return level.startswith(("CONFIDENTIAL", "SECRET", "TOP SECRET"))


def level_name(context: RuleContext) -> str:
    """The banner's level spelt out ("CONFIDENTIAL"), else "classified"."""
    banner = context.document.banner
    level = banner.classification.level if banner is not None else None
    return _LEVEL_NAMES.get(level or "", "classified")


# --- the authority block, recovered where the parser missed it ---------------------

_KEYWORDS = (b"classified by", b"classfied by", b"clasified by")
_DERIVED = b"derived from"
#: a reason section (``1.4``), tolerant of a space or line break on either side of the dot
REASON_SECTION = re.compile(r"(?<![\d.])1\s*\.\s*([3-6])(?![\d])")
_FALLBACK_LETTER = re.compile(
    r"(?:\s*(?:and|an\s+d|a\s+nd|or|&|\+|,|/|;)\s*)*\s*\(?\s*([a-zA-Z])\s*\)?(?![A-Za-z0-9])",
    re.IGNORECASE)
_PARAGRAPH_START = re.compile(r"\s*(?:\u00b6|\d+\s*\.|REFS?\b|-{3,})", re.IGNORECASE)


class Authority(NamedTuple):
    """Where the cable states its classification authority, if anywhere."""

    block: ClassifiedBy | None  # from the model, or recovered from the header text
    recovered: bool  # the parser did not see it (or saw only part of it)
    derived: Span | None  # a DERIVED FROM line in the header (derivative classification)
    in_paragraph: tuple[int, Span] | None  # (paragraph number, span) of a misplaced block


@analysis
def authority(context: RuleContext) -> Authority:
    """The Classified By block (the parser's, completed or recovered from the header
    text), else a DERIVED FROM line, else a block opening a numbered paragraph."""
    document = context.document
    lowered = context.source.lowered()
    header_start = 0
    for item in (document.eo, document.banner):
        if item is not None:
            header_start = item.span.start
            break
    header_end = document.paragraphs[0].span.start if document.paragraphs else len(lowered)
    block = document.classified_by
    recovered = False
    if block is not None and not block.reasons:
        longer = _extended_block(context, block.span.start, block.span.end)
        if longer is not None:
            block, recovered = longer, True
    if block is None:
        subject = document.subject.span if document.subject is not None else None
        for keyword in _KEYWORDS:
            found = lowered.find(keyword, header_start, header_end)
            while found >= 0 and subject is not None and subject.start <= found < subject.end:
                found = lowered.find(keyword, found + 1, header_end)
            if found >= 0:
                line_end = lowered.find(b"\n", found)
                block = _extended_block(context, found, len(lowered) if line_end < 0 else line_end,
                                        always=True)
                recovered = True
                break
    derived = None
    if block is None:
        found = lowered.find(_DERIVED, header_start, header_end)
        if found >= 0 and (found == 0 or lowered[found - 1:found] in b"\n \t"):
            line_end = lowered.find(b"\n", found)
            end = len(lowered) if line_end < 0 else line_end
            derived = context.span(found, len(context.text[found:end].rstrip()) + found)
    in_paragraph = None
    if block is None and derived is None:
        in_paragraph = _block_in_paragraph(context, lowered)
    return Authority(block, recovered, derived, in_paragraph)


def _extended_block(context: RuleContext, start: int, end: int,
                    always: bool = False) -> ClassifiedBy | None:
    """The block from ``start``, taking continuation lines until it has a reason.

    Returns None (keep the parser's block) unless ``always`` or the longer text
    gives a reason the parser's did not.
    """
    source = context.source
    text = context.text
    line = source.span(end, end).line  # 1-based line holding the end
    while not REASON_SECTION.search(text, start, end) and line < len(source.texts) and \
            line - source.span(start, start).line < 3:
        following = source.texts[line]
        if not following.strip() or _PARAGRAPH_START.match(following):
            break
        end = source.starts[line] + len(following.rstrip())
        line += 1
    if not always and not REASON_SECTION.search(text, start, end):
        return None
    block = parse_classified_by(source, text[start:end], start)
    if not block.reasons:
        reasons = _fallback_reasons(context, start, end)
        if reasons:
            block = block._replace(reasons=reasons)
        elif not always:
            return None
    return block


def _fallback_reasons(context: RuleContext, start: int, end: int) -> tuple[Reason, ...]:
    """Reasons found with a section split over a line break (``1.`` / ``4 (b/d)``)."""
    text = context.text
    reasons = []
    for section in REASON_SECTION.finditer(text, start, end):
        position = last = section.end()
        letters: list[str] = []
        while True:
            found = _FALLBACK_LETTER.match(text, position, end)
            if found is None:
                break
            letter = found.group(1).lower()
            if letter not in letters:
                letters.append(letter)
            position = last = found.end()
        reasons.append(Reason(f"1.{section.group(1)}", tuple(letters),
                              context.span(section.start(), last)))
    return tuple(reasons)


def _block_in_paragraph(context: RuleContext, lowered: bytes) -> tuple[int, Span] | None:
    """A "Classified by" opening a numbered paragraph (``¶2. (U) Classified by ...``)."""
    for keyword in _KEYWORDS:
        found = lowered.find(keyword)
        while found >= 0:
            for paragraph in context.document.paragraphs:
                if paragraph.span.start <= found < paragraph.span.end:
                    opening = paragraph.portion_mark.span.end if paragraph.portion_mark \
                        else paragraph.number_span.end
                    if found - opening <= 3:
                        line_end = lowered.find(b"\n", found)
                        end = len(lowered) if line_end < 0 else line_end
                        end = found + len(context.text[found:end].rstrip())
                        return paragraph.number, context.span(found, end)
                    break
            found = lowered.find(keyword, found + 1)
    return None


# --- dates ---------------------------------------------------------------------------


def add_years(day: _dt.date, years: int) -> _dt.date:
    """``day`` ``years`` later (28 February for a 29 February that year lacks)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def cable_range(context: RuleContext) -> tuple[_dt.date, _dt.date] | None:
    """Earliest and latest possible cable date (equal for a day-precise date)."""
    date = context.cable_date
    if date is None:
        return None
    return date.earliest, date.latest


@analysis
def declassification_date(context: RuleContext) -> tuple[_dt.date, Span] | None:
    """The E.O. line's declassification date and the span of the date itself."""
    eo = context.document.eo
    if eo is None or eo.declassification.kind != "date" or not eo.declassification.date:
        return None
    declassification = eo.declassification
    span = declassification.date_span
    if span is None:
        return None
    return _dt.date.fromisoformat(declassification.date), span


def describe_period(start: _dt.date, end: _dt.date) -> str:
    """Whole years and months from ``start`` to ``end`` ("9 years 11 months")."""
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    years, months = divmod(max(months, 0), 12)
    text = f"{years} year{'s' if years != 1 else ''}"
    return text + (f" {months} month{'s' if months != 1 else ''}" if months else "")
