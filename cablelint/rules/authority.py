"""CL5xx: classification authority (the Classified By block) and declassification
(the E.O. line).

Which order a cable cites, which section its reasons cite with which letters,
which declassification instructions were allowed and for how long all depend
on the cable date.  Those facts live as data in ``rules/executive-orders.json``
(with their public sources and the unverified ones marked); the E.O. 13526
cut-over is the setting ``eo13526_cutover``.  Every date rule stays silent
when the cable date is unknown or a year-only date straddles a cut-over.

The parser misses a Classified By block in a few real layouts (run onto the
REF line, carrying a portion mark, a continuation line read as an addressee,
a section split over two lines); :func:`authority` recovers those from the raw
text so that no rule reports a block that is there.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.fields.classified_by import parse_classified_by
from cablelint.fields.dates import _NUMERIC_DATES
from cablelint.model import ClassifiedBy, Reason
from cablelint.rules.base import CableDate, Rule, RuleContext

VOCABULARY = "executive-orders"
_LEVEL_NAMES = {"C": "CONFIDENTIAL", "S": "SECRET", "TS": "TOP SECRET"}
_ONE_DAY = _dt.timedelta(days=1)

# --- the data, with boundaries resolved for one cut-over date ------------------------


class Period(NamedTuple):
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
    number: int
    name: str
    start: _dt.date | None
    end: _dt.date | None


class Tables(NamedTuple):
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
        return cutover - _ONE_DAY if end else cutover
    return _dt.date.fromisoformat(value)


def tables(context: RuleContext) -> Tables:
    """The executive-order data with dates parsed, once per data and cut-over."""
    # these helpers are asked several times per cable: a hit costs one dict lookup
    found = context.memos.get("authority.tables")
    if found is None:
        found = context.memo("authority.tables", lambda: _tables(context))
    return found


def _tables(context: RuleContext) -> Tables:
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


def period(context: RuleContext) -> Period | None:
    """The rules in force on the cable date; None when unknown, straddled or unchecked."""
    memos = context.memos
    if "authority.period" in memos:
        return memos["authority.period"]
    return context.memo("authority.period", lambda: _period(context))


def _period(context: RuleContext) -> Period | None:
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
    from cablelint.rules.base import cable_id_of

    cable_id = cable_id_of(document)
    record = context.settings.metadata.get(cable_id) if cable_id else None
    level = (record or {}).get("classification", "").upper()
    return level.startswith(("CONFIDENTIAL", "SECRET", "TOP SECRET"))


def level_name(context: RuleContext) -> str:
    banner = context.document.banner
    level = banner.classification.level if banner is not None else None
    return _LEVEL_NAMES.get(level or "", "classified")


# --- the authority block, recovered where the parser missed it ---------------------

_KEYWORDS = (b"classified by", b"classfied by", b"clasified by")
_DERIVED = b"derived from"
# A reason section, tolerant of a space or line break on either side of the dot.
_SECTION = re.compile(r"(?<![\d.])1\s*\.\s*([3-6])(?![\d])")
_FALLBACK_LETTER = re.compile(
    r"(?:\s*(?:and|an\s+d|a\s+nd|or|&|\+|,|/|;)\s*)*\s*\(?\s*([a-zA-Z])\s*\)?(?![A-Za-z0-9])",
    re.IGNORECASE)
_PARAGRAPH_START = re.compile(r"\s*(?:\u00b6|\d+\s*\.|REFS?\b|-{3,})", re.IGNORECASE)


class Authority(NamedTuple):
    block: ClassifiedBy | None  # from the model, or recovered from the header text
    recovered: bool  # the parser did not see it (or saw only part of it)
    derived: Span | None  # a DERIVED FROM line in the header (derivative classification)
    in_paragraph: tuple[int, Span] | None  # (paragraph number, span) of a misplaced block


def authority(context: RuleContext) -> Authority:
    found = context.memos.get("authority.block")
    if found is None:
        found = context.memo("authority.block", lambda: _authority(context))
    return found


def _authority(context: RuleContext) -> Authority:
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
    while not _SECTION.search(text, start, end) and line < len(source.texts) and \
            line - source.span(start, start).line < 3:
        following = source.texts[line]
        if not following.strip() or _PARAGRAPH_START.match(following):
            break
        end = source.starts[line] + len(following.rstrip())
        line += 1
    if not always and not _SECTION.search(text, start, end):
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
    for section in _SECTION.finditer(text, start, end):
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


def authority_span(context: RuleContext, block: ClassifiedBy) -> Span | None:
    """The classifier's name and position: from after the keyword to the reason words."""
    text = context.text
    start, end = block.span.start, block.span.end
    keyword = _AUTHORITY_KEYWORD.match(text, start, end)
    if keyword:
        start = keyword.end()
    if block.reasons:
        end = min(end, block.reasons[0].span.start)
    cut = _REASON_LEAD.search(text, start, end)
    if cut:
        end = cut.start()
    while end > start and text[end - 1] in " \t\r\n,.;:":
        end -= 1
    return context.span(start, end) if end > start else None


