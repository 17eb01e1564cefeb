"""The portion marks of a cable, and the classification vocabulary's lookups.

Every portion-marking rule (CL3xx) and every classification rule (CL4xx)
reads one shared inventory of the cable's marks (:func:`inventory`): the
marks of numbered paragraphs and of the subject from the model, marks after a
lead-in word (``¶1. Summary: (C) ...``), marks that open unnumbered
paragraphs, lettered items and list items (found from the raw text, since
those are not in ``Document.paragraphs``), and the whole-text statement
(``SECRET - ENTIRE TEXT``, ``Document.whole_text``), which counts as a mark
on every paragraph.

Levels, controls and release codes come from the ``classification``
vocabulary (``rules/classification.json``), prepared once per run
(:func:`tables`).
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from cablelint.analysis import analysis
from cablelint.analysis.numbering import sequence
from cablelint.diagnostics import new_tuple
from cablelint.fields.list_items import continues_lettered_list
from cablelint.fields.portion import (
    abbreviates_words_before,
    parse_portion_mark,
    split_glued_control,
    truncated_level,
)
from cablelint.model import Paragraph, PortionMark, WholeText

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

# A mark candidate: "(" + an upper-case level (or none, for "(/Rel UK)") + "/" or ")",
# not right after a paragraph number ("1. (C)": those marks are in the model).
# Found in one scan of the body; the look-behinds skip "1. (C)" (a digit, a full
# stop and up to three blanks before the "(", or three blanks and a line break).
# The literal "(" comes first so that the scan jumps from one "(" to the next.
_CANDIDATE = re.compile(r"\((?=[STUCLF/)])(?<!\d\.\()(?<!\d\.\s\()(?<!\d\.\s\s\()"
                        r"(?<!\d\.\s\s\s\()(?<!\d\.\s\s\s\n\()(?:SBU|TS|U|C|S|LOU|FOUO)?[/)]")
_CANDIDATE_LENGTH = 6  # the longest candidate: "(FOUO/"
# What may stand before a mark that opens a line: a bullet, a letter or number item.
_LINE_PREFIX = re.compile(r"[ \t]*(?:\u00b6\s?)?(?:-{1,2}\s*|[A-Za-z]{1,2}[.)]\s*"
                          r"|\d{1,3}[.)]\s*|\([a-z0-9]{1,3}\)\s*)?")
# A lead-in before the mark: "Summary: (C)", "KEY POINTS: (S)".
_LEAD_IN = re.compile(r"[ \t]*([A-Za-z][A-Za-z /&-]{0,30}?[:.])[ \t]*(?=\(|[A-Z]{1,3}\))")
_LEVEL_TOKEN = re.compile(r"\s*([^/\-]*?)\s*(?=/|-|$)")
SLASHES = re.compile(r"/{1,2}")
#: the most words of a lead-in whose items carry the marks ("¶1. KEY POINTS:")
_HEADING_WORDS = 10


class Inventory(NamedTuple):
    """Every portion mark of a cable, and what the rules ask of them most often."""

    marks: list[PortionMark]  # in text order; a whole-text mark "(C - ENTIRE TEXT)" excluded
    places: dict[int, str]  # start offset -> subject, lead-in or line (else: paragraph)
    whole_text: WholeText | None
    lead_in: dict[int, tuple[Paragraph, PortionMark]]  # paragraph start -> mark after a lead-in
    line_marks: list[PortionMark]  # marks opening unnumbered lines and list items
    levels: frozenset[str]  # levels of every mark and of the whole-text statement
    separators: frozenset[str]
    unmarked: int  # numbered paragraphs with no mark right after the number

    def place(self, mark: PortionMark) -> str:
        return self.places.get(mark.span.start, "paragraph")

    def top_rank(self, ranks: dict[str, int]) -> int | None:
        found = [ranks[level] for level in self.levels if level in ranks]
        return max(found) if found else None


class ClassificationTables(NamedTuple):
    """The classification vocabulary with lookups prepared once per vocabulary."""

    vocab: dict[str, Any]
    rank: dict[str, int]
    names: dict[str, str]
    classified: dict[str, bool]
    portion_levels: frozenset[str]
    spellings: dict[str, str]
    controls: frozenset[str]
    cutover: _dt.date
    control_captions: tuple[str, ...]  # captions that name an unclassified control (SENSITIVE)
    #: from when unclassified telegrams are held to mark their paragraphs (CL301)
    unclassified_cutover: _dt.date = _dt.date(2004, 1, 1)


_TABLES: dict[int, tuple[object, ClassificationTables]] = {}


def tables(context: RuleContext) -> ClassificationTables:
    """Prepared lookups of the ``classification`` vocabulary (shared by CL3xx/CL4xx).

    The vocabulary depends only on the run's settings, so the tables are kept
    per settings object rather than rebuilt for every cable.
    """
    settings = context.settings
    found = _TABLES.get(id(settings))
    if found is None or found[0] is not settings:
        vocab = context.vocabulary("classification")
        found = _TABLES[id(settings)] = (settings, _tables(vocab))
    return found[1]


def _tables(vocab: dict[str, Any]) -> ClassificationTables:
    levels = vocab["levels"]
    spellings = vocab["level_spellings"]
    return ClassificationTables(
        vocab, {code: level["rank"] for code, level in levels.items()},
        {code: level["name"] for code, level in levels.items()},
        {code: level["classified"] for code, level in levels.items()},
        frozenset(vocab["portion_levels"]), spellings,
        frozenset(s for c in vocab["controls"].values() for s in c["spellings"]),
        _dt.date.fromisoformat(vocab["portion_marking_required_from"]),
        tuple(word for word, c in vocab["caption_controls"].items() if c.get("level")),
        _dt.date.fromisoformat(vocab.get("unclassified_portion_marking_required_from",
                                         "2004-01-01")))


def vocabulary(context: RuleContext) -> dict[str, Any]:
    return tables(context).vocab


def rank(context: RuleContext, level: str | None) -> int | None:
    return tables(context).rank.get(level) if level else None


@analysis
def inventory(context: RuleContext) -> Inventory:
    """Every portion mark of the cable (see the module documentation)."""
    document, source, text = context.document, context.source, context.text
    whole = document.whole_text
    paragraphs = document.paragraphs
    marks = [p.portion_mark for p in paragraphs if p.portion_mark is not None]
    # a paragraph whose mark is the whole-text statement ("1. (C - ENTIRE TEXT)") is marked
    whole_mark = whole.paragraph if whole is not None else None
    unmarked = len(paragraphs) - len(marks) - (whole_mark is not None)
    places: dict[int, str] = {}
    lead_in: dict[int, tuple[Paragraph, PortionMark]] = {}
    extra: list[PortionMark] = []
    if unmarked:
        for index, paragraph in enumerate(paragraphs):
            if paragraph.portion_mark is not None or index == whole_mark:
                continue
            found = _LEAD_IN.match(text, paragraph.number_span.end)
            if found is None:
                continue
            mark = parse_portion_mark(source, text, 0, found.end())
            if mark is not None and mark.level is not None:
                lead_in[paragraph.span.start] = (paragraph, mark)
                places[mark.span.start] = "lead-in"
                extra.append(mark)
                unmarked -= 1
    subject = document.subject
    if subject is not None and subject.portion_mark is not None:
        marks.insert(0, subject.portion_mark)
        places[subject.portion_mark.span.start] = "subject"
    line_marks: list[PortionMark] = []
    if document.body:
        start, end = document.body[0].span.start, document.body[-1].span.end
        # the paragraphs' own marks: the pattern's look-behinds skip most of them
        # cheaply, but not one set off from its number by four blanks or more, nor
        # one written before its number ("(C) 1.", which opens its line)
        known = {mark.span.start for mark in marks}
        known.update(mark.span.start for mark in extra)
        # a candidate starts before ``end`` but may run past it
        for found in _CANDIDATE.finditer(text, start, end + _CANDIDATE_LENGTH - 1):
            position = found.start()
            if position >= end:
                break
            if position in known:
                continue
            line_start = text.rfind("\n", 0, position) + 1
            if not _LINE_PREFIX.fullmatch(text, line_start, position):
                continue
            mark = parse_portion_mark(source, text, 0, position)
            if mark is not None and not (len(mark.raw) == 3 and continues_lettered_list(
                    text, start, line_start, mark.raw[1])) and not (
                    not text[line_start:position].strip() and abbreviates_words_before(
                        text, line_start, mark.raw)):
                line_marks.append(mark)
                places[mark.span.start] = "line"
    if extra or line_marks:
        marks.extend(extra)
        marks.extend(line_marks)
        marks.sort(key=lambda mark: mark.span.start)
    levels = {mark.level for mark in marks}
    if whole is not None:
        levels.add(whole.level)
    levels.discard(None)
    separators = frozenset({mark.separator for mark in marks} - {None})
    # every field given: the fast constructor (one inventory per cable)
    return new_tuple(Inventory, (marks, places, whole, lead_in, line_marks, frozenset(levels),
                                 separators, unmarked))


def items_carry_marks(context: RuleContext, paragraph: Paragraph) -> bool:
    """Whether an unmarked numbered paragraph is a lead-in whose own items carry
    the marks (``¶1. KEY POINTS:`` / ``-- (C) ...``): its text up to the first
    mark that opens a line inside it is a short heading on one line, with or
    without a colon.  Text running over lines before the first marked line
    (sentences, then a marked sub-heading or list) is not one: it is a
    portion of its own, and unmarked."""
    start, end = paragraph.span.start, paragraph.span.end
    first = next((mark.span.start for mark in inventory(context).line_marks
                  if start <= mark.span.start < end), None)
    if first is None:
        return False
    lead = context.text[paragraph.number_span.end:first].strip(" \t\n-\u2014")
    return "\n" not in lead and len(lead.split()) <= _HEADING_WORDS


#: a list label right before a mark inside a line, where a flattened text ran its
#: sections together ("3.(U) INDIGENOUS TERRORISM I. (S/NF) ANTI-AMERICAN ...",
#: 09TRIPOLI190): a roman numeral, a letter or a number, then "." or ")" and
#: blanks; matched on the few characters before each "(" (read backwards)
_LABEL_BEFORE_REVERSED = re.compile(r"[ \t]+[.)](?:[IVX]{1,4}|[A-Z]|\d{1,2})(?=[ \t])")


@analysis
def inline_labelled_marks(context: RuleContext) -> list[PortionMark]:
    """Portion marks after a list label inside a line of the body (see
    ``_LABEL_BEFORE_REVERSED``), which the inventory, reading line starts, does
    not hold.  Asked only where a rule concludes from a mark's absence; found
    from each "(" before a capital (``str.find``), not by a pattern tried at every
    character of the body."""
    document = context.document
    if not document.body:
        return []
    source, text = context.source, context.text
    start, end = document.body[0].span.start, document.body[-1].span.end
    found: list[PortionMark] = []
    position = text.find("(", start, end)
    while position >= 0:
        if text[position + 1:position + 2].isupper() and _LABEL_BEFORE_REVERSED.match(
                text[max(start, position - 8):position][::-1]):
            mark = parse_portion_mark(source, text, 0, position)
            if mark is not None and mark.level is not None:
                found.append(mark)
        position = text.find("(", position + 1, end)
    return found


class Unmarked(NamedTuple):
    """A numbered paragraph the marking rules hold to a mark, without one."""

    paragraph: Paragraph
    #: where a redaction run opening the paragraph ends (the mark may have gone
    #: with the redacted words), else None
    redacted: int | None


@analysis
def unmarked_paragraphs(context: RuleContext) -> list[Unmarked]:
    """The numbered paragraphs without a mark that should carry one, in order.

    Left out: paragraphs covered by a whole-text statement, a mark after a
    lead-in word, paragraphs whose own items carry the marks, the numbering of
    a quoted document or a nested list (from a restart or a nested step until
    the next marked paragraph), a wrapped number, a fragment or a copy (the
    numbering walk's judgement), the Classified By line written as a numbered
    paragraph, and a paragraph that is nothing but a redaction or the
    publisher's note that it was removed.
    """
    marks = inventory(context)
    if not marks.unmarked or marks.whole_text is not None:
        return []
    text = context.text
    document = context.document
    block_paragraphs = {document.paragraphs[index].span.start
                        for index in document.classified_by_paragraphs}
    found: list[Unmarked] = []
    quoted = False
    for step in sequence(context):
        paragraph = step.paragraph
        if paragraph.portion_mark is not None or paragraph.span.start in marks.lead_in \
                or paragraph.removed is not None:
            quoted = False
            continue
        if step.kind in ("restart", "nested"):
            quoted = True  # a quoted document or a nested list numbers on its own
        if quoted or step.kind in ("wrapped", "fragment", "copy"):
            continue
        if items_carry_marks(context, paragraph):
            continue
        after = paragraph.number_span.end
        if paragraph.span.start in block_paragraphs or not text[after:paragraph.span.end].strip():
            continue
        redacted = leading_redaction(context, after)
        if redacted is not None and not text[redacted:paragraph.span.end].strip():
            continue
        found.append(Unmarked(paragraph, redacted))
    return found


def portion_marking_required(context: RuleContext) -> bool | None:
    """True/False when the cable certainly is / is not from after E.O. 12958 took
    effect; None when the date is unknown or a year-only date straddles it."""
    return _dated_on_or_after(context, tables(context).cutover)


def unclassified_marking_required(context: RuleContext) -> bool | None:
    """True/False when the cable certainly is / is not from after unclassified
    telegrams came to be held to mark their paragraphs (the vocabulary's
    ``unclassified_portion_marking_required_from``: E.O. 12958 governs
    classified text only); None when the date is unknown or straddles it."""
    return _dated_on_or_after(context, tables(context).unclassified_cutover)


def _dated_on_or_after(context: RuleContext, cutover: _dt.date) -> bool | None:
    """True/False when the cable's date is certainly on or after / before ``cutover``;
    None when the date is unknown or a year-only date straddles it."""
    date = context.cable_date
    if date is None:
        return None
    if date.on_or_after(cutover):
        return True
    if date.before(cutover):
        return False
    return None


def mark_problems(context: RuleContext, mark: PortionMark) -> tuple[list[str], str | None]:
    """What is wrong with a mark's syntax, and the repaired mark when the repair
    needs no judgement (upper-casing the level, adding a lost "(")."""
    table = tables(context)
    raw = mark.raw
    problems: list[str] = []
    fixable = True
    body = raw[1:] if raw.startswith("(") else raw
    if not raw.startswith("("):
        problems.append("has no opening parenthesis")
    body = body[:-1] if body.endswith(")") else body
    cut = truncated_level(body)
    if cut is not None:  # "(SB)": one reading only, so the repair is safe
        return [*problems, "is cut short"], f"({cut})" if raw.startswith("(") else None
    glued = split_glued_control(body)
    if glued is not None:  # "(SNF)": one reading only, so the repair is safe
        fixed = f"({glued[0]}/{glued[1]})"
        return [*problems, "runs the level and the control together"], \
            fixed if raw.startswith("(") else None
    token = _LEVEL_TOKEN.match(body)
    level = token.group(1) if token else ""
    rest = body[token.end():] if token else body
    if not level:
        problems.append("has no classification level")
        fixable = False
    elif level.upper() in table.portion_levels:
        if level != level.upper():
            problems.append(f"writes the level '{level}' in lower case")
    else:
        code = table.spellings.get(level.upper())
        wanted = f"({code})" if code in table.portion_levels else \
            "(" + "), (".join(table.vocab["portion_levels"]) + ")"
        problems.append(f"uses '{level}' as the level; write {wanted}")
        fixable = False
    lower_controls: list[str] = []
    for part in SLASHES.split(rest):
        part = part.strip()
        if part and not part.upper().startswith("REL") and part.upper() not in table.controls:
            problems.append(f"has the unknown control '{part}'")
            fixable = False
        elif part and not part.upper().startswith("REL") and part != part.upper():
            problems.append(f"writes the control '{part}' in lower case")
            lower_controls.append(part)
    if not problems or not fixable:
        return problems, None
    # every part the problems name in upper case ("(s/nf)" -> "(S/NF)", never
    # "(S/nf)"); separators and REL parts as written (CL306 and CL307 judge them)
    for part in lower_controls:
        rest = rest.replace(part, part.upper(), 1)
    fixed = "(" + body[:len(body) - len(rest)].replace(level, level.upper(), 1) + rest + ")"
    return problems, fixed


@analysis
def redaction_ends(context: RuleContext) -> dict[int, int]:
    """Start offset -> end offset of every redaction run the parser found."""
    return {run.span.start: run.span.end for run in context.document.redactions}


def leading_redaction(context: RuleContext, offset: int) -> int | None:
    """Where a redaction run that opens the text at ``offset`` (after optional blanks)
    ends, or None when the text there does not open with one.

    CL301 and CL305 ask it of a paragraph's first words: a paragraph that is
    only a redaction is not judged, and one that opens with a redaction may
    have lost its mark with the redacted words.
    """
    if not context.document.redactions:
        return None
    text = context.text
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return redaction_ends(context).get(offset)
