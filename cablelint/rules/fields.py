"""CL6xx: the TAGS, SUBJECT and REF header fields.

CL601-CL603 read the TAGS line through one shared analysis (:func:`_analysis`)
that sorts every token into a known code, a personal name (after OVIP) or an
unknown token, so free text is reported once, by CL602, and never also as a
separator or case problem.  The codes come from the ``tags`` vocabulary
(``rules/tags.json``), turned into sets once per vocabulary object.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import Rule, RuleContext

# --------------------------------------------------------------------- TAGS codes


class _Codes(NamedTuple):
    vocabulary: Any  # kept so the id() used as cache key stays valid
    known: frozenset[str]
    geographic: frozenset[str]
    names_after: frozenset[str]
    hints: dict[str, str]
    by_length: dict[int, tuple[str, ...]]
    alphabet: str  # every character of a known code


_CODES: dict[int, _Codes] = {}


def _codes(context: RuleContext) -> _Codes:
    if not context.settings.vocabulary_extensions.get("tags"):
        cached = _CODES.get(0)  # the shipped vocabulary, the common case
        if cached is None:
            cached = _CODES[0] = _build_codes(context.vocabulary("tags"))
        return cached
    vocabulary = context.vocabulary("tags")
    cached = _CODES.get(id(vocabulary))
    if cached is None or cached.vocabulary is not vocabulary:
        cached = _CODES[id(vocabulary)] = _build_codes(vocabulary)
    return cached


def _build_codes(vocabulary: Any) -> _Codes:
    known: set[str] = set(vocabulary["extra"])
    for key in ("subject", "program", "organizations", "geographic"):
        known.update(vocabulary[key])
    geographic = set(vocabulary["geographic"])
    for code, entry in vocabulary["corpus_only"].items():
        known.add(code)
        if entry["kind"] in ("geographic", "regional"):
            geographic.add(code)
    geographic.update(code for code in vocabulary["extra"] if len(code) == 2)
    by_length: dict[int, list[str]] = {}
    for code in sorted(known):
        by_length.setdefault(len(code), []).append(code)
    return _Codes(vocabulary, frozenset(known), frozenset(geographic),
                  frozenset(vocabulary["names_after"]), dict(vocabulary["hints"]),
                  {length: tuple(items) for length, items in by_length.items()},
                  "".join(sorted(set("".join(known)))))


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one substitution, insertion, deletion or swap."""
    if a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _suggestions(codes: _Codes, code: str) -> list[str]:
    """The known codes one edit away from ``code`` (:func:`_one_edit`), shortest and
    then alphabetically first, when there are at most two."""
    if len(code) < 4:
        return []
    lengths = (len(code) - 1, len(code), len(code) + 1)
    neighbours = sum(len(codes.by_length.get(n, ())) for n in lengths)
    if neighbours * 4 < (2 * len(code) + 1) * len(codes.alphabet):  # few codes this long
        candidates = [c for n in lengths for c in codes.by_length.get(n, ())
                      if _one_edit(code, c)]
        return candidates if len(candidates) <= 2 else []
    # else every string one edit away, looked up in the set: a few hundred set probes
    # instead of a Python _one_edit call per known code of a neighbouring length
    heads = [(code[:i], code[i:]) for i in range(len(code) + 1)]
    variants = {head + tail[1:] for head, tail in heads if tail}  # deletions
    variants.update(head + letter + tail[1:] for head, tail in heads if tail
                    for letter in codes.alphabet)  # substitutions
    variants.update(head + letter + tail for head, tail in heads
                    for letter in codes.alphabet)  # insertions
    variants.update(head + tail[1] + tail[0] + tail[2:] for head, tail in heads
                    if len(tail) > 1)  # swaps of neighbours
    variants.discard(code)
    candidates = sorted(codes.known.intersection(variants), key=lambda c: (len(c), c))
    return candidates if len(candidates) <= 2 else []


# ------------------------------------------------------------------- TAGS analysis