_AUTHORITY_KEYWORD = re.compile(r"(?:\(U\)\s*)?(?:CLASS?I?S?FIED\s+BY\s*:?\s*)+", re.IGNORECASE)
_REASON_LEAD = re.compile(
    r"[\s,.;:]*(?:(?:for|under)\s+)?(?:reasons?\b|reason\(s\))|[\s,.;:]*E\.?O\.?\s*1\d{4}",
    re.IGNORECASE)


# --- dates ---------------------------------------------------------------------------


def add_years(day: _dt.date, years: int) -> _dt.date:
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


def declassification_date(context: RuleContext) -> tuple[_dt.date, Span] | None:
    """The E.O. line's declassification date and the span of the date itself."""
    memos = context.memos
    if "authority.declassification" in memos:
        return memos["authority.declassification"]
    return context.memo("authority.declassification", lambda: _declassification_date(context))


def _declassification_date(context: RuleContext) -> tuple[_dt.date, Span] | None:
    eo = context.document.eo
    if eo is None or eo.declassification.kind != "date" or not eo.declassification.date:
        return None
    declassification = eo.declassification
    span = declassification.span
    if span is None:
        return None
    found = _NUMERIC_DATE.match(declassification.raw)
    if found is not None:
        span = context.span(span.start, span.start + found.end())
    return _dt.date.fromisoformat(declassification.date), span


#: where :func:`cablelint.fields.dates.match_numeric_date` ends its match: its forms
#: as one alternation tried in the same order (first form that matches wins), without
#: the calendar check and the format name this span does not need
_NUMERIC_DATE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _, _ in _NUMERIC_DATES))


def describe_period(start: _dt.date, end: _dt.date) -> str:
    """Whole years and months from ``start`` to ``end`` ("9 years 11 months")."""
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    years, months = divmod(max(months, 0), 12)
    text = f"{years} year{'s' if years != 1 else ''}"
    return text + (f" {months} month{'s' if months != 1 else ''}" if months else "")


_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019./+-]*")
_IDENTITIES: dict[tuple[str, int], tuple[bool, bool]] = {}


def _identity(text: str, data: Tables) -> tuple[bool, bool]:
    """(names someone, names a position) for the classifier text of a block."""
    key = (text, id(data))
    known = _IDENTITIES.get(key)
    if known is not None:
        return known
    has_position = has_name = False
    positions, non_names = data.position_words, data.non_name_words
    for word in _WORD.findall(text):
        lower = word.lower()
        bare = lower.strip(".,;:'\u2019")
        if bare in positions or lower.rstrip(".") in positions:
            has_position = True
        elif "/" in bare and len(bare) > 2:
            has_position = True  # an office: INR/OPS, EUR/PRA, POL/C
        elif bare in non_names or (len(bare) < 2 and not word.endswith(".")):
            continue
        elif word[0].isupper() or word[0] in "Xx":
            has_name = True
    if "xxxx" in text.lower() or any(map(str.isdigit, text)):
        has_name = True  # a redacted name or a classifier identifier
    if len(_IDENTITIES) < 4096:
        _IDENTITIES[key] = (has_name, has_position)
    return has_name, has_position


# --- CL501-CL505: the Classified By block -------------------------------------------


