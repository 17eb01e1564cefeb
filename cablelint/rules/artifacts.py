"""CL904-CL915: damage done when the cables were turned into web pages and then text.

These rules describe extraction artifacts, not drafting errors; most have a
deterministic repair, and their fixes are meant to run before the other
families look at the text.

Speed: this family is the one tempted to scan all text.  The rules prefer the
document model (page breaks, body nodes, sign-off, trailer, tags); where text
must be searched they look for rare characters or long literals (``[``, ``<``,
``&``, a run of 45 dashes) with ``str.find`` on the shared lower-cased bytes,
and guard every regular expression with such a test.  Lines the rules treat
alike (page breaks, stand-alone SIPDIS, body-node starts) are computed once per
cable with :meth:`RuleContext.memo`.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit, Span
from cablelint.fields.classified_by import join_wrapped_lines
from cablelint.rules.base import Rule, RuleContext, cable_id_of


def _lazy(pattern: str, flags: int = 0):
    """A compiler called on first use: most patterns here serve rare cases, and
    compiling them all at import would cost a one-shot run several milliseconds."""
    compiled: list[re.Pattern[str]] = []

    def get() -> re.Pattern[str]:
        if not compiled:
            compiled.append(re.compile(pattern, flags))
        return compiled[0]
    return get


def _hard_junk() -> list[tuple[str, re.Pattern[str]]]:
    """Database queries, newspaper tracking lines, mail headers (CL911), compiled once."""
    if not _HARD_JUNK_COMPILED:
        _HARD_JUNK_COMPILED.extend((kind, re.compile(pattern, flags))
                                   for kind, pattern, flags in _HARD_JUNK_PATTERNS)
    return _HARD_JUNK_COMPILED


# ------------------------------------------------------------------ shared


def _body_lines(context: RuleContext) -> tuple[frozenset[int], tuple[int, ...]]:
    """Lines where a body node (paragraph, heading, rule, footer ...) begins, and the
    stand-alone SIPDIS lines: one pass over the body nodes."""
    def compute() -> tuple[frozenset[int], tuple[int, ...]]:
        starts, sipdis = [], []
        for node in context.document.body:
            kind = node.kind
            if kind == "sipdis":
                sipdis.append(node.span.line)
            elif kind != "page_break":
                starts.append(node.span.line)
        return frozenset(starts), tuple(sipdis)
    return context.memo("artifacts.body_lines", compute)


def _droppable(context: RuleContext) -> frozenset[int]:
    """Line numbers of page-break lines and stand-alone SIPDIS lines in the body."""
    return context.memo("artifacts.droppable", lambda: frozenset(
        (*_page_breaks(context)[0], *_body_lines(context)[1])))


_PAGE_BREAK = _lazy(
    r"[ \t]*[A-Za-z][A-Za-z .]*? +\d{8} +\d{3}(?:\.\d)? +of +\d{3}(?P<rest>[ \t]+\S.*)?[ \t]*",
    re.IGNORECASE)


def _page_breaks(context: RuleContext) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Page-break lines (the parser's plus those it misses) and page-break marks glued to text.

    The parser does not take ``Kiev 00001261 002 of 004`` (lower-case "of") for
    a page break, nor ``RABAT 00001657 002 OF 002 French companies ...`` (the
    mark glued to the text that follows).  When the banner's ``SECTION n OF N``
    promises more breaks than the parser found, they are searched by the
    banner's serial padded to eight digits.  The second item pairs a line with the offset where
    its text starts after the glued mark.
    """
    def compute() -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
        document = context.document
        lines = {brk.span.line for brk in document.page_breaks}
        glued: list[tuple[int, int]] = []
        banner = document.banner
        # a cable of N sections has N - 1 breaks; search only when some are missing
        if banner is not None and banner.section is not None and \
                len(lines) < banner.section.total - 1:
            text, source = context.text, context.source
            needle = f"{banner.serial_value:08d}"
            position = text.find(needle)
            while position >= 0:
                line, _ = source.line_col(position)
                found = _PAGE_BREAK().fullmatch(source.texts[line - 1])
                if found is not None and line not in lines:
                    if found.group("rest"):
                        rest = found.group("rest")
                        glued.append((line, source.starts[line - 1] + found.start("rest") +
                                      len(rest) - len(rest.lstrip())))
                    else:
                        lines.add(line)
                position = text.find(needle, position + 8)
        return tuple(sorted(lines)), tuple(glued)
    return context.memo("artifacts.page_breaks", compute)


def _blank(texts: list[str], index: int) -> bool:
    line = texts[index]
    return not line or line.isspace()


_SENTENCE_END = frozenset('.:;?!")\'')


def _drop_line_edit(context: RuleContext, number: int) -> Edit:
    """An edit removing line ``number`` and the blank lines around it.

    The text on either side is re-joined with one line break when the line
    interrupted a body node (paragraph ...); elsewhere (before a new node, in
    the header) a blank line is kept if there was one.  Next to another droppable line
    only the blank lines up to that line are taken, so edits never overlap.
    """
    texts, starts = context.source.texts, context.source.starts
    droppable = _droppable(context)
    index = number - 1
    before = index - 1
    while before >= 0 and _blank(texts, before):
        before -= 1
    after = index + 1
    while after < len(texts) and _blank(texts, after):
        after += 1
    if after >= len(texts):  # nothing follows: cut from the end of the text above
        start = starts[before] + len(texts[before]) if before >= 0 else starts[index]
        return Edit(start, starts[index] + len(texts[index]), "")
    if before < 0 or before + 1 in droppable:
        return Edit(starts[index], starts[after], "")
    start = starts[before] + len(texts[before].rstrip())
    body = context.document.body
    inside = bool(body) and before + 1 >= body[0].span.line and \
        after + 1 not in _body_lines(context)[0]
    spaced = before < index - 1 or after > index + 1
    return Edit(start, starts[after], "\n\n" if spaced and not inside else "\n")


