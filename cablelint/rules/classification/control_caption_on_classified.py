"""CL406 control-caption-on-classified."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.classification import banner_level, caption, level_name
from cablelint.analysis.portion_marks import inventory, tables
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class ControlOnClassified(Rule):
    """SBU, FOUO and LOU designations are not the classification of a classified
    cable: a ``SENSITIVE`` (or SBU/FOUO/LOU) caption on a CONFIDENTIAL or SECRET
    cable is reported for review, unless the cable has portions marked with
    that control (``(SBU)``, ``(FOUO)``): then the caption announces those
    portions, as State's classified telegrams with SBU paragraphs commonly did.

    Why: these designations mark unclassified information; on a classified
    cable they are redundant at best and confuse handling.  Info: the cable
    is still protected at its banner's level, so nothing is under-protected.
    Blinded readers of fresh cables (issue #12's acceptance audit) judged the
    caption on classified cables with (SBU) paragraphs arguable every time
    (4 of 4), so those are not reported.

    Measured (issue #12, fresh-12 audit A116/A158/A202, whose readers called the
    caption on classified cables "routine practice"): of 1,032 classified cables
    (both development corpora and fresh-8 to fresh-12), 29 carry a SENSITIVE
    caption; 16 of them have (SBU) portions (not reported) and 13 have none, about
    1 in 80: a recurring practice of some posts, not the rule.  Judged by blinded
    readers, the remaining findings were 2 TRUE, 3 DEBATABLE, 0 FALSE.  So the rule
    stays on at info; its message says what the caption announces and what to do
    rather than asserting what it marks.

    Source: 32 CFR 2001.23(a); 2000 STATE 018029.

    Bad:
        C O N F I D E N T I A L ZENDA 000123
        SENSITIVE

    Good:
        C O N F I D E N T I A L ZENDA 000123
        SIPDIS

    Fix: remove the caption, or use (SBU) portion marks where meant (no autofix).
    """

    code = "CL406"
    name = "control-caption-on-classified"
    summary = "An SBU/FOUO/LOU caption on a classified cable"
    severity = "info"
    basis = "convention"
    requires = frozenset({"banner", "captions"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (an unclassified cable has nothing to judge): a
        # generator made for nothing costs the engine more than the whole test
        if not context.classified:
            return iter(())
        return self._classified(context)

    def _classified(self, context: RuleContext) -> Iterator[Diagnostic]:
        classification = tables(context)
        # the unclassified controls (SBU, FOUO, LOU): unclassified levels other than U
        controls = {level for level, classified in classification.classified.items()
                    if not classified and level != "U"}
        if inventory(context).levels & controls:
            return
        for word in classification.control_captions:
            found = caption(context, word)
            if found is not None:
                level = level_name(context, banner_level(context))
                yield context.report(found[1].span,
                                     f"'{word}' caption on a {level} cable with no (SBU) "
                                     "portion: it announces sensitive unclassified text; "
                                     "remove it or mark that text (SBU)")
                return
