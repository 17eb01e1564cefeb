"""Precision as a measured, repeatable thing: sample findings, read them blind, score.

Why: a finding's severity is a promise (README, "Severity policy"), and only a
reader of the cable, not the rule's own code, can say whether it was kept.
This tool makes that reading repeatable (issue #12):

``sample``  runs every rule over corpus directories, draws a stratified sample
            of the findings (by severity and rule, reproducible with a seed)
            and writes a blinded worksheet (the finding, what the rule claims,
            the lines around it) plus a key file (the finding's identity and
            the population counts needed to weight).
``score``   reads the key and a reader's verdicts (TRUE / FALSE / DEBATABLE and
            a reason, one JSON object per line) and prints precision per rule
            and per severity with 95% Wilson intervals, weighted by how often
            each rule fires, and the issue's targets with pass/fail.
``labels``  appends the verdicts on development-corpus cables to
            ``tests/labels/findings.jsonl``, the labelled regression set that
            ``tests/test_labelled_findings.py`` asserts.

Examples::

    python benchmarks/audit.py sample ../shared/corpus/wikileaks-dev --out audit/dev.md --total 300
    python benchmarks/audit.py score audit/dev.key.json audit/dev.verdicts.jsonl
    python benchmarks/audit.py labels audit/dev.key.json audit/dev.verdicts.jsonl \\
        --review "2026-12-08 blinded review of 300 dev findings"

Only the standard library and cablelint are used, so it runs wherever cablelint does.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "tests" / "labels" / "findings.jsonl"
#: corpora the labelled regression set may name: the test suite finds them
#: (``examples/`` in the repository, the others under ``../shared/corpus``)
DEV_CORPORA = ("wikileaks-dev", "wikileaks-dev2", "examples")
SEVERITIES = ("error", "warning", "info")
VERDICTS = ("TRUE", "FALSE", "DEBATABLE")
#: issue #12's acceptance targets: lowest precision per severity, and per rule
TARGETS = {"error": 0.99, "warning": 0.97, "info": 0.95}
RULE_FLOOR, RULE_MIN_SAMPLED, AUDIT_MIN_FINDINGS = 0.90, 5, 300
#: how much more a finding of each severity weighs when the sample is allocated:
#: an error must be right 99 times in 100, so rare error rules get many readings
SEVERITY_WEIGHT = {"error": 8.0, "warning": 2.0, "info": 1.0}
CONTEXT_LINES = 5
Z95 = 1.959963984540054


class Finding(NamedTuple):
    """One finding, identified as the labelled set identifies it."""

    corpus: str
    cable: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    severity: str
    message: str

    def identity(self) -> tuple[str, str, int, str, str]:
        """What ``tests/test_labelled_findings.py`` matches a label on."""
        return (self.corpus, self.cable, self.line, self.code, self.message)


class AuditError(Exception):
    """A bad input file; the message says what is wrong and where."""


# ---------------------------------------------------------------- collecting


def cable_directory(corpus: Path) -> Path:
    """Where a corpus keeps its cables: the directory itself (the dev corpora), or
    its ``cables/`` folder when it has no cable of its own (the held-out layout,
    ``cables/`` beside ``metadata.jsonl``)."""
    if not any(corpus.glob("*.txt")) and (corpus / "cables").is_dir():
        return corpus / "cables"
    return corpus


def collect(directories: Sequence[Path], select: Sequence[str] | None
            ) -> tuple[list[Finding], dict[str, dict[str, str]]]:
    """Every finding of the selected rules (default: the rules on by default, what
    ``cablelint check`` reports; ``ALL`` adds those off by default)
    over the ``*.txt`` cables of each directory (or of its ``cables/`` folder, the held-out
    layout, with ``metadata.jsonl`` beside that folder), with the metadata.jsonl found there
    (as the labelled-findings test runs them), and each rule's code -> summary/basis."""
    from cablelint.config.metadata import load_metadata
    from cablelint.engine import run_rules, select_rules
    from cablelint.parser import parse_source
    from cablelint.rules.base import Settings
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    classes = select_rules(all_rules()[0], list(select) if select else None)
    rules = [rule() for rule in classes]
    catalogue = {rule.code: {"summary": rule.summary, "basis": rule.basis.value}
                 for rule in classes}
    codes = set(catalogue) if select else None
    catalogue.setdefault("CL001", {"summary": "A line is out of place for the cable grammar",
                                   "basis": "check-failed"})
    findings = []
    for corpus in directories:
        directory = cable_directory(corpus)
        metadata = corpus / "metadata.jsonl"
        settings = Settings(metadata=load_metadata(str(metadata)) if metadata.is_file() else {})
        for path in sorted(directory.glob("*.txt")):
            source = SourceText.from_path(path)
            for found in run_rules(parse_source(source), source, rules, settings):
                if codes is not None and found.code not in codes:
                    continue  # parser findings (CL001) come with every run
                span = found.span
                findings.append(Finding(corpus.name, path.name, span.line, span.column,
                                        span.end_line, span.end_column, found.code,
                                        found.severity, found.message))
    return findings, catalogue