def _line_span(context: RuleContext, number: int) -> Span:
    """Span of line ``number`` without its leading and trailing blanks (no search)."""
    text = context.source.texts[number - 1]
    stripped = text.lstrip()
    first = len(text) - len(stripped)
    last = first + len(stripped.rstrip())
    start = context.source.starts[number - 1]
    return Span(number, first + 1, number, last + 1, start + first, start + last)


# --------------------------------------------------------------------- CL904


class MarkdownLink(Rule):
    """TAGS written as markdown links, or URLs written as ``<http://...>`` autolinks.

    The cable-viewer pages linked every tag; copying the page as markdown turned
    ``PREL`` into ``[PREL](#)`` and a bare URL into ``<http://...>``.  Telegrams
    never carried either syntax.

    The TAGS finding is a warning: tools reading the TAGS line see ``[PREL](#)``
    instead of a tag.  An autolink is reported as info only: the URL itself is
    intact and sits in the classified-website footer, so nothing is misread;
    it is still reported because it is the same extraction damage and its fix
    is mechanical.

    Why: the link syntax hides the tags from every tool that reads them.

    Source: observed in the user's example cable 05OTTAWA1502 (cable-format.md,
    section 6 and section 13); no corpus cable has it.

    Bad:
        TAGS: [PREL](#) [MARR](#) [CA](#)
        <http://www.state.sgov.gov/p/wha/ottawa>

    Good:
        TAGS: PREL MARR CA
        http://www.state.sgov.gov/p/wha/ottawa

    Fix: ``--fix`` strips the link syntax from TAGS (safe).  Un-bracketing an
    autolink is offered with ``--unsafe-fixes``: it edits the running text,
    where angle brackets may have been written on purpose, and users asked that
    ``--fix`` on the example cable change only its numbers and TAGS.
    """

    code = "CL904"
    name = "markdown-link"
    summary = "TAGS or URLs carry markdown link syntax"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        tags = context.document.tags
        if tags is not None and "](" in tags.raw:
            linked = [tag for tag in tags.tags if tag.markdown_link]
            if linked:
                edits = [Edit(tag.span.start, tag.span.end, tag.code) for tag in linked]
                plain = " ".join(tag.code for tag in linked)
                yield context.report(
                    context.span(linked[0].span.start, linked[-1].span.end),
                    f"TAGS written as markdown links; write the plain tags: {plain}",
                    fix=context.fix("strip the link syntax from the tags", *edits))
        text = context.text
        position = text.find("<")
        while position >= 0:  # '<' is rare in cables: visit each one
            found = _AUTOLINK().match(text, position)
            if found is not None:
                start, end = found.span()
                yield context.report(
                    context.span(start, end),
                    f"URL written as a markdown autolink; drop the angle brackets: "
                    f"{found.group(1)}",
                    severity="info",
                    fix=context.fix("drop the angle brackets", Edit(start, start + 1, ""),
                                    Edit(end - 1, end, ""), safe=False))
                position = text.find("<", end)
            else:
                position = text.find("<", position + 1)


_AUTOLINK = _lazy(r"<((?:https?|ftp)://[^\s<>]+|www\.[^\s<>]+)>", re.IGNORECASE)


# --------------------------------------------------------------------- CL905

#: Words a space may be put inside in the Classified By block ("an d").
_SPLIT_VARIANTS = tuple(sorted({
    word[:cut] + " " + word[cut:] for word in ("reasons", "reason", "and")
    for cut in range(1, len(word))}, key=len, reverse=True))
_INLINE_SPLIT = _lazy(
    r"(?<![A-Za-z])(?:" + "|".join(_SPLIT_VARIANTS) + r")(?![A-Za-z])", re.IGNORECASE)


