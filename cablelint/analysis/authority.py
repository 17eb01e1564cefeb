"""The classification authority of a cable: the executive-order data in force on its
date, its Classified By block (as the parser found it) and the
declassification date of its E.O. line.

Shared by the authority rules (CL501-CL513).  Which order a cable cites, which
section its reasons cite with which letters, which declassification
instructions were allowed and for how long all depend on the cable date.
Those facts live as data in ``rules/executive-orders.json`` (with their public
sources and the unverified ones marked); the E.O. 13526 cut-over is the
setting ``eo13526_cutover``.

The parser finds the Classified By block also where extraction damage put it
(run onto the REF line, in text before paragraph 1, opening a paragraph) and
says so in ``ClassifiedBy.recovered``; :func:`authority` only tells the block
the rules judge from one that stands inside a paragraph.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.analysis.overall_level import overall_level
from cablelint.diagnostics import Span
from cablelint.model import ClassifiedBy

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


class AuthorityTables(NamedTuple):
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


_TABLES: dict[tuple[int, _dt.date], AuthorityTables] = {}


def _boundary(value: str | None, cutover: _dt.date, end: bool) -> _dt.date | None:
    if value is None:
        return None
    if value == "cutover":
        return cutover - ONE_DAY if end else cutover
    return _dt.date.fromisoformat(value)


@analysis
def tables(context: RuleContext) -> AuthorityTables:
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
        found = AuthorityTables(periods, orders, _dt.timedelta(days=data["slack_days"]),
                       _dt.timedelta(days=data["drafting_slack_days"]),
                       frozenset(special["codes"]),
                       _boundary(special["from"], cutover, False) or cutover,
                       _position_words(block), frozenset(block["non_name_words"]),
                       by_id["eo12958"].start or _dt.date(1995, 10, 14),
                       by_id["eo12958-isoo"].start or _dt.date(2003, 9, 22),
                       {p.reason_section: p.reason_letters for p in periods
                        if p.reason_section},
                       tuple((p.start, p.end, p) for p in periods))
        _TABLES[key] = found
    return found


def _position_words(block: dict) -> frozenset[str]:
    """The listed position words and every title initialism with a prefix letter
    before it ("apao": assistant public affairs officer, "dpao", "adcm").

    Why: posts write an acting, assistant or deputy's title as the title's
    initials with one more letter in front; listing each such title by hand
    missed the ones no cable had shown yet (APAO, fresh-9 audit A003).  Likewise
    a section's shorthand with a rank's ("emin": economic minister, "polcouns",
    "emboff"): listing them one by one missed EMIN (fresh-14 audit A234).
    """
    prefixed = {letter + initials for letter in block.get("title_prefixes", {})
                for initials in block.get("title_initialisms", ())}
    composed = {section + rank for section in block.get("section_shorthands", {})
                for rank in block.get("rank_shorthands", {})}
    return frozenset(block["position_words"]) | prefixed | composed


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


def classified_on_any_evidence(context: RuleContext) -> bool:
    """CONFIDENTIAL or higher: the banner, else the other evidence of the cable's
    level (ZN line, page-break banners, ... metadata: see overall_level)."""
    if context.document.banner is not None:
        return context.classified
    return overall_level(context).level in ("C", "S", "TS")


def level_name(context: RuleContext) -> str:
    """The banner's level spelt out ("CONFIDENTIAL"), else "classified"."""
    banner = context.document.banner
    level = banner.classification.level if banner is not None else None
    return _LEVEL_NAMES.get(level or "", "classified")


# --- the authority block, as the parser found it ------------------------------------


class Authority(NamedTuple):
    """Where the cable states its classification authority, if anywhere."""

    block: ClassifiedBy | None  # the block, unless it stands inside a numbered paragraph
    derived: Span | None  # a DERIVED FROM line (derivative classification), without a block
    in_paragraph: tuple[int, Span] | None  # (paragraph number, first line) of a misplaced block


@analysis
def authority(context: RuleContext) -> Authority:
    """The Classified By block of the model (wherever the parser found it), else a
    DERIVED FROM line, else a block opening a numbered paragraph."""
    document = context.document
    block = document.classified_by
    if block is not None and block.recovered != "in-paragraph":
        return Authority(block, None, None)
    if document.derived_from is not None:
        return Authority(None, document.derived_from.span, None)
    if block is None:
        return Authority(None, None, None)
    number = next((paragraph.number for paragraph in document.paragraphs
                   if paragraph.span.start <= block.span.start < paragraph.span.end), 0)
    return Authority(None, None, (number, block.lines[0] if block.lines else block.span))


def reason_block(context: RuleContext) -> ClassifiedBy | None:
    """The Classified By block whose reasons the reason rules (CL504, CL505) judge:
    wherever the parser found it, opening a numbered paragraph too.  A misplaced
    block still cites a section and letters (issue #12 item 8: a 1.5 citation in
    a 2003 block outside the header went unreported); CL501 reports the place."""
    return context.document.classified_by


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