# ---------------------------------------------------------------- sampling


def allocate(population: dict[tuple[str, str], int], total: int, per_stratum_max: int,
             minimum: int = 3) -> dict[tuple[str, str], int]:
    """How many findings to draw from each (severity, code) stratum.

    Why this shape: every rule that fired must be read (a rule never sampled
    has no precision), rare error rules must be read often enough for a 99%
    target to mean something, and frequent rules should still get more
    readings than rare ones of the same severity.  So first every stratum
    gets up to ``minimum`` findings (error strata three times that), handed out one
    per stratum per round, errors first, so that a small total still covers
    as many strata as it can; the rest goes by ``SEVERITY_WEIGHT`` x the square
    root of the stratum's size (between equal and proportional allocation),
    never more than ``per_stratum_max`` or the stratum holds.  Deterministic.
    """
    caps = {key: min(count, per_stratum_max) for key, count in population.items()}
    budget = min(total, sum(caps.values()))
    taken = dict.fromkeys(population, 0)
    order = sorted(population, key=lambda key: (SEVERITIES.index(key[0]), -population[key],
                                                key[1]))

    def floor(key: tuple[str, str]) -> int:
        return min(caps[key], minimum * (3 if key[0] == "error" else 1))

    for _ in range(max((floor(key) for key in order), default=0)):
        for key in order:
            if budget and taken[key] < floor(key):
                taken[key] += 1
                budget -= 1
    while budget:
        room = [key for key in order if taken[key] < caps[key]]
        if not room:
            break
        weights = {key: SEVERITY_WEIGHT[key[0]] * math.sqrt(population[key]) for key in room}
        whole = sum(weights.values())
        shares = {key: budget * weights[key] / whole for key in room}
        given = 0
        for key in room:
            extra = min(int(shares[key]), caps[key] - taken[key])
            taken[key] += extra
            given += extra
        budget -= given
        if not given:  # every share below one: the largest gets one
            best = max(room, key=lambda key: (shares[key], -order.index(key)))
            taken[best] += 1
            budget -= 1
    return taken


def draw(findings: Sequence[Finding], total: int, per_stratum_max: int, seed: int,
         exclude: Set[tuple[str, str, int, str, str]] = frozenset()) -> list[Finding]:
    """A stratified sample, in an order shuffled with ``seed`` (so the reader does
    not meet one rule's findings in a row and judge them as a batch)."""
    strata: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in sorted(set(findings)):
        if finding.identity() not in exclude:
            strata[(finding.severity, finding.code)].append(finding)
    counts = allocate({key: len(members) for key, members in strata.items()}, total,
                      per_stratum_max)
    generator = random.Random(seed)
    sample = []
    for key in sorted(strata):
        sample += generator.sample(strata[key], counts[key])
    generator.shuffle(sample)
    return sample


# ---------------------------------------------------------------- worksheet

INSTRUCTIONS = """\
# Blinded audit worksheet

Each entry below is one finding of cablelint on a real cable: what the rule
claims (its one-line summary and severity), the message it printed, and the
lines around it (`>` marks the finding's line, `^` the part it points at).

For each entry, read the cable. The path is given; open more of it whenever
the context shown is not enough to judge. Then decide:

* `TRUE`: the cable really has the defect the message describes, at that place.
* `FALSE`: it does not (the text is right, or the defect is something else, or
  the place is wrong), or the message would mislead someone fixing the cable.
* `DEBATABLE`: reasonable readers could disagree; say why.

Write one JSON object per line to a verdict file (JSONL), one line per id:

    {"id": "A001", "verdict": "TRUE", "reason": "one sentence saying what the cable shows"}

Judge the cable, not the tool: do not read cablelint's rules or tests while
auditing, and give every id a verdict.
"""