class SplitWord(Rule):
    """A word split across a wrapped line (``REAS`` / ``ONS``) or by an inserted space (``an d``).

    The telegraph wrapped lines at a fixed column, cutting words; extraction
    sometimes put a space inside a word.  The rule looks where this happens
    most and where it can be told from real text: the Classified By block.  A
    cut is certain when the joined word is ``REASON(S)``, a word of the block's
    vocabulary (``and``, ``Affairs``, ``Counselor`` ...), the reason number
    ``1.4``, or a word that recurs whole elsewhere in the cable (the
    classifier's name in the sign-off); it is likely when the second part is
    two consonants (``Affai`` / ``rs``) or the first a lone capital (``Y`` /
    ``oung``).  SUBJECT lines and body text are not searched: telling a cut
    word from two words there needs a word list, and looking each candidate
    up in the cable costs a full text search.

    Why: the broken word hides the classification reason or a name from
    readers and tools.

    Source: observed in extracted cables (cable-format.md, sections 7, 9, 14).

    Bad:
        Classified By: Charge d'Affaires Peter Pan for REAS
        ONS 1.4 (b) and (d)

    Good:
        Classified By: Charge d'Affaires Peter Pan for REASONS 1.4 (b) and (d)

    Fix: ``--fix`` joins the word when the cut is certain (safe); a likely cut
    is joined with ``--unsafe-fixes`` only.
    """

    code = "CL905"
    name = "split-word"
    summary = "A word is split by a line wrap or an inserted space"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        block = document.classified_by
        if block is not None:
            if "\n" in block.raw:
                yield from self._wrapped(context, block.span.line, block.span.end_line)
            lowered = block.raw.lower()
            if not any(variant in lowered for variant in _SPLIT_VARIANTS):
                return
            for found in _INLINE_SPLIT().finditer(block.raw):
                start = block.span.start + found.start()
                end = block.span.start + found.end()
                word = found.group().replace(" ", "")
                space = start + found.group().index(" ")
                yield context.report(
                    context.span(start, end),
                    f"'{found.group()}' is the word '{word}' with a space inside; write '{word}'",
                    fix=context.fix(f"write '{word}'", Edit(space, space + 1, "")))

    def _wrapped(self, context: RuleContext, first: int, last: int) -> Iterator[Diagnostic]:
        texts, starts = context.source.texts, context.source.starts
        lowered = context.source.lowered()
        previous = None
        for number in range(first, last + 1):
            line = texts[number - 1]
            if not line.strip():
                continue
            if previous is not None:
                above = texts[previous - 1]
                left = above.rstrip()
                left_word = left.rsplit(None, 1)[-1]
                right_word = line.split(None, 1)[0]
                if not (left_word[-1].isalnum() or left_word.endswith("1.")) or \
                        not right_word[0].isalnum():
                    previous = number  # a cut word has letters or digits on both sides
                    continue
                known = join_wrapped_lines(above + "\n" + line, lowered).count(" ") < (
                    above.strip() + " " + line.strip()).count(" ") or \
                    _known_cut(left_word, right_word)
                if known or _looks_cut(left_word, right_word):
                    left_end = starts[previous - 1] + len(left)
                    right_start = starts[number - 1] + len(line) - len(line.lstrip())
                    word = (left_word + right_word).strip(".,;:()")
                    if not word.isalpha():
                        word = word[:3]  # the reason number "1.4"
                    yield context.report(
                        context.span(left_end - len(left_word), right_start + len(right_word)),
                        f"'{left_word}' / '{right_word}' is the word '{word}' split at the "
                        f"line wrap; join it",
                        fix=context.fix(f"join '{word}'", Edit(left_end, right_start, ""),
                                        safe=known))
            previous = number


_VOWELS = frozenset("aeiouy")
#: Words of the Classified By block that a wrap may cut: re-joining them is safe.
_BLOCK_WORDS = frozenset((
    "and", "reason", "reasons", "affairs", "ambassador", "counselor", "minister", "political",
    "economic", "embassy", "mission", "deputy", "director", "secretary", "assistant",
    "consul", "general", "officer", "charge", "chief"))
_REASON_NUMBER = _lazy(r"1\.[3-6]\b")


def _known_cut(left: str, right: str) -> bool:
    """``a`` / ``nd``, ``Affa`` / ``irs``, ``1.`` / ``4(b)``: a block word or the reason number."""
    word = (left + right).strip(".,;:()").lower()
    if word.isalpha():
        return word in _BLOCK_WORDS and left.lower() not in _BLOCK_WORDS
    return left.endswith("1.") and _REASON_NUMBER().match(left[-2:] + right) is not None


def _looks_cut(left: str, right: str) -> bool:
    """A cut the parser does not re-join: ``Affai`` / ``rs,`` or ``Y`` / ``oung,``.

    The right part is two lower-case letters without a vowel (no English word),
    or the left part is a lone capital (an initial would carry a full stop)
    and the right part goes on in lower case.
    """
    bare = right.rstrip(".,;:")
    if left[-1:].isalpha() and len(left) > 1 and len(bare) == 2 and bare.isalpha() and \
            bare.islower() and not _VOWELS.intersection(bare):
        return True
    return len(left) == 1 and left.isupper() and len(bare) > 1 and bare.isalpha() and \
        bare.islower()


# --------------------------------------------------------------------- CL906

_RULE_RUNS = ("-" * 45, "*" * 45)
_URL_PUNCTUATION = frozenset(".,;:)")
_NON_BLANK = re.compile(r"\S*")
#: URLs are searched in the closing part of the cable only (footer, last paragraph).
_URL_TAIL = 3000


def _inserted_spaces(context: RuleContext) -> list[tuple[int, str]]:
    """Offsets of spaces inserted after exactly 45 non-blank characters, with their kind."""
    text, lowered = context.text, context.source.lowered()
    found: dict[int, str] = {}
    candidates: list[tuple[int, str]] = []
    for run in _RULE_RUNS:
        position = text.find(run)
        while position >= 0:
            candidates.append((position, "rule"))
            position = text.find(run, position + 45)
    position = lowered.find(b"http", max(0, len(lowered) - _URL_TAIL))
    while position >= 0:
        candidates.append((position, "url"))
        position = lowered.find(b"http", position + 4)
    length = len(text)
    for position, kind in candidates:
        start = position
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # rare: the rule or URL is glued to text before it
        while True:  # a long token may carry several inserted spaces: "45 45 10"
            run = _NON_BLANK.match(text, start)
            end = run.end()
            if end - start != 45 or end + 1 >= length or text[end] != " " or \
                    text[end + 1].isspace():
                break
            found.setdefault(end, kind)
            start = end + 1
    return sorted(found.items())


