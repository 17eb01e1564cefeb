"""--fix: every fix repairs its finding, is idempotent, converges, and never loses data."""

from __future__ import annotations

import codecs
import os
import shutil
import stat
from collections import Counter
from pathlib import Path

import pytest
from cli_helpers import run

from cablelint.config import ConfigResolver
from cablelint.diagnostics import Diagnostic, Edit, Fix
from cablelint.fixer.edits import apply_fixes, choose_fixes, dominant_newline
from cablelint.fixer.loop import fix_source
from cablelint.rules.base import FixAvailability
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
EXAMPLE = EXAMPLES / "ottawa-1502.txt"
GOLDEN_DIFF = REPO / "tests" / "golden" / "ottawa-1502.fix.diff"

RULES = all_rules()[0]
FIXABLE = [rule for rule in RULES if rule.fixable is not FixAvailability.NONE]


def resolver_for(*selectors: str) -> ConfigResolver:
    from cablelint.config import Overrides

    return ConfigResolver(RULES, Overrides(select=selectors or None), isolated=True)


def _diagnostic(start: int, end: int, replacement: str, applicability: str = "safe",
                code: str = "CL999") -> Diagnostic:
    from cablelint.diagnostics import Span

    return Diagnostic(code, "m", Span(1, 1, 1, 1, start, end), "warning", "x",
                      Fix("f", (Edit(start, end, replacement),), applicability))


# --- applying edits --------------------------------------------------------


def test_overlapping_fixes_wait_for_the_next_pass() -> None:
    first, overlapping, later = (_diagnostic(0, 3, "abc"), _diagnostic(2, 5, "x"),
                                 _diagnostic(6, 7, "y"))
    assert choose_fixes([later, overlapping, first], unsafe=False) == [first, later]


def test_insertions_at_the_same_point_conflict() -> None:
    one, two = _diagnostic(4, 4, "a"), _diagnostic(4, 4, "b")
    assert len(choose_fixes([one, two], unsafe=False)) == 1


def test_unsafe_fixes_only_when_asked() -> None:
    unsafe = _diagnostic(0, 1, "x", "unsafe")
    assert choose_fixes([unsafe], unsafe=False) == []
    assert choose_fixes([unsafe], unsafe=True) == [unsafe]


def test_apply_changes_only_the_edited_ranges() -> None:
    text = "0123456789"
    fixes = [_diagnostic(1, 3, "AB"), _diagnostic(5, 5, "++"), _diagnostic(8, 10, "")]
    assert apply_fixes(text, fixes) == "0AB34++567"


def test_line_breaks_in_replacements_follow_the_file() -> None:
    assert apply_fixes("a\r\nb", [_diagnostic(1, 1, "\nX")], "\r\n") == "a\r\nX\r\nb"
    assert dominant_newline("a\r\nb\r\nc\n") == "\r\n"
    assert dominant_newline("no breaks") == "\n"


# --- every fixable rule ----------------------------------------------------


def _cables(corpus_files: list[Path]) -> list[Path]:
    return [*sorted(EXAMPLES.glob("*.txt")), *corpus_files]


@pytest.fixture(scope="module")
def sources(corpus_files: list[Path]) -> list[SourceText]:
    return [SourceText.from_path(path) for path in _cables(corpus_files)]


@pytest.mark.parametrize("rule", FIXABLE, ids=lambda rule: rule.code)
def test_each_fix_repairs_its_finding_and_is_idempotent(rule, sources) -> None:
    """On the examples and the corpus: after fixing (unsafe included) with only this
    rule selected, the rule offers no fix any more, and a second run changes nothing."""
    resolver = resolver_for(rule.code)
    fixed_somewhere = 0
    for source in sources:
        plan = resolver.plan_for(source.path)
        outcome = fix_source(source, plan, unsafe=True)
        assert outcome.converged, (source.path, outcome.cycling)
        if outcome.skipped_reason:
            continue
        fixed_somewhere += outcome.changed
        left = [d for d in outcome.result.diagnostics if d.code == rule.code and d.fix]
        assert left == [], (source.path, left[:3])
        again = fix_source(outcome.result.source, plan, unsafe=True)
        assert not again.changed, source.path
    assert fixed_somewhere, f"{rule.code}: no example or corpus cable exercises its fix"


def test_all_fixes_together_converge_on_every_cable(sources) -> None:
    resolver = resolver_for()
    for source in sources:
        outcome = fix_source(source, resolver.plan_for(source.path), unsafe=True)
        assert outcome.converged, (source.path, outcome.cycling)
        assert outcome.passes <= 4, (source.path, outcome.passes)


# --- the example cable: a golden diff ----------------------------------------