def worksheet(sample: Sequence[Finding], ids: Sequence[str], directories: dict[str, Path],
              catalogue: dict[str, dict[str, str]]) -> str:
    parts = [INSTRUCTIONS, f"\n{len(sample)} findings.\n"]
    texts: dict[Path, list[str]] = {}
    for finding, identifier in zip(sample, ids, strict=True):
        path = cable_directory(directories[finding.corpus]) / finding.cable
        if path not in texts:
            texts[path] = path.read_text(encoding="utf-8", errors="replace").splitlines()
        summary = catalogue.get(finding.code, {}).get("summary", "")
        parts.append(
            f"\n## {identifier}\n\n"
            f"- cable: `{path}`, line {finding.line}\n"
            f"- claim: {finding.code}: {summary} ({finding.severity})\n"
            f"- message: {finding.message}\n\n"
            + context_block(texts[path], finding) + "\n")
    return "".join(parts)


def context_block(lines: Sequence[str], finding: Finding) -> str:
    """The lines around the finding, its line marked and its span underlined."""
    first = max(1, finding.line - CONTEXT_LINES)
    last = min(len(lines), finding.end_line + CONTEXT_LINES)
    width = len(str(last))
    rows = []
    for number in range(first, last + 1):
        text = lines[number - 1] if number <= len(lines) else ""
        inside = finding.line <= number <= finding.end_line
        rows.append(f"{'>' if inside else ' '} {number:>{width}} | {text}")
        if inside:
            start = finding.column if number == finding.line else 1
            end = finding.end_column if number == finding.end_line else len(text) + 1
            marks = max(1, end - start)
            # keep tabs under tabs, so the carets line up in any editor
            lead = "".join("\t" if c == "\t" else " " for c in text[:start - 1])
            rows.append(f"  {' ' * width} | {lead}{'^' * marks}")
    body = "\n".join(rows)
    fence = "````" if "```" in body else "```"
    return f"{fence}text\n{body}\n{fence}\n"


def key_document(sample: Sequence[Finding], ids: Sequence[str], findings: Sequence[Finding],
                 directories: dict[str, Path], catalogue: dict[str, dict[str, str]],
                 arguments: dict[str, Any]) -> dict[str, Any]:
    population: dict[str, Counter[str]] = defaultdict(Counter)
    for finding in set(findings):
        population[finding.code][finding.severity] += 1
    return {
        "format": "cablelint-audit-key/1",
        "arguments": arguments,
        "corpora": {name: str(path) for name, path in directories.items()},
        "rules": {code: catalogue.get(code, {}) for code in sorted(population)},
        "population": {code: dict(sorted(counts.items()))
                       for code, counts in sorted(population.items())},
        "findings": {identifier: finding._asdict()
                     for identifier, finding in zip(ids, sample, strict=True)},
    }


