"""Test rules for the fix loop: two whose fixes undo each other (king -> queen -> king
...), and one whose fix never ends without repeating a text (king -> kingdom -> ...)."""

from __future__ import annotations

from cablelint.rules.base import Rule


class _Flip(Rule):
    """Flips a word (two subclasses undo each other).

    Why: test. Source: test. Bad: king. Good: queen. Fix: flip the word.
    """

    summary = "flip"
    before, after = "", ""

    def check(self, context):
        start = context.text.find(self.before)
        if start >= 0:
            span = context.span(start, start + len(self.before))
            yield context.report(span, "flip", fix=context.fix(
                "flip", context.replace(span, self.after)))


class ToQueen(_Flip):
    code, name, before, after = "CL990", "to-queen", "king", "queen"


class ToKing(_Flip):
    code, name, before, after = "CL991", "to-king", "queen", "king"


class Grows(Rule):
    """Appends to a word in every pass, never making a text seen before.

    Why: test. Source: test. Bad: king. Good: kingdom. Fix: grow the word.
    """

    code, name, summary = "CL992", "grows", "grow"

    def check(self, context):
        end = context.text.rfind("king") + len("king")
        if end >= len("king"):
            span = context.span(end, end)
            yield context.report(span, "grow", fix=context.fix(
                "grow", context.replace(span, "d")))