class MissingClassifiedBy(Rule):
    """A classified cable (dated from 14 October 1995, when E.O. 12958 took effect)
    has a Classified By block in its header.

    A ``DERIVED FROM:`` line (derivative classification from a classification
    guide) is accepted in its place.  A block run onto the REF line or
    carrying a portion mark still counts.  A block found at the start of a
    numbered paragraph is named in the message.  In partial extracts and in
    cables whose text stops in the header the finding is info.

    Why: the authority block records who classified the cable and why; without
    it the classification cannot be reviewed or challenged.

    Source: 32 CFR 2001.21(a)(1) (2004); E.O. 13526 sec. 1.6(a)(2); 5 FAH-1 H-246
    (the unnumbered "Classified by" paragraph before paragraph 1).

    Bad:
        SUBJECT: TRADE TALKS
        ¶1. (C) The minister said ...

    Good:
        SUBJECT: TRADE TALKS
        Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d).
        ¶1. (C) The minister said ...

    Fix: add the block (name, position, reason) before paragraph 1, or move it
    there from the paragraph that holds it.
    """

    code = "CL501"
    name = "missing-classified-by"
    summary = "A classified cable has no Classified By block in its header"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        date = context.cable_date
        if not classified(context) or date is None or \
                not date.on_or_after(tables(context).eo12958_start):
            return iter(())  # the common case, without making a generator
        found = authority(context)
        if found.block is not None or found.derived is not None:
            return iter(())
        return self._findings(context, found)

    @staticmethod
    def _findings(context: RuleContext, found: Authority) -> Iterator[Diagnostic]:
        document = context.document
        level = level_name(context)
        if found.in_paragraph is not None:
            number, span = found.in_paragraph
            yield context.report(span, f"the Classified By block of this {level} cable is "
                                 f"inside paragraph {number}; move it to the header before "
                                 "paragraph 1")
            return
        truncated = not document.paragraphs
        quiet = document.partial_extract or truncated
        span = document.banner.level_span if document.banner is not None else (
            document.eo.span if document.eo is not None else None)
        if span is None:
            return
        note = " (partial extract)" if document.partial_extract else (
            " (the text stops in the header)" if truncated else "")
        yield context.report(span, f"{level} cable has no Classified By block{note}; add "
                             "'Classified By: <name, position>, Reason: 1.4 (x)' before "
                             "paragraph 1", severity="info" if quiet else None)


class ClassifierIdentity(Rule):
    """The Classified By block names the classifier (a name or identifier) and
    the classifier's position.

    Position words (Ambassador, DCM, Political Counselor, Director, INR/OPS
    ...) come from ``rules/executive-orders.json``; any other capitalised word
    or a redaction run (``XXXXXXXXXXXX``) counts as a name.

    Why: the block must let a reader identify the original classification
    authority; "Ambassador" alone names no one, a bare name gives no authority.

    Source: 32 CFR 2001.21(a)(1)-(2) (2004).

    Bad:
        Classified By: Ambassador, reasons 1.4 (b) and (d).
        Classified By: Jane Roe, reasons 1.4 (b) and (d).

    Good:
        Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d).

    Fix: add the missing name or position.
    """

    code = "CL502"
    name = "classifier-identity"
    summary = "The Classified By block lacks the classifier's name or position"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = authority(context).block
        if block is None:
            return iter(())
        if block.authority and all(_identity(block.authority, tables(context))):
            return iter(())  # the common case, decided on the model's text without spans
        return self._findings(context, block)

    @staticmethod
    def _findings(context: RuleContext, block: ClassifiedBy) -> Iterator[Diagnostic]:
        span = authority_span(context, block)
        if span is None:
            yield context.report(block.span, "the Classified By block names no classifier; "
                                 "give the name and position")
            return
        text = context.text[span.start:span.end]
        has_name, has_position = _identity(text, tables(context))
        if has_name and has_position:
            return
        if not has_name and not has_position:
            message = f"'{text}' is neither a name nor a position; give both"
        elif not has_name:
            message = f"'{text}' names a position but no person; add the classifier's name"
        else:
            message = f"'{text}' names a person but no position; add the classifier's title"
        yield context.report(span, message)


class MissingReason(Rule):
    """The Classified By block gives a reason: the section of the order (1.4, or
    1.5 before 2003) and the category letter(s).

    Why: the reason ties the classification to a category the order allows;
    without it the classification has no stated basis.

    Source: 32 CFR 2001.21(a)(3) (2004); E.O. 13526 sec. 1.6(a)(5).

    Bad:
        Classified By: Jane Roe, Director, INR/OPS
        Classified By: Jane Roe, Director, for reasons b, d.

    Good:
        Classified By: Jane Roe, Director, INR/OPS. Reason: 1.4 (c).

    Fix: add the reason, e.g. ``Reason: 1.4 (b) and (d)``.
    """

    code = "CL503"
    name = "missing-classification-reason"
    summary = "The Classified By block gives no reason section and letters"
    severity = "error"

    _LETTERS_ONLY = re.compile(r"reasons?\s*:?\s*\(?[a-h]\)?(?:\s*(?:,|and|&|/)\s*\(?[a-h]\)?)*"
                               r"(?![A-Za-z0-9])", re.IGNORECASE)

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = authority(context).block
        if block is None:
            return iter(())  # the common case, without making a generator
        if block.reasons:
            return iter([context.report(reason.span, f"reason {reason.section} gives no "
                                        f"category letter; write e.g. '{reason.section} (b)'")
                         for reason in block.reasons if not reason.letters])
        return self._findings(context, block)

    def _findings(self, context: RuleContext, block: ClassifiedBy) -> Iterator[Diagnostic]:
        text = context.text
        letters_only = self._LETTERS_ONLY.search(text, block.span.start, block.span.end)
        if letters_only:
            yield context.report(context.span(letters_only.start(), letters_only.end()),
                                 "the reason gives letters but no section; write "
                                 "'1.4 (x)'")
            return
        yield context.report(block.span, "the Classified By block gives no reason; add "
                             "'Reason: 1.4 (x)' with the category letter(s)")