def read_identities(path: Path) -> set[tuple[str, str, int, str, str]]:
    """Findings named by an earlier key file (JSON) or a labels file (JSONL)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        rows = list(json.loads(text).get("findings", {}).values())
    else:
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    try:
        return {(row["corpus"], row["cable"], row["line"], row["code"], row["message"])
                for row in rows}
    except (KeyError, TypeError) as error:
        raise AuditError(f"{path}: a row lacks {error} (expected corpus, cable, line, code, "
                         f"message)") from None


def sample_command(arguments: argparse.Namespace) -> int:
    directories: dict[str, Path] = {}
    for directory in arguments.corpus:
        if not directory.is_dir():
            raise AuditError(f"{directory}: not a directory")
        if directory.name in directories:
            raise AuditError(f"two corpora named {directory.name!r}: {directories[directory.name]}"
                             f" and {directory}")
        directories[directory.name] = directory.resolve()
    exclude: set[tuple[str, str, int, str, str]] = set()
    for path in arguments.exclude_ids or ():
        exclude |= read_identities(path)
    select = arguments.select.split(",") if arguments.select else None
    findings, catalogue = collect(list(directories.values()), select)
    sample = draw(findings, arguments.total, arguments.per_rule_max, arguments.seed, exclude)
    ids = [f"A{index:03d}" for index in range(1, len(sample) + 1)]
    out: Path = arguments.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(worksheet(sample, ids, directories, catalogue), encoding="utf-8")
    key = key_path(out)
    settings = {"seed": arguments.seed, "total": arguments.total,
                "per_rule_max": arguments.per_rule_max, "select": select,
                "excluded": len(exclude)}
    key.write_text(json.dumps(key_document(sample, ids, findings, directories, catalogue,
                                           settings), indent=1, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    strata = len({(f.severity, f.code) for f in findings})
    print(f"{len(findings)} findings in {strata} strata; sampled {len(sample)} "
          f"from {len({(f.severity, f.code) for f in sample})} strata")
    print(f"worksheet: {out}\nkey:       {key}")
    return 0


def key_path(worksheet_path: Path) -> Path:
    """``audit/dev.md`` -> ``audit/dev.key.json``."""
    return worksheet_path.with_name(worksheet_path.stem + ".key.json")


# ---------------------------------------------------------------- verdicts


def load_key(path: Path) -> dict[str, Any]:
    try:
        key = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise AuditError(f"{path}: cannot read the key file: {error}") from None
    if not isinstance(key, dict) or key.get("format") != "cablelint-audit-key/1":
        raise AuditError(f"{path}: not a key file written by 'audit.py sample'")
    return key


def load_verdicts(path: Path, key: dict[str, Any]) -> dict[str, dict[str, str]]:
    """id -> {"verdict", "reason"}; every problem of the file is reported at once."""
    known = key["findings"]
    verdicts: dict[str, dict[str, str]] = {}
    problems = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise AuditError(f"{path}: {error}") from None
    for number, line in enumerate(lines, 1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error.msg})")
            continue
        if not isinstance(row, dict):
            problems.append(f"{where}: expected an object with id, verdict, reason")
            continue
        identifier, verdict, reason = row.get("id"), row.get("verdict"), row.get("reason")
        if identifier not in known:
            problems.append(f"{where}: unknown id {identifier!r} (not in the key file)")
        elif identifier in verdicts:
            problems.append(f"{where}: duplicate id {identifier!r}")
        if verdict not in VERDICTS:
            problems.append(f"{where}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        if not isinstance(reason, str) or not reason.strip():
            problems.append(f"{where}: no reason given for {identifier!r}")
        if identifier in known and identifier not in verdicts:
            verdicts[identifier] = {"verdict": verdict, "reason": reason}
    missing = sorted(set(known) - set(verdicts))
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        problems.append(f"{path}: no verdict for {len(missing)} id(s): {shown}")
    if problems:
        raise AuditError("\n".join(problems))
    return verdicts


# ---------------------------------------------------------------- scoring


def wilson(successes: float, trials: float, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval: unlike p +/- z*se it stays inside [0, 1] and is
    not empty at 100%, where every precision worth having lives."""
    if trials <= 0:
        return (0.0, 1.0)
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


class Tally(NamedTuple):
    true: int
    false: int
    debatable: int

    @property
    def sampled(self) -> int:
        return self.true + self.false + self.debatable

    def precision(self, debatable_false: bool = False) -> float | None:
        """TRUE share, DEBATABLE left out (or counted as FALSE); None if nothing judged."""
        judged = self.true + self.false + (self.debatable if debatable_false else 0)
        return self.true / judged if judged else None

    def interval(self, debatable_false: bool = False) -> tuple[float, float]:
        judged = self.true + self.false + (self.debatable if debatable_false else 0)
        return wilson(self.true, judged)


def tally(verdicts: Iterable[str]) -> Tally:
    counts = Counter(verdicts)
    return Tally(counts["TRUE"], counts["FALSE"], counts["DEBATABLE"])


