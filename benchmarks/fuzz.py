"""Fuzz cablelint in-process with mutated real cables; exit 1 on any escape or violation.

Why: the input is untrusted (leaked documents, half-typed drafts) and
``--fix`` rewrites whole archives nobody reviews line by line (issue #13).
Each input is a cable of the dev corpora damaged by one to three mutations
(``benchmarks/fuzz_mutations.py``, plus byte flips and truncation at a block
boundary of the cable's own parse).  It is run through what ``cablelint
check`` and ``--fix`` do: parse, every rule (off-by-default ones too), every
report format, and fix application, safe and unsafe.  Checked on each input:

* no exception escapes (a ``CL000`` finding is a rule that crashed: counted by
  rule and listed, but the engine contained it, so it is not an escape);
* every finding's span lies inside the text, with its lines and columns those
  of its offsets; every edit lies inside the text;
* one pass of fixes changes nothing outside its edits (byte for byte); fixing
  converges; a second safe ``--fix`` changes nothing (idempotence);
* the JSON report validates against ``report.schema.json`` and SARIF against
  the SARIF 2.1.0 schema (on one input in ``--validate-every``, for speed).

Input ``i`` is made from ``random.Random(f"{seed}:{i}")`` alone, so a run is
the same for a given ``--seed`` whatever ``--jobs``, and any input can be
remade.  ``--save-crashers DIR`` shrinks each failing input (delta debugging
over lines, then characters, while the same failure remains) and writes it.

Usage: python benchmarks/fuzz.py [--count N] [--seed S] [--jobs J]
                                 [--time-limit SECONDS] [--save-crashers DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import random
import re
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "benchmarks"):  # run as a script: this checkout's cablelint
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from fuzz_mutations import TEXT_MUTATIONS, byte_flips, truncate  # noqa: E402

from cablelint.check import CheckRun, FileResult, lint_source  # noqa: E402
from cablelint.config import ConfigResolver, FilePlan, Overrides  # noqa: E402
from cablelint.config.metadata import load_metadata  # noqa: E402
from cablelint.diagnostics import Diagnostic  # noqa: E402
from cablelint.fixer.edits import apply_fixes, choose_fixes, dominant_newline  # noqa: E402
from cablelint.fixer.loop import fix_source  # noqa: E402
from cablelint.reports import FORMATS, OTHER_REPORTS, ReportContext, write_report  # noqa: E402
from cablelint.rules.base import Rule  # noqa: E402
from cablelint.rules.registry import all_rules  # noqa: E402
from cablelint.schemas import load_schema  # noqa: E402
from cablelint.source import BinaryFileError, SourceText  # noqa: E402

SHARED = REPO.parent / "shared"  # next to the checkout, as the tests expect it
CORPORA = (SHARED / "corpus" / "wikileaks-dev", SHARED / "corpus" / "wikileaks-dev2")
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
CHUNK = 25  # inputs per task sent to a worker
SLOW_SECONDS = 2.0  # an input slower than this is listed (not a failure)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CL000_RULE = re.compile(r"rule (CL\d+)")


@dataclass(frozen=True)
class Problem:
    """One failure: ``kind`` (escape, span, fix-preservation, ...) and a ``key``
    that tells failures of the same cause apart (for counting and shrinking)."""

    kind: str
    key: str
    detail: str


@dataclass
class Options:
    """What is run on an input besides parse and rules, drawn from its seed."""

    unsafe: bool
    show_source: bool
    color: bool
    validate: bool


@dataclass
class Outcome:
    problems: list[Problem] = field(default_factory=list)
    cl000: list[str] = field(default_factory=list)  # codes of the rules that crashed
    result: FileResult | None = None  # the lint of the input, for reports


# -- the checks ---------------------------------------------------------------

class Checker:
    """Runs one input through parse, rules, reports and fixes, collecting problems."""

    def __init__(self) -> None:
        rules, _ = all_rules()
        self.rules: dict[str, type[Rule]] = {rule.code: rule for rule in rules}
        # with the corpora's metadata, as `check --metadata` runs (the rules that
        # date a cable or compare it with its record read it)
        metadata: dict[str, dict[str, str]] = {}
        for directory in CORPORA:
            if (directory / "metadata.jsonl").is_file():
                metadata.update(load_metadata(str(directory / "metadata.jsonl")))
        resolver = ConfigResolver(rules, Overrides(select=("ALL",), metadata=metadata),
                                  isolated=True)
        self.plan: FilePlan = resolver.plan_for("fuzz.txt")
        self._validators: dict[str, Any] | None = None

    def validators(self) -> dict[str, Any]:
        if self._validators is None:
            import jsonschema

            self._validators = {"json": jsonschema.Draft202012Validator(load_schema("report"))}
            if SARIF_SCHEMA.is_file():  # else SARIF is parsed but not validated (main says so)
                sarif = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
                self._validators["sarif"] = jsonschema.Draft4Validator(sarif)
        return self._validators

    def check(self, data: bytes, options: Options, path: str = "fuzz.txt",
              reports: bool = True) -> Outcome:
        """All checks of one input; with ``reports`` False the caller renders the
        reports of many inputs at once (``outcome.result``), as a run over many
        files does: SARIF describes every rule once per run, which costs more
        than linting one cable."""
        outcome = Outcome()
        stage = "read"
        try:
            source = make_source(data, path)
            stage = "lint"
            result = lint_source(source, self.plan)
            self._note_cl000(result.diagnostics, outcome)
            stage = "spans"
            outcome.problems += check_positions(source, result.diagnostics)
            outcome.result = result
            if reports:
                stage = "reports"
                outcome.problems += self.check_reports([result], options)
            stage = "fix"
            outcome.problems += self.check_fixes(source, result.diagnostics, options, outcome)
        except Exception as error:  # the one thing that must never happen
            outcome.problems.append(escape(stage, error))
        return outcome

    def _note_cl000(self, diagnostics: list[Diagnostic], outcome: Outcome) -> None:
        for diagnostic in diagnostics:
            if diagnostic.code == "CL000":
                match = _CL000_RULE.search(diagnostic.message)
                outcome.cl000.append(match.group(1) if match else "?")

    def check_reports(self, results: list[FileResult], options: Options) -> list[Problem]:
        run = CheckRun(results)
        context = ReportContext(self.rules, root=Path.cwd(), show_source=options.show_source,
                                color=options.color, unsafe_fixes=options.unsafe)
        problems = []
        for name in (*FORMATS, *OTHER_REPORTS):
            stream = io.StringIO()
            try:
                write_report(name, run, context, stream)
            except Exception as error:
                problems.append(escape(f"report {name}", error))
                continue
            if name in ("json", "sarif", "json-lines", "gitlab"):
                # JSON Lines are separated by LF alone (not str.splitlines: U+2028
                # and \x0b are allowed raw inside a JSON string)
                texts = ([line for line in stream.getvalue().split("\n") if line]
                         if name == "json-lines" else [stream.getvalue()])
                try:
                    documents = [json.loads(text) for text in texts]
                except ValueError as error:
                    problems.append(Problem("report-not-json", name, f"{name}: {error}"))
                    continue
                validator = self.validators().get(name) if options.validate else None
                if validator is not None:
                    problems += schema_problems(name, validator, documents[0])
        return problems

    def check_fixes(self, source: SourceText, diagnostics: list[Diagnostic], options: Options,
                    outcome: Outcome) -> list[Problem]:
        problems = []
        chosen_any = False
        for unsafe in (False, True):
            chosen = choose_fixes(diagnostics, unsafe)
            chosen_any = chosen_any or bool(chosen)
            problems += preservation_problems(source, chosen, unsafe)
        if not chosen_any:
            return problems
        fixed = fix_source(source, self.plan, unsafe=options.unsafe, allow_parse_errors=True)
        self._note_cl000(fixed.result.diagnostics, outcome)
        problems += check_positions(fixed.result.source, fixed.result.diagnostics)
        if not fixed.converged:
            problems.append(Problem("non-convergence", ",".join(fixed.cycling),
                                    f"unsafe={options.unsafe}: still fixing "
                                    f"{', '.join(fixed.cycling)} after {fixed.passes} passes"))
        elif not options.unsafe:
            again = fix_source(fixed.result.source, self.plan, allow_parse_errors=True)
            if again.changed:
                codes = ",".join(sorted(again.fixed))
                problems.append(Problem("idempotence", codes,
                                        f"a second --fix pass applied {codes}"))
        return problems


def make_source(data: bytes, path: str) -> SourceText:
    """The text as ``check`` reads a file; data a file reader would refuse as binary
    (NUL, control bytes) is read as text, as the language server receives it."""
    try:
        return SourceText.from_bytes(data, path)
    except BinaryFileError:
        return SourceText.from_text(data.decode("utf-8", "replace"), path)


def escape(stage: str, error: BaseException) -> Problem:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [frame for frame in frames if "cablelint" in frame.filename] or frames
    where = f"{_short(ours[-1].filename)}:{ours[-1].lineno}" if ours else "?"
    summary = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames[-4:][::-1])
    return Problem("escape", f"{stage}: {type(error).__name__} at {where}",
                   f"{type(error).__name__}: {str(error)[:200]} [{summary}]")


def _short(filename: str) -> str:
    return str(Path(filename).relative_to(REPO)) if filename.startswith(str(REPO)) else filename


def line_starts(text: str) -> list[int]:
    """Offsets where lines start (breaks: LF, CRLF, CR), computed here independently."""
    return [0, *(match.end() for match in _LINE_BREAK.finditer(text))]


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    import bisect

    index = max(bisect.bisect_right(starts, offset) - 1, 0)
    if index == len(starts) - 1 and index > 0 and starts[index] > offset:
        index -= 1
    return index + 1, offset - starts[index] + 1


def check_positions(source: SourceText, diagnostics: list[Diagnostic]) -> list[Problem]:
    """Spans inside the text with lines/columns matching offsets; edits inside the text."""
    text = source.text
    length = len(text)
    starts = line_starts(text)
    # a final line break ends the last line: no line starts after it
    if len(starts) > 1 and starts[-1] == length:
        starts.pop()
    problems = []
    for diagnostic in diagnostics:
        span = diagnostic.span
        if not 0 <= span.start <= span.end <= length:
            problems.append(Problem("span", diagnostic.code, f"{diagnostic.code} span "
                                    f"{span.start}:{span.end} outside 0:{length}"))
            continue
        expected = (*line_col(starts, span.start), *line_col(starts, span.end))
        if expected != (span.line, span.column, span.end_line, span.end_column):
            problems.append(Problem("span", diagnostic.code,
                                    f"{diagnostic.code} span {span.start}:{span.end} says "
                                    f"{span.line}:{span.column}-{span.end_line}:{span.end_column}"
                                    f", offsets give {expected[0]}:{expected[1]}-"
                                    f"{expected[2]}:{expected[3]}"))
        if diagnostic.fix is not None:
            for edit in diagnostic.fix.edits:
                if not 0 <= edit.start <= edit.end <= length:
                    problems.append(Problem("edit", diagnostic.code,
                                            f"{diagnostic.code} edit {edit.start}:{edit.end} "
                                            f"outside 0:{length}"))
    return problems


def _restyled(replacement: str, newline: str) -> str:
    """A replacement as the fixer writes it into a file with ``newline`` line breaks."""
    if newline == "\n":
        return replacement
    replacement = replacement.replace("\r\n", "\n")
    if newline == "\r\n":
        replacement = replacement.replace(" \n", "\n")
    return replacement.replace("\n", newline)


def preservation_problems(source: SourceText, chosen: list[Diagnostic],
                          unsafe: bool) -> list[Problem]:
    """One pass of ``chosen`` fixes keeps every character outside their edits."""
    if not chosen:
        return []
    text = source.text
    newline = dominant_newline(text)
    fixed = apply_fixes(text, chosen, newline)
    edits = sorted((edit.start, edit.end, edit.replacement, d.code)
                   for d in chosen for edit in d.fix.edits)
    old = new = 0
    for start, end, replacement, code in edits:
        if start < old:
            return [Problem("fix-overlap", code, f"{code} edit {start}:{end} overlaps an earlier "
                            f"chosen edit ending at {old} (unsafe={unsafe})")]
        kept = text[old:start]
        if fixed[new:new + len(kept)] != kept:
            return [Problem("fix-preservation", code,
                            f"text before {code}'s edit {start}:{end} changed "
                            f"(unsafe={unsafe}): {kept[-60:]!r}")]
        new += len(kept) + len(_restyled(replacement, newline))
        old = end
    if fixed[new:] != text[old:]:
        code = edits[-1][3]
        return [Problem("fix-preservation", code, f"text after the last edit ({code}) changed "
                        f"(unsafe={unsafe})")]
    return []


def schema_problems(name: str, validator: Any, document: Any) -> list[Problem]:
    error = next(iter(validator.iter_errors(document)), None)
    if error is None:
        return []
    where = "/".join(str(part) for part in error.absolute_path)
    return [Problem(f"{name}-schema", where.split("/")[-1] if where else "",
                    f"{name} report invalid at {where or '/'}: {error.message[:200]}")]


# -- the inputs -----------------------------------------------------------------

@dataclass
class Corpus:
    names: list[str]
    texts: list[str]
    boundaries: dict[int, list[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, directories=CORPORA) -> Corpus | None:
        names, texts = [], []
        for directory in directories:
            if not directory.is_dir():
                continue
            for path in sorted(directory.glob("*.txt")):
                names.append(f"{directory.name}/{path.name}")
                texts.append(path.read_bytes().decode("utf-8", "replace"))
        return cls(names, texts) if texts else None

    def block_boundaries(self, index: int) -> list[int]:
        """Offsets where a block of the cable's parse starts or ends (header fields,
        paragraphs, headings, sign-off, trailer lines), made once per cable."""
        found = self.boundaries.get(index)
        if found is None:
            from cablelint.parser import parse_source

            document = parse_source(SourceText.from_text(self.texts[index], self.names[index]))
            offsets = set()
            for value in document:
                for node in value if isinstance(value, tuple) else (value,):
                    span = getattr(node, "span", None)
                    if span is not None and hasattr(span, "start"):
                        offsets.update((span.start, span.end))
            found = self.boundaries[index] = sorted(offsets)
        return found


WEIGHTED = [(name, weight) for name, (weight, _) in TEXT_MUTATIONS.items()] + \
    [("truncate", 2.0), ("byte-flips", 3.0)]


def make_input(corpus: Corpus, seed: int, index: int) -> tuple[bytes, str, list[str], Options]:
    """Input ``index`` of the run with ``seed``: its bytes, cable, mutations and options."""
    rng = random.Random(f"{seed}:{index}")
    cable = rng.randrange(len(corpus.texts))
    names = rng.choices([n for n, _ in WEIGHTED], [w for _, w in WEIGHTED],
                        k=rng.choice((1, 1, 1, 2, 2, 3)))
    text = corpus.texts[cable]
    for name in names:
        if name == "truncate":
            boundaries = corpus.block_boundaries(cable) if text is corpus.texts[cable] else ()
            text = truncate(text, rng, boundaries)
        elif name != "byte-flips":
            text = TEXT_MUTATIONS[name][1](text, rng)
    data = text.encode("utf-8", "surrogatepass")
    if "byte-flips" in names:
        data = byte_flips(data, rng)
    options = Options(unsafe=rng.random() < 0.5, show_source=rng.random() < 0.05,
                      color=rng.random() < 0.2, validate=False)
    return data, corpus.names[cable], names, options


# -- the workers ------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init_worker(corpus: Corpus, seed: int, validate_every: int) -> None:
    _STATE.update(corpus=corpus, seed=seed, validate_every=validate_every, checker=Checker())


def _run_chunk(bounds: tuple[int, int]) -> dict[str, Any]:
    """Check the inputs ``bounds`` one by one, then render their reports as one run."""
    corpus, seed, checker = _STATE["corpus"], _STATE["seed"], _STATE["checker"]
    validate_every = _STATE["validate_every"]
    failures, cl000, slow = [], Counter(), []
    results: list[tuple[int, str, list[str], FileResult, Options]] = []
    for index in range(*bounds):
        data, cable, names, options = make_input(corpus, seed, index)
        options.validate = validate_every > 0 and index % validate_every == 0
        started = time.perf_counter()
        outcome = checker.check(data, options, path=Path(cable).name, reports=False)
        seconds = time.perf_counter() - started
        if seconds > SLOW_SECONDS:
            slow.append((seconds, index, cable, names, len(data)))
        for code in outcome.cl000:
            cl000[code] += 1
        if outcome.cl000:
            failures.append((index, cable, names,
                             Problem("CL000", sorted(set(outcome.cl000))[0], "a rule crashed")))
        failures += [(index, cable, names, problem) for problem in outcome.problems]
        if outcome.result is not None:
            results.append((index, cable, names, outcome.result, options))
    if results:
        options = results[0][4]
        options.validate = False
        if checker.check_reports([entry[3] for entry in results], options):
            # some report failed on the run: find the inputs it failed on, one by one
            for index, cable, names, result, own in results:
                failures += [(index, cable, names, problem)
                             for problem in checker.check_reports([result], own)]
        else:
            for index, cable, names, result, own in results:
                if own.validate:  # the schemas, on a sample of single-file runs
                    failures += [(index, cable, names, problem)
                                 for problem in checker.check_reports([result], own)]
    return {"count": bounds[1] - bounds[0], "failures": failures, "cl000": cl000, "slow": slow}


# -- shrinking ----------------------------------------------------------------------

def still_fails(checker: Checker, data: bytes, options: Options, problem: Problem) -> bool:
    outcome = checker.check(data, options)
    if problem.kind == "CL000":
        return problem.key in outcome.cl000
    return any((p.kind, p.key) == (problem.kind, problem.key) for p in outcome.problems)


def minimise(checker: Checker, data: bytes, options: Options, problem: Problem,
             budget: float = 60.0) -> bytes:
    """Delete lines, then characters, while the same failure remains (ddmin, bounded)."""
    deadline = time.monotonic() + budget
    for units in (data.splitlines(keepends=True), None):
        if units is None:  # second round: single characters of what is left
            units = [bytes([b]) for b in data]
        parts = 2
        while len(units) >= 2 and time.monotonic() < deadline:
            size = -(-len(units) // parts)
            for start in range(0, len(units), size):
                candidate = units[:start] + units[start + size:]
                if still_fails(checker, b"".join(candidate), options, problem):
                    units = candidate
                    parts = max(parts - 1, 2)
                    break
                if time.monotonic() >= deadline:
                    break
            else:
                if parts >= len(units):
                    break
                parts = min(parts * 2, len(units))
        data = b"".join(units)
    return data


# -- the run -------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs to run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--time-limit", type=float, default=None, metavar="SECONDS",
                        help="stop after this long (the inputs done count)")
    parser.add_argument("--save-crashers", type=Path, metavar="DIR",
                        help="shrink one input per distinct failure and write it here")
    parser.add_argument("--validate-every", type=int, default=50, metavar="N",
                        help="validate the JSON and SARIF reports of one input in N (0: never)")
    parser.add_argument("--progress", type=float, default=0, metavar="SECONDS",
                        help="print progress to stderr this often (0: never)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    arguments = parser.parse_args(argv)

    corpus = Corpus.load()
    if corpus is None:
        print(f"fuzz: skipped: no corpus at {' or '.join(map(str, CORPORA))}")
        return 0
    if arguments.validate_every and not SARIF_SCHEMA.is_file():
        print(f"fuzz: SARIF schema not found at {SARIF_SCHEMA}: SARIF is not validated",
              file=sys.stderr)
    started = time.monotonic()
    deadline = started + arguments.time_limit if arguments.time_limit else None
    done, cl000, failures, slow = 0, Counter(), [], []
    chunks = [(start, min(start + CHUNK, arguments.count))
              for start in range(0, arguments.count, CHUNK)]
    timed_out = False
    seen: set[tuple[str, str]] = set()  # distinct failures, told as found with --progress
    context = multiprocessing.get_context("fork")
    with context.Pool(arguments.jobs, _init_worker,
                      (corpus, arguments.seed, arguments.validate_every)) as pool:
        last_progress = started
        for chunk in pool.imap_unordered(_run_chunk, chunks):
            done += chunk["count"]
            cl000.update(chunk["cl000"])
            for index, cable, names, problem in chunk["failures"]:
                if arguments.progress and (problem.kind, problem.key) not in seen:
                    print(f"fuzz: new failure at input {index} ({cable} {'+'.join(names)}): "
                          f"{problem.kind} [{problem.key}] {problem.detail}",
                          file=sys.stderr, flush=True)
                seen.add((problem.kind, problem.key))
            failures += chunk["failures"]
            slow += chunk["slow"]
            now = time.monotonic()
            if arguments.progress and now - last_progress >= arguments.progress:
                last_progress = now
                print(f"fuzz: {done} inputs in {now - started:.0f} s "
                      f"({done / (now - started):.0f}/s), {len(failures)} failures",
                      file=sys.stderr, flush=True)
            if deadline is not None and now >= deadline:
                timed_out = True
                pool.terminate()
                break
    seconds = time.monotonic() - started
    summary = summarise(arguments, done, seconds, cl000, failures, slow, timed_out)
    if arguments.save_crashers and failures:
        summary["crashers"] = save_crashers(corpus, arguments, failures)
    if arguments.json:
        print(json.dumps(summary, indent=2))
    else:
        print_summary(summary)
    return 1 if summary["escapes"] or summary["violations"] else 0


def summarise(arguments, done, seconds, cl000, failures, slow, timed_out) -> dict[str, Any]:
    kinds = Counter(problem.kind for _, _, _, problem in failures)
    distinct: dict[tuple[str, str], dict[str, Any]] = {}
    for index, cable, names, problem in failures:
        entry = distinct.setdefault((problem.kind, problem.key), {
            "kind": problem.kind, "key": problem.key, "count": 0, "first_input": index,
            "cable": cable, "mutations": names, "detail": problem.detail})
        entry["count"] += 1
    return {
        "inputs": done, "seconds": round(seconds, 1), "jobs": arguments.jobs,
        "cores": os.cpu_count(), "seed": arguments.seed,
        "rate_per_second": round(done / seconds, 1) if seconds else None,
        "stopped_by_time_limit": timed_out,
        "escapes": kinds.get("escape", 0),
        "cl000_by_rule": dict(cl000.most_common()),
        "violations": sum(n for kind, n in kinds.items() if kind not in ("escape", "CL000")),
        "violations_by_kind": {k: n for k, n in kinds.items() if k not in ("escape", "CL000")},
        "distinct_failures": sorted(distinct.values(), key=lambda e: -e["count"]),
        "slowest": [{"seconds": round(s, 2), "input": i, "cable": c, "mutations": m, "bytes": b}
                    for s, i, c, m, b in sorted(slow, reverse=True)[:5]],
    }


def print_summary(summary: dict[str, Any]) -> None:
    print(f"fuzz: {summary['inputs']} inputs in {summary['seconds']} s on {summary['jobs']} "
          f"jobs ({summary['cores']} cores), {summary['rate_per_second']}/s, seed "
          f"{summary['seed']}" + (" (stopped by --time-limit)"
                                  if summary["stopped_by_time_limit"] else ""))
    print(f"escapes: {summary['escapes']}")
    cl000 = summary["cl000_by_rule"]
    print("CL000 (a rule crashed) by rule: "
          + (", ".join(f"{code} {n}" for code, n in cl000.items()) if cl000 else "none"))
    print(f"invariant violations: {summary['violations']}"
          + "".join(f"\n  {kind}: {n}" for kind, n in summary["violations_by_kind"].items()))
    for entry in summary["distinct_failures"]:
        print(f"- {entry['kind']} [{entry['key']}] x{entry['count']}: {entry['detail']} "
              f"(input {entry['first_input']}: {entry['cable']} {'+'.join(entry['mutations'])})")
    for entry in summary.get("crashers", ()):
        print(f"  saved {entry['path']} ({entry['bytes']} bytes)")
    for entry in summary["slowest"]:
        print(f"slow: {entry['seconds']} s, input {entry['input']} ({entry['cable']} "
              f"{'+'.join(entry['mutations'])}, {entry['bytes']} bytes)")


def save_crashers(corpus: Corpus, arguments, failures) -> list[dict[str, Any]]:
    """Remake, shrink and write one input per distinct failure."""
    arguments.save_crashers.mkdir(parents=True, exist_ok=True)
    checker = Checker()
    saved, seen = [], set()
    for index, _cable, _names, problem in failures:
        if (problem.kind, problem.key) in seen:
            continue
        seen.add((problem.kind, problem.key))
        data, _, _, options = make_input(corpus, arguments.seed, index)
        options.validate = problem.kind.endswith("-schema")
        if not still_fails(checker, data, options, problem):
            continue
        small = minimise(checker, data, options, problem)
        slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{problem.kind}-{problem.key}").strip("-")[:80]
        path = arguments.save_crashers / f"{slug}.txt"
        path.write_bytes(small)
        path.with_suffix(".json").write_text(json.dumps({
            "kind": problem.kind, "key": problem.key, "detail": problem.detail,
            "seed": arguments.seed, "input": index, "unsafe": options.unsafe,
            "show_source": options.show_source, "color": options.color}, indent=2) + "\n")
        saved.append({"path": str(path), "bytes": len(small)})
    return saved


if __name__ == "__main__":
    sys.exit(main())