def test_fix_on_the_example_gives_numbers_1_to_25_and_plain_tags(tmp_path, capsys,
                                                                 monkeypatch) -> None:
    shutil.copy(EXAMPLE, tmp_path / "ottawa-1502.txt")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", "--diff", "ottawa-1502.txt")
    assert code == 1
    assert out == GOLDEN_DIFF.read_text(encoding="utf-8")
    run(capsys, "check", "--fix", "ottawa-1502.txt")
    fixed = (tmp_path / "ottawa-1502.txt").read_text(encoding="utf-8")
    from cablelint.parser import parse_source

    document = parse_source(SourceText.from_text(fixed))
    assert [p.number for p in document.paragraphs] == list(range(1, 26))
    assert "\nTAGS: PREL MARR PK IN CA\n" in fixed
    original = EXAMPLE.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(original, fixed.splitlines(), strict=True) if a != b]
    assert len(changed) == 14  # 13 paragraph numbers and the TAGS line, nothing else
    assert all(a.startswith("1") and a[1:] == b for a, b in changed[1:])


def test_second_fix_changes_nothing(tmp_path, capsys) -> None:
    cable = tmp_path / "c.txt"
    shutil.copy(EXAMPLE, cable)
    run(capsys, "check", "--fix", str(cable))
    once = cable.read_bytes()
    code, out, _ = run(capsys, "check", "--diff", str(cable))
    assert (code, out) == (0, "")
    run(capsys, "check", "--fix", str(cable))
    assert cable.read_bytes() == once


# --- the corpus --------------------------------------------------------------


def test_fix_over_the_corpus_leaves_no_safe_fix(corpus: Path, tmp_path: Path, capsys) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    # the shared corpus is read-only (0444), and so is its copy: --fix leaves such files
    # alone unless asked
    code, _, err = run(capsys, "check", "--fix", "--fix-read-only", "--exit-zero",
                       "--show-fixes", str(copy))
    assert code == 0, err
    applied = Counter()
    for line in err.splitlines():
        if " × CL" in line:
            count, _, code_name = line.strip().partition(" × ")
            applied[code_name.split()[0]] += int(count)
    assert sum(applied.values()) > 500 and len(applied) >= 10, applied
    resolver = resolver_for()
    for path in sorted(copy.glob("*.txt")):
        result = fix_source(SourceText.from_path(path), resolver.plan_for(str(path)))
        assert not result.changed, path
        safe = [d for d in result.result.diagnostics
                if d.fix is not None and d.fix.applicability == "safe"]
        assert safe == [], (path, safe[:2])


# --- writing -----------------------------------------------------------------


def test_fix_keeps_bom_crlf_missing_final_newline_and_mode(tmp_path, capsys) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").rstrip("\n").replace("\n", "\r\n")
    cable = tmp_path / "c.txt"
    cable.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    os.chmod(cable, 0o640)
    run(capsys, "check", "--fix", str(cable))
    data = cable.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    body = data[3:].decode("utf-8")
    assert "\r\n" in body and "\n" not in body.replace("\r\n", "")
    assert not body.endswith("\r\n")
    assert "\r\n7. (C) Though not an agenda topic" in body
    assert stat.S_IMODE(cable.stat().st_mode) == 0o640


def test_fix_keeps_a_windows_1252_file_in_its_encoding(tmp_path, capsys) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("6. (C)", "\u00b66. (C)")
    cable = tmp_path / "c.txt"
    cable.write_bytes(text.encode("cp1252"))
    run(capsys, "check", "--fix", str(cable))
    fixed = cable.read_bytes()
    assert b"\xb66. (C)" in fixed and b"\n7. (C) Though" in fixed
    fixed.decode("cp1252")  # still the same encoding


def test_a_failed_write_leaves_the_original_intact(tmp_path, capsys, monkeypatch) -> None:
    cable = tmp_path / "c.txt"
    shutil.copy(EXAMPLE, cable)

    def failing_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    code, _, err = run(capsys, "check", "--fix", str(cable))
    assert code == 2
    assert "not fixed: cannot write it: No space left on device" in err
    assert cable.read_bytes() == EXAMPLE.read_bytes()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["c.txt"]


def test_a_file_changed_on_disk_is_not_overwritten(tmp_path, capsys, monkeypatch) -> None:
    import cablelint.fixer.run as fixer_run

    cable = tmp_path / "c.txt"
    shutil.copy(EXAMPLE, cable)
    real_fix = fixer_run.fix_source

    def fix_while_someone_edits(source, plan, **options):
        cable.write_text("edited meanwhile\n", encoding="utf-8")
        return real_fix(source, plan, **options)

    monkeypatch.setattr(fixer_run, "fix_source", fix_while_someone_edits)
    code, _, err = run(capsys, "check", "--fix", str(cable))
    assert code == 2 and "changed on disk while being checked" in err
    assert cable.read_text(encoding="utf-8") == "edited meanwhile\n"