_NAME = re.compile(r"[(]?[A-Z][A-Z'\-.]*[),]*")


class _TagsAnalysis(NamedTuple):
    kinds: tuple[str, ...]  # per token: "code", "name" or "unknown"
    codes: _Codes
    tokens: list[str]  # per token: its code as written (TagItem.code)


def _analysis(context: RuleContext) -> _TagsAnalysis | None:
    tags = context.document.tags
    if tags is None:
        return None
    found = context.memos.get("fields.tags")  # a hit costs one lookup (CL601-CL603 ask)
    if found is None:
        found = context.memo("fields.tags", lambda: _analyse(context, tags))
    return found


def _analyse(context: RuleContext, tags) -> _TagsAnalysis:
    codes = _codes(context)
    known = codes.known
    tokens = [tag.code for tag in tags.tags]
    if known.issuperset(tokens):
        return _TagsAnalysis(("code",) * len(tokens), codes, tokens)
    kinds: list[str] = []
    names_open = False
    for tag in tags.tags:
        code = tag.code
        if code in known:
            kinds.append("code")
            names_open = code in codes.names_after
        elif names_open and _NAME.fullmatch(code):
            kinds.append("name")
        else:
            kinds.append("unknown")
            names_open = False
    return _TagsAnalysis(tuple(kinds), codes, tokens)


