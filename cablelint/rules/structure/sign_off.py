"""CL111 sign-off."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from cablelint.analysis.structure import line_ending, line_span
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext

_NOT_NAMES = frozenset({"END", "COMMENT", "NOTE", "SUMMARY", "TEXT", "SIPDIS", "NNNN",
                        "SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "UNCLAS", "NOFORN",
                        "REGARDS", "THANKS", "YES", "NO", "OK"})
_LAST_WORD = re.compile(r"(\s*)([A-Z][A-Za-z'\u2019-]+(?: JR)?)\s*$")
#: the characters _LAST_WORD can match, but for the non-ASCII blanks (its \s is
#: str.isspace()): its match lies in the run of those at the end of the line
_LAST_WORD_CHARS = string.ascii_letters + "'\u2019-" + "".join(
    c for c in map(chr, range(128)) if c.isspace())
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
    easily read as part of the last sentence.  Info: the sign-off is found by
    heuristics, and glued or lost sign-offs are mostly extraction damage.

    Source: cable convention (cable-format.md, section 12).

    Bad:
        C O N F I D E N T I A L ZENDA 000123
        ...
        4. (C) Embassy will follow events. RASSENDYLL

    Good:
        C O N F I D E N T I A L ZENDA 000123
        ...
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
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        if document.banner is None and not document.paragraphs:
            return
        partial = " (partial extract)" if document.partial_extract else ""
        signoff = document.signoff
        if signoff is not None and signoff.name.rstrip().endswith("..."):
            signoff = None  # an echoed, truncated subject taken for the sign-off
            if _name_line_before(context, document.signoff.span.line):
                return
        if signoff is None:
            yield from _without_signoff(context, partial)
            return
        text = context.text
        line_start = context.source.starts[signoff.span.line - 1]
        inside = _NAME_AFTER_STOP.search(signoff.name)
        if inside and not signoff.glued:  # "End Text. CLINTON" taken as the name
            name_start = text.rindex(inside.group(1), signoff.span.start, signoff.span.end)
            yield _glued(context, name_start, name_start + len(inside.group(1)),
                         inside.group(1), partial)
            return
        if signoff.glued or text[line_start:signoff.span.start].strip():
            yield _glued(context, signoff.span.start, signoff.span.end, signoff.name, partial)
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
                yield context.report(line_span(context, line.span.line),
                                     f"sign-off '{written}' repeats the one on line "
                                     f"{signoff.span.line}; keep one" + partial)
            break


def _glued(context: RuleContext, start: int, end: int, name: str,
           partial: str) -> Diagnostic:
    """The finding for a sign-off glued to the text before it (with a fix when safe)."""
    text = context.text
    line_start = context.source.starts[context.span(start, end).line - 1]
    before = text[line_start:start]
    fix = None
    if name.isupper() and before.rstrip().endswith(".") and name.upper() not in _NOT_NAMES:
        cut = line_start + len(before.rstrip())
        newline = line_ending(context, context.span(start, end).line)
        fix = context.fix("put the sign-off on its own line",
                          Edit(cut, start, newline + newline))
    return context.report(context.span(start, end),
                          f"sign-off '{name}' is glued to the last paragraph; put it on a "
                          "line of its own" + partial, fix=fix)


def _without_signoff(context: RuleContext, partial: str) -> Iterator[Diagnostic]:
    """No sign-off in the model: a name glued to the last line, or none at all."""
    document = context.document
    texts, starts = context.source.texts, context.source.starts
    trailer_lines = {line.span.line for line in document.trailer}
    closing = document.closing_classification
    if closing is not None:
        trailer_lines.add(closing.span.line)
    last = len(texts)
    while last > 0 and (not texts[last - 1].strip() or last in trailer_lines):
        last -= 1
    if last == 0:
        return
    line = texts[last - 1].rstrip()
    found = _last_word(line)
    if found and _glued_name(line, found):
        start = starts[last - 1] + found.start(2)
        yield _glued(context, start, start + len(found.group(2)), found.group(2), partial)
        return
    if _NAME_LINE.fullmatch(line) and line.strip().upper() not in _NOT_NAMES:
        return  # a sign-off the parser did not recognise (e.g. before trailing junk)
    if _name_line_before(context, last):
        return
    yield context.report(line_span(context, last),
                         "the text ends without a sign-off; add the signer's name on a "
                         "line of its own" + partial,
                         severity="info")


def _last_word(line: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(line)``, started where its match can begin rather than tried
    at each position of a long glued paragraph."""
    head = line.rstrip(_LAST_WORD_CHARS)
    # a non-ASCII character before the run may be a blank of the match: search it all
    start = len(head) if head.isascii() or not head[-1].isspace() else 0
    return _LAST_WORD.search(line, start)


def _glued_name(line: str, found: re.Match[str]) -> bool:
    """``... as planned. RASSENDYLL``: a name after the last sentence or END marker."""
    name = found.group(2)
    before = line[:found.start(2)].rstrip()
    if not before or name.upper() in _NOT_NAMES or len(name) < 3:
        return False
    if not found.group(1):  # ". .FARRAR": only an all-capitals name right after a stop
        return name.isupper() and before.endswith(".")
    return before.endswith(_SENTENCE_END) or before.upper().endswith(_MARKER_END)


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
