"""CL605 subject-case."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.tags_subject_ref import subject_keyword_end
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.model import Subject
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class SubjectCase(Rule):
    """The SUBJECT is written in upper case, as telegrams were.

    Off by default: the SMART system of 2009-2010 sent mixed-case subjects
    (``Subject: Kenya responds to ...``), so mixed case is a style observation,
    not an error.  Lines swallowed from a repeated header (a dateline, a
    banner) are not part of the subject.

    Why: a uniform upper-case subject matches the rest of the telegram header.
    Info: mixed case is correct for SMART cables and changes nothing a reader
    or a search sees.

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
    fixable = FixAvailability.SAFE
    requires = frozenset({"subject"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        subject = context.document.subject
        if subject.raw == subject.raw.upper():
            return
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


# Lines a subject continuation must not swallow: a dateline or a repeated banner.
_NOT_SUBJECT = re.compile(
    r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,|"
    r"(?:S ?E ?C ?R ?E ?T|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|U ?N ?C ?L ?A ?S)\b.*\b\d{5,6}\s*$",
    re.IGNORECASE)


def _subject_lines(context: RuleContext, subject: Subject) -> list[tuple[int, int]]:
    """(start, end) offsets of the subject's own lines, after the keyword."""
    source = context.source
    span = subject.span
    keyword_end = subject_keyword_end(context.text, subject)
    first = span.start if keyword_end is None else keyword_end
    lines = []
    for number in range(span.line, span.end_line + 1):
        line_start = source.starts[number - 1]
        start = max(line_start, first)
        end = min(line_start + len(source.texts[number - 1]), span.end)
        if number > span.line and _NOT_SUBJECT.match(context.text, start, end):
            break
        lines.append((start, end))
    return lines


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