class TagsForm(Rule):
    """The TAGS line is written ``TAGS: PREL PGOV UP``: upper-case codes with one
    separator style throughout.

    Two styles occur and both are accepted: the telegram style with a colon and
    single spaces (``TAGS: PREL PGOV KDEM UP``) and the later SMART style,
    usually without the colon, with a comma and a space (``TAGS PREL, PGOV,
    UP``).  Reported: a line that mixes the two, extra spaces or a stray comma
    between codes, lower-case codes or keyword (``Tags: prel, pgov``), a
    trailing comma, and a TAGS line with no codes.  A line that wraps onto a
    continuation line is fine.  Free text and personal names are left to
    CL602, markdown links (``[PREL](#)``) to CL904, and a misspelt ``TAG``
    keyword to CL106.

    Why: retrieval tools split the line on one separator; a mixed or
    lower-case line indexes badly.

    Source: 5 FAH-3 (TAGS handbook); the two styles as observed in the cables.

    Bad:
        TAGS: PREL FR EUN NATO PGOV
        YI, UNO, IR, LE
        Tags: prel, pgov, ke

    Good:
        TAGS: PREL FR EUN NATO PGOV
        YI UNO IR LE
        TAGS PREL, PGOV, KE

    Fix: ``--fix`` upper-cases the codes and writes the line's own separator
    (safe).
    """

    code = "CL601"
    name = "tags-line-form"
    summary = "The TAGS line mixes separators, has extra spaces or lower-case codes"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        analysis = _analysis(context)
        if analysis is None:
            return iter(())
        tags = context.document.tags
        items = tags.tags
        if not items:
            if tags.keyword.upper() == "TAGS":
                return iter([context.report(
                    self._keyword_span(context, tags),
                    "TAGS line has no codes; add the subject and geographic TAGS")])
            return iter(())
        if "unknown" not in analysis.kinds and "name" not in analysis.kinds:
            body = context.text[items[0].span.start:items[-1].span.end]
            raws = [tag.raw for tag in items]
            if (body == body.upper() and (body == " ".join(raws) or body == ", ".join(raws))
                    and tags.keyword in ("TAGS", "TAG")
                    and context.text[items[-1].span.end:tags.span.end].strip() != ","):
                return iter(())  # the common, well-formed line, without making a generator
        return self._findings(context, tags, analysis)

    def _findings(self, context: RuleContext, tags, analysis: _TagsAnalysis
                  ) -> Iterator[Diagnostic]:
        yield from self._case(context, tags, analysis.kinds)
        yield from self._separators(context, tags, analysis.kinds)

    @staticmethod
    def _keyword_span(context: RuleContext, tags):
        start = tags.span.start
        return context.span(start, start + len(tags.keyword))

    def _case(self, context: RuleContext, tags, kinds) -> Iterator[Diagnostic]:
        if tags.raw == tags.raw.upper():
            return
        lower = [tag for tag, kind in zip(tags.tags, kinds, strict=True)
                 if kind == "code" and not tag.markdown_link and tag.raw != tag.raw.upper()]
        keyword_lower = tags.keyword.upper() == "TAGS" and tags.keyword != "TAGS"
        codes = [tag for tag, kind in zip(tags.tags, kinds, strict=True) if kind == "code"]
        if keyword_lower and lower and len(lower) == len(codes):
            start = tags.span.start
            edits = [Edit(start, start + len(tags.keyword), "TAGS")]
            edits += [Edit(t.span.start, t.span.end, t.raw.upper()) for t in lower]
            yield context.report(
                context.span(start, lower[-1].span.end),
                "TAGS line is in lower case; write the keyword and the codes in upper case",
                fix=context.fix("upper-case the TAGS line", *edits))
            return
        if keyword_lower:
            span = self._keyword_span(context, tags)
            yield context.report(span, f"write the keyword '{tags.keyword}' as 'TAGS'",
                                 fix=context.fix("upper-case the keyword",
                                                 Edit(span.start, span.end, "TAGS")))
        for tag in lower:
            yield context.report(
                tag.span, f"TAGS code '{tag.raw}' is in lower case; write '{tag.raw.upper()}'",
                fix=context.fix(f"write {tag.raw.upper()}",
                                Edit(tag.span.start, tag.span.end, tag.raw.upper())))

    def _separators(self, context: RuleContext, tags, kinds) -> Iterator[Diagnostic]:
        text = context.text
        items = tags.tags
        pairs = []  # (previous tag, tag, separator) between two codes
        for index in range(1, len(items)):
            if kinds[index - 1] == "code" and kinds[index] == "code":
                before, after = items[index - 1], items[index]
                pairs.append((before, after, text[before.span.end:after.span.start]))
        style = self._style(tags, pairs)
        wrong: dict[int, list] = {}  # line -> [(before, after, separator, wanted)]
        for before, after, separator in pairs:
            wanted = self._wanted(separator, style)
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
        last_tag = items[-1]
        if kinds[-1] == "code":
            rest = text[last_tag.span.end:tags.span.end]
            if rest.strip() == ",":
                comma = last_tag.span.end + rest.index(",")
                yield context.report(
                    context.span(comma, comma + 1), "TAGS line ends with a comma; remove it",
                    fix=context.fix("remove the comma", Edit(comma, comma + 1, "")))

    @staticmethod
    def _style(tags, pairs) -> str:
        """"space" or "comma": the separators of the first line that has any."""
        for line in sorted({after.span.line for _, after, _ in pairs}):
            same_line = [sep for _, after, sep in pairs
                         if after.span.line == line and "\n" not in sep]
            if same_line:
                commas = sum("," in sep for sep in same_line)
                return "comma" if commas * 2 > len(same_line) else "space"
        return "space" if ":" in tags.raw[:len(tags.keyword) + 2] else "comma"

    @staticmethod
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


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class UnknownTag(Rule):
    """Every TAGS token is a known code: a four-letter subject or program TAG, a
    two-letter geographic TAG, or a listed organisation code.

    Personal names are allowed only after OVIP (``TAGS: OVIP STEINBERG JAMES
    PREL``).  Neighbouring unknown words are reported together
    (``COUNTER TERRORISM``).  The codes are data: ``rules/tags.json``, which a
    configuration can extend with a post's own codes.  ISO codes where TAGS use
    FIPS codes (``RU`` for RS, ``IQ`` for IZ) and typos (``POGOV``) are reported
    with the likely code.

    Why: an unknown token is lost to retrieval, and a typo hides the cable
    from everyone searching the right code.

    Source: 5 FAH-3 (TAGS handbook); FIPS PUB 10-4 for the geographic codes.

    Bad:
        TAGS: POGOV PREL MASS YM COUNTER TERRORISM

    Good:
        TAGS: PGOV PREL MASS PTER YM

    Fix: none; choose the right code, or add a post's own code to the
    vocabulary.
    """

    code = "CL602"
    name = "unknown-tag"
    summary = "A TAGS token is not a known TAGS code"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        analysis = _analysis(context)
        if analysis is None or "unknown" not in analysis.kinds:
            return iter(())  # the common case, without making a generator
        return self._findings(context, analysis)

    def _findings(self, context: RuleContext, analysis: _TagsAnalysis) -> Iterator[Diagnostic]:
        items = context.document.tags.tags
        kinds = analysis.kinds
        text = context.text
        index = 0
        while index < len(items):
            if kinds[index] != "unknown":
                index += 1
                continue
            end = index + 1
            while (end < len(items) and kinds[end] == "unknown"
                   and "," not in text[items[end - 1].span.end:items[end].span.start]):
                end += 1
            first, last = items[index], items[end - 1]
            words = " ".join(tag.code for tag in items[index:end])
            yield context.report(context.span(first.span.start, last.span.end),
                                 self._message(analysis.codes, words, end - index))
            index = end

    @staticmethod
    def _message(codes: _Codes, words: str, count: int) -> str:
        if count > 1:
            return (f"'{words}' is free text, not a TAGS code; replace it with codes "
                    "(names only after OVIP)")
        hint = codes.hints.get(words)
        if hint:
            return f"'{words}' is not a TAGS code: {hint}"
        suggestions = _suggestions(codes, words)
        if suggestions:
            return f"'{words}' is not a TAGS code; did you mean {' or '.join(suggestions)}?"
        return (f"'{words}' is not a known TAGS code; use a listed code or add it to the "
                "tags vocabulary")


