"""CL302 malformed-portion-mark."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.portion_marks import inventory, mark_problems
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class MalformedMark(Rule):
    """A portion mark is written ``(U)``, ``(SBU)``, ``(C)``, ``(S)`` or ``(TS)``,
    optionally followed by ``/`` or ``//`` and a control (``NF``, ``NOFORN``,
    ``REL TO ...``): upper case, both parentheses, a level always present.

    Checks the marks of numbered paragraphs and of the subject line (CL305
    checks unnumbered paragraphs and list items).  Mixed-case release
    markings (``S/Rel UK``) are left to CL307.

    Why: a lower-case or damaged mark (``(c)``, ``C)``) is easily missed by
    readers and tools; a mark without a level (``(/Rel UK)``) does not say how
    the portion is classified.  A warning, not an error: a lost parenthesis or
    a changed case is extraction damage as often as a drafting slip.

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
    basis = "extraction"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        marks = inventory(context)
        for mark in marks.marks:
            if mark.well_formed or marks.place(mark) == "line":
                continue
            problems, fixed = mark_problems(context, mark)
            if not problems:
                continue
            fix = None
            advice = ""
            if fixed is not None:
                fix = context.fix(f"write {fixed}", context.replace(mark.span, fixed))
                advice = f"; write {fixed}"
            yield context.report(mark.span, f"portion mark '{mark.raw}' "
                                 + " and ".join(problems) + advice, fix=fix)
