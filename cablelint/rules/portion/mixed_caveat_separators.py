"""CL306 mixed-caveat-separators."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from cablelint.analysis.portion_marks import SLASHES, inventory, vocabulary
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class MixedSeparators(Rule):
    """One caveat separator style per cable: ``(S/NF)`` or ``(S//NF)``, not both.

    Why: mixing ``/`` and ``//`` shows text was pieced together and defeats
    searches for a control.  Info: a style point; every mark still reads the
    same.

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
    basis = "convention"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (few cables write two separators): a
        # generator made for nothing costs the engine more than the whole test
        if len(inventory(context).separators) < 2:
            return iter(())
        return self._separators(context)

    def _separators(self, context: RuleContext) -> Iterator[Diagnostic]:
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