class ReasonSection(Rule):
    """The reason cites the section valid on the cable date: 1.5 from 14 Oct 1995
    to 24 Mar 2003 (E.O. 12958), 1.4 from 25 Mar 2003 (E.O. 13292 renumbered the
    categories; E.O. 13526 kept them).

    Why: drafters kept copying the old "1.5" template for years after the
    amendment, so the citation points at the wrong section of the order in force.

    Source: E.O. 12958 sec. 1.5; E.O. 13292; ISOO Directive No. 1 (22 Sep 2003).

    Bad:
        Classified By: Jane Roe, Ambassador, reasons 1.5 (b) and (d).   (a 2008 cable)

    Good:
        Classified By: Jane Roe, Ambassador, reasons 1.4 (b) and (d).

    Fix: ``--unsafe-fixes`` changes 1.5 to 1.4 on cables dated from 22 Sep 2003
    whose letters are all a-g (the seven 1995 categories kept their letters);
    unsafe because the cable is a historical record.
    """

    code = "CL504"
    name = "stale-reason-section"
    summary = "The reason cites a section not valid on the cable date"
    severity = "warning"
    fixable = "unsafe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = authority(context).block
        in_force = period(context)
        if block is None or in_force is None or in_force.reason_section is None:
            return iter(())  # the common case, without making a generator
        for reason in block.reasons:
            if reason.section != in_force.reason_section:
                return self._findings(context, block, in_force)
        return iter(())  # every reason cites the section in force

    def _findings(self, context: RuleContext, block: ClassifiedBy, in_force: Period
                  ) -> Iterator[Diagnostic]:
        data = tables(context)
        date = context.cable_date
        expected = in_force.reason_section
        for reason in block.reasons:
            if reason.section == expected:
                continue
            span = self._section_span(context, reason)
            fix = None
            if reason.section == "1.5" and expected == "1.4" and date is not None and \
                    date.on_or_after(data.isoo_2003) and reason.letters and \
                    set(reason.letters) <= set("abcdefg"):
                digit = span.end - 1
                fix = context.fix("cite section 1.4", Edit(digit, digit + 1, "4"), safe=False)
            yield context.report(span, f"reason cites section {reason.section}; a cable of "
                                 f"{date.date.year if date else 'this date'} cites {expected} "
                                 f"(E.O. {in_force.order}"
                                 f"{' as amended' if in_force.id.startswith('eo12958-') else ''})",
                                 fix=fix)

    @staticmethod
    def _section_span(context: RuleContext, reason: Reason) -> Span:
        found = _SECTION.match(context.text, reason.span.start, reason.span.end)
        end = found.end() if found else reason.span.start + 3
        return context.span(reason.span.start, end)


