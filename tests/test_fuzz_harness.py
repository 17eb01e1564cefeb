"""``benchmarks/fuzz.py``: the fuzz harness of issue #13 (Build 6).

The quick tests check that the harness sees what it claims to (a misplaced
span, a fix that loses text, a schema error, an escaping exception), that an
input is a function of (seed, index) alone, and that shrinking keeps the
failure.  The slow one is the CI campaign: 20,000 inputs on two cores.
"""

from __future__ import annotations

import importlib.util
import os
import random
import subprocess
import sys
import time

import pytest
from conftest import REPO, shared_corpus

from cablelint.diagnostics import Diagnostic, Edit, Fix
from cablelint.source import SourceText

_SPEC = importlib.util.spec_from_file_location("fuzz", REPO / "benchmarks" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_SPEC)
sys.modules["fuzz"] = fuzz
_SPEC.loader.exec_module(fuzz)
mutations = sys.modules["fuzz_mutations"]

CABLE = ("CONFIDENTIAL ZENDA 000417\n\nE.O. 12958: DECL: 04/30/2018\nTAGS: PREL PGOV\n"
         "SUBJECT: THE REGENT NAMES A CABINET\n\n1. (C) The regent met RASSENDYLL.\n\n"
         "2. (C) He will follow events.\n\nRASSENDYLL\n")


@pytest.fixture(scope="module")
def corpus():
    shared_corpus("wikileaks-dev")
    shared_corpus("wikileaks-dev2")
    return fuzz.Corpus.load()


@pytest.fixture(scope="module")
def checker():
    return fuzz.Checker()


def _options(**changes) -> object:
    values = {"unsafe": False, "show_source": True, "color": False, "validate": True}
    return fuzz.Options(**{**values, **changes})


def test_an_input_depends_on_seed_and_index_only(corpus) -> None:
    first = fuzz.make_input(corpus, 7, 123)
    assert fuzz.make_input(corpus, 7, 123)[:3] == first[:3]
    assert fuzz.make_input(corpus, 8, 123)[0] != first[0]


def test_both_corpora_are_read_and_blocks_bound_truncation(corpus) -> None:
    assert {name.split("/")[0] for name in corpus.names} == {"wikileaks-dev", "wikileaks-dev2"}
    boundaries = corpus.block_boundaries(0)
    assert len(boundaries) > 5 and all(0 <= b <= len(corpus.texts[0]) for b in boundaries)
    cut = mutations.truncate(corpus.texts[0], random.Random(1), boundaries)
    assert len(cut) in boundaries or len(corpus.texts[0]) - len(cut) in boundaries


def test_mutations_do_what_they_say() -> None:
    rng = random.Random(3)
    assert mutations.many_paragraphs(CABLE, rng).count("RASSENDYLL on day") >= 1_000
    assert "\r\n" in mutations.line_endings(CABLE, random.Random(0)) or \
        "\n" not in mutations.line_endings(CABLE, random.Random(0))
    odd = mutations.odd_characters(CABLE, random.Random(5))
    assert len(odd) > len(CABLE) and any(c in odd for c in mutations.ODD_CHARACTERS)
    assert mutations.long_lines(CABLE, random.Random(2)).count("\n") < CABLE.count("\n")
    assert mutations.byte_flips(CABLE.encode(), random.Random(4)) != CABLE.encode()


def test_a_clean_cable_passes_every_check(checker) -> None:
    outcome = checker.check(CABLE.encode(), _options())
    assert outcome.problems == [] and outcome.cl000 == []
    assert outcome.result is not None and outcome.result.diagnostics


def test_a_span_whose_column_disagrees_with_its_offset_is_a_violation() -> None:
    source = SourceText.from_text("SECRET\r\nline two\rthree\n")
    good = Diagnostic("CL999", "m", source.span(8, 12), "warning")
    assert fuzz.check_positions(source, [good]) == []
    moved = good._replace(span=good.span._replace(column=2))
    outside = good._replace(span=source.span(8, 12)._replace(end=99))
    kinds = [(p.kind, p.key) for p in fuzz.check_positions(source, [moved, outside])]
    assert kinds == [("span", "CL999"), ("span", "CL999")]


