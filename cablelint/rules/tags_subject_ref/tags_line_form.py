"""CL601 tags-line-form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.tags_subject_ref import tags_analysis
from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.model import Tags
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class TagsForm(Rule):
    """The TAGS line is written ``TAGS: PREL PGOV UP``: upper-case codes with one
    separator style throughout.

    Two styles occur and both are accepted: the telegram style with a colon and
    single spaces (``TAGS: PREL PGOV KDEM UP``) and the later SMART style,
    usually without the colon, with a comma and a space (``TAGS PREL, PGOV,
    UP``).  Reported: a line that mixes the two, extra spaces or a stray comma
    between codes, codes run together (``PHUMBA``, split by the parser into
    the known codes PHUM and BA; ``NATOIRAQ`` into NATO and Iraq's name, whose
    code IZ is advised), lower-case codes or keyword (``Tags: prel,
    pgov``), a trailing comma, and a TAGS line with no codes.  A line that wraps onto a
    continuation line is fine.  Free text and personal names are left to
    CL602, markdown links (``[PREL](#)``) to CL904, and a misspelt ``TAG``
    keyword to CL106.

    Why: retrieval tools split the line on one separator; a mixed or
    lower-case line indexes badly.  Info: the codes are all there and
    readable; only their form is irregular.

    Source: 5 FAH-3 (TAGS handbook); the two styles as observed in the cables.

    Bad:
        TAGS: PREL FR EUN NATO PGOV
        YI, UNO, IR, LE
        Tags: prel, pgov, ke

    Good:
        TAGS: PREL FR EUN NATO PGOV
        YI UNO IR LE
        TAGS PREL, PGOV, KE

    Fix: ``--fix`` upper-cases the codes and writes the line's own separator,
    also between codes run together (safe).
    """

    code = "CL601"
    name = "tags-line-form"
    summary = "The TAGS line mixes separators, has extra spaces or lower-case codes"
    severity = "info"
    basis = "convention"
    fixable = FixAvailability.SAFE
    requires = frozenset({"tags"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        tags = context.document.tags
        if not tags.tags:
            if tags.keyword.upper() == "TAGS":
                yield context.report(
                    _keyword_span(context, tags),
                    "TAGS line has no codes; add the subject and geographic TAGS")
            return
        kinds = tags_analysis(context).kinds
        if _well_formed(tags, kinds):
            return  # most lines: nothing to look at pair by pair
        yield from self._case(context, tags, kinds)
        yield from self._separators(context, tags, kinds)

    def _case(self, context: RuleContext, tags: Tags, kinds: tuple[str, ...]
              ) -> Iterator[Diagnostic]:
        if tags.raw == tags.raw.upper():
            return
        lower = [tag for tag, kind in zip(tags.tags, kinds, strict=True)
                 if kind == "code" and not tag.markdown_link and tag.raw != tag.raw.upper()]
        keyword_lower = tags.keyword.upper() == "TAGS" and tags.keyword != "TAGS"
        codes = [tag for tag, kind in zip(tags.tags, kinds, strict=True) if kind == "code"]
        if keyword_lower and lower and len(lower) == len(codes):
            keyword = tags.keyword_span
            edits = [Edit(keyword.start, keyword.end, "TAGS")]
            edits += [Edit(t.span.start, t.span.end, t.raw.upper()) for t in lower]
            yield context.report(
                context.span(keyword.start, lower[-1].span.end),
                "TAGS line is in lower case; write the keyword and the codes in upper case",
                fix=context.fix("upper-case the TAGS line", *edits))
            return
        if keyword_lower:
            span = _keyword_span(context, tags)
            yield context.report(span, f"write the keyword '{tags.keyword}' as 'TAGS'",
                                 fix=context.fix("upper-case the keyword",
                                                 Edit(span.start, span.end, "TAGS")))
        for tag in lower:
            yield context.report(
                tag.span, f"TAGS code '{tag.raw}' is in lower case; write '{tag.raw.upper()}'",
                fix=context.fix(f"write {tag.raw.upper()}",
                                Edit(tag.span.start, tag.span.end, tag.raw.upper())))

    def _separators(self, context: RuleContext, tags: Tags, kinds: tuple[str, ...]
                    ) -> Iterator[Diagnostic]:
        items = tags.tags
        pairs = []  # (previous tag, tag, separator) between two codes
        glued = []  # (first piece, later pieces) of a token split into codes
        for index in range(1, len(items)):
            after = items[index]
            if after.glued:
                if items[index - 1].glued:
                    glued[-1][1].append(after)
                else:
                    glued.append((items[index - 1], [after]))
            elif kinds[index - 1] == "code" and kinds[index] == "code":
                pairs.append((items[index - 1], after, after.separator_before))
        style = _style(tags, pairs)
        for first, rest in glued:
            written = first.raw + "".join(tag.raw for tag in rest)
            # a country written as its name is shown with its code: "IRAQ (IZ)"
            codes = " ".join(f"{tag.raw} ({tag.code})" if tag.country_name else tag.code
                             for tag in (first, *rest))
            span = context.span(first.span.start, rest[-1].span.end)
            # a piece whose code the line has already, standing alone ('ASECTH' on a
            # line with TH): separating it would write that code twice (fresh-10 audit)
            pieces = {id(tag) for tag in (first, *rest)}
            elsewhere = {tag.code for tag in items if id(tag) not in pieces and not tag.glued}
            again = [tag for tag in (first, *rest) if tag.code in elsewhere]
            between = " " if style == "space" else ", "
            if len(again) == 1 + len(rest):  # every code of it is on the line already
                yield context.report(
                    span, f"'{written}' runs the codes {codes} together and each is on the "
                    "line already; remove it",
                    fix=context.fix(f"remove {written}", _removal(items, first, rest[-1]),
                                    safe=False))
                continue
            if again:
                kept = between.join(tag.code if tag.country_name else tag.raw
                                    for tag in (first, *rest) if tag not in again)
                twice = ", ".join(tag.code for tag in again)
                yield context.report(
                    span, f"'{written}' runs the codes {codes} together and {twice} is on "
                    f"the line already; write '{kept}'",
                    fix=context.fix(f"write {kept}", Edit(span.start, span.end, kept),
                                    safe=False))
                continue
            if any(tag.country_name for tag in (first, *rest)):  # the name becomes its code
                kept = between.join(tag.code if tag.country_name else tag.raw
                                    for tag in (first, *rest))
                yield context.report(
                    span, f"'{written}' runs the codes {codes} together; write '{kept}'",
                    fix=context.fix(f"write {kept}", Edit(span.start, span.end, kept),
                                    safe=False))
                continue
            yield context.report(
                span, f"'{written}' runs the codes {codes} together; separate them",
                fix=context.fix("separate the codes",
                                *(Edit(tag.span.start, tag.span.start, between)
                                  for tag in rest)))
        wrong: dict[int, list] = {}  # line -> [(before, after, separator, wanted)]
        for before, after, separator in pairs:
            wanted = _wanted(separator, style)
            if wanted is not None:
                wrong.setdefault(after.span.line, []).append((before, after, separator, wanted))
        for group in wrong.values():
            commas = sum("," in separator for _, _, separator, _ in group)
            if style == "space":
                problem = "comma" if commas else "irregular spacing"
                advice = "separate codes with single spaces, as the line begins"
            else:
                problem = "missing comma" if commas < len(group) else "irregular spacing"
                advice = "separate codes with ', ', as the line begins"
            first, last = group[0], group[-1]
            between = (f"between '{first[0].code}' and '{first[1].code}'" if len(group) == 1
                       else f"{len(group)} times from '{first[0].code}' to '{last[1].code}'")
            yield context.report(
                context.span(first[0].span.end, last[1].span.start),
                f"{problem} {between} on this TAGS line; {advice}",
                fix=context.fix("normalise the separators",
                                *(Edit(b.span.end, a.span.start, w) for b, a, _, w in group)))
        comma = tags.trailing_comma
        if comma is not None and kinds[-1] == "code":
            yield context.report(
                comma, "TAGS line ends with a comma; remove it",
                fix=context.fix("remove the comma", Edit(comma.start, comma.end, "")))


def _well_formed(tags: Tags, kinds: tuple[str, ...]) -> bool:
    """Codes only, in upper case, after the keyword ``TAGS`` (or ``TAG``, CL106's), joined
    by single spaces or by ``", "`` throughout, without a trailing comma."""
    if "unknown" in kinds or "name" in kinds:
        return False
    items = tags.tags
    separators = {tag.separator_before for tag in items[1:]}
    # each tag's raw text is part of the line's (as :meth:`TagsForm._case` relies
    # on too): an upper-case line answers for every tag without a look at each
    return ((tags.raw == tags.raw.upper() or all(tag.raw == tag.raw.upper() for tag in items))
            and (separators <= {" "} or separators == {", "})
            and tags.keyword in ("TAGS", "TAG") and tags.trailing_comma is None)


def _keyword_span(context: RuleContext, tags: Tags) -> Span:
    keyword = tags.keyword_span
    return keyword if keyword is not None else context.span(tags.span.start, tags.span.start)


def _style(tags: Tags, pairs: list) -> str:
    """"space" or "comma": the separators of the first line that has any."""
    for line in sorted({after.span.line for _, after, _ in pairs}):
        same_line = [sep for _, after, sep in pairs
                     if after.span.line == line and "\n" not in sep]
        if same_line:
            commas = sum("," in sep for sep in same_line)
            return "comma" if commas * 2 > len(same_line) else "space"
    return "space" if tags.colon else "comma"


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _wanted(separator: str, style: str) -> str | None:
    """The separator to write instead, or None when ``separator`` is right."""
    wrap = _LINE_BREAK.search(separator)
    if wrap is not None:  # keep the line break as written (CRLF files)
        head, newline, tail = separator[:wrap.start()], wrap.group(), separator[wrap.end():]
        head = head.rstrip(" \t")
        if style == "space":
            return None if "," not in head else head.replace(",", "").rstrip() + newline + tail
        return None if head.endswith(",") else head + "," + newline + tail
    if style == "space":
        return None if separator == " " else " "
    return None if separator == ", " else ", "


def _removal(items: tuple, first: object, last: object) -> Edit:
    """Remove the token from ``first`` to ``last`` with the separator after it (or,
    for the line's last token, the separator before it)."""
    index = items.index(last)
    if index + 1 < len(items):
        return Edit(first.span.start, items[index + 1].span.start, "")
    before = items[items.index(first) - 1]
    return Edit(before.span.end, last.span.end, "")