class NoGeographicTag(Rule):
    """The TAGS line names at least one country or region (a two-letter TAG).

    Any two-letter token counts, known or not: a wrong country code is CL602's
    finding, not a missing one.

    Why: geographic TAGS route the cable to the country desks and let readers
    find all traffic about a country.

    Source: 5 FAH-3 (TAGS handbook).

    Bad:
        TAGS: ASEC PTER

    Good:
        TAGS: ASEC PTER CU

    Fix: none; add the TAG of the country or region the cable is about.
    """

    code = "CL603"
    name = "no-geographic-tag"
    summary = "The TAGS line has no geographic TAG"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        analysis = _analysis(context)
        if analysis is None:
            return iter(())
        tags = context.document.tags
        geographic = analysis.codes.geographic
        # the common case (no personal names) tested in C, without making a generator
        if "name" not in analysis.kinds and (2 in map(len, analysis.tokens)
                                             or not geographic.isdisjoint(analysis.tokens)):
            return iter(())
        for tag, kind in zip(tags.tags, analysis.kinds, strict=True):
            if kind != "name" and (len(tag.code) == 2 or tag.code in geographic):
                return iter(())
        start = tags.span.start
        span = context.span(start, start + len(tags.keyword)) if tags.keyword else tags.span
        return iter([context.report(span, "TAGS line has no geographic TAG; add the two-letter "
                                          "code of the country or region concerned")])


# ------------------------------------------------------------------------ SUBJECT

_SUBJECT_KEYWORD = re.compile(r"SUBJ(?:ECT)?\b[ \t]*:?[ \t]*", re.IGNORECASE)
# Lines a subject continuation must not swallow: a dateline or a repeated banner.
_NOT_SUBJECT = re.compile(
    r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,|"
    r"(?:S ?E ?C ?R ?E ?T|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|U ?N ?C ?L ?A ?S)\b.*\b\d{5,6}\s*$",
    re.IGNORECASE)