class InsertedSpace(Rule):
    """A space inserted after a run of exactly 45 non-blank characters.

    The web pages broke long tokens every 45 characters, so dash rules read
    ``-----...----- -------`` and URLs ``.../index.c fm``.  The rule looks at
    dash and star rules anywhere, and at URLs (from ``http``) in the
    last 3,000 characters, where the classified-website footer and every URL
    of the corpus sit (each within 140 characters of the end).  Other long
    tokens and URLs higher up are not searched: none occurs in the corpus, and
    finding them would mean scanning all text (a third of this family's time
    budget for one rule).

    Info rather than warning: it fires on about a third of the cables and the
    damage is cosmetic except in URLs.

    Why: the space breaks URLs and makes rules look like text.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        --------------------------------------------- ------
        http://www.zenda.example.gov/embassy/politica l/index.html

    Good:
        ---------------------------------------------------
        http://www.zenda.example.gov/embassy/political/index.html

    Fix: ``--fix`` removes the space (safe for rules and for URLs whose first
    part does not end in punctuation; otherwise with ``--unsafe-fixes``).
    """

    code = "CL906"
    name = "inserted-space"
    summary = "A space was inserted after 45 non-blank characters"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        text = context.text
        for offset, kind in _inserted_spaces(context):
            if _in_doomed_line(context, offset):
                continue
            what = "dash rule" if kind == "rule" else "URL"
            safe = kind == "rule" or text[offset - 1] not in _URL_PUNCTUATION
            yield context.report(
                context.span(offset, offset + 1),
                f"space inserted into a {what} after 45 characters; remove it",
                fix=context.fix("remove the inserted space", Edit(offset, offset + 1, ""),
                                safe=safe))


# --------------------------------------------------------------------- CL907


class PageBreakLine(Rule):
    """A page-break line (``LA PAZ 00002657 002 OF 002``) inside the text.

    The telegram's page headers were kept as lines of their own, usually in
    the middle of a sentence and wrapped in blank lines.

    Info rather than warning: it fires on half the cables, and the parser
    already reads past these lines; the rule exists for its fix.

    Why: the line breaks the sentence it interrupts for readers and tools.

    Source: observed in extracted cables (cable-format.md, section 10).

    Bad:
        ... the Regent has asked for Embassy logistical

        ZENDA 00000417 002 OF 002

        support for the coronation.

    Good:
        ... the Regent has asked for Embassy logistical
        support for the coronation.

    Fix: ``--fix`` removes the line and the blank lines around it and
    re-joins the text (a blank line is kept when a new paragraph follows).
    """

    code = "CL907"
    name = "page-break-line"
    summary = "A page-break line interrupts the text"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        lines, glued = _page_breaks(context)
        for number in lines:
            edit = _drop_line_edit(context, number)
            yield context.report(
                _line_span(context, number),
                f"page-break line '{context.line(number).strip()}' interrupts the text; "
                "remove it",
                fix=context.fix("remove the page-break line and re-join the text", edit))
        for number, text_start in glued:
            span = _line_span(context, number)
            mark = context.text[span.start:text_start].rstrip()
            yield context.report(
                context.span(span.start, span.start + len(mark)),
                f"page-break mark '{mark}' is glued to the text; remove it",
                fix=context.fix("remove the page-break mark",
                                Edit(span.start, text_start, "")))


# --------------------------------------------------------------------- CL908

#: Blank lines followed by a line starting with a letter (a numbered paragraph does not).
#: The look-ahead, implied by the group's first pass, turns away the line breaks of
#: ordinary lines before the group's repeat machinery is set up for them.
_GAP = re.compile(r"\n(?=[ \t]*\n)(?:[ \t]*\n)+[ \t]*(?=[A-Za-z])")
#: Words that never end a sentence: a blank line after one breaks a sentence.
_OPEN_WORDS = frozenset((
    "a", "an", "the", "of", "in", "at", "on", "to", "that", "and", "or", "but", "with", "for",
    "by", "from", "as", "into", "than", "its", "their"))
_UNWRAPPED = 100  # a line longer than this is a whole unwrapped paragraph


class BlankLineInSentence(Rule):
    """A blank line in the middle of a sentence (a removed page break).

    Fires inside a paragraph when the text above the blank line does not end a
    sentence and the text below starts in lower case, or the text above ends
    in a word that cannot end a sentence ("the", "of", "to" ...).  Headings,
    rules, lists and page-break lines are left alone (CL907 reports those).

    Why: the blank line splits one paragraph into two for every reader and tool.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        Canada had invested a great deal, he said,

        but it was unclear whether the trend would last.

    Good:
        Canada had invested a great deal, he said,
        but it was unclear whether the trend would last.

    Fix: ``--fix --unsafe-fixes`` removes the blank line.  Unsafe even when the
    next line starts in lower case: joining changes the paragraph structure a
    reader sees, and a list or a quotation can continue in lower case after a
    deliberate blank line; review the joins with ``--diff --unsafe-fixes``.
    """

    code = "CL908"
    name = "blank-line-in-sentence"
    summary = "A blank line interrupts a sentence"
    severity = "info"
    fixable = "unsafe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        body = context.document.body
        if not body:
            return
        text, source = context.text, context.source
        nodes = None
        # one pass over the body for blank lines; most end a sentence and are
        # dropped after looking at one character
        for gap in _GAP.finditer(text, body[0].span.start, body[-1].span.end):
            end_above = gap.start()
            while end_above > 0 and text[end_above - 1] in " \t":
                end_above -= 1
            if end_above == 0 or text[end_above - 1] in _SENTENCE_END:
                continue
            start_below = gap.end()
            lower = text[start_below].islower()
            above_line, _ = source.line_col(end_above)
            above = source.texts[above_line - 1].rstrip()
            if lower:
                if above.isupper():  # a heading line above
                    continue
            else:
                last_word = above.rsplit(None, 1)[-1]
                if last_word not in _OPEN_WORDS or \
                        above[:-len(last_word)].rstrip().endswith(";"):
                    continue  # "...; and" ends a list item
            below_line = above_line + text.count("\n", gap.start(), start_below)
            droppable = _droppable(context)
            if above_line in droppable or below_line in droppable:
                continue
            if nodes is None:
                nodes = [(node.span.line, node.span.end_line) for node in body
                         if node.kind in ("paragraph", "text")]
            if not any(first_line <= above_line and below_line <= last_line
                       for first_line, last_line in nodes):
                continue
            below = source.texts[below_line - 1].lstrip()
            joint = " " if len(above) > _UNWRAPPED else "\n"
            yield context.report(
                context.span(end_above, start_below),
                f"blank line inside a sentence ('...{above[-20:].lstrip()}' / "
                f"'{below[:20].rstrip()}...'); join the lines",
                fix=context.fix("join the sentence", Edit(end_above, start_below, joint),
                                safe=False))