def weighted(strata: dict[str, Tally], population: dict[str, int],
             debatable_false: bool = False) -> dict[str, Any]:
    """Precision of a severity weighted by how often each rule fires at it.

    Each rule's precision counts in proportion to its findings in the corpus
    (``population``), not to how many were sampled.  The interval is Wilson's
    at Kish's effective sample size for the stratified design, (sum N_h)^2 /
    sum(N_h^2 / n_h): the normal approximation would claim [1, 1] for a
    perfect sample.  Strata not judged (none sampled, or all DEBATABLE when
    those are left out) are left out of the weights; ``coverage`` says what
    share of the population the estimate covers.
    """
    used = {code: tally_ for code, tally_ in strata.items()
            if tally_.precision(debatable_false) is not None and population.get(code)}
    whole = sum(population.values())
    weight = sum(population[code] for code in used)
    if not weight:
        return {"precision": None, "interval": None, "effective_n": 0, "coverage": 0.0}
    estimate = sum(population[code] * used[code].precision(debatable_false)  # type: ignore[operator]
                   for code in used) / weight

    def judged(tally_: Tally) -> int:
        return tally_.true + tally_.false + (tally_.debatable if debatable_false else 0)

    effective = weight ** 2 / sum(population[code] ** 2 / judged(used[code]) for code in used)
    return {"precision": estimate, "interval": wilson(estimate * effective, effective),
            "effective_n": effective, "coverage": weight / whole}


def score(key: dict[str, Any], verdicts: dict[str, dict[str, str]]) -> dict[str, Any]:
    findings = key["findings"]
    by_rule: dict[str, list[str]] = defaultdict(list)
    by_stratum: dict[tuple[str, str], list[str]] = defaultdict(list)
    for identifier, finding in findings.items():
        verdict = verdicts[identifier]["verdict"]
        by_rule[finding["code"]].append(verdict)
        by_stratum[(finding["severity"], finding["code"])].append(verdict)

    def row(tally_: Tally) -> dict[str, Any]:
        return {"sampled": tally_.sampled, "true": tally_.true, "false": tally_.false,
                "debatable": tally_.debatable,
                "precision": tally_.precision(), "interval": tally_.interval(),
                "precision_debatable_false": tally_.precision(True),
                "interval_debatable_false": tally_.interval(True)}

    rules = {}
    for code in sorted(by_rule):
        tally_ = tally(by_rule[code])
        entry = row(tally_)
        entry["population"] = sum(key["population"].get(code, {}).values())
        precision = tally_.precision()
        entry["flagged"] = (tally_.sampled >= RULE_MIN_SAMPLED and precision is not None
                            and precision < RULE_FLOOR)
        rules[code] = entry
    severities = {}
    for severity in SEVERITIES:
        strata = {code: tally(verdicts_) for (level, code), verdicts_ in by_stratum.items()
                  if level == severity}
        population = {code: counts.get(severity, 0)
                      for code, counts in key["population"].items() if counts.get(severity)}
        if not strata and not population:
            continue
        entry = row(tally([v for (level, _), vs in by_stratum.items() if level == severity
                           for v in vs]))
        entry["population"] = sum(population.values())
        entry["weighted"] = weighted(strata, population)
        entry["weighted_debatable_false"] = weighted(strata, population, True)
        severities[severity] = entry
    return {"findings": len(findings), "rules": rules, "severities": severities,
            "targets": targets(key, rules, severities)}


def targets(key: dict[str, Any], rules: dict[str, Any], severities: dict[str, Any]
            ) -> list[dict[str, Any]]:
    """Issue #12's acceptance checks, each with pass/fail.  Precision targets are
    judged on the weighted point estimate (DEBATABLE left out), as the review that
    motivated the issue weighted rules by how often they fire."""
    checks = []
    size = len(key["findings"])
    checks.append({"check": f"at least {AUDIT_MIN_FINDINGS} findings audited",
                   "value": size, "pass": size >= AUDIT_MIN_FINDINGS})
    dev = sorted({finding["corpus"] for finding in key["findings"].values()} & set(DEV_CORPORA))
    checks.append({"check": "drawn from cables in neither dev corpus",
                   "value": ", ".join(dev) or "none", "pass": not dev})
    for severity, target in TARGETS.items():
        precision = severities.get(severity, {}).get("weighted", {}).get("precision")
        checks.append({"check": f"{severity} precision >= {target:.0%} (weighted)",
                       "value": precision,
                       "pass": None if precision is None else precision >= target})
    flagged = [code for code, entry in rules.items() if entry["flagged"]]
    checks.append({"check": f"no rule with >= {RULE_MIN_SAMPLED} sampled findings below "
                            f"{RULE_FLOOR:.0%}",
                   "value": ", ".join(flagged) or "none", "pass": not flagged})
    return checks


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _interval(bounds: Sequence[float] | None) -> str:
    return "-" if bounds is None else f"{100 * bounds[0]:.1f}-{100 * bounds[1]:.1f}%"