def _subject_lines(context: RuleContext, subject) -> list[tuple[int, int]]:
    """(start, end) offsets of the subject's own lines, after the keyword."""
    source = context.source
    span = subject.span
    keyword = _SUBJECT_KEYWORD.match(context.text, span.start, span.end)
    first = keyword.end() if keyword else span.start
    lines = []
    for number in range(span.line, span.end_line + 1):
        line_start = source.starts[number - 1]
        start = max(line_start, first)
        end = min(line_start + len(source.texts[number - 1]), span.end)
        if number > span.line and _NOT_SUBJECT.match(context.text, start, end):
            break
        lines.append((start, end))
    return lines


class SubjectDefect(Rule):
    """The SUBJECT line is neither empty nor cut off with ``...``.

    A missing SUBJECT line and a doubled keyword (``SUBJECT: SUBJECT:``) are
    CL106's findings; a whole header printed twice is CL912's.

    Why: the subject is what readers and search results show of a cable; an
    empty or truncated one hides what the cable is about.

    Source: observed in the cables (cable-format.md, section 7).

    Bad:
        SUBJECT:
        SUBJECT: (C) MINISTER TAKES ACTION ON SHIPMENT OF ...

    Good:
        SUBJECT: MINISTER VISITS THE NORTH
        SUBJECT: (C) MINISTER TAKES ACTION ON SHIPMENT OF ARMS

    Fix: none; restore the subject text from the original.
    """

    code = "CL604"
    name = "subject-defect"
    summary = "The SUBJECT line is empty or truncated"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        subject = context.document.subject
        if subject is None:
            return
        span = subject.span
        if not subject.text.strip():
            keyword = _SUBJECT_KEYWORD.match(context.text, span.start, span.end)
            where = context.span(span.start, keyword.end() if keyword else span.end)
            yield context.report(where, "SUBJECT line is empty; write the subject")
            return
        raw = subject.raw.rstrip()
        for ellipsis in ("...", "\u2026"):
            if raw.endswith(ellipsis):
                at = span.start + len(raw) - len(ellipsis)
                yield context.report(context.span(at, at + len(ellipsis)),
                                     "SUBJECT is cut off with an ellipsis; restore the full "
                                     "subject")
                break


class SubjectCase(Rule):
    """The SUBJECT is written in upper case, as telegrams were.

    Off by default: the SMART system of 2009-2010 sent mixed-case subjects
    (``Subject: Kenya responds to ...``), so mixed case is a style observation,
    not an error.  Lines swallowed from a repeated header (a dateline, a
    banner) are not part of the subject.

    Why: a uniform upper-case subject matches the rest of the telegram header.

    Source: observed in the cables (cable-format.md, section 7).

    Bad:
        Subject: minister convoked over border incident

    Good:
        SUBJECT: MINISTER CONVOKED OVER BORDER INCIDENT

    Fix: ``--fix`` upper-cases the subject (safe).
    """

    code = "CL605"
    name = "subject-case"
    summary = "The SUBJECT is not in upper case"
    severity = "info"
    enabled = False
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        subject = context.document.subject
        if subject is None or subject.raw == subject.raw.upper():
            return iter(())  # the common case, without making a generator
        return self._findings(context, subject)

    @staticmethod
    def _findings(context: RuleContext, subject) -> Iterator[Diagnostic]:
        text = context.text
        span = subject.span
        lines = [(span.start, span.start), *_subject_lines(context, subject)]
        start, end = span.start, lines[-1][1]
        region = text[start:end]
        editorial = _editorial(region)
        lower = [i for i, ch in enumerate(region) if ch.islower() and i not in editorial]
        if not lower:
            return
        first, last = lower[0], lower[-1]
        while first > 0 and not region[first - 1].isspace():
            first -= 1
        while last + 1 < len(region) and not region[last + 1].isspace():
            last += 1
        replacement = "".join(ch if i in editorial else ch.upper()
                              for i, ch in enumerate(region[first:last + 1], first))
        edit_start, edit_end = start + first, start + last + 1
        yield context.report(
            context.span(edit_start, edit_end),
            "SUBJECT is in mixed case; write it in upper case",
            fix=context.fix("upper-case the subject", Edit(edit_start, edit_end, replacement)))