# --------------------------------------------------------------------- CL909

_COMMA_S = re.compile(r",([sStT])(?![A-Za-z0-9])")
_CONTRACTIONS = frozenset((
    "can", "don", "didn", "doesn", "isn", "wasn", "weren", "won", "wouldn", "couldn", "shouldn",
    "haven", "hasn", "hadn", "aren", "mustn", "needn"))
_AMPERSAND_QUOTE = _lazy(r"&([^\s&][^&\n]{0,200}?)8(?![0-9A-Za-z])")


class MangledQuote(Rule):
    """Quote characters mangled by extraction: ``Erdogan,s`` and ``&Nicho8``.

    The apostrophe became a comma (``Sarkozy,s``, ``CHINA,S``, ``can,t``) and
    curly double quotes became ``&`` and ``8`` (``&Afghan lead8``).  The rule
    fires on ``,s`` after a word of two or more letters or a closing
    parenthesis (``(GOB),s``), but not after a word ending in ``s`` (a list:
    "items,s"), a single letter (``b,s``) or a digit; ``,t`` only in a
    contraction (``don,t``).  ``&`` counts only at the start of a word.

    Why: the mangled marks change how a sentence reads and defeat searches for
    the names they follow.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        the Regent,s cousin said the plan was &dead on arrival8.

    Good:
        the Regent's cousin said the plan was "dead on arrival".

    Fix: ``--fix`` writes ``'s`` for ``,s`` and quotes for an ``&...8`` pair on
    one line (safe); an ``&`` whose closing ``8`` is on another line is
    reported without a fix.
    """

    code = "CL909"
    name = "mangled-quote"
    summary = "An apostrophe or quote mark was mangled by extraction"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        text = context.text
        for found in _COMMA_S.finditer(text):
            comma = found.start()
            letter = found.group(1)
            word_end = comma
            word_start = word_end
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            word = text[word_start:word_end]
            if letter in "tT":
                if word.lower() not in _CONTRACTIONS:
                    continue
            elif word:
                if len(word) < 2 or word[-1] in "sS":
                    continue
            elif text[comma - 1:comma] != ")":
                continue
            if _in_doomed_line(context, comma):
                continue
            yield context.report(
                context.span(comma, comma + 1),
                f"apostrophe written as a comma in '{text[max(word_start, comma - 20):comma]}"
                f",{letter}'; write '{text[max(word_start, comma - 20):comma]}'{letter}'",
                fix=context.fix("write an apostrophe", Edit(comma, comma + 1, "'")))
        position = text.find("&")
        while position >= 0:
            if (position == 0 or text[position - 1] in " \t\n(\"") and \
                    position + 1 < len(text) and text[position + 1].isalnum() and \
                    not _in_doomed_line(context, position):
                pair = _AMPERSAND_QUOTE().match(text, position)
                if pair is not None:
                    close = pair.end() - 1
                    yield context.report(
                        context.span(position, pair.end()),
                        f"curly quotes mangled into '&...8' around '{pair.group(1)}'; "
                        "write straight quotes",
                        fix=context.fix("write quotes", Edit(position, position + 1, '"'),
                                        Edit(close, close + 1, '"')))
                    position = text.find("&", pair.end())
                    continue
                yield context.report(
                    context.span(position, position + 1),
                    "'&' at the start of a word is a mangled opening quote; write '\"' and "
                    "replace the closing '8' by '\"'")
            position = text.find("&", position + 1)


# --------------------------------------------------------------------- CL910


class SipdisInBody(Rule):
    """``SIPDIS`` inside the body.

    SIPDIS is a distribution caption of the header.  In extracted text it also
    appears in the body, on a line of its own (often right after a line ending
    in "Secretary") or glued into a sentence.  Stand-alone lines are found in
    any case (``Sipdis``); in-line tokens in upper case, as all of them are in
    the corpus (a case-blind search costs twice as much).

    Why: the stray token interrupts the sentence it sits in.

    Source: observed in extracted cables (cable-format.md, section 4).

    Bad:
        ... the visit of the Deputy Secretary

        SIPDIS

        and his meeting with the Regent.

    Good:
        ... the visit of the Deputy Secretary
        and his meeting with the Regent.

    Fix: ``--fix --unsafe-fixes`` removes a stand-alone line (re-joining the
    text around it) or the in-line token and one space next to it.  Unsafe:
    it deletes a word of the text as released, which archivists may want to
    keep; ``--fix`` leaves it.
    """

    code = "CL910"
    name = "sipdis-in-body"
    summary = "SIPDIS appears inside the body"
    severity = "info"
    fixable = "unsafe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        body = context.document.body
        if not body:
            return
        standalone = _body_lines(context)[1]
        for number in standalone:
            yield context.report(
                _line_span(context, number),
                "SIPDIS line inside the body; remove it",
                fix=context.fix("remove the SIPDIS line", _drop_line_edit(context, number),
                                safe=False))
        text, source = context.text, context.source
        position = text.find("SIPDIS", body[0].span.start)
        while position >= 0:
            end = position + 6
            line, _ = source.line_col(position)
            if line not in standalone and line not in _doomed(context) and \
                    (position == 0 or not text[position - 1].isalnum()) and \
                    (end == len(text) or not text[end].isalnum()):
                if text[end:end + 1] == " ":
                    edit = Edit(position, end + 1, "")
                elif text[position - 1:position] == " ":
                    edit = Edit(position - 1, end, "")
                else:
                    edit = Edit(position, end, "")
                yield context.report(
                    context.span(position, end),
                    "SIPDIS token inside a sentence; remove it",
                    fix=context.fix("remove the SIPDIS token", edit, safe=False))
            position = text.find("SIPDIS", end)