def test_a_killed_fix_run_leaves_every_file_whole(tmp_path) -> None:
    """SIGKILL in the middle of a run over many files: each file is either the
    original or completely fixed, never half-written."""
    import signal
    import subprocess
    import sys
    import time

    for number in range(300):
        shutil.copy(EXAMPLE, tmp_path / f"c{number:03}.txt")
    reference = tmp_path.parent / "reference.txt"
    shutil.copy(EXAMPLE, reference)
    subprocess.run([sys.executable, "-m", "cablelint", "check", "--fix", "-q", str(reference)],
                   check=False, capture_output=True)
    fixed = reference.read_bytes()
    process = subprocess.Popen([sys.executable, "-m", "cablelint", "check", "--fix", "-q",
                                str(tmp_path)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        done = sum((tmp_path / f"c{n:03}.txt").read_bytes() == fixed for n in range(0, 300, 30))
        if done >= 2:
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    contents = Counter()
    for path in tmp_path.glob("c*.txt"):
        data = path.read_bytes()
        assert data in (EXAMPLE.read_bytes(), fixed), path
        contents[data == fixed] += 1
    assert contents[True] >= 1, "the run was killed before it fixed anything"
    assert contents[False] >= 1, "the run finished before it was killed"


# --- modes ---------------------------------------------------------------------


def test_diff_writes_nothing_and_exits_1(tmp_path, capsys) -> None:
    cable = tmp_path / "c.txt"
    shutil.copy(EXAMPLE, cable)
    code, out, err = run(capsys, "check", "--diff", str(cable))
    assert code == 1
    assert out.startswith(f"--- a/{cable}\n+++ b/{cable}\n")
    assert "-17. (C) Though" in out and "+7. (C) Though" in out
    assert "would change 1 file" in err
    assert cable.read_bytes() == EXAMPLE.read_bytes()


def test_fix_only_reports_nothing_and_exits_0(tmp_path, capsys) -> None:
    cable = tmp_path / "c.txt"
    shutil.copy(EXAMPLE, cable)
    code, out, err = run(capsys, "check", "--fix-only", str(cable))
    assert (code, out) == (0, "")
    assert "fixed 14 findings in 1 file" in err


def test_show_fixes_lists_fixes_per_rule(tmp_path, capsys) -> None:
    cable = tmp_path / "c.txt"
    shutil.copy(EXAMPLE, cable)
    _, out, err = run(capsys, "check", "--fix", "--show-fixes", str(cable))
    assert f"- {cable}:" in err
    assert " 13 × CL901 (pilcrow-read-as-one)" in err
    assert "CL901" not in out  # fixed findings are not reported again


def test_fix_from_stdin_prints_the_fixed_text(capsys, monkeypatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes())))
    _, out, err = run(capsys, "check", "--fix", "-", "--stdin-filename", "o.txt")
    assert "\n7. (C) Though not an agenda topic" in out
    assert out.startswith(EXAMPLE.read_text(encoding="utf-8")[:40])
    assert "CL901" not in err and "o.txt:3:1: CL913" in err


def test_files_that_may_not_be_cables_are_fixed_only_when_asked(tmp_path, capsys) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    banner = text.splitlines()[4]
    no_banner = text.replace(banner + "\n", "")
    cable = tmp_path / "c.txt"
    cable.write_text(no_banner, encoding="utf-8")
    _, _, err = run(capsys, "check", "--fix", str(cable))
    assert f"{cable}: not fixed: no classification banner" in err
    assert "--allow-parse-errors" in err
    assert cable.read_text(encoding="utf-8") == no_banner
    run(capsys, "check", "--fix", "--allow-parse-errors", str(cable))
    assert "\n7. (C) Though" in cable.read_text(encoding="utf-8")


def test_a_structure_error_stops_fixing(monkeypatch) -> None:
    """CL001 (a line out of place; real cables never have one) blocks fixing too."""
    from cablelint.check import FileResult
    from cablelint.diagnostics import Span
    from cablelint.fixer.loop import structural_problem
    from cablelint.parser import parse_source

    document = parse_source(SourceText.from_path(EXAMPLE))
    assert structural_problem(FileResult("x", [], None, document)) is None
    broken = document._replace(diagnostics=(Diagnostic("CL001", "m", Span(1, 1, 1, 2, 0, 1)),))
    assert "CL001" in structural_problem(FileResult("x", [], None, broken))


def test_fixes_that_undo_each_other_stop_when_a_text_comes_back(tmp_path) -> None:
    """Two rules that flip a word back and forth: reported as not converging as
    soon as a text repeats (no need to run to the cap), and the text is what the
    last pass left."""
    from flipping_rules import ToKing, ToQueen

    from cablelint.config import Overrides

    resolver = ConfigResolver([ToQueen, ToKing], Overrides(), isolated=True)
    source = SourceText.from_text("king\n", "flip.txt")
    outcome = fix_source(source, resolver.plan_for("flip.txt"), allow_parse_errors=True)
    assert not outcome.converged and outcome.passes == 1
    assert outcome.cycling in (("CL990",), ("CL991",))
    assert outcome.text in ("king\n", "queen\n")


def test_fixes_that_never_repeat_a_text_stop_at_the_cap(tmp_path) -> None:
    """A fix that grows the text in every pass never repeats one: the cap ends it."""
    from flipping_rules import Grows

    from cablelint.config import Overrides

    resolver = ConfigResolver([Grows], Overrides(), isolated=True)
    source = SourceText.from_text("king\n", "grow.txt")
    outcome = fix_source(source, resolver.plan_for("grow.txt"), max_passes=5,
                         allow_parse_errors=True)
    assert not outcome.converged and outcome.passes == 5
    assert outcome.cycling == ("CL992",)
    assert outcome.text == "kingddddd\n"