def _editorial(region: str) -> set[int]:
    """Positions inside square brackets: editors' insertions such as ``[Source removed]``."""
    inside: set[int] = set()
    depth = 0
    for index, ch in enumerate(region):
        if ch == "[":
            depth += 1
        if depth:
            inside.add(index)
        if ch == "]" and depth:
            depth -= 1
    return inside


# ---------------------------------------------------------------------------- REF

_REF_LABEL = re.compile(r"[ \t]*(?:\u00b6\s?)?(?:\(([A-Za-z])\)|([A-Za-z])[.)])\s")
_ITEM_LABEL = re.compile(r"(?:\u00b6\s?)?(?:\([A-Za-z]\)|[A-Za-z][.)])")
_INLINE_LABEL = re.compile(r"(?<!\S)(?:([A-Z])[.)]|\(([A-Z])\))\s")
_REF_KEYWORD = re.compile(r"REFS?\b[ \t]*:?[ \t]*", re.IGNORECASE)
# "(A) PARIS 1784" inside item A: the letter written twice.
_INNER_LABEL = re.compile(r"\(([A-Za-z])\)\s|([A-Za-z])[.)]\s")
_LETTER = r"([A-Za-z])(?![A-Za-z0-9'\u2019]|\.[A-Za-z])"
_JOIN = r"[ \t]*(?:,|&|-|/|\band\b|\bthrough\b|\bthru\b|\bto\b)[ \t]*"
_CITATION = re.compile(
    r"ref(?:tel)?s?\.?(?:[ \t]+\(?|\()[ \t]*" + _LETTER +
    r"((?:" + _JOIN + _LETTER.replace("(", "(?:", 1) + r")*)(?=[ \t]*(?:[),.;:]|$))",
    re.IGNORECASE | re.MULTILINE)
# "ref" not inside a word and followed by a blank, ".", "(", "s" or "t", searched in
# the lower-cased bytes (one scan instead of a Python step per "reform", "prefer" ...)
_REF_WORD = re.compile(rb"ref(?<![a-z0-9]ref)(?=[ \t.(st\n])")
_CITED_WORD = re.compile(r"[A-Za-z]+|[-]")