# --------------------------------------------------------------------- CL911

_LONE_DOTS = _lazy(r"\s*\.{1,3}\s*")
_ECHO = _lazy(r"[A-Z0-9][A-Z0-9 ,.'/:;()&-]*\.\.\.\s*")
_HARD_JUNK_PATTERNS = (
    ("database query", r"\s*SELECT\s.+\sFROM\s", re.IGNORECASE),
    ("newspaper tracking line", r"\s*Track impresi", re.IGNORECASE),
    ("mail-client header", r".*\d\d/\d\d/\d{4} \d\d:\d\d:\d\d [AP]M\b|\s*From .*Inbox\b", 0),
)
_HARD_JUNK_COMPILED: list[tuple[str, re.Pattern[str]]] = []
_TRACKING_ID = _lazy(r"\s*ID:\s*\d+\s*")
_TAIL_LINES = 4  # without a sign-off, the last lines searched for database/tracking junk


def _junk_lines(context: RuleContext) -> tuple[tuple[int, str], ...]:
    """(line, kind) of every junk line at the end of the cable (CL911)."""
    def compute() -> tuple[tuple[int, str], ...]:
        document, texts = context.document, context.source.texts
        signoff = document.signoff
        if signoff is not None:
            first = signoff.span.end_line + 1
            if signoff.name.endswith("..."):  # the parser took the echo for the sign-off
                first = signoff.span.line
            soft = True
        else:
            first, seen = len(texts), 0
            while first > 1 and seen < _TAIL_LINES:
                first -= 1
                seen += not _blank(texts, first - 1)
            soft = False
        found = []
        previous_kind = None
        for number in range(first, len(texts) + 1):
            line = texts[number - 1]
            if not line or line.isspace():
                continue
            kind = JunkAfterSignOff.kind(line, soft, previous_kind)
            if kind is not None:
                found.append((number, kind))
            previous_kind = kind
        return tuple(found)
    return context.memo("artifacts.junk", compute)


class JunkAfterSignOff(Rule):
    """Junk after the sign-off: an echoed, truncated subject (``... RELEASED ON...``),
    a database query, a newspaper tracking line, a mail-client header, lone dots.

    The end-of-message marker ``NNNN``, ``End Cable Text``, the classified-
    website footer, a trailing classification line and a repeated sign-off are
    not junk and are left alone.  Without a detectable sign-off only the last
    lines are searched, and only for queries, tracking lines and mail headers.

    Why: the junk is not part of the cable and confuses tools that read its end.

    Source: observed in extracted cables (cable-format.md, section 13).

    Bad:
        RASSENDYLL

        THE REGENT NAMES A NEW CAB...

    Good:
        RASSENDYLL

    Fix: ``--fix`` removes the junk lines (safe).
    """

    code = "CL911"
    name = "junk-after-signoff"
    summary = "Junk follows the sign-off"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        for number, kind in _junk_lines(context):
            yield context.report(
                _line_span(context, number),
                f"{kind} after the end of the cable; remove it",
                fix=context.fix(f"remove the {kind}", self._removal(context, number)))

    @staticmethod
    def kind(line: str, soft: bool, previous: str | None) -> str | None:
        for kind, pattern in _hard_junk():
            if pattern.match(line):
                return kind
        if previous == "newspaper tracking line" and _TRACKING_ID().fullmatch(line):
            return previous
        if soft:
            if _LONE_DOTS().fullmatch(line):
                return "lone full stop"
            if _ECHO().fullmatch(line):
                return "echoed, truncated subject"
        return None

    @staticmethod
    def _removal(context: RuleContext, number: int) -> Edit:
        """Remove the line and the blank lines above it (back to the previous text)."""
        texts, starts = context.source.texts, context.source.starts
        above = number - 2
        while above >= 0 and _blank(texts, above):
            above -= 1
        start = starts[above] + len(texts[above]) if above >= 0 else starts[number - 1]
        return Edit(start, starts[number - 1] + len(texts[number - 1]), "")


# --------------------------------------------------------------------- CL912

_WEB_DATE = _lazy(r"\d\d/\d\d/\d{4} \d\d:\d\d")
_IGNORED_REPEATS = frozenset({"SIPDIS", "NOFORN"})