def test_a_fix_that_loses_text_outside_its_edit_is_a_violation(monkeypatch) -> None:
    source = SourceText.from_text("keep this, drop THIS, keep that\n")
    fix = Fix("drop it", (Edit(16, 21, ""),), "safe")
    finding = Diagnostic("CL999", "m", source.span(16, 21), "warning", fix=fix)
    assert fuzz.preservation_problems(source, [finding], False) == []
    monkeypatch.setattr(fuzz, "apply_fixes", lambda text, chosen, newline: text[:16] + text[22:])
    assert [p.kind for p in fuzz.preservation_problems(source, [finding], False)] == [
        "fix-preservation"]


def test_an_exception_from_a_report_is_an_escape(checker, monkeypatch) -> None:
    def broken(name, run, context, stream):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(fuzz, "write_report", broken)
    outcome = checker.check(CABLE.encode(), _options())
    assert {p.kind for p in outcome.problems} == {"escape"}
    assert outcome.problems[0].key.startswith("report text: ZeroDivisionError")


def test_an_invalid_report_fails_its_schema(checker) -> None:
    problems = fuzz.schema_problems("json", checker.validators()["json"], {"tool": "cablelint"})
    assert [p.kind for p in problems] == ["json-schema"]


class _FailsOnZenda:
    """A stand-in checker that fails while the input still holds ZENDA."""

    def check(self, data, options):
        problems = [fuzz.Problem("escape", "k", "d")] if b"ZENDA" in data else []
        return fuzz.Outcome(problems)


def test_shrinking_keeps_the_failure_and_drops_the_rest() -> None:
    problem = fuzz.Problem("escape", "k", "d")
    small = fuzz.minimise(_FailsOnZenda(), CABLE.encode(), _options(), problem, budget=20)
    assert small == b"ZENDA"


def test_a_small_run_in_process_passes_and_saves_nothing(corpus, tmp_path, capsys) -> None:
    assert fuzz.main(["--count", "60", "--jobs", "1", "--seed", "5", "--validate-every", "10",
                      "--save-crashers", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "fuzz: 60 inputs" in out and "escapes: 0" in out
    assert list(tmp_path.iterdir()) == []


#: the input of the CI campaign (seed 0) that once failed: a cable joined into one line
#: and repeated 30 times, whose copies after the first were taken for quoted telegrams
#: (the first copy holds "BEGIN TEXT"), so CL912 removed one copy per pass and
#: --unsafe-fixes had not converged after the fixer's 10 passes
NON_CONVERGENT = (0, 11870)


#: the 1,000,000-input campaign's (seed 14) one failure: a header copied some fifty
#: times among byte-flipped lines; each pass removes the copies the parse can see,
#: more come into view as the text shrinks, and it took 12 passes where the cap was 10
MANY_PASSES = (14, 172427)


@pytest.mark.slow
@pytest.mark.parametrize(("seed", "index"), [NON_CONVERGENT, MANY_PASSES])
def test_fixing_the_campaigns_failing_inputs_converges(corpus, seed: int, index: int) -> None:
    data, name, _, _ = fuzz.make_input(corpus, seed, index)
    source = fuzz.make_source(data, name.rsplit("/", 1)[-1])
    outcome = fuzz.fix_source(source, fuzz.Checker().plan, unsafe=True, allow_parse_errors=True)
    assert outcome.converged, outcome.cycling


@pytest.mark.slow
def test_twenty_thousand_inputs_on_two_cores(corpus) -> None:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "fuzz.py"), "--count", "20000", "--jobs", "2"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "fuzz: 20000 inputs" in result.stdout, result.stdout
    print(f"20,000 fuzzed inputs in {seconds:.0f} s")