class ReasonLetters(Rule):
    """Reason letters are categories of the cited section: (a)-(g) under 1.5,
    (a)-(h) under 1.4 ((h), weapons of mass destruction, came in 2003).

    Why: a letter outside the list cites no category at all.

    Source: E.O. 12958 sec. 1.5(a)-(g); E.O. 13292 and E.O. 13526 sec. 1.4(a)-(h).

    Bad:
        Classified By: Jane Roe, Ambassador, reasons 1.5 (b) and (h).
        Classified By: Jane Roe, Ambassador, reasons 1.4 (b) and (k).

    Good:
        Classified By: Jane Roe, Ambassador, reasons 1.4 (b) and (h).

    Fix: cite the right letter (report only).
    """

    code = "CL505"
    name = "invalid-reason-letter"
    summary = "A reason letter is not a category of the cited section"
    severity = "error"

    _BEYOND = re.compile(r"(?:\s*(?:,|and|&|\+|/|or)\s*\(?|\s*\()\s*([i-zI-Z])\s*\)")

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        block = authority(context).block
        if block is None:
            return iter(())  # the common case, without making a generator
        return self._findings(context, block)

    def _findings(self, context: RuleContext, block: ClassifiedBy) -> Iterator[Diagnostic]:
        letters_by_section = tables(context).letters
        text = context.text
        for reason in block.reasons:
            valid = letters_by_section.get(reason.section)
            if valid is None:
                continue
            last = f"({max(valid)})"
            for letter in reason.letters:
                if letter not in valid:
                    yield context.report(self._letter_span(context, reason, letter),
                                         f"section {reason.section} has categories (a) to "
                                         f"{last}; ({letter}) is not one of them")
            beyond = self._BEYOND.match(text, reason.span.end, block.span.end)
            if beyond:
                letter = beyond.group(1)
                yield context.report(context.span(beyond.start(1), beyond.end(1)),
                                     f"section {reason.section} has categories (a) to {last}; "
                                     f"({letter.lower()}) is not one of them")

    @staticmethod
    def _letter_span(context: RuleContext, reason: Reason, letter: str) -> Span:
        text = context.text
        section = _SECTION.match(text, reason.span.start, reason.span.end)
        start = section.end() if section else reason.span.start
        found = re.compile(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", re.IGNORECASE).search(
            text, start, reason.span.end)
        return context.span(found.start(), found.end()) if found else reason.span


# --- CL506-CL513: the E.O. line -------------------------------------------------------


class MissingDeclassification(Rule):
    """A classified cable's E.O. line carries a declassification instruction: a
    date, an event, or a code its order allows.

    ``N/A`` on a classified cable is CL407's finding; a date with no ``DECL``
    keyword counts as an instruction (CL512 reports the form).

    Why: without the instruction nobody can tell when the cable may be released.

    Source: E.O. 12958 sec. 1.6; E.O. 13526 sec. 1.6(a)(4).

    Bad:
        E.O. 12958: DECL:

    Good:
        E.O. 12958: DECL: 03/30/2016

    Fix: add the declassification date or event (report only).
    """

    code = "CL506"
    name = "missing-declassification"
    summary = "A classified cable's E.O. line has no declassification instruction"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        if eo is None or eo.declassification.kind != "missing" or not classified(context) \
                or period(context) is None:
            return iter(())  # the common case, without making a generator
        return iter([context.report(
            eo.span, f"the E.O. line of this {level_name(context)} cable gives no "
            "declassification instruction; add 'DECL: MM/DD/YYYY'")])


class DeclassificationBeforeCable(Rule):
    """The declassification date falls after the cable date.

    Why: a cable cannot be declassified before it was written; such a date is
    a typing slip (wrong year) that would release the cable at once.

    Source: E.O. 12958 sec. 1.6; E.O. 13526 sec. 1.5.

    Bad:
        P 301451Z MAR 06 ... E.O. 12958: DECL: 03/30/2005

    Good:
        P 301451Z MAR 06 ... E.O. 12958: DECL: 03/30/2016

    Fix: correct the date (report only).
    """

    code = "CL507"
    name = "declassification-before-cable"
    summary = "The declassification date is not after the cable date"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = declassification_date(context)
        bounds = cable_range(context)
        if found is None or bounds is None or found[0] > bounds[0]:
            return iter(())  # the common case, without making a generator
        day, span = found
        when = "the same day as" if day == bounds[0] else "before"
        return iter([context.report(span, f"declassification date {day.isoformat()} is {when} "
                                    f"the cable ({context.cable_date.date.isoformat()}); "
                                    "give a later date")])


class DeclassificationTooLate(Rule):
    """The declassification date is no more than 10 years after the cable date
    under E.O. 12958 as signed (14 Oct 1995 - 24 Mar 2003, unless an X1-X8
    exemption is given) and no more than 25 years after it from 25 Mar 2003.

    A few days of slack (``slack_days`` in the data) cover drafters who use
    the next day or date the cable before it is sent.

    Why: a longer period needs an exemption the E.O. line does not state.

    Source: ISOO Directive No. 1 (2003); E.O. 13526 sec. 1.5, 1.6(a)(4);
    E.O. 12958 sec. 1.6.

    Bad:
        P 181500Z DEC 06 ... E.O. 12958: DECL: 08/18/2036

    Good:
        P 181500Z DEC 06 ... E.O. 12958: DECL: 12/18/2031

    Fix: correct the date, or cite the exemption (report only).
    """

    code = "CL508"
    name = "declassification-too-late"
    summary = "The declassification date is further away than the order allows"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = declassification_date(context)
        in_force = period(context)
        bounds = cable_range(context)
        if found is None or in_force is None or in_force.max_years is None or bounds is None:
            return iter(())  # the common case, without making a generator
        day, span = found
        limit = add_years(bounds[1], in_force.max_years) + tables(context).slack
        if day <= limit:
            return iter(())
        length = describe_period(context.cable_date.date, day)
        return iter([context.report(span, f"declassification {length} after the cable; "
                                    f"E.O. {in_force.order} allows at most "
                                    f"{in_force.max_years} years without an exemption code")])


