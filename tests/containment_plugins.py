"""Misbehaving plugin rules for the containment tests (issue #13), one per kind.

Each yields one good finding first, so that a test can tell whether the
engine kept or dropped what came before the misbehaviour.
"""

from __future__ import annotations

import sys
import time

from cablelint.rules.base import Rule

CABLE = ("C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 06/10/2019\n"
         "TAGS: PREL AU\nSUBJECT: CORONATION\n\n1. (C) The king was crowned.\n\n"
         "2. (C) The harbour stayed calm.\n\nRASSENDYLL\n")


class MisbehavingPlugin(Rule):
    """A misbehaving plugin rule (the base of the test plugins here and in
    test_engine_validation).

    Why: test. Source: test. Bad: any cable. Good: none. Fix: none.
    """

    summary = "misbehaves"


class WellBehaved(MisbehavingPlugin):
    code, name = "CL970", "well-behaved"

    def check(self, context):
        yield context.report(context.span(0, 1), "a fine finding")


class YieldsText(MisbehavingPlugin):
    code, name = "CL971", "yields-text"

    def check(self, context):
        yield context.report(context.span(0, 1), "a fine finding")
        yield "not a diagnostic"


class Prints(MisbehavingPlugin):
    code, name = "CL972", "prints"

    def check(self, context):
        print("debugging ZENDA")
        yield context.report(context.span(0, 1), "a fine finding")


class Exits(MisbehavingPlugin):
    code, name = "CL973", "exits"

    def check(self, context):
        yield context.report(context.span(0, 1), "a fine finding")
        sys.exit(3)


class Endless(MisbehavingPlugin):
    code, name = "CL974", "endless"

    def check(self, context):
        span = context.span(0, 1)
        while True:
            yield context.report(span, "again")


class Loops(MisbehavingPlugin):
    # loops forever without yielding, and swallows what it can
    code, name = "CL975", "loops"

    def check(self, context):
        yield context.report(context.span(0, 1), "a fine finding")
        while True:
            try:
                while True:
                    pass
            except Exception:  # what a careless plugin does
                pass


class Sleeps(MisbehavingPlugin):
    # slow, yielding now and then
    code, name = "CL976", "sleeps"

    def check(self, context):
        while True:
            time.sleep(0.01)
            yield context.report(context.span(0, 1), "slowly")


class MutatesSource(MisbehavingPlugin):
    code, name = "CL977", "mutates-source"

    def check(self, context):
        context.source.texts.clear()
        context.source.starts.clear()
        yield context.report(context.span(0, 1), "a fine finding")


class Interrupted(MisbehavingPlugin):
    code, name = "CL978", "interrupted"

    def check(self, context):
        raise KeyboardInterrupt
        yield


class BuiltInMutates(MisbehavingPlugin):
    # as if a built-in rule changed the source (only the per-file check sees it)
    code, name = "CL979", "built-in-mutates"

    def check(self, context):
        context.source.texts.pop()
        return iter(())


BuiltInMutates.__module__ = "cablelint.rules.pretend"


class LoopsOnMarker(MisbehavingPlugin):
    code, name = "CL969", "loops-on-marker"

    def check(self, context):
        if "LOOP FOREVER" in context.text:
            while True:
                pass
        yield context.report(context.span(0, 1), "a fine finding")