class RefLettering(Rule):
    """REF items are lettered A, B, C ... in order, each letter once, and the
    text cites only letters the REF block has.

    Checked: a letter written twice (``A. (A) PARIS 1784``), a repeated or
    skipped letter among the item labels at line starts, and a citation such
    as ``(REF C)`` or ``reftels A through D`` in the text when the block has no
    item C or D.  Citations are read conservatively: the letter must be
    followed by punctuation or the end of the line (``REF A, ...``), so "reftel
    a request" is not a citation.

    Why: readers follow "see ref C" to the cited cable; a wrong letter sends
    them to the wrong one.

    Source: observed in the cables (cable-format.md, section 8).

    Bad:
        REF: A. (A) ZENDA 1784
        B. ZENDA 1790
        ... as reported in ref C.

    Good:
        REF: A. ZENDA 1784
        B. ZENDA 1790
        ... as reported in ref B.

    Fix: none; correct the letters by hand.
    """

    code = "CL606"
    name = "ref-lettering"
    summary = "REF items are not lettered A, B, C ... or the text cites a missing letter"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        references = context.document.references
        if references is None or not references.items or references.items[0].letter is None:
            return iter(())  # the common case, without making a generator
        return self._findings(context, references)

    def _findings(self, context: RuleContext, references) -> Iterator[Diagnostic]:
        text = context.text
        letters: list[str] = []
        previous = None
        for item in references.items:
            letter = item.letter
            if letter == previous:
                label = _ITEM_LABEL.match(text, item.span.start, item.span.end)
                where = (context.span(label.start(), label.end()) if label else item.span)
                yield context.report(where, f"REF item letter {letter} is used twice; "
                                            "letter the items A, B, C ... once each")
            else:
                letters.append(letter)
            previous = letter
            inner = _INNER_LABEL.match(item.text)
            if inner and (inner.group(1) or inner.group(2)).upper() == letter:
                at = self._inner_label(text, item, inner.group().strip())
                if at is not None:
                    yield context.report(
                        context.span(at, at + len(inner.group().strip())),
                        f"REF item {letter} is lettered twice ('{letter}. "
                        f"{inner.group().strip()}'); remove the second letter")
        yield from self._line_labels(context, references)
        present = set(letters)
        # an item lettered inside the previous item's line ("C. ZENDA 633 D. STATE 436")
        # is kept in that item by the parser: count its letter as present
        follow = chr(ord(letters[-1]) + 1)
        for inline in _INLINE_LABEL.finditer(references.items[-1].text):
            if (inline.group(1) or inline.group(2)) == follow:
                present.add(follow)
                follow = chr(ord(follow) + 1)
        yield from self._citations(context, references, present)

    @staticmethod
    def _inner_label(text: str, item, label: str) -> int | None:
        """Offset of the doubled label inside the item (after its own label)."""
        at = text.find(label, item.span.start + 2, item.span.end)
        return at if at >= 0 else None

    def _line_labels(self, context: RuleContext, references) -> Iterator[Diagnostic]:
        """Labels at line starts that skip a letter (the parser keeps only sequential ones)."""
        source = context.source
        span = references.span
        keyword = _REF_KEYWORD.match(context.text, span.start, span.end)
        expected = "A"
        for number in range(span.line, span.end_line + 1):
            start = keyword.end() if number == span.line and keyword else source.starts[number - 1]
            found = _REF_LABEL.match(source.texts[number - 1], start - source.starts[number - 1])
            if found is None:
                continue
            letter = (found.group(1) or found.group(2)).upper()
            if letter > expected:
                at = source.starts[number - 1] + found.start(1 if found.group(1) else 2)
                yield context.report(context.span(at, at + 1),
                                     f"REF item {letter} follows item "
                                     f"{chr(ord(expected) - 1)}: item {expected} is missing; "
                                     "letter the items A, B, C ... in order")
            if letter >= expected:
                expected = chr(ord(letter) + 1)

    def _citations(self, context: RuleContext, references, letters: set[str]
                   ) -> Iterator[Diagnostic]:
        document = context.document
        text = context.text
        lowered = context.source.lowered()
        start = references.span.end
        end = document.trailer[0].span.start if document.trailer else len(text)
        # "ref" lies before ``end``; the character after it may be at ``end``
        for word in _REF_WORD.finditer(lowered, start, end + 1):
            position = word.start()
            if position + 3 > end:
                break
            found = _CITATION.match(text, position, end)
            if found is not None:
                for at, letter in self._cited(found):
                    if letter.upper() not in letters:
                        yield context.report(
                            context.span(at, at + 1),
                            f"the text cites ref {letter.upper()}, but the REF block "
                            f"has only {', '.join(sorted(letters))}; correct the letter")

    @staticmethod
    def _cited(found: re.Match[str]) -> list[tuple[int, str]]:
        """(offset, letter) of each letter a citation names; ranges are expanded."""
        cited = [(found.start(1), found.group(1))]
        rest_start = found.start(2)
        for extra in _CITED_WORD.finditer(found.group(2)):
            word = extra.group()
            if len(word) == 1 and word.isalpha():
                cited.append((rest_start + extra.start(), word))
        joined = found.group(2).lower()
        if len(cited) == 2 and ("-" in joined or "through" in joined or "thru" in joined
                                or " to " in joined):
            first, last = cited[0][1].upper(), cited[1][1].upper()
            middle = [chr(c) for c in range(ord(first) + 1, ord(last))]
            cited = [cited[0], *((cited[1][0], m) for m in middle), cited[1]]
        return cited


RULES = [TagsForm, UnknownTag, NoGeographicTag, SubjectDefect, SubjectCase, RefLettering]