class DeclassificationPeriod(Rule):
    """Report declassification periods other than 10 or 25 years (within a few
    days' slack).  Off by default: periods under 10 years and between 10 and
    25 years are lawful.

    Why: an unusual period is sometimes a typing slip in the year; this helps
    review those dates.

    Source: ISOO Directive No. 1 (2003) lists the options: under 10 years, 10
    years, 10-25 years, 25 years.

    Bad:
        P 101200Z JUL 09 ... E.O. 12958: DECL: 07/10/2024

    Good:
        P 101200Z JUL 09 ... E.O. 12958: DECL: 07/10/2019

    Fix: none needed when the period is intended (report only).
    """

    code = "CL509"
    name = "unusual-declassification-period"
    summary = "The declassification period is neither 10 nor 25 years"
    severity = "info"
    enabled = False

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = declassification_date(context)
        date = context.cable_date
        in_force = period(context)
        if found is None or date is None or date.precision != "day" or in_force is None \
                or in_force.max_years is None:
            return
        day, span = found
        data = tables(context)
        for years in (10, 25):
            target = add_years(date.date, years)
            if target - data.drafting_slack <= day <= target + data.slack:
                return
        if day <= date.date or day > add_years(date.date, in_force.max_years) + data.slack:
            return  # CL507 / CL508
        yield context.report(span, f"declassification {describe_period(date.date, day)} after "
                             "the cable; check the date (10 or 25 years is usual)")


class OadrAfter1995(Rule):
    """``OADR`` (Originating Agency's Determination Required) is not used on
    cables dated from 14 October 1995.

    Why: E.O. 12958 ended indefinite classification; every cable needs a date
    or event.

    Source: E.O. 12356 (OADR); E.O. 12958 sec. 1.6.

    Bad:
        E.O. 12958: DECL: OADR                 (a 1998 cable)

    Good:
        E.O. 12958: DECL: 06/01/2008
        E.O. 12356: DECL: OADR                 (a 1989 cable)

    Fix: give a declassification date (report only).
    """

    code = "CL510"
    name = "oadr-after-1995"
    summary = "OADR is used on a cable dated from 14 October 1995"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        if eo is None or eo.declassification.kind != "oadr":
            return iter(())  # the common case, without making a generator
        return self._findings(context, eo)

    @staticmethod
    def _findings(context: RuleContext, eo) -> Iterator[Diagnostic]:
        in_force = period(context)
        if in_force is None or "oadr" in in_force.declassification:
            return
        span = eo.declassification.span or eo.span
        span = context.span(span.start, span.start + 4)
        yield context.report(span, "OADR was abolished by E.O. 12958 (14 Oct 1995); give a "
                             "declassification date or event")