def _header_repeats(context: RuleContext) -> tuple[list[list[int]], tuple[int, int] | None]:
    """Exact repeats of earlier header lines, as runs [first, last, original first,
    original last], and the web-page metadata block (first, last line), for CL912."""
    def compute() -> tuple[list[list[int]], tuple[int, int] | None]:
        document = context.document
        texts = context.source.texts
        end = document.body[0].span.line - 1 if document.body else len(texts)
        if not _may_repeat(context, end):
            return [], None
        fields = {line.span.line for line in document.duplicate_fields}
        seen: dict[str, int] = {}
        runs: list[list[int]] = []
        metadata_block: tuple[int, int] | None = None
        number = 0
        while number < end:
            number += 1
            line = texts[number - 1].strip()
            if not line:
                continue
            if line == ">" and number < end and _WEB_DATE().fullmatch(texts[number].strip()):
                last = number + 1
                while last < end and texts[last].strip() and \
                        not texts[last].startswith("VZCZC"):
                    last += 1
                metadata_block = (number, last)
                number = last
                continue
            earlier = seen.get(line)
            if earlier is None:
                seen[line] = number
                continue
            if earlier in fields or number in fields:
                continue
            if runs and runs[-1][3] == earlier - 1 - _blanks_before(texts, earlier) and \
                    runs[-1][1] == number - 1 - _blanks_before(texts, number):
                runs[-1][1], runs[-1][3] = number, earlier
            else:
                runs.append([number, number, earlier, earlier])
        runs = [run for run in runs if run[0] != run[1] or (
            texts[run[0] - 1].strip() not in _IGNORED_REPEATS and _header_item(context, run[0]))]
        return runs, metadata_block
    return context.memo("artifacts.header_repeats", compute)


_REPEATED_KEYS = (b"subject", b"tags", b"vzczc", b"classified by", b"decl")


def _may_repeat(context: RuleContext, end: int) -> bool:
    """A cheap test before the line-by-line search: does a header keyword, the
    banner or a web-metadata mark occur twice in the first ``end`` lines?"""
    source = context.source
    stop = source.starts[end] if end < len(source.starts) else len(source.text)
    lowered = source.lowered()
    if any(lowered.count(key, 0, stop) > 1 for key in _REPEATED_KEYS):
        return True
    if lowered.find(b"\n>", 0, stop) >= 0:
        return True
    banner = context.document.banner
    return banner is not None and source.text.count(banner.raw.strip(), 0, stop) > 1


def _blanks_before(texts: list[str], number: int) -> int:
    count = 0
    while number - 2 - count >= 0 and _blank(texts, number - 2 - count):
        count += 1
    return count


def _header_item(context: RuleContext, number: int) -> bool:
    """Is line ``number`` a header item (banner, subject ...), not an addressee line?"""
    line = context.line(number).lstrip().upper()
    banner = context.document.banner
    if banner is not None and context.line(number).strip() == banner.raw.strip():
        return True
    return line.startswith(("SUBJECT", "TAGS", "E.O.", "EO ", "REF", "CLASSIFIED BY",
                            "VZCZC", "DE ", "FM "))


def _doomed(context: RuleContext) -> frozenset[int]:
    """Lines that CL911 and CL912 remove: other rules do not report inside them."""
    def compute() -> frozenset[int]:
        lines = {number for number, _ in _junk_lines(context)}
        for first, last, _, _ in _header_repeats(context)[0]:
            lines.update(range(first, last + 1))
        return frozenset(lines)
    return context.memo("artifacts.doomed", compute)


def _in_doomed_line(context: RuleContext, offset: int) -> bool:
    return context.source.line_col(offset)[0] in _doomed(context)


class DuplicatedHeader(Rule):
    """Header items or web-page metadata printed twice.

    Reported: a run of header lines repeating earlier lines exactly (a whole
    routing header, banner to SUBJECT, a lone banner or SUBJECT line), header
    fields the parser found twice in different forms, and the cable viewer's
    metadata block (``>``, a date, the cable id, post, classification).  A
    second SIPDIS or NOFORN caption and a repeated addressee line are normal
    telegram practice and are left alone.

    Why: the copy makes the header ambiguous: which TAGS or SUBJECT is the cable's?

    Source: observed in extracted cables (cable-format.md, sections 0 and 2).

    Bad:
        SUBJECT: ZENDA: THE REGENT NAMES A NEW CABINET

        Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)

        SUBJECT: ZENDA: THE REGENT NAMES A NEW CABINET

    Good:
        SUBJECT: ZENDA: THE REGENT NAMES A NEW CABINET

        Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)

    Fix: ``--fix`` drops an exact repeat of earlier header lines (safe); other
    copies and the metadata block are reported without a fix.
    """

    code = "CL912"
    name = "duplicated-header"
    summary = "Header items or web metadata are printed twice"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        texts, starts = context.source.texts, context.source.starts
        runs, metadata_block = _header_repeats(context)
        if metadata_block is not None:
            first, last = metadata_block
            yield context.report(
                context.span(starts[first - 1], starts[last - 1] + len(texts[last - 1])),
                f"web-page metadata block (lines {first}-{last}) inside the header; remove it")
        for first, last, original, original_last in runs:
            span = context.span(starts[first - 1] + len(texts[first - 1]) -
                                len(texts[first - 1].lstrip()),
                                starts[last - 1] + len(texts[last - 1].rstrip()))
            what = f"line {first} repeats line {original}" if first == last else \
                f"lines {first}-{last} repeat lines {original}-{original_last}"
            yield context.report(span, f"{what}; remove the copy",
                                 fix=context.fix("drop the repeated header lines",
                                                 self._removal(context, first, last)))
        for line in document.duplicate_fields:
            yield context.report(
                _line_span(context, line.span.line),
                f"header field '{line.text.strip()[:40]}' is given twice; keep one copy")

    @staticmethod
    def _removal(context: RuleContext, first: int, last: int) -> Edit:
        texts, starts = context.source.texts, context.source.starts
        start = starts[first - 1]
        stop = starts[last] if last < len(texts) else len(context.text)
        if first >= 2 and _blank(texts, first - 2) and last < len(texts) and _blank(texts, last):
            stop = starts[last + 1] if last + 1 < len(texts) else len(context.text)
        return Edit(start, stop, "")


