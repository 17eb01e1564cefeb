"""CL1xx: cable structure.

The blocks a telegram is made of (banner, captions, E.O./TAGS/SUBJECT/REF/
Classified By header, body markers, sign-off) are present, in order, and
agree with each other.  Partial extracts ("This record is a partial extract
...") are incomplete by nature: the completeness rules (CL101, CL111, and the
missing-item findings of CL106) report them as info.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from operator import attrgetter

from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.model import Document, Marker
from cablelint.rules.base import Rule, RuleContext, cable_id_of

# --- helpers shared by several rules ---------------------------------------------


def _line_span(context: RuleContext, number: int) -> Span:
    """The text of line ``number`` without its leading and trailing blanks."""
    text = context.line(number)
    start = context.source.starts[number - 1]
    stripped = text.strip()
    first = start + (text.index(stripped) if stripped else 0)
    return context.span(first, first + len(stripped))


def _ending(context: RuleContext, number: int) -> str:
    """The line break line ``number`` ends with ("\\n" when it is the last line)."""
    return context.source.line(number).ending or "\n"


def _first_line_span(context: RuleContext, span: Span) -> Span:
    return _line_span(context, span.line)


def _header_items(document: Document) -> list[tuple[str, Span]]:
    """The header fields present, as (label, span), in reading order."""
    items = []
    for label, node in (("E.O. line", document.eo), ("TAGS line", document.tags),
                        ("SUBJECT line", document.subject), ("REF block", document.references),
                        ("Classified By block", document.classified_by)):
        if node is not None:
            items.append((label, node.span))
    return sorted(items, key=lambda item: item[1].start)


def _first_after_banner(document: Document) -> Span | None:
    """Where the header starts: the first caption, addressee or header field, or the body."""
    candidates = [node.span for node in (*document.captions, *document.addressees)]
    candidates += [span for _, span in _header_items(document)]
    if document.body:
        candidates.append(document.body[0].span)
    routing_end = document.routing.span.end if document.routing else -1
    candidates = [span for span in candidates if span.start >= routing_end]
    return min(candidates, key=lambda span: span.start) if candidates else None


_LEVEL_CANONICAL = {"C": "C O N F I D E N T I A L", "S": "S E C R E T",
                    "TS": "T O P S E C R E T"}
_LEVEL_WORDS = {"CONFIDENTIAL", "SECRET", "TOPSECRET", "UNCLAS", "UNCLASSIFIED",
                "LIMITEDOFFICIALUSE"}


# --- CL101 -------------------------------------------------------------------------


class MissingBanner(Rule):
    """The cable has a classification banner line before the E.O. line.

    The banner (``C O N F I D E N T I A L SECTION 01 OF 04 KIEV 001261``) is
    the first line of the telegram text and carries its overall classification.
    The finding points at the first header line, where the banner should have
    been.  In partial extracts it is reported as info.

    Why: without a banner the cable states no overall classification, and the
    marking, portion and authority checks have nothing to compare with.

    Source: 5 FAH-2 H-222 (the first line of a telegram is the classification
    line); 31 CFR 2.7(a) (overall marking at the top of the first page).

    Bad:
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC 0123
        E.O. 12958: DECL: 06/10/2019

    Good:
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC 0123
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 06/10/2019

    Fix: add the banner line (the level is a human decision).
    """

    code = "CL101"
    name = "missing-banner"
    summary = "The cable has no classification banner"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        if context.document.banner is not None:
            return iter(())  # the common case, without making a generator
        return self._findings(context)

    @staticmethod
    def _findings(context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        where = _first_after_banner(document)
        if where is None:
            return  # an empty file: nothing to point at (the parser reports it)
        partial = document.partial_extract
        yield context.report(
            _first_line_span(context, where),
            "no classification banner before the header; add the banner line "
            "(e.g. 'C O N F I D E N T I A L POST 000123') above this line"
            + (" (partial extract)" if partial else ""),
            severity="info" if partial else None)


# --- CL102 -------------------------------------------------------------------------


class MalformedBanner(Rule):
    """The banner's level word is well formed: spelled right, upper case, each
    letter followed by one space (``S E C R E T``) or not spaced at all
    (``SECRET``), and no doubled first letter (``SS E C R E T``, ``UUNCLAS``).

    Why: the doubled letter and the broken spacing are typing or extraction
    slips; they defeat searches for the classification and look like a
    different marking.

    Source: cable convention (cable-format.md, section 3).

    Bad:
        SS E C R E T SECTION 01 OF 02 ZENDA 000123
        CO N F I D E N T I A L ZENDA 000123
        S e c r e t zenda 000123

    Good:
        S E C R E T SECTION 01 OF 02 ZENDA 000123
        C O N F I D E N T I A L ZENDA 000123

    Fix: ``--fix`` rewrites the level word in the spaced upper-case form
    (``UNCLAS`` stays unspaced) and upper-cases the rest of a lower-case banner
    (safe).
    """

    code = "CL102"
    name = "malformed-banner"
    summary = "The banner's level word is misspelt, badly spaced or not upper case"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        if banner is None:
            return iter(())  # the common case, without making a generator
        written = banner.level_text
        letters = written.replace(" ", "")
        upper = letters.upper()
        problems = []
        if len(upper) > 2 and upper[0] == upper[1] and upper[1:] in _LEVEL_WORDS:
            problems.append("doubles its first letter")
            upper = upper[1:]
        if written != written.upper():
            problems.append("is not in upper case")
        if " " in written.strip():
            groups = written.split()
            if max(map(len, groups[1 if problems[:1] == [
                    "doubles its first letter"] else 0:]), default=0) > 1:
                problems.append("is irregularly spaced")
        if not problems:
            return iter(())
        return self._findings(context, banner, written, upper, problems)

    @staticmethod
    def _findings(context: RuleContext, banner, written: str, upper: str,
                  problems: list[str]) -> Iterator[Diagnostic]:
        level = banner.classification.level
        if upper in ("UNCLAS", "UNCLASSIFIED"):
            canonical = upper
        elif " " in written.strip() or level not in _LEVEL_CANONICAL:
            canonical = _LEVEL_CANONICAL.get(level, " ".join(upper))
        else:
            canonical = upper  # unspaced CONFIDENTIAL stays unspaced
        text = context.text
        span = banner.level_span
        rest = text[span.end:banner.span.end]
        edits = [Edit(span.start, span.end, canonical)]
        if rest != rest.upper():
            edits.append(Edit(span.end, banner.span.end, rest.upper()))
        yield context.report(
            span, f"banner level '{written}' {' and '.join(problems)}; write '{canonical}'",
            fix=context.fix(f"write '{canonical}'", *edits))


# --- CL103 -------------------------------------------------------------------------

#: page-break lines cut the originator to ten characters ("BUENOS AIR 00000853")
_PAGE_ORIGIN_WIDTH = 10


_NOT_LETTER = re.compile(r"[^A-Z]+")
_CABLE_ID_PARTS = re.compile(r"\d\d([A-Z]+?)(\d+)")


def _squeeze(name: str) -> str:
    return _NOT_LETTER.sub("", name.upper())


class BannerIdentity(Rule):
    """The banner's originator and serial match the cable id (from the file
    name, e.g. ``05OTTAWA1502.txt``), the serial on the ``DE`` routing line and
    every page-break line.

    The ``DE`` line carries only the last four digits of a six-digit serial
    (``#2112`` for ``STATE 072112``), and page-break lines cut the originator
    to ten characters (``BUENOS AIR 00000853``); both are accepted.

    Why: a banner naming another post or serial means the text belongs to a
    different cable (a Havana header carrying a Moscow cable's text) or was
    mistyped.

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
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        banner = document.banner
        if banner is None:
            return iter(())
        # findings gathered in a list: most cables have none (no generator to make)
        findings: list[Diagnostic] = []
        origin = _squeeze(banner.originator)
        serial = banner.serial_value
        label = f"{banner.originator} {banner.serial}"
        cable_id = cable_id_of(document)
        if cable_id:
            found = _CABLE_ID_PARTS.fullmatch(cable_id)
            if found and (found.group(1) != origin or int(found.group(2)) != serial):
                wrong = banner.originator_span if found.group(1) != origin else banner.serial_span
                if found.group(1) != origin and int(found.group(2)) != serial:
                    wrong = Span(banner.originator_span.line, banner.originator_span.column,
                                 banner.serial_span.end_line, banner.serial_span.end_column,
                                 banner.originator_span.start, banner.serial_span.end)
                findings.append(context.report(
                    wrong, f"banner names {label} but the file is cable {cable_id}; check "
                    "which cable this text belongs to"))
        routing = document.routing
        if routing is not None and routing.transmission_serial:
            de_serial = routing.transmission_serial
            width = len(de_serial)
            if int(de_serial) != serial % 10 ** width:
                findings.append(context.report(
                    banner.serial_span, f"banner serial {banner.serial} disagrees with the DE "
                    f"line's #{de_serial}; check which cable this is"))
        for page in document.page_breaks:
            page_origin, page_serial = page.originator, page.serial
            if page_origin is not None and page_serial is not None:
                squeezed = _squeeze(page_origin)
                origin_ok = squeezed == origin or (
                    len(page_origin.strip()) >= _PAGE_ORIGIN_WIDTH and origin.startswith(squeezed))
            else:  # "PAGE 02 RUEHZN0123 C O N F I D E N T I A L ZENDA 000123"
                words = page.raw.split()
                if len(words) < 4 or not words[-1].isdigit() or words[0].upper() != "PAGE":
                    continue
                page_serial = words[-1]
                origin_ok = _squeeze(" ".join(words[3:-1])).endswith(origin)
                page_origin = words[-2]
            if not origin_ok or int(page_serial) != serial:
                findings.append(context.report(
                    _line_span(context, page.span.line),
                    f"page-break line names {page_origin.strip()} {page_serial} but the banner "
                    f"says {label}; check which cable this page belongs to"))
        return iter(findings)


# --- CL104 -------------------------------------------------------------------------


class PseudoBanner(Rule):
    """Only one banner precedes the body.  A SMART pseudo banner before the
    routing header (``UNCLASSIFIED   STATE   00100153``) is recognised and is not
    taken for the banner; it is reported (info) so a reader knows which line
    counts, and when it disagrees with the real banner.

    Why: a second classification line before the header is confusing, and
    tools that take the first classification-looking line get the level wrong
    when the two differ.

    Source: cable convention (cable-format.md, section 2).

    Bad:
        S E C R E T   STATE   00119085
        O 012345Z JAN 09
        ...
        S E C R E T STATE 119085

    Good:
        O 012345Z JAN 09
        ...
        S E C R E T STATE 119085

    Fix: none needed; remove the pseudo banner if the text is being cleaned.
    """

    code = "CL104"
    name = "pseudo-banner"
    summary = "A SMART pseudo banner precedes the routing header"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        if not context.document.pseudo_banners:
            return iter(())  # the common case, without making a generator
        return self._findings(context)

    @staticmethod
    def _findings(context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        banner = document.banner
        for pseudo in document.pseudo_banners:
            text = pseudo.text.strip()
            if banner is None:
                where = "the cable has no real banner"
            else:
                where = f"the banner is line {banner.span.line}"
                words = text.split()
                level = _level_of(" ".join(words[:-2]) if len(words) > 2 else text)
                if level and level != banner.classification.level:
                    where += f" and says {_level_name(banner.classification.level)}"
            yield context.report(_line_span(context, pseudo.span.line),
                                 f"'{' '.join(text.split())}' is a SMART pseudo banner, not "
                                 f"the classification banner; {where}")


def _level_of(text: str) -> str | None:
    squeezed = _squeeze(text)
    for word, level in (("TOPSECRET", "TS"), ("SECRET", "S"), ("CONFIDENTIAL", "C"),
                        ("UNCLAS", "U")):
        if squeezed.startswith(word):
            return level
    return None


def _level_name(level: str | None) -> str:
    return {"U": "UNCLASSIFIED", "SBU": "UNCLASSIFIED", "C": "CONFIDENTIAL",
            "S": "SECRET", "TS": "TOP SECRET"}.get(level or "", "no level")


# --- CL105 -------------------------------------------------------------------------

_RANKS = {"E.O. line": 0, "TAGS line": 1, "SUBJECT line": 2, "REF block": 3,
          "Classified By block": 4}
_SHORT_CAPTIONS = frozenset({"SIPDIS", "NOFORN", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS"})
_REF_LINE = re.compile(r"\s*REFS?\s*[:.]", re.IGNORECASE)


def _repeated_banner(context: RuleContext) -> bool:
    """The banner line occurs again in the header: the header was printed twice
    (CL912's finding), so the order of its items says nothing."""
    document = context.document
    banner = document.banner
    if banner is None:
        return False
    stop = document.paragraphs[0].span.line if document.paragraphs else banner.span.line + 40
    wanted = context.line(banner.span.line).strip()
    texts = context.source.texts
    return any(texts[index].strip() == wanted
               for index in range(banner.span.line, min(stop - 1, len(texts))))


class HeaderOrder(Rule):
    """Header blocks come in the order banner, captions and addressee lines,
    E.O., TAGS, SUBJECT, REF, Classified By, first paragraph, each on its own
    line.

    Reported: a header field out of that order, TAGS or an addressee written on
    the E.O. line, a Classified By block run onto the REF line, a caption
    (``NOFORN``, ``SIPDIS``) after the E.O. line, and header fields printed
    before the banner.  A header printed twice (the banner repeated) is left
    to CL912.

    Why: readers and tools find the subject, references and classification
    authority by position; out of order or run together they are missed.

    Source: cable convention (cable-format.md, section 0).

    Bad:
        E.O. 12958: N/A TAGS: PREL PGOV ZN
        SUBJECT: ...
        Classified By: ...
        REF: ZENDA 122

    Good:
        E.O. 12958: N/A
        TAGS: PREL PGOV ZN
        SUBJECT: ...
        REF: ZENDA 122
        Classified By: ...

    Fix: ``--fix`` moves TAGS written on the E.O. line onto a line of their own
    (safe); other re-orderings are reported only.
    """

    code = "CL105"
    name = "header-order"
    summary = "Header blocks are out of order or share a line"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # findings gathered in a list: most cables have none, and a generator per
        # call and per helper cost more than the checks themselves
        document = context.document
        text = context.text
        findings: list[Diagnostic] = []
        if document.duplicate_fields:
            first = document.duplicate_fields[0]
            lines = ", ".join(str(item.span.line) for item in document.duplicate_fields)
            where = f" on line {document.banner.span.line}" if document.banner else ""
            findings.append(context.report(
                _line_span(context, first.span.line),
                f"header lines {lines} are printed before the banner{where}; "
                "header fields follow the banner"))
        eo = document.eo
        if eo is not None and eo.prefix.strip():
            prefix_start = eo.span.start + text[eo.span.start:eo.span.end].index(
                eo.prefix.strip())
            findings.append(context.report(
                context.span(prefix_start, prefix_start + len(eo.prefix.strip())),
                f"'{eo.prefix.strip()}' shares the E.O. line; put it on its own line above"))
        tags = document.tags
        if eo is not None and eo.trailing_tags and tags is not None \
                and tags.span.line == eo.span.end_line:
            before = text[eo.span.start:tags.span.start].rstrip()
            cut = eo.span.start + len(before)
            edit = Edit(cut, tags.span.start, _ending(context, tags.span.line))
            findings.append(context.report(
                context.span(tags.span.start, tags.span.start + len(tags.keyword)),
                "TAGS written on the E.O. line; start them on a line of their own",
                fix=context.fix("move TAGS to their own line", edit)))
        references = document.references
        if references is not None:
            lowered = context.source.lowered()
            found = lowered.find(b"classified by", references.span.start, references.span.end)
            if found > 0:
                findings.append(context.report(
                    context.span(found, found + len("classified by")),
                    "Classified By runs onto the REF line; start it on a line of its own"))
        order = self._order(context)
        if order and not _repeated_banner(context):
            findings += order
        return iter(findings)

    def _order(self, context: RuleContext) -> list[Diagnostic]:
        """Header fields and captions out of order (not checked in a header printed twice)."""
        document = context.document
        eo = document.eo
        findings: list[Diagnostic] = []
        highest = None
        for label, span in _header_items(document):
            if highest is not None and _RANKS[label] < _RANKS[highest[0]]:
                findings.append(context.report(
                    _first_line_span(context, span),
                    f"{label} comes after the {highest[0]} (line "
                    f"{highest[1].line}); put it before"))
            elif highest is None or _RANKS[label] > _RANKS[highest[0]]:
                highest = (label, span)
        late = self._late_ref(context)
        if late is not None:
            findings.append(late)
        if eo is not None:
            for caption in document.captions:
                if caption.span.start < eo.span.start:
                    continue
                word = caption.text.strip().upper()
                if word in _SHORT_CAPTIONS:
                    findings.append(context.report(
                        _line_span(context, caption.span.line),
                        f"caption {word} comes after the E.O. line; put "
                        "captions between the banner and the E.O. line"))
        return findings

    @staticmethod
    def _late_ref(context: RuleContext) -> Diagnostic | None:
        """A REF line after the Classified By block, which the model leaves as text."""
        document = context.document
        block = document.classified_by
        if block is None or document.references is not None:
            return None
        stop = document.body[0].span.line if document.body else block.span.end_line + 3
        for number in range(block.span.end_line + 1, min(stop, block.span.end_line + 4)):
            if number > len(context.source.texts):
                break
            if _REF_LINE.match(context.line(number)):
                return context.report(_line_span(context, number),
                                      f"REF line comes after the Classified By block (line "
                                      f"{block.span.line}); put it before")
        return None


# --- CL106 -------------------------------------------------------------------------

_DOUBLED_SUBJECT = re.compile(r"(SUBJECT\s*:\s*)(SUBJECT\s*:\s*)", re.IGNORECASE)


class HeaderKeywords(Rule):
    """The E.O., TAGS and SUBJECT lines are present and their keywords spelled
    correctly (``TAGS``, not ``TAG``; ``SUBJECT:`` once).

    A missing line is reported where it should have been: at the header item
    that follows it.  In partial extracts a missing line is info.  Keyword
    style (``EO 12958``, ``TAGS`` without a colon) is left to CL512 and CL601.

    Why: search tools and the reader rely on these three lines; a misspelt
    keyword hides the line from both.

    Source: cable convention; 5 FAH-3 (TAGS).

    Bad:
        TAG PREL, PGOV, ZN
        SUBJECT: SUBJECT: MINISTER VISITS ZENDA

    Good:
        TAGS: PREL PGOV ZN
        SUBJECT: MINISTER VISITS ZENDA

    Fix: ``--fix`` writes ``TAGS`` for ``TAG`` and removes a doubled
    ``SUBJECT:`` (safe); a missing line must be written by hand.
    """

    code = "CL106"
    name = "header-keywords"
    summary = "E.O., TAGS or SUBJECT line missing or its keyword misspelt"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # findings gathered in a list: most cables have none (no generator to make)
        findings: list[Diagnostic] = []
        document = context.document
        partial = document.partial_extract
        severity = "info" if partial else None
        if document.banner is not None or document.eo is not None or document.tags is not None:
            nodes = [("E.O. line", document.eo), ("TAGS line", document.tags),
                     ("SUBJECT line", document.subject)]
            for index, (label, node) in enumerate(nodes):
                if node is not None:
                    continue
                where = self._where_missing(context, nodes[index + 1:], nodes[:index])
                if where is not None:
                    findings.append(context.report(
                        where, f"no {label} in the header; add it here"
                        + (" (partial extract)" if partial else ""), severity=severity))
        text = context.text
        tags = document.tags
        if tags is not None and tags.keyword.upper() == "TAG":
            start = tags.span.start
            written = text[start:start + 3]
            if written.upper() == "TAG":
                letter = "S" if written.isupper() else "s"
                findings.append(context.report(
                    context.span(start, start + 3), f"'{written}' is misspelt; write "
                    f"'{written}{letter}'",
                    fix=context.fix("write TAGS", Edit(start + 3, start + 3, letter))))
        subject = document.subject
        if subject is not None:
            found = _DOUBLED_SUBJECT.match(text, subject.span.start, subject.span.end)
            if found:
                second = context.span(found.start(2), found.end(2))
                findings.append(context.report(
                    second, "'SUBJECT:' is written twice; remove the second",
                    fix=context.fix("remove the doubled keyword",
                                    Edit(found.start(2), found.end(2), ""))))
        return iter(findings)

    @staticmethod
    def _where_missing(context: RuleContext, later, earlier) -> Span | None:
        document = context.document
        following = [node.span for _, node in later if node is not None]
        following += [span for label, span in _header_items(document)
                      if label in ("REF block", "Classified By block")]
        if document.body:
            following.append(document.body[0].span)
        preceding = [node.span for _, node in earlier if node is not None]
        if preceding:
            after = max(span.end for span in preceding)
            following = [span for span in following if span.start >= after]
        if following:
            return _first_line_span(context, min(following, key=lambda span: span.start))
        if preceding:
            end = max(preceding, key=lambda span: span.end)
            return context.span(end.end, end.end)
        return None


# --- CL107 -------------------------------------------------------------------------

_ZN_LEVEL = {"CCCCC": "C", "SSSSS": "S", "UUUUU": "U", "TTTTT": "TS"}


class RoutingClassification(Rule):
    """The ``ZNY``/``ZNR`` routing line agrees with the banner: ``CCCCC`` for
    CONFIDENTIAL, ``SSSSS`` for SECRET, ``UUUUU`` for unclassified (and SBU).

    Why: the routing letters steer the telegram through the network; when they
    disagree with the banner, one of the two classifications is wrong.

    Source: cable convention (cable-format.md, section 2).

    Bad:
        ZNY CCCCC ZZH
        ...
        S E C R E T ZENDA 000123

    Good:
        ZNY SSSSS ZZH
        ...
        S E C R E T ZENDA 000123

    Fix: correct whichever of the two is wrong; no automatic fix.
    """

    code = "CL107"
    name = "routing-classification"
    summary = "The ZNY/ZNR routing letters disagree with the banner"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        routing, banner = document.routing, document.banner
        if routing is None or banner is None or not routing.zn_classification:
            return iter(())  # the common case, without making a generator
        return self._findings(context, routing, banner)

    @staticmethod
    def _findings(context: RuleContext, routing, banner) -> Iterator[Diagnostic]:
        letters = routing.zn_classification.upper()
        routed = _ZN_LEVEL.get(letters)
        level = banner.classification.level
        if level == "SBU":
            level = "U"
        if routed is None or level is None or routed == level:
            return
        yield context.report(banner.level_span,
                             f"banner says {_level_name(level)} but the routing line has "
                             f"{letters} ({_level_name(routed)}); correct the wrong one")


# --- CL108 -------------------------------------------------------------------------


class SectionCount(Rule):
    """``SECTION nn OF mm`` on the banner agrees with the page-break lines
    (``ZENDA 00000123 002 OF 005``): the banner is section 01, every break line
    has the same total, and pages never go backwards.  Missing break lines are
    normal (many cables have none) and not reported; a serial that differs is
    CL103's finding.

    Why: a disagreeing count means sections were lost or pasted from another
    cable.

    Source: cable convention (cable-format.md, section 10).

    Bad:
        S E C R E T SECTION 01 OF 03 ZENDA 000123
        ...
        ZENDA 00000123 002 OF 004

    Good:
        S E C R E T SECTION 01 OF 04 ZENDA 000123
        ...
        ZENDA 00000123 002 OF 004

    Fix: find the missing or extra section; no automatic fix.
    """

    code = "CL108"
    name = "section-count"
    summary = "The banner's SECTION nn OF mm disagrees with the page-break lines"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # findings gathered in a list: most cables have none (no generator to make)
        findings: list[Diagnostic] = []
        document = context.document
        banner = document.banner
        if banner is None:
            return iter(findings)
        section = banner.section
        if section is not None and (section.total < 1 or section.number > section.total
                                    or section.number < 1):
            findings.append(context.report(
                section.span, f"SECTION {section.number:02d} OF "
                f"{section.total:02d} is impossible; the total counts the "
                "sections and the first is 01"))
        elif section is not None and section.number != 1:
            findings.append(context.report(
                section.span, f"the banner is section {section.number} of "
                f"{section.total}; the text should start with section 01"))
        pages = [page for page in document.page_breaks
                 if page.page is not None and page.total is not None]
        if not pages:
            return iter(findings)
        if section is None:
            findings.append(context.report(
                _line_span(context, pages[0].span.line),
                f"page-break line counts {pages[0].total} sections but the "
                "banner has no SECTION 01 OF nn; add it to the banner"))
            return iter(findings)
        previous = 0
        for page in pages:
            if page.total != section.total:
                findings.append(context.report(
                    _line_span(context, page.span.line),
                    f"page-break line says OF {page.total:03d} but the banner "
                    f"says OF {section.total:02d}; check for lost sections"))
            elif page.page > page.total:
                findings.append(context.report(
                    _line_span(context, page.span.line),
                    f"page {page.page} of {page.total} is past the last "
                    "section"))
            elif page.page < previous:
                findings.append(context.report(
                    _line_span(context, page.span.line),
                    f"page {page.page} comes after page {previous}; sections "
                    "are out of order"))
            previous = max(previous, page.page)
        return iter(findings)


# --- CL109 -------------------------------------------------------------------------

_KINDS = ("summary", "comment", "note")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_BLANK_OR_DOT = frozenset(b" \t\n\r\f\v.")
_PARENS = re.compile(r"[()]")
_PARAGRAPH_LEAD = re.compile(r"\s*(?:\u00b6\s?)?\d{1,3}\s*\.+\s*(?:\([^)]{0,20}\)\s*)?"
                             r"(?:[A-Za-z ]{0,12}\s(?:and|AND)\s+)?$")
_NUMBER_ONLY = re.compile(r"(?:\u00b6\s?)?\d{1,3}\s*\.")
_PARENTHESIZED = re.compile(r"\s*\([^)]{1,20}\)")
_SUMMARY_AND = re.compile(rb"summary\s+and\s+$")


_START = attrgetter("start")


class _Event:
    __slots__ = ("boundary", "kind", "marker", "start", "style")

    def __init__(self, marker: Marker, kind: str, boundary: str, style: str) -> None:
        self.marker, self.kind, self.boundary, self.style = marker, kind, boundary, style
        self.start = marker.span.start


def _style(context: RuleContext, marker: Marker) -> str:
    """How an opener is written: paren "(Note:", heading, paragraph lead or inline."""
    text = context.text
    line_start = context.source.starts[marker.span.line - 1]
    before = text[line_start:marker.span.start]
    stripped = before.rstrip()
    if stripped.endswith("("):
        return "paren"
    line = context.line(marker.span.line)
    rest = line.strip(" -/:.\t").upper().replace(marker.raw.upper(), "", 1).strip(" -/:.\t")
    if not rest or _NUMBER_ONLY.fullmatch(rest):
        return "heading"
    if not stripped or _PARAGRAPH_LEAD.match(before) or (stripped.endswith(")") and \
            _PARENTHESIZED.fullmatch(stripped)):
        return "lead"
    return "inline"


def marker_events(context: RuleContext) -> list[_Event]:
    """The markers in reading order, with ``Summary and Comment`` openers and
    ``End summary and comment`` closers counted for both kinds."""
    def compute() -> list[_Event]:
        markers = context.document.markers
        events: list[_Event] = []
        ends = None  # (kind, start) of the END markers, made when first needed
        for marker in markers:
            kind = marker.kind
            if kind not in _KINDS:
                continue
            boundary = marker.boundary
            # style is worked out only for an opener left open (see _unclosed)
            events.append(_Event(marker, kind, boundary, ""))
            if kind == "comment":
                start = marker.span.start
                if boundary == "begin":
                    if _SUMMARY_AND.search(context.source.lowered()[max(0, start - 14):start]):
                        events.append(_Event(marker, "summary", "begin", ""))
                elif boundary == "end" and b"summary" in context.source.lowered()[
                        start:marker.span.end]:
                    if ends is None:
                        ends = {(m.kind, m.span.start) for m in markers if m.boundary == "end"}
                    if ("summary", start) not in ends:
                        events.append(_Event(marker, "summary", "end", ""))
        events.sort(key=_START)
        return events
    return context.memo("structure.markers", compute)


def _closed_by_parenthesis(context: RuleContext, marker: Marker) -> bool:
    """An inline ``(Note: ...)`` whose parenthesis closes before the paragraph ends."""
    text = context.text
    open_at = text.rfind("(", 0, marker.span.start)
    # the paragraph ends at the next numbered paragraph or heading; blank lines do
    # not end it, since a page break inside a sentence leaves blank lines behind
    stop = len(text)
    document = context.document
    for node in (*document.paragraphs, *document.headings):
        if marker.span.end < node.span.start < stop:
            stop = node.span.start
    depth = 0
    for found in _PARENS.finditer(text, open_at, min(stop, open_at + 4000)):
        depth += 1 if found.group() == "(" else -1
        if depth == 0:
            return True
    return False


class UnbalancedMarkers(Rule):
    """SUMMARY, COMMENT and NOTE markers are balanced.

    An inline ``(Note:`` or ``(Comment:`` is closed by END NOTE / END COMMENT
    (or at least by its closing parenthesis) before the paragraph ends; a
    SUMMARY is closed by END SUMMARY; an END marker has an opener before it.
    A comment or note that heads its own paragraph or section and runs to the
    end of the cable (the usual final "Comment" section) needs no END marker.
    ``Summary and comment`` opens, and ``End summary and comment`` closes, both.

    Why: an unclosed comment makes the reader guess where the drafter's
    opinion stops and the reporting resumes; a stray END marker means the
    opener was lost or mistyped.

    Source: cable convention (cable-format.md, section 11).

    Bad:
        1. (C) Summary: The minister agreed ...
        2. (C) On March 3 ...      (no End Summary)

        ... he said (Comment: this is new.
        3. (C) The next day ...

    Good:
        1. (C) Summary: The minister agreed ... End summary.
        ... he said (Comment: this is new. End comment.)

    Fix: add the END marker where the summary, comment or note stops, or
    remove the stray one; no automatic fix.
    """

    code = "CL109"
    name = "unbalanced-markers"
    summary = "A SUMMARY, COMMENT or NOTE marker is not closed, or an END has no opener"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        events = marker_events(context)
        if not events:
            return iter(())  # the common case, without making a generator
        return self._findings(context, events)

    def _findings(self, context: RuleContext, events: list[_Event]) -> Iterator[Diagnostic]:
        document = context.document
        header_end = document.subject.span.end if document.subject else 0
        for kind in _KINDS:
            pending: list[_Event] = []
            searched_from = header_end
            for event in events:
                if event.kind != kind:
                    continue
                if event.boundary == "begin":
                    if pending and kind != "summary":
                        yield from self._unclosed(context, pending[-1], last=False)
                    if not pending or kind != "summary":  # a repeated Summary opener
                        pending.append(event)
                    continue
                if not pending and not self._missed_opener(context, kind, searched_from,
                                                           event.start):
                    yield context.report(
                        event.marker.span, f"'{_one_line(event.marker.raw)}' has no "
                        f"{kind.upper()} opener before it; add the opener or remove it")
                pending.clear()
                searched_from = event.marker.span.end
            if pending:
                yield from self._unclosed(context, pending[-1], last=True)

    @staticmethod
    def _missed_opener(context: RuleContext, kind: str, start: int, end: int) -> bool:
        """An opener the model did not record ("Summary and comment:", "[Note:",
        "Ambassador's Comment:", a bare "Summary" heading) between ``start`` and ``end``."""
        # rb"(end[\s.]*)?\bnote\b" found between start and end without its "end" group,
        # read without that regex (tried at every position, ~60 us on a long cable):
        # each whole word "note" is such a match unless "end" and blanks or full stops
        # lead up to it
        lowered = context.source.lowered()
        word = kind.encode()
        found = lowered.find(word, start, end)
        while found >= 0:
            after = found + len(word)
            # \b sees the character before ``start`` but none at or after ``end``
            if (found == 0 or lowered[found - 1] not in _WORD_BYTES) and (
                    after == end or lowered[after] not in _WORD_BYTES):
                lead = found
                while lead > start and lowered[lead - 1] in _BLANK_OR_DOT:
                    lead -= 1
                if lead == found or lead - 3 < start or lowered[lead - 3:lead] != b"end":
                    return True
            found = lowered.find(word, found + 1, end)
        return False

    @staticmethod
    def _unclosed(context: RuleContext, event: _Event, last: bool) -> Iterator[Diagnostic]:
        kind, marker = event.kind, event.marker
        event.style = event.style or _style(context, marker)
        if event.style == "paren":
            if _closed_by_parenthesis(context, marker):
                return
        elif kind != "summary":
            return  # a Comment/Note paragraph or section: the next one (or the end) ends it
        elif event.style == "heading" and any(
                heading.span.start > marker.span.end for heading in context.document.headings):
            return  # a SUMMARY section ended by the next heading
        end = f"END {kind.upper()}"
        yield context.report(marker.span, f"'{_one_line(marker.raw)}' is never closed; add "
                             f"'{end}' where the {kind} stops")


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- CL110 -------------------------------------------------------------------------


class LongCableSummary(Rule):
    """A telegram longer than three pages carries a summary.

    Proxy for the length: the banner says ``SECTION 01 OF 04`` or more.  Any
    SUMMARY marker (heading, ``Summary:`` lead, END SUMMARY) counts.

    Why: the handbook asks drafters to summarise long telegrams so readers
    can decide whether to read on.

    Source: 5 FAH-1 H-246 (summarise telegrams over three pages; to be
    verified against the current handbook).

    Bad:
        S E C R E T SECTION 01 OF 05 ZENDA 000123
        ...
        1. (S) The minister ...

    Good:
        S E C R E T SECTION 01 OF 05 ZENDA 000123
        ...
        1. (S) Summary: The minister ... End summary.

    Fix: add a summary paragraph; no automatic fix.
    """

    code = "CL110"
    name = "long-cable-summary"
    summary = "A cable of four or more sections has no summary"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        if banner is None or banner.section is None or banner.section.total < 4:
            return iter(())  # the common case, without making a generator
        return self._findings(context, banner)

    @staticmethod
    def _findings(context: RuleContext, banner) -> Iterator[Diagnostic]:
        if any(event.kind == "summary" for event in marker_events(context)):
            return
        if any("SUMMARY" in heading.text.upper() for heading in context.document.headings):
            return
        yield context.report(banner.section.span,
                             f"the cable has {banner.section.total} sections but no summary; "
                             "add a summary paragraph")


# --- CL111 -------------------------------------------------------------------------

_NOT_NAMES = frozenset({"END", "COMMENT", "NOTE", "SUMMARY", "TEXT", "SIPDIS", "NNNN",
                        "SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "UNCLAS", "NOFORN",
                        "REGARDS", "THANKS", "YES", "NO", "OK"})
_LAST_WORD = re.compile(r"(\s*)([A-Z][A-Za-z'\u2019-]+(?: JR)?)\s*$")
#: the characters _LAST_WORD can match, but for the non-ASCII blanks (its \s is
#: str.isspace()): its match lies in the run of those at the end of the line
_LAST_WORD_CHARS = string.ascii_letters + "'\u2019-" + "".join(
    c for c in map(chr, range(128)) if c.isspace())


def _last_word(line: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(line)``, started where its match can begin rather than tried
    at each position of a long glued paragraph."""
    head = line.rstrip(_LAST_WORD_CHARS)
    # a non-ASCII character before the run may be a blank of the match: search it all
    start = len(head) if head.isascii() or not head[-1].isspace() else 0
    return _LAST_WORD.search(line, start)
#: more ASCII letters than the longest level word: such a line is no level word
#: (upper() never turns an ASCII letter into a non-letter), without squeezing it
_TOO_MANY_LETTERS = re.compile(
    rf"(?:[^A-Za-z]*[A-Za-z]){{{max(map(len, _LEVEL_WORDS)) + 1}}}")


def _level_word_line(text: str) -> bool:
    """The line spells only a level word (``C O N F I D E N T I A L``, ``SECRET``)."""
    return not _TOO_MANY_LETTERS.match(text) and _squeeze(text) in _LEVEL_WORDS
_SENTENCE_END = ('.', '!', '?', '"', '\u201d', ')', '*', ']')
_MARKER_END = ("END COMMENT", "END NOTE", "END TEXT", "END SUMMARY")
_NAME_AFTER_STOP = re.compile(r"[.!?]\s+([A-Z][A-Za-z'\u2019-]+)\s*$")
_NAME_LINE = re.compile(r"\s*[A-Z][A-Za-z'\u2019-]+(?: [A-Z][A-Za-z'\u2019-]+)?\s*")


class SignOff(Rule):
    """A sign-off line (the signer's surname, ``RASSENDYLL``) ends the text,
    after any website footer, on a line of its own and once.

    Reported: no sign-off, a sign-off glued to the end of the last paragraph
    (``... as planned. RASSENDYLL``), and a sign-off written twice.  Info, and
    noted, in partial extracts.

    Why: the sign-off tells who approved the cable; glued to the text it is
    easily read as part of the last sentence.

    Source: cable convention (cable-format.md, section 12).

    Bad:
        4. (C) Embassy will follow events. RASSENDYLL

    Good:
        4. (C) Embassy will follow events.

        RASSENDYLL

    Fix: ``--fix`` moves a glued all-capitals name that follows the last full
    stop onto a line of its own (safe); a missing or doubled sign-off is
    reported only.
    """

    code = "CL111"
    name = "sign-off"
    summary = "The sign-off is missing, glued to the last paragraph or written twice"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        if document.banner is None and not document.paragraphs:
            return
        partial = " (partial extract)" if document.partial_extract else ""
        signoff = document.signoff
        if signoff is not None and signoff.name.rstrip().endswith("..."):
            signoff = None  # an echoed, truncated subject taken for the sign-off
            if self._name_line_before(context, document.signoff.span.line):
                return
        if signoff is None:
            yield from self._without_signoff(context, partial)
            return
        text = context.text
        line_start = context.source.starts[signoff.span.line - 1]
        inside = _NAME_AFTER_STOP.search(signoff.name)
        if inside and not signoff.glued:  # "End Text. CLINTON" taken as the name
            name_start = text.rindex(inside.group(1), signoff.span.start, signoff.span.end)
            yield self._glued(context, name_start, name_start + len(inside.group(1)),
                              inside.group(1), partial)
            return
        if signoff.glued or text[line_start:signoff.span.start].strip():
            yield self._glued(context, signoff.span.start, signoff.span.end, signoff.name,
                              partial)
            return
        words = signoff.name.split()
        if len(words) == 2 and words[0].lower() == words[1].lower():
            second = text.rindex(words[1], signoff.span.start, signoff.span.end)
            yield context.report(context.span(second, second + len(words[1])),
                                 f"sign-off '{words[0]}' is written twice; keep one"
                                 + partial)
            return
        for line in document.trailer:
            written = line.text.strip()
            if not written:
                continue
            if written.lower() == signoff.name.strip().lower():
                yield context.report(_line_span(context, line.span.line),
                                     f"sign-off '{written}' repeats the one on line "
                                     f"{signoff.span.line}; keep one" + partial)
            break

    def _glued(self, context: RuleContext, start: int, end: int, name: str,
               partial: str) -> Diagnostic:
        text = context.text
        line_start = context.source.starts[context.span(start, end).line - 1]
        before = text[line_start:start]
        fix = None
        if name.isupper() and before.rstrip().endswith(".") and name.upper() not in _NOT_NAMES:
            cut = line_start + len(before.rstrip())
            newline = _ending(context, context.span(start, end).line)
            fix = context.fix("put the sign-off on its own line",
                              Edit(cut, start, newline + newline))
        return context.report(context.span(start, end),
                              f"sign-off '{name}' is glued to the last paragraph; put it on a "
                              "line of its own" + partial, fix=fix)

    def _without_signoff(self, context: RuleContext, partial: str) -> Iterator[Diagnostic]:
        document = context.document
        texts, starts = context.source.texts, context.source.starts
        trailer_lines = {line.span.line for line in document.trailer}
        last = len(texts)
        while last > 0 and (not texts[last - 1].strip() or last in trailer_lines
                            or _level_word_line(texts[last - 1])):
            last -= 1
        if last == 0:
            return
        line = texts[last - 1].rstrip()
        found = _last_word(line)
        if found and self._glued_name(line, found):
            start = starts[last - 1] + found.start(2)
            yield self._glued(context, start, start + len(found.group(2)), found.group(2),
                              partial)
            return
        if _NAME_LINE.fullmatch(line) and line.strip().upper() not in _NOT_NAMES:
            return  # a sign-off the parser did not recognise (e.g. before trailing junk)
        if self._name_line_before(context, last):
            return
        yield context.report(_line_span(context, last),
                             "the text ends without a sign-off; add the signer's name on a "
                             "line of its own" + partial,
                             severity="info")

    @staticmethod
    def _glued_name(line: str, found: re.Match) -> bool:
        """``... as planned. RASSENDYLL``: a name after the last sentence or END marker."""
        name = found.group(2)
        before = line[:found.start(2)].rstrip()
        if not before or name.upper() in _NOT_NAMES or len(name) < 3:
            return False
        if not found.group(1):  # ". .FARRAR": only an all-capitals name right after a stop
            return name.isupper() and before.endswith(".")
        return before.endswith(_SENTENCE_END) or before.upper().endswith(_MARKER_END)

    @staticmethod
    def _name_line_before(context: RuleContext, number: int) -> bool:
        """A name-like line among the three non-empty lines before line ``number``
        (a sign-off followed by junk the model kept as text)."""
        texts = context.source.texts
        seen = 0
        for index in range(number - 2, max(number - 8, 0) - 1, -1):
            line = texts[index]
            if not line.strip():
                continue
            if _NAME_LINE.fullmatch(line) and line.strip().upper() not in _NOT_NAMES:
                return True
            seen += 1
            if seen == 3:
                break
        return False


# --- CL112 -------------------------------------------------------------------------


class TrailingClassification(Rule):
    """The overall classification is repeated at the end of the text.

    Off by default: the viewer text keeps the closing classification line in
    almost no cable, so the rule only shows which texts lost it.

    Why: the overall marking belongs at the top and bottom of the first and
    last page, so a page read alone shows it.

    Source: 5 FAH-1 H-132(b).

    Bad:
        RASSENDYLL

    Good:
        RASSENDYLL
        CONFIDENTIAL

    Fix: add the classification line at the end; no automatic fix.
    """

    code = "CL112"
    name = "trailing-classification"
    summary = "The overall classification is not repeated at the end"
    severity = "info"
    enabled = False

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        if banner is None:
            return
        level = banner.classification.level
        texts = context.source.texts
        last = len(texts)
        while last > 0 and not texts[last - 1].strip():
            last -= 1
        if last == 0:
            return
        for index in range(last - 1, max(last - 4, 0) - 1, -1):
            if len(texts[index]) > 40:
                continue
            squeezed = _squeeze(texts[index])
            if squeezed and squeezed in _LEVEL_WORDS and _level_of(squeezed) == (
                    "U" if level == "SBU" else level):
                return
        yield context.report(_line_span(context, last),
                             f"the text does not end with the classification "
                             f"({_level_name(level)}); repeat it on the last line")


RULES = [MissingBanner, MalformedBanner, BannerIdentity, PseudoBanner, HeaderOrder,
         HeaderKeywords, RoutingClassification, SectionCount, UnbalancedMarkers,
         LongCableSummary, SignOff, TrailingClassification]