class ExemptionCodePeriod(Rule):
    """X1-X8 exemption codes are used only from 14 Oct 1995 to 21 Sep 2003, and the
    E.O. 13526 human-source / WMD marking (``50X1-HUM``, ``50X2-WMD``; spelling
    unverified) only from the cut-over.  ``X9`` is not a code.  25X codes are
    not checked here.

    Why: the codes belong to one order's duration rules; outside its period
    they state an exemption that did not exist.

    Source: E.O. 12958 sec. 1.6(d); ISOO Directive No. 1 (2003); E.O. 13526
    sec. 1.6(a)(4)(D).

    Bad:
        E.O. 12958: DECL: X1                   (a 2006 cable)

    Good:
        E.O. 12958: DECL: 03/30/2031

    Fix: replace the code by a declassification date (report only).
    """

    code = "CL511"
    name = "exemption-code-out-of-period"
    summary = "An exemption code is used outside the period it was valid"
    severity = "error"

    _SPECIAL = re.compile(r"\b(50X[12]-(?:HUM|WMD)|25X1-HUMAN)\b", re.IGNORECASE)
    _X_CODE = re.compile(r"(?:1\.6\s?)?X(\d)$", re.IGNORECASE)

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        if eo is None:
            return iter(())
        declassification = eo.declassification
        in_force = period(context)
        if in_force is None or declassification.span is None:
            return iter(())
        special = self._SPECIAL.search(declassification.raw)
        if not special and (declassification.kind != "exemption"
                            or not declassification.exemption):
            return iter(())  # the common case, without making a generator
        return self._findings(context, declassification, in_force, special)

    def _findings(self, context: RuleContext, declassification, in_force: Period,
                  special: re.Match[str] | None) -> Iterator[Diagnostic]:
        date = context.cable_date
        if special:
            data = tables(context)
            if date is not None and date.before(data.special_from):
                start = declassification.span.start + special.start()
                yield context.report(context.span(start, start + len(special.group())),
                                     f"'{special.group()}' belongs to E.O. 13526 (from "
                                     f"{data.special_from.isoformat()}); give a date")
            return
        if declassification.kind != "exemption" or not declassification.exemption:
            return
        code = self._X_CODE.match(declassification.exemption.replace(" ", ""))
        if code is None:
            return  # 25X codes: not checked
        span = context.span(declassification.span.start,
                            declassification.span.start + len(declassification.exemption))
        label = declassification.exemption
        if code.group(1) not in "12345678":
            yield context.report(span, f"'{label}' is not an exemption code (X1-X8)")
        elif f"X{code.group(1)}" not in in_force.exemption_codes:
            data = tables(context)
            reason = ("X1-X8 came with E.O. 12958 (14 Oct 1995)"
                      if in_force.start is None or in_force.start < data.eo12958_start else
                      "ISOO Directive No. 1 ended X1-X8 on 22 Sep 2003")
            yield context.report(span, f"'{label}' is not valid on this cable: {reason}; give "
                                 "a declassification date")


class ExecutiveOrderLineFormat(Rule):
    """The E.O. line reads ``E.O. <order>: DECL: MM/DD/YYYY`` (or ``N/A``,
    ``OADR``, an exemption code).

    Reported: a date written another way (``2019/07/29``, ``6/7/2017``,
    ``06/18/17``, ``2019-02-12``), a date with no ``DECL`` keyword, a misspelt
    keyword (``DECLl``), an impossible date.  ``EO 12958 DECL:`` and lower
    case alone are style and not reported.

    Why: one form keeps the line machine-readable; ``YYYY/MM/DD`` and
    two-digit years are easy to misread.

    Source: cable convention (the form of 246 of 268 dated E.O. lines).

    Bad:
        EO 12958 DECL: 2019/07/29
        E.O. 12958 03/24/2019

    Good:
        E.O. 12958: DECL: 07/29/2019
        E.O. 12958: DECL: 03/24/2019

    Fix: ``--fix`` rewrites the line as ``E.O. <order>: DECL: MM/DD/YYYY`` when the
    date is certain (safe); a two-digit year only when the 20YY reading falls
    after the cable date and within 25 years of it.
    """

    code = "CL512"
    name = "eo-line-format"
    summary = "The E.O. line is not written 'E.O. <order>: DECL: MM/DD/YYYY'"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        if eo is None or eo.order is None or eo.order_span is None:
            return iter(())
        declassification = eo.declassification
        keyword = eo.decl_keyword
        # the common lines ("DECL: 03/14/2019", "E.O. 12958: N/A") decided without
        # spans and without making a generator
        word = keyword.upper() if keyword is not None else None
        if declassification.kind != "date":
            if word is None or word in ("DECL", "GDS"):
                return iter(())
        elif word == "DECL" and declassification.date is not None \
                and declassification.date_format == "MM/DD/YYYY":
            return iter(())
        return self._findings(context, eo)

    def _findings(self, context: RuleContext, eo) -> Iterator[Diagnostic]:
        declassification = eo.declassification
        keyword = eo.decl_keyword
        text = context.text
        keyword_span = None
        if keyword is not None:
            start = text.find(keyword, eo.order_span.end, eo.span.end)
            if start >= 0:
                keyword_span = context.span(start, start + len(keyword))
        if declassification.kind != "date":
            if keyword_span is not None and keyword.upper() not in ("DECL", "GDS"):
                yield context.report(keyword_span, f"'{keyword}' is misspelt; write 'DECL:'",
                                     fix=context.fix("write DECL", context.replace(
                                         keyword_span, "DECL")))
            return
        found = declassification_date(context) if declassification.date else None
        date_span = found[1] if found else declassification.span
        if date_span is None:
            return
        written = text[date_span.start:date_span.end]
        problems = []
        if keyword is None:
            problems.append((date_span, f"no 'DECL:' before the date '{written}'"))
        elif keyword.upper() != "DECL" and keyword_span is not None:
            problems.append((keyword_span, f"'{keyword}' is misspelt"))
        if declassification.date is None:
            yield context.report(date_span, f"'{written}' is not a calendar date; correct it")
            return
        if declassification.date_format != "MM/DD/YYYY":
            problems.append((date_span, f"date '{written}' is written "
                             f"{declassification.date_format}"))
        if not problems:
            return
        day = found[0] if found else _dt.date.fromisoformat(declassification.date)
        canonical = f"E.O. {eo.order}: DECL: {day.month:02d}/{day.day:02d}/{day.year}"
        fix = None
        start = self._keyword_start(context, eo)
        if start is not None and self._certain(context, declassification.date_format, day):
            fix = context.fix(f"write '{canonical}'", Edit(start, date_span.end, canonical))
        span, message = problems[0]
        more = "; ".join(m for _, m in problems[1:])
        yield context.report(span, f"{message}{'; ' + more if more else ''}; write "
                             f"'{canonical}'", fix=fix)

    def _keyword_start(self, context: RuleContext, eo) -> int | None:
        text = context.text
        start = text.rfind(eo.keyword, eo.span.start, eo.order_span.start) if eo.keyword else -1
        return start if start >= 0 else None

    @staticmethod
    def _certain(context: RuleContext, date_format: str | None, day: _dt.date) -> bool:
        if date_format != "MM/DD/YY":
            return True
        bounds = cable_range(context)
        return bounds is not None and bounds[1] < day <= add_years(bounds[0], 25) + \
            tables(context).slack


