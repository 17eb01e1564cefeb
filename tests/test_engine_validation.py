"""The engine checks what rules produce, so that no rule or plugin can lose text.

Issue #13: fix edits were never validated (an edit with its start after its
end, or past the end of the text, duplicated or appended text), CL000 could be
filtered out by ``--select``, and a fix run that did not converge was written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from containment_plugins import CABLE, MisbehavingPlugin
from flipping_rules import ToKing, ToQueen

from cablelint.config import ConfigResolver, Overrides
from cablelint.diagnostics import Edit, Fix
from cablelint.engine import run_rules
from cablelint.fixer.run import fix_paths
from cablelint.parser import parse_source
from cablelint.rules.base import Settings
from cablelint.source import SourceText


class _Plugin(MisbehavingPlugin):
    """One subclass per kind of garbage.

    Why: test. Source: test. Bad: any cable. Good: none. Fix: none.
    """

    def garbage(self, context):
        raise NotImplementedError

    def check(self, context):
        yield context.report(context.span(0, 1), "a fine finding")
        yield self.garbage(context)


class YieldsText(_Plugin):
    code, name = "CL980", "yields-text"

    def garbage(self, context):
        return "not a diagnostic"


class BackwardsEdit(_Plugin):
    code, name = "CL981", "backwards-edit"

    def garbage(self, context):
        return context.report(context.span(0, 1), "x",
                              fix=Fix("x", (Edit(10, 5, "dup"),), "safe"))


class EditPastTheEnd(_Plugin):
    code, name = "CL982", "edit-past-the-end"

    def garbage(self, context):
        end = len(context.text)
        return context.report(context.span(0, 1), "x",
                              fix=Fix("x", (Edit(end + 3, end + 3, "tail"),), "safe"))


class SpanPastTheEnd(_Plugin):
    code, name = "CL983", "span-past-the-end"

    def garbage(self, context):
        span = context.span(0, 1)._replace(start=0, end=len(context.text) + 1)
        return context.report(span, "x")


class WrongFieldTypes(_Plugin):
    code, name = "CL984", "wrong-field-types"

    def garbage(self, context):
        return context.report(context.span(0, 1), "x", fix=Fix("x", ("not an edit",), "safe"))


@pytest.mark.parametrize("rule", [YieldsText, BackwardsEdit, EditPastTheEnd, SpanPastTheEnd,
                                  WrongFieldTypes])
def test_garbage_from_a_rule_becomes_one_cl000(rule) -> None:
    source = SourceText.from_text(CABLE, "x.txt")
    found = run_rules(parse_source(source), source, [rule()], Settings())
    assert [d.code for d in found] == ["CL000"]  # the rule's other findings are dropped too
    assert f"rule {rule.code} ({rule.name}) produced an invalid finding" in found[0].message


def test_cl000_survives_any_selection(tmp_path: Path) -> None:
    resolver = ConfigResolver([YieldsText], Overrides(select=["CL9"]), isolated=True)
    source = SourceText.from_text(CABLE, "x.txt")
    from cablelint.check import lint_source

    result = lint_source(source, resolver.plan_for("x.txt"))
    assert [d.code for d in result.diagnostics] == ["CL000"]


def test_an_invalid_edit_never_reaches_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(CABLE, encoding="utf-8")
    resolver = ConfigResolver([BackwardsEdit, EditPastTheEnd], Overrides(), isolated=True)
    fix_paths([str(path)], resolver, mode="write")
    assert path.read_text(encoding="utf-8") == CABLE


@pytest.mark.parametrize("mode", ["write", "diff"])
def test_a_run_that_does_not_converge_writes_nothing(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "x.txt"
    path.write_text(CABLE, encoding="utf-8")
    resolver = ConfigResolver([ToQueen, ToKing], Overrides(), isolated=True)
    fixes = fix_paths([str(path)], resolver, mode=mode)
    assert path.read_text(encoding="utf-8") == CABLE
    assert fixes.diffs == [] and fixes.changed_files == 0
    assert any("did not converge" in note and "left unchanged" in note for note in fixes.notes)
    # the findings reported are those of the file as it is
    [result] = fixes.run.results
    assert {d.code for d in result.diagnostics} == {"CL990"}