# --------------------------------------------------------------------- CL913


class PartialExtract(Rule):
    """The cable is a partial extract ("This record is a partial extract ...").

    Partial extracts lack their routing header and often their sign-off, and
    paragraphs may be missing.  The completeness rules (CL101, CL111, CL201,
    CL501) report at info severity in such cables; this finding says why.

    Why: a reader should know that gaps in the text are expected.

    Source: observed in extracted cables (cable-format.md, section 1).

    Bad:
        This record is a partial extract of the original cable. The full text
        of the original cable is not available.

    Good:
        (the full cable text)

    Fix: none: the missing text cannot be restored.
    """

    code = "CL913"
    name = "partial-extract"
    summary = "The cable is a partial extract"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        preamble = context.document.preamble
        if preamble is not None:
            yield context.report(
                preamble.span,
                "partial extract: the full text is not available; completeness checks "
                "report at info severity")


# --------------------------------------------------------------------- CL914


class UnbalancedRedaction(Rule):
    """An unbalanced redaction bracket: ``[XXXXXXXXXXXX`` without its ``]``.

    Redaction runs (``XXXXXXXXXXXX``, ``xxxxx``) replace names the publishers
    removed; they are tokens, not text errors, and are not reported.  A run
    opened with ``[`` but never closed on its line shows that the redaction
    swallowed part of the sentence, including the closing bracket.

    Why: the sentence around an unbalanced bracket is incomplete; a reader
    should not take it at face value.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        The [XXXXXXXXXXXX account of the meeting matches ours.

    Good:
        The [XXXXXXXXXXXX] account of the meeting matches ours.

    Fix: none: what was removed cannot be restored.
    """

    code = "CL914"
    name = "unbalanced-redaction"
    summary = "A redaction bracket is not closed"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        text = context.text
        position = text.find("[")
        while position >= 0:
            run_end = position + 1
            while run_end < len(text) and text[run_end] in "Xx":
                run_end += 1
            if run_end - position > 3:
                line_end = text.find("\n", run_end)
                if line_end < 0:
                    line_end = len(text)
                close = text.find("]", run_end, line_end)
                reopen = text.find("[", run_end, line_end)
                if close < 0 or 0 <= reopen < close:
                    yield context.report(
                        context.span(position, position + 1),
                        f"redaction '{text[position:run_end]}' opens a bracket that is never "
                        "closed; part of the sentence was removed")
            position = text.find("[", position + 1)


# --------------------------------------------------------------------- CL915

_DATELINE = _lazy(
    r"\s*(?P<weekday>[A-Za-z]+),\s+(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})")
_MONTHS = {name: number for number, name in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"), 1)}


class NewspaperDateline(Rule):
    """A newspaper-style dateline (``Tuesday, 20 January 2004, 09:44``) before the banner.

    The line comes from the newspaper partners' copies, not from the
    telegram.  It is accepted (it even gives the cable date when there is no
    routing header) and checked: its date must agree with the routing DTG
    (one day of slack for time zones) and with the metadata date, and its
    weekday with its date; a disagreement is a warning.

    Why: the line is not part of the cable; when it disagrees with the cable's
    own date, one of them is wrong.

    Source: observed in extracted cables (cable-format.md, section 2).

    Bad:
        Tuesday, 29 April 2008, 15:30
        C O N F I D E N T I A L ZENDA 000417

    Good:
        C O N F I D E N T I A L ZENDA 000417

    Fix: ``--fix`` removes the line (safe).
    """

    code = "CL915"
    name = "newspaper-dateline"
    summary = "A newspaper-style dateline precedes the banner"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        dateline = document.dateline
        if dateline is None:
            return
        problems = []
        date = self._date(dateline.text)
        if date is not None:
            weekday = _DATELINE().match(dateline.text).group("weekday")
            if date.strftime("%A").lower() != weekday.lower():
                problems.append(f"{date.isoformat()} was a {date.strftime('%A')}")
            dtg = document.routing.dtg if document.routing else None
            if dtg is not None and dtg.date and \
                    abs((_dt.date.fromisoformat(dtg.date) - date).days) > 1:
                problems.append(f"the DTG says {dtg.date}")
            cable_id = cable_id_of(document)
            record = context.settings.metadata.get(cable_id) if cable_id else None
            created = (record or {}).get("created", "")[:10]
            if created and created != date.isoformat():
                problems.append(f"the metadata date is {created}")
        number = dateline.span.line
        texts, starts = context.source.texts, context.source.starts
        stop = starts[number] if number < len(texts) else len(context.text)
        fix = context.fix("remove the dateline", Edit(starts[number - 1], stop, ""))
        if problems:
            yield context.report(
                dateline.span,
                f"newspaper dateline '{dateline.text.strip()}' disagrees with the cable: "
                + "; ".join(problems) + "; check the date, then remove the line",
                severity="warning", fix=fix)
        else:
            yield context.report(
                dateline.span,
                "newspaper dateline is not part of the telegram; remove it", fix=fix)

    @staticmethod
    def _date(text: str) -> _dt.date | None:
        found = _DATELINE().match(text)
        if found is None:
            return None
        month = _MONTHS.get(found.group("month").lower())
        try:
            return _dt.date(int(found.group("year")), month or 0, int(found.group("day")))
        except ValueError:
            return None


RULES = [MarkdownLink, SplitWord, InsertedSpace, PageBreakLine, BlankLineInSentence,
         MangledQuote, SipdisInBody, JunkAfterSignOff, DuplicatedHeader, PartialExtract,
         UnbalancedRedaction, NewspaperDateline]