class ExecutiveOrderDate(Rule):
    """The executive order cited fits the cable date: E.O. 12065 (Dec 1978-1982),
    12356 (1982 - 13 Oct 1995), 12958 (14 Oct 1995 - the E.O. 13526 cut-over),
    13526 (from the cut-over).  A re-marked old cable (``AS AMENDED;
    DECLASSIFIED ...``) may cite a later order.  Cables before 1 Dec 1978 are
    not checked.

    Why: the order on the E.O. line governs the rest of the marking; a wrong
    order is a template left unchanged or a typing slip.

    Source: E.O. 12065, 12356, 12958 and 13526 (signing and effective dates
    in ``rules/executive-orders.json``).

    Bad:
        P 151200Z JUL 08 ... E.O. 12356: DECL: 07/15/2018

    Good:
        P 151200Z JUL 08 ... E.O. 12958: DECL: 07/15/2018

    Fix: cite the order in force (report only).
    """

    code = "CL513"
    name = "executive-order-date"
    summary = "The executive order cited does not fit the cable date"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        date = context.cable_date
        if eo is None or eo.order is None or eo.order_span is None or date is None:
            return iter(())
        if eo.declassification.kind == "declassified":
            return iter(())
        data = tables(context)
        first = data.orders.get(12065)
        if first is None or first.start is None or not date.on_or_after(first.start):
            return iter(())
        window = data.orders.get(eo.order)
        if window is not None and not (
                (window.start is not None and date.before(window.start))
                or (window.end is not None and date.on_or_after(window.end + _ONE_DAY))):
            return iter(())  # the common case, without making a generator
        return self._findings(context, eo, date, window)

    @staticmethod
    def _findings(context: RuleContext, eo, date: CableDate, window: OrderWindow | None
                  ) -> Iterator[Diagnostic]:
        in_force = period(context)
        if window is None:
            expected = f"; cite E.O. {in_force.order}" if in_force else ""
            yield context.report(eo.order_span, f"E.O. {eo.order} is not an order on "
                                 f"classified information{expected}")
            return
        early = window.start is not None and date.before(window.start)
        late = window.end is not None and date.on_or_after(window.end + _ONE_DAY)
        if not (early or late):
            return
        when = (f"took effect on {window.start.isoformat()}" if early else
                f"was replaced on {(window.end + _ONE_DAY).isoformat()}")
        expected = f"; cite E.O. {in_force.order}" if in_force else ""
        dated = date.date.isoformat() if date.precision == "day" else str(date.date.year)
        yield context.report(eo.order_span, f"E.O. {eo.order} {when}, but the cable is dated "
                             f"{dated}{expected}")


RULES = [MissingClassifiedBy, ClassifierIdentity, MissingReason, ReasonSection, ReasonLetters,
         MissingDeclassification, DeclassificationBeforeCable, DeclassificationTooLate,
         DeclassificationPeriod, OadrAfter1995, ExemptionCodePeriod, ExecutiveOrderLineFormat,
         ExecutiveOrderDate]
