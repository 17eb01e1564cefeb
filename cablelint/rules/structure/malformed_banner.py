"""CL102 malformed-banner."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.overall_level import level_evidence
from cablelint.analysis.structure import level_name
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.model import Banner
from cablelint.rules.base import FixAvailability, Rule, RuleContext

_LEVEL_CANONICAL = {"C": "C O N F I D E N T I A L", "S": "S E C R E T",
                    "TS": "T O P S E C R E T"}


class MalformedBanner(Rule):
    """The banner's level word is well formed: spelled right, upper case, each
    letter followed by one space (``S E C R E T``) or not spaced at all
    (``SECRET``), no doubled first letter (``SS E C R E T``, ``UUNCLAS``) and
    no lost one (``E C R E T``); and the banner is a line of its own, not glued
    to the end of a routing line or followed by captions or header fields run
    onto it.  A lost letter is confirmed by the other evidence of the level
    when the cable has some (the ZNY line's ``SSSSS``, page-break banners).

    Why: the doubled letter and the broken spacing are typing or extraction
    slips; they defeat searches for the classification and look like a
    different marking.  A warning: the level is still legible, and the slip
    may be the extraction's rather than the drafter's.

    Source: cable convention (cable-format.md, section 3).

    Bad:
        SS E C R E T SECTION 01 OF 02 ZENDA 000123
        E C R E T ZENDA 000123
        CO N F I D E N T I A L ZENDA 000123
        S e c r e t zenda 000123

    Good:
        S E C R E T SECTION 01 OF 02 ZENDA 000123
        C O N F I D E N T I A L ZENDA 000123

    Fix: ``--fix`` rewrites the level word in the spaced upper-case form
    (``UNCLAS`` stays unspaced) and upper-cases the rest of a lower-case banner
    (safe).  A glued banner is reported without a fix: break the line by hand.
    Punctuation alone before the banner (``,C O N F I D E N T I A L ...``,
    ``","C O N F I D E N T I A L ...``: debris of a data export, fresh-14 audit
    A155) is no line the banner was glued to: it is reported as stray, at the
    punctuation, and ``--fix`` deletes it (safe: no word is lost).
    """

    code = "CL102"
    name = "malformed-banner"
    summary = "The banner is misspelt, badly spaced, not upper case or glued to another line"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        yield from _glued(context, banner)
        written = banner.level_text
        letters = written.replace(" ", "")
        upper = letters.upper()
        problems = []
        if banner.doubled_initial:
            problems.append("doubles its first letter")
            upper = upper[1:]
        if banner.dropped_initial:
            problems.append("has lost its first letter")
            upper = banner.level_word[0] + upper
        if written != written.upper():
            problems.append("is not in upper case")
        if " " in written.strip():
            groups = written.split()
            if max(map(len, groups[1 if problems[:1] == [
                    "doubles its first letter"] else 0:]), default=0) > 1:
                problems.append("is irregularly spaced")
        if not problems:
            return
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
        confirmed = ""
        if banner.dropped_initial:
            evidence = level_evidence(context)
            if evidence.level == level:
                confirmed = f" ({level_name(level)}, as {evidence.described()} says)"
        yield context.report(
            span, f"banner level '{written}' {' and '.join(problems)}; write '{canonical}'"
            + confirmed, fix=context.fix(f"write '{canonical}'", *edits))


def _glued(context: RuleContext, banner: Banner) -> Iterator[Diagnostic]:
    """The banner glued to the text before it, or text run on after its serial."""
    if banner.text_before is not None:
        before = context.text[banner.text_before.start:banner.text_before.end]
        if not any(map(str.isalnum, before)):
            # stray punctuation (',' or '","', debris of a data export), not a line
            # the banner was glued to: deleting it mends the line, no break wanted
            stray = context.span(banner.text_before.start, banner.span.start)
            yield context.report(stray, f"stray '{_short(before)}' before the banner; delete it",
                                 fix=context.fix(f"delete '{_short(before)}'",
                                                 context.replace(stray, "")))
        else:
            yield context.report(banner.span, f"banner glued to the end of '{_short(before)}' "
                                 "(a lost line break); put the banner on a line of its own")
    if banner.text_after is not None:
        after = context.text[banner.text_after.start:banner.text_after.end]
        yield context.report(banner.text_after, f"'{_short(after)}' is run onto the banner "
                             "line (a lost line break); start it on a new line")


def _short(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."
