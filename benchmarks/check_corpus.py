"""All default rules over the development corpus on one core.

Prints cables/s for parse + rules (best and median round), the parse time and
the rule time per cable separately (best round of each), and the slowest rules
(time per cable), so a rule that scans too much shows up here.  Every round
decodes, parses and checks every cable again: nothing is kept between rounds.
The best of 10 rounds is reported because on a shared machine the other rounds
measure the neighbours as well.  Target (issue #3): >= 1,200 cables/s here.

Usage: python benchmarks/check_corpus.py [--rounds N] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikileaks-dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    arguments = parser.parse_args()
    if not arguments.corpus.is_dir():
        sys.exit(f"corpus not found: {arguments.corpus}")

    from parse_corpus import pin_to_one_core

    from cablelint.engine import present_inputs, run_rules, select_rules
    from cablelint.parser import parse_source
    from cablelint.rules.base import RuleContext, Settings
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    print(pin_to_one_core())
    blobs = [path.read_bytes() for path in sorted(arguments.corpus.glob("*.txt"))]
    rules = [rule() for rule in select_rules(all_rules()[0])]
    settings = Settings()
    for blob in blobs[:5]:  # warm up: tables, regexes, vocabularies
        source = SourceText.from_bytes(blob)
        run_rules(parse_source(source), source, rules, settings)

    totals, parse_times, rule_times = [], [], []
    for _ in range(arguments.rounds):
        parse_time = rule_time = 0.0
        for blob in blobs:
            t0 = time.perf_counter()
            source = SourceText.from_bytes(blob)
            document = parse_source(source)
            t1 = time.perf_counter()
            run_rules(document, source, rules, settings)
            t2 = time.perf_counter()
            parse_time += t1 - t0
            rule_time += t2 - t1
        totals.append(parse_time + rule_time)
        parse_times.append(parse_time)
        rule_times.append(rule_time)

    count = len(blobs)
    best, median = min(totals), statistics.median(totals)
    print(f"corpus: {count} cables, {len(rules)} default rules, {arguments.rounds} rounds")
    print(f"parse + rules: best {count / best:,.0f} cables/s, median {count / median:,.0f} "
          f"cables/s")
    best_round = totals.index(best)
    print(f"per cable, best round: {best / count * 1e3:.3f} ms = parse "
          f"{parse_times[best_round] / count * 1e3:.3f} ms + rules "
          f"{rule_times[best_round] / count * 1e3:.3f} ms")
    print(f"per cable, best of each stage: parse {min(parse_times) / count * 1e3:.3f} ms, "
          f"rules {min(rule_times) / count * 1e3:.3f} ms")

    per_rule: dict[str, float] = defaultdict(float)
    sources = [SourceText.from_bytes(blob) for blob in blobs]
    documents = [parse_source(source) for source in sources]
    for source, document in zip(sources, documents, strict=True):
        context = RuleContext(document, source, settings)
        present = present_inputs(document)
        for rule in rules:
            if not rule.requires <= present:  # as the engine: only where its inputs are
                continue
            context._rule = rule
            start = time.perf_counter()
            for _ in rule.check(context):
                pass
            per_rule[rule.code] += time.perf_counter() - start
    slowest = sorted(per_rule.items(), key=lambda item: -item[1])[:8]
    print("slowest rules (us per cable): " + ", ".join(
        f"{code} {seconds / count * 1e6:.1f}" for code, seconds in slowest))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
