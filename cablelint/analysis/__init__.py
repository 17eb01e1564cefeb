"""Shared analyses: what several rules read about one cable, computed once.

An analysis is a plain, typed function of the :class:`~cablelint.rules.base.RuleContext`
decorated with :func:`analysis`.  Its result is kept per cable, keyed by the
function itself (not by a string that two modules could spell differently),
so the numbering walk or the portion-mark inventory runs once however many
rules ask for it.  Each module of this package holds the analyses of one
subject (numbering, portion marks, authority, markers, artifacts ...); rules
import them by name and never recompute what an analysis already knows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from cablelint.rules.base import RuleContext

T = TypeVar("T")
_MISSING: Any = object()


def analysis(compute: Callable[[RuleContext], T]) -> Callable[[RuleContext], T]:
    """Make ``compute(context)`` run at most once per cable.

    ``None`` is a valid, kept result.  The wrapped function stays reachable as
    ``__wrapped__`` (for tests that want a fresh computation).
    """

    def cached(context: RuleContext) -> T:
        analyses = context.analyses
        value = analyses.get(compute, _MISSING)
        if value is _MISSING:
            value = analyses[compute] = compute(context)
        return value

    return update_wrapper(cached, compute)
