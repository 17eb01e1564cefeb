"""CL3xx: portion marking.

Every rule of this family and of CL4xx (:mod:`cablelint.rules.consistency`)
reads one shared inventory of the cable's marks (:func:`inventory`): the
marks of numbered paragraphs and of the subject from the model, marks after a
lead-in word (``¶1. Summary: (C) ...``), marks that open unnumbered
paragraphs, lettered items and list items (found from the raw text, since
those are not in ``Document.paragraphs``), and a whole-text statement
(``SECRET - ENTIRE TEXT``), which counts as a mark on every paragraph.

Levels, controls and release codes come from the ``classification``
vocabulary (``rules/classification.json``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from cablelint.analysis.numbering import LAST_WORD, WRAP_WORDS, sequence
from cablelint.analysis.portion_marks import (
    SLASHES,
    inventory,
    mark_problems,
    portion_marking_required,
    vocabulary,
)
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.model import Paragraph, PortionMark
from cablelint.rules.base import Rule, RuleContext

_REDACTION = re.compile(r"\s*[Xx]{5,}")
_REL = re.compile(r"REL(?:EASABLE)?(?:\s+TO)?\b\s*", re.IGNORECASE)
_CLASSIFIED_BY = re.compile(r"\s*classified\s+by", re.IGNORECASE)

class UnmarkedParagraph(Rule):
    """Every numbered paragraph carries a portion mark right after its number.

    Not reported: paragraphs covered by a whole-text statement (CL304), a mark
    written after a lead-in word (CL303 reports it), paragraphs whose own
    sub-items carry the marks (``¶1. KEY POINTS:`` then ``-- (C) ...``), quoted
    documents whose numbering restarts, the "Classified by" line written as a
    numbered paragraph, a paragraph that is nothing but a redaction, a number
    that merely ended a wrapped line, and cables from before E.O. 12958 took
    effect (14 Oct 1995).  A paragraph that opens with a redaction run is
    reported as info: the mark may have gone with the redacted words.

    Why: portion marks tell a reader which parts may be shared or quoted; an
    unmarked portion of a classified cable must be treated at the highest
    level, and in an unclassified cable the mark says it is releasable.

    Source: E.O. 12958 (portion marking); E.O. 13526 sec. 1.6(c);
    5 FAH-1 H-246 (mark right after the number).

    Bad:
        ¶2. The minister said ...

    Good:
        ¶2. (C) The minister said ...

    Fix: add the mark the paragraph's content requires (a judgement; no autofix).
    Severity: error in classified cables, warning in UNCLAS cables.
    """

    code = "CL301"
    name = "unmarked-paragraph"
    summary = "A numbered paragraph has no portion mark"
    severity = "error"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        marks = inventory(context)
        if not marks.unmarked or marks.whole_text is not None or \
                portion_marking_required(context) is False:
            return
        line_marks = [mark.span.start for mark in marks.line_marks]
        severity = None if context.classified else "warning"
        text = context.text
        quoted = False
        for step in sequence(context):
            paragraph = step.paragraph
            if paragraph.portion_mark is not None or paragraph.span.start in marks.lead_in:
                quoted = False
                continue
            if step.kind == "restart":
                quoted = True  # a quoted document restarts its own numbering
            if quoted or step.kind == "wrapped" or \
                    (step.kind in ("gap", "repeat", "backward") and
                     _continues_sentence(context, paragraph)):
                continue
            if any(paragraph.span.start <= s < paragraph.span.end for s in line_marks):
                continue
            after = paragraph.number_span.end
            content = text[after:paragraph.span.end]
            if _CLASSIFIED_BY.match(content) or not content.strip():
                continue
            redacted = _REDACTION.match(content)
            if redacted and not content[redacted.end():].strip():
                continue
            level = "info" if redacted else severity
            yield context.report(
                paragraph.number_span,
                f"paragraph {paragraph.number_text} has no portion mark; write (U), (SBU), "
                "(C) or (S) after the number"
                + (" (the mark may have been redacted)" if redacted else ""),
                severity=level)


def _continues_sentence(context: RuleContext, paragraph: Paragraph) -> bool:
    """The previous non-blank line ends mid-sentence with a word that takes a number
    ("... posed in paragraph" / blank / "¶3. Koenig"): the number is not a paragraph."""
    line = paragraph.number_span.line - 1
    while line >= 1 and not context.line(line).strip():
        line -= 1
    if line < 1:
        return False
    above = context.line(line).rstrip()
    if above[-1:] in ".:;!?\")]\u201d":
        return False
    last = LAST_WORD.search(above)
    return bool(last) and last.group(1).lower() in WRAP_WORDS


class MalformedMark(Rule):
    """A portion mark is written ``(U)``, ``(SBU)``, ``(C)``, ``(S)`` or ``(TS)``,
    optionally followed by ``/`` or ``//`` and a control (``NF``, ``NOFORN``,
    ``REL TO ...``): upper case, both parentheses, a level always present.

    Checks the marks of numbered paragraphs and of the subject line (CL305
    checks unnumbered paragraphs and list items).  Mixed-case release
    markings (``S/Rel UK``) are left to CL307.

    Why: a lower-case or damaged mark (``(c)``, ``C)``) is easily missed by
    readers and tools; a mark without a level (``(/Rel UK)``) does not say how
    the portion is classified.

    Source: 32 CFR 2001.21; 5 FAH-1 H-246.

    Bad:
        ¶3. (c) The minister ...
        ¶7.  C) Ambassador ...
        ¶4. (/Rel UK) The team ...

    Good:
        ¶3. (C) The minister ...

    Fix: ``--fix`` upper-cases the level and restores a lost "(" (safe); a
    missing or unknown level needs a human.
    """

    code = "CL302"
    name = "malformed-portion-mark"
    summary = "A portion mark is not written in the standard form"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        marks = inventory(context)
        for mark in marks.marks:
            if not mark.well_formed and marks.place(mark) != "line":
                yield from _report_problems(context, mark)


def _report_problems(context: RuleContext, mark: PortionMark) -> Iterator[Diagnostic]:
    problems, fixed = mark_problems(context, mark)
    if not problems:
        return
    fix = None
    if fixed is not None:
        fix = context.fix(f"write {fixed}", context.replace(mark.span, fixed))
        advice = f"; write {fixed}"
    else:
        advice = ""
    yield context.report(mark.span, f"portion mark '{mark.raw}' " + " and ".join(problems)
                         + advice, fix=fix)


class MarkAfterLeadIn(Rule):
    """The portion mark comes right after the paragraph number, before any
    lead-in word such as ``Summary:``.

    Why: readers and tools look for the mark right after the number; a mark
    behind a lead-in is easily read as an unmarked paragraph.

    Source: 5 FAH-1 H-246 (paragraph classification right after the number).

    Bad:
        ¶1. Summary: (C) The minister ...

    Good:
        ¶1. (C) Summary: The minister ...

    Fix: ``--fix`` moves the mark before the lead-in (safe).
    """

    code = "CL303"
    name = "mark-after-lead-in"
    summary = "A portion mark stands after a lead-in word instead of the number"
    severity = "warning"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        lead_in = inventory(context).lead_in
        if not lead_in:
            return
        text = context.text
        for paragraph, mark in lead_in.values():
            after = paragraph.number_span.end
            lead_start = after + len(text[after:mark.span.start]) - \
                len(text[after:mark.span.start].lstrip())
            content = mark.span.end
            while text[content:content + 1] in (" ", "\t"):
                content += 1
            lead = text[lead_start:mark.span.start]
            edit = Edit(lead_start, content, f"{mark.raw} {lead}")
            yield context.report(
                mark.span,
                f"portion mark '{mark.raw}' follows the lead-in '{lead.strip()}'; put it "
                "right after the paragraph number",
                fix=context.fix("move the mark before the lead-in", edit))


class WholeTextStatement(Rule):
    """Whole-text statements (``SECRET - ENTIRE TEXT``, ``(C - ENTIRE TEXT)``)
    replace portion marks only in cables written before E.O. 12958 took effect
    (14 Oct 1995).

    Why: E.O. 12958 required each portion to be marked; a single statement for
    the whole text no longer shows which parts may be released.

    Source: E.O. 12958 (portion marking).

    Bad:
        Sensitive but unclassified - entire text.   (a 2007 cable)
        ¶1. The Ambassador ...

    Good:
        ¶1. (SBU) The Ambassador ...

    Fix: mark every paragraph instead.  Severity: warning for cables from
    14 Oct 1995 on, info before; silent when the date is unknown or a
    year-only date straddles the cut-over.
    """

    code = "CL304"
    name = "whole-text-marking"
    summary = "A whole-text statement stands in for portion marks"
    severity = "warning"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        whole = inventory(context).whole_text
        if whole is None:
            return
        required = portion_marking_required(context)
        if required is None:
            return
        cutover = vocabulary(context)["portion_marking_required_from"]
        if required:
            yield context.report(whole.span, f"whole-text statement '{whole.raw}' replaces "
                                 f"portion marks, which are required since {cutover}; "
                                 "mark each paragraph")
        else:
            yield context.report(whole.span, f"whole-text statement '{whole.raw}' instead "
                                 f"of portion marks (normal before {cutover})",
                                 severity="info")


class UnnumberedMark(Rule):
    """Unnumbered paragraphs, lettered items and list items that carry their own
    marks use the same mark syntax as numbered paragraphs; in a classified
    cable that marks its unnumbered paragraphs, every unnumbered paragraph is
    marked.

    Only marks that open a line (after an optional ``--``, ``A.``, ``1)``)
    are considered; a lower-case ``(c)`` there is a list letter, not a mark.

    Why: every portion of a classified document carries a mark, numbered or not.

    Source: E.O. 13526 sec. 1.6(c).

    Bad:
        (/NF) The delegation ...
        (S/NF) RSO stated ...
        The RSO added ...          (in a cable whose other paragraphs are marked)

    Good:
        (S/NF) The delegation ...
        (SBU) The RSO added ...

    Fix: write the mark in the standard form; mark the unmarked paragraph.
    """

    code = "CL305"
    name = "unnumbered-portion-mark"
    summary = "An unnumbered portion's mark is malformed or missing"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        marks = inventory(context)
        line_marks = marks.line_marks
        if not line_marks:
            return
        for mark in line_marks:
            if not mark.well_formed:
                problems, _ = mark_problems(context, mark)
                if problems:
                    yield context.report(mark.span, f"portion mark '{mark.raw}' "
                                         + " and ".join(problems))
        if not line_marks or not context.classified or marks.whole_text is not None:
            return
        starts = {mark.span.start for mark in line_marks}
        text = context.text
        marked_texts = 0
        unmarked = []
        for node in context.document.body:
            if node.kind != "text":
                continue
            first = node.span.start + len(text[node.span.start:node.span.end]) - \
                len(text[node.span.start:node.span.end].lstrip())
            if first in starts:
                marked_texts += 1
            else:
                unmarked.append(node)
        if marked_texts < 2:
            return  # the cable does not mark its unnumbered paragraphs
        for node in unmarked:
            first_line = context.line(node.span.line)
            if len(first_line.split()) < 4 or _REDACTION.match(first_line):
                continue  # a lead-in line or a redaction, not a paragraph
            yield context.report(
                context.span(node.span.start, node.span.start + len(first_line)),
                "unnumbered paragraph has no portion mark, unlike the other unnumbered "
                "paragraphs of this classified cable; add one")


class MixedSeparators(Rule):
    """One caveat separator style per cable: ``(S/NF)`` or ``(S//NF)``, not both.

    Why: mixing ``/`` and ``//`` shows text was pieced together and defeats
    searches for a control.

    Source: cable convention (``/`` in 70 cables, ``//`` in 2).

    Bad:
        ¶4. (S//NF) ...
        ¶6. (S/REL ROYG) ...

    Good:
        ¶4. (S//NF) ...
        ¶6. (S//REL ROYG) ...

    Fix: ``--fix`` rewrites the minority marks in the cable's majority style
    (safe); on a tie the vocabulary's canonical ``//`` wins.
    """

    code = "CL306"
    name = "mixed-caveat-separators"
    summary = "Portion marks mix '/' and '//' caveat separators"
    severity = "info"
    fixable = "safe"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = inventory(context)
        if len(found.separators) < 2:
            return
        marks = [mark for mark in found.marks if mark.separator]
        styles = Counter(mark.separator for mark in marks)
        if len(styles) < 2:
            return
        canonical = vocabulary(context)["separators"]["canonical"]
        majority = max(styles, key=lambda s: (styles[s], s == canonical))
        for mark in marks:
            if mark.separator == majority:
                continue
            fixed = SLASHES.sub(majority, mark.raw)
            yield context.report(
                mark.span,
                f"'{mark.raw}' separates its control with '{mark.separator}' but most marks "
                f"here use '{majority}'; write {fixed}",
                fix=context.fix(f"write {fixed}", context.replace(mark.span, fixed)))


class ReleaseMarking(Rule):
    """Release markings name the releasable parties as ``REL TO`` and country
    trigraphs or known organisation codes (``REL TO USA, GBR``,
    ``REL TO USA, NATO``).  Reported once per written form and cable.

    Why: free-text partners (``Rel UK``, ``REL ROYG``, ``Rel to Kenya``) are
    ambiguous and cannot be checked by tools that decide who may receive a
    document.

    Source: ISOO marking booklet (Dec 2010), REL TO form; cable convention.

    Bad:
        ¶3. (S/Rel UK) ...
        ¶5. (C/REL NATO) ...

    Good:
        ¶3. (S//REL TO USA, GBR) ...

    Fix: rewrite the release marking (a suggestion is given; no autofix,
    since the partner names need checking).
    """

    code = "CL307"
    name = "release-marking-form"
    summary = "A release marking does not use the REL TO form with known codes"
    severity = "info"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = inventory(context)
        if not found.separators:
            return
        seen: dict[str, list[PortionMark]] = {}
        for mark in found.marks:
            if mark.release_to:
                part = next((p.strip() for p in SLASHES.split(mark.raw.strip("()"))
                             if p.strip().upper().startswith("REL")), None)
                if part is not None:
                    seen.setdefault(part, []).append(mark)
        if not seen:
            return
        release = vocabulary(context)["release"]
        known = set(release["countries"]) | set(release["organizations"])
        aliases = release["aliases"]
        for part, marks in seen.items():
            parties, unknown = _parties(part, known, aliases)
            canonical = release["prefix"] + " " + ", ".join(parties)
            if part == canonical and not unknown:
                continue
            suggestion = ", ".join(["USA", *(p for p in parties if p != "USA")])
            problem = f"names {', '.join(repr(u) for u in unknown)}, not a country or " \
                "organisation code" if unknown else "is not in the REL TO form"
            more = f" (and {len(marks) - 1} more)" if len(marks) > 1 else ""
            yield context.report(
                marks[0].span,
                f"release marking '{part}' {problem}; write '{release['prefix']} "
                f"{suggestion}'{more}")


def _parties(part: str, known: set[str], aliases: dict[str, str]) -> tuple[list[str], list[str]]:
    """Party codes of a release marking (aliases mapped) and the names not recognised."""
    names = _REL.sub("", part, count=1).upper()
    parties: list[str] = []
    unknown: list[str] = []
    for chunk in re.split(r"\s*,\s*|\s+AND\s+", names):
        chunk = chunk.strip()
        if not chunk:
            continue
        pieces = [chunk] if chunk in known or chunk in aliases else chunk.split()
        for piece in pieces:
            if piece in known:
                parties.append(piece)
            elif piece in aliases:
                parties.append(aliases[piece])
            else:
                parties.append(piece)
                unknown.append(piece)
    return parties, unknown


class UnmarkedSubject(Rule):
    """The subject line of a classified cable carries a portion mark.

    Off by default: most cables of the period leave the subject unmarked
    (about 257 of the 300 development cables would be reported).

    Why: the subject is quoted in indexes and replies; its mark says whether
    it may be quoted in an unclassified context.

    Source: common practice; no regulation text confirmed.

    Bad:
        SUBJECT: TALKS WITH THE MINISTER

    Good:
        SUBJECT: (U) TALKS WITH THE MINISTER

    Fix: add the subject's mark (no autofix).
    """

    code = "CL308"
    name = "unmarked-subject"
    summary = "The subject of a classified cable has no portion mark"
    severity = "info"
    enabled = False

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        subject = context.document.subject
        if subject is None or subject.portion_mark is not None or not context.classified:
            return
        first = subject.raw.split("\n", 1)[0]
        colon = first.find(":")
        end = subject.span.start + (colon + 1 if colon >= 0 else len(first.split()[0]))
        yield context.report(context.span(subject.span.start, end),
                             "the subject of a classified cable has no portion mark; "
                             "write e.g. 'SUBJECT: (U) ...'")


RULES = [UnmarkedParagraph, MalformedMark, MarkAfterLeadIn, WholeTextStatement, UnnumberedMark,
         MixedSeparators, ReleaseMarking, UnmarkedSubject]
