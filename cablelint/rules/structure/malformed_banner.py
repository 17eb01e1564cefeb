"""CL102 malformed-banner."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext

_LEVEL_CANONICAL = {"C": "C O N F I D E N T I A L", "S": "S E C R E T",
                    "TS": "T O P S E C R E T"}


class MalformedBanner(Rule):
    """The banner's level word is well formed: spelled right, upper case, each
    letter followed by one space (``S E C R E T``) or not spaced at all
    (``SECRET``), and no doubled first letter (``SS E C R E T``, ``UUNCLAS``).

    Why: the doubled letter and the broken spacing are typing or extraction
    slips; they defeat searches for the classification and look like a
    different marking.  A warning: the level is still legible, and the slip
    may be the extraction's rather than the drafter's.

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
    basis = "extraction"
    fixable = FixAvailability.SAFE
    requires = frozenset({"banner"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        banner = context.document.banner
        written = banner.level_text
        letters = written.replace(" ", "")
        upper = letters.upper()
        problems = []
        if banner.doubled_initial:
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
        yield context.report(
            span, f"banner level '{written}' {' and '.join(problems)}; write '{canonical}'",
            fix=context.fix(f"write '{canonical}'", *edits))