def markdown(result: dict[str, Any]) -> str:
    lines = [f"# Audit score ({result['findings']} findings)", "",
             "Precision = TRUE / (TRUE + FALSE), DEBATABLE left out; 'as false' counts "
             "DEBATABLE as FALSE. Intervals: 95% Wilson.", "",
             "## Targets (issue #12)", "", "| check | value | result |", "|---|---|---|"]
    for check in result["targets"]:
        value = check["value"]
        shown = _percent(value) if isinstance(value, float) or value is None else str(value)
        verdict = {True: "pass", False: "FAIL", None: "n/a"}[check["pass"]]
        lines.append(f"| {check['check']} | {shown} | {verdict} |")
    lines += ["", "## Per severity", "",
              "| severity | population | sampled | T | F | D | precision (sample) | 95% CI "
              "| weighted | 95% CI | weighted, D as false | coverage |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for severity, entry in result["severities"].items():
        heavy, heavy_false = entry["weighted"], entry["weighted_debatable_false"]
        lines.append(
            f"| {severity} | {entry['population']} | {entry['sampled']} | {entry['true']} "
            f"| {entry['false']} | {entry['debatable']} | {_percent(entry['precision'])} "
            f"| {_interval(entry['interval'])} | {_percent(heavy['precision'])} "
            f"| {_interval(heavy['interval'])} | {_percent(heavy_false['precision'])} "
            f"| {_percent(heavy['coverage'])} |")
    lines += ["", "## Per rule", "",
              "| rule | population | sampled | T | F | D | precision | 95% CI | as false | |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for code, entry in result["rules"].items():
        flag = (f"below {RULE_FLOOR:.0%} with >= {RULE_MIN_SAMPLED} sampled"
                if entry["flagged"] else "")
        lines.append(
            f"| {code} | {entry['population']} | {entry['sampled']} | {entry['true']} "
            f"| {entry['false']} | {entry['debatable']} | {_percent(entry['precision'])} "
            f"| {_interval(entry['interval'])} | "
            f"{_percent(entry['precision_debatable_false'])} | {flag} |")
    return "\n".join(lines) + "\n"


def score_command(arguments: argparse.Namespace) -> int:
    key = load_key(arguments.key)
    result = score(key, load_verdicts(arguments.verdicts, key))
    if arguments.format == "json":
        sys.stdout.write(json.dumps(result, indent=1) + "\n")
    else:
        sys.stdout.write(markdown(result))
    return 0


# ---------------------------------------------------------------- labels

LABEL_FIELDS = ("corpus", "cable", "line", "code", "message", "verdict", "reason", "review")


def label_rows(key: dict[str, Any], verdicts: dict[str, dict[str, str]], review: str
               ) -> list[dict[str, Any]]:
    """The verdicts as rows of the labelled set, in its field order; refused whole
    when any finding is from a corpus the test suite cannot read."""
    foreign = sorted({finding["corpus"] for finding in key["findings"].values()}
                     - set(DEV_CORPORA))
    if foreign:
        raise AuditError(f"findings from {', '.join(foreign)}: the labelled set holds only "
                         f"{', '.join(DEV_CORPORA)} cables, which the tests can rerun")
    rows = []
    for identifier in sorted(key["findings"]):
        finding = key["findings"][identifier]
        verdict = verdicts[identifier]
        values = {**finding, "verdict": verdict["verdict"], "reason": verdict["reason"].strip(),
                  "review": review}
        rows.append({field: values[field] for field in LABEL_FIELDS})
    return rows


def append_labels(rows: Sequence[dict[str, Any]], labels: Path) -> tuple[int, list[str]]:
    """Append the rows not already labelled; returns how many were added and the
    findings already labelled with another verdict (kept as they are)."""
    existing: dict[tuple[Any, ...], str] = {}
    text = labels.read_text(encoding="utf-8") if labels.is_file() else ""
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            existing[tuple(row[field] for field in LABEL_FIELDS[:5])] = row["verdict"]
    added, conflicts = [], []
    for row in rows:
        identity = tuple(row[field] for field in LABEL_FIELDS[:5])
        if identity in existing:
            if existing[identity] != row["verdict"]:
                conflicts.append(f"{row['cable']}:{row['line']} {row['code']}: labelled "
                                 f"{existing[identity]}, now {row['verdict']}")
            continue
        existing[identity] = row["verdict"]
        added.append(json.dumps(row, ensure_ascii=False))
    if added:
        separator = "" if not text or text.endswith("\n") else "\n"
        with labels.open("a", encoding="utf-8") as handle:
            handle.write(separator + "\n".join(added) + "\n")
    return len(added), conflicts


def labels_command(arguments: argparse.Namespace) -> int:
    if not arguments.review.strip():
        raise AuditError("--review must say which review the verdicts come from")
    key = load_key(arguments.key)
    rows = label_rows(key, load_verdicts(arguments.verdicts, key), arguments.review.strip())
    added, conflicts = append_labels(rows, arguments.labels)
    print(f"{added} row(s) added to {arguments.labels}; {len(rows) - added} already there")
    for conflict in conflicts:
        print(f"kept the earlier verdict: {conflict}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------- command line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="audit.py", description=__doc__.split("\n\n")[0],
        epilog="Run a subcommand with --help for its options.")
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser(
        "sample", help="draw a stratified sample of findings and write a blinded worksheet",
        description="Run every rule over the corpus directories (with the metadata.jsonl "
                    "found in each), draw findings stratified by severity and rule, and "
                    "write WORKSHEET (markdown, for the reader) and WORKSHEET.key.json "
                    "(the findings' identities and population counts, for scoring).")
    sample.add_argument("corpus", nargs="+", type=Path, metavar="CORPUS_DIR",
                        help="directories of *.txt cables")
    sample.add_argument("--out", type=Path, required=True, metavar="WORKSHEET.md")
    sample.add_argument("--seed", type=int, default=12, help="random seed (default 12)")
    sample.add_argument("--total", type=int, default=300,
                        help="findings to draw (default 300, issue #12's audit size)")
    sample.add_argument("--per-rule-max", type=int, default=30, metavar="N",
                        help="at most N findings of one rule at one severity (default 30)")
    sample.add_argument("--select", metavar="RULES",
                        help="only these rules (codes, prefixes, names or families, "
                             "comma-separated; default: the rules on by default, as "
                             "'cablelint check' runs them; ALL adds those off by default)")
    sample.add_argument("--exclude-ids", type=Path, action="append", metavar="FILE",
                        help="do not draw findings named in FILE: an earlier key file or a "
                             "labels JSONL such as tests/labels/findings.jsonl (repeatable)")
    sample.set_defaults(run=sample_command)
    score_ = commands.add_parser(
        "score", help="precision per rule and severity from a verdict file",
        description="Precision per rule and per severity with 95%% Wilson intervals, "
                    "per severity also weighted by each rule's share of the corpus's "
                    "findings; DEBATABLE is reported separately; issue #12's targets are "
                    "checked. Missing, duplicate or unknown ids are errors.")
    score_.add_argument("key", type=Path, metavar="WORKSHEET.key.json")
    score_.add_argument("verdicts", type=Path, metavar="VERDICTS.jsonl")
    score_.add_argument("--format", choices=("md", "json"), default="md")
    score_.set_defaults(run=score_command)
    labels = commands.add_parser(
        "labels", help="append the verdicts to the labelled regression set",
        description="Append verdicts on development-corpus cables to tests/labels/"
                    "findings.jsonl (rows already there are not repeated); findings from "
                    "other corpora are refused, since CI must be able to rerun them.")
    labels.add_argument("key", type=Path, metavar="WORKSHEET.key.json")
    labels.add_argument("verdicts", type=Path, metavar="VERDICTS.jsonl")
    labels.add_argument("--review", required=True,
                        help="which review the verdicts come from (date, who, what)")
    labels.add_argument("--labels", type=Path, default=LABELS, help=f"default: {LABELS}")
    labels.set_defaults(run=labels_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except AuditError as error:
        print(f"audit.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
