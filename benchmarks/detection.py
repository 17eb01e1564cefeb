"""Detection measured on real cables the rules were not developed on.

For every cable of a held-out set (``benchmarks/heldout``: real cables, none
of them in the development corpus) the script injects one defect at a time
-- a portion raised above the banner, a lowered banner, a removed mark,
pilcrow-damaged and repeated numbers, an invalid reason letter, DECL dates out
of range, an unknown TAG, a missing SUBJECT, an impossible SECTION number, a
classified portion in an UNCLAS cable, ... -- and runs the default rules
(metadata given) before and after.  Injections keep every line where it was,
so findings before and after compare by code, line, column and message.

* recall: an injected defect counts as found when a new finding of the
  expected family appears on one of the lines where the defect is;
* precision: of the findings that appear only after an injection, the share
  that are real -- on the defect's lines, or a listed consequence of it (a
  lowered banner also leaves portion marks above it).  A finding the cable had
  before that only moved (its first instance was on a line the injection
  changed) is not new: it pairs off with the one that left.

Targets (issue #3): recall >= 98% and precision >= 98%.

Usage: python benchmarks/detection.py [--heldout DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
LEVEL_WORDS = {"U": "UNCLAS", "C": "C O N F I D E N T I A L", "S": "S E C R E T",
               "TS": "T O P  S E C R E T"}
HIGHER = {"U": "C", "SBU": "C", "C": "S", "S": "TS"}
LOWER = {"S": "C", "C": "U", "TS": "S"}


class Injection(NamedTuple):
    kind: str
    text: str
    family: str  # code prefix expected, e.g. "CL4"
    lines: frozenset[int]  # where the defect is
    consequences: frozenset[str] = frozenset()  # codes that may legitimately follow anywhere
    also_real: frozenset[int] = frozenset()  # other lines a correct finding may name


def _replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _blank_lines(text: str, first: int, last: int) -> str:
    """Empty lines first..last (1-based, inclusive), keeping the line count."""
    lines = text.split("\n")
    for index in range(first - 1, last):
        lines[index] = ""
    return "\n".join(lines)


def source_line(text: str, offset: int) -> str:
    """The line of ``text`` holding ``offset``, without its line break."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


def injections(document, text: str) -> Iterator[Injection]:
    """The defects this cable can take, one mutated text each."""
    paragraphs = [p for p in document.paragraphs if p.portion_mark and p.portion_mark.level]
    banner = document.banner
    level = banner.classification.level if banner else None

    if paragraphs and level in HIGHER and len(paragraphs) >= 2:
        target = paragraphs[len(paragraphs) // 2]
        mark = target.portion_mark
        higher = HIGHER[level]
        kind = "classified-in-unclas" if level == "U" else "portion-above-banner"
        yield Injection(kind, _replace_span(text, mark.span.start, mark.span.end,
                                            f"({higher})"),
                        "CL4", frozenset({target.span.line}),
                        frozenset({"CL404", "CL405", "CL406", "CL407"}))

    # a banner printed twice (a header repeated by the printout): changing one copy
    # would make the copies differ, a defect of the injection, not of the cable
    single_banner = banner is not None and text.count(text[banner.span.start:banner.span.end]) == 1

    if single_banner and level in LOWER and paragraphs:
        new_level = LOWER[level]
        word = LEVEL_WORDS[new_level] if banner.spaced or new_level == "U" else \
            {"C": "CONFIDENTIAL", "S": "SECRET"}[new_level]
        marks = [p.portion_mark for p in paragraphs]
        if document.subject is not None and document.subject.portion_mark is not None:
            marks.append(document.subject.portion_mark)
        above = frozenset(m.span.line for m in marks
                          if m.level in ("C", "S", "TS") and _rank(m.level) > _rank(new_level))
        if above:
            yield Injection("banner-lowered",
                            _replace_span(text, banner.level_span.start, banner.level_span.end,
                                          word),
                            "CL4", above | {banner.span.line},
                            frozenset({"CL401", "CL402", "CL403", "CL404", "CL405", "CL406",
                                       "CL407", "CL501", "CL502", "CL503", "CL504", "CL505",
                                       "CL506", "CL507", "CL508", "CL512", "CL301", "CL102",
                                       "CL107"}))

    # a paragraph with text of its own (a redaction-only paragraph is not held to marking)
    texty = [p for p in paragraphs[1:]
             if not text[p.portion_mark.span.end:p.span.end].strip().startswith(("XXX", "xxx"))]
    if len(paragraphs) >= 3 and texty:
        target = texty[0]
        mark = target.portion_mark
        end = mark.span.end + (1 if text[mark.span.end:mark.span.end + 1] == " " else 0)
        keep = "" if text[mark.span.start - 1:mark.span.start].isspace() else " "  # "2.(C)"
        yield Injection("mark-removed", _replace_span(text, mark.span.start, end, keep),
                        "CL3", frozenset({target.span.line}))
        lowered = f"({mark.raw[1:-1].lower()})"
        if lowered != mark.raw:
            yield Injection("mark-lowercase", _replace_span(text, mark.span.start,
                                                            mark.span.end, lowered),
                            "CL3", frozenset({target.span.line}))

    numbered = list(document.paragraphs)
    sequential = [p.number for p in numbered] == list(range(1, len(numbered) + 1))
    if sequential and len(numbered) >= 4:
        target = numbered[2]
        digits = _digits(text, target)
        yield Injection("pilcrow-number", _replace_span(text, *digits, "1" + target.number_text),
                        "CL9", frozenset({target.span.line}))
        # the paragraph after a repeated number is a gap too ("2, 2, 4"): a real finding
        yield Injection("repeated-number",
                        _replace_span(text, *digits, numbered[1].number_text),
                        "CL2", frozenset({target.span.line}),
                        also_real=frozenset({numbered[3].span.line}))
        start_line = numbered[2].span.line
        end_line = numbered[3].span.line - 1
        yield Injection("paragraph-lost", _blank_lines(text, start_line, end_line),
                        "CL2", frozenset({numbered[3].span.line}),
                        frozenset({"CL908"}))

    block = document.classified_by
    if block is not None and block.reasons and block.reasons[0].letters:
        reason = block.reasons[0]
        written = text[reason.span.start:reason.span.end]
        letter = reason.letters[-1]
        position = written.lower().rfind(letter)
        bad = "h" if reason.section == "1.5" else "k"
        mutated = _replace_span(text, reason.span.start + position,
                                reason.span.start + position + 1, bad)
        yield Injection("invalid-reason-letter", mutated, "CL5",
                        frozenset(range(block.span.line, block.span.end_line + 1)))

    eo = document.eo
    date = document.date
    if eo is not None and eo.declassification.kind == "date" and eo.declassification.span and \
            date:
        span = eo.declassification.span
        year = int(date[:4])
        late = f"{date[5:7]}/{date[8:10]}/{year + 32}"
        yield Injection("decl-too-late", _replace_span(text, span.start, span.end, late),
                        "CL5", frozenset({eo.span.line}), frozenset({"CL509", "CL512"}))
        early = f"{date[5:7]}/{date[8:10]}/{year - 2}"
        yield Injection("decl-before-cable", _replace_span(text, span.start, span.end, early),
                        "CL5", frozenset({eo.span.line}), frozenset({"CL509", "CL512"}))
    if eo is not None and eo.order == 12958 and eo.order_span and date and date >= "1996":
        yield Injection("wrong-order", _replace_span(text, eo.order_span.start,
                                                     eo.order_span.end, "12356"),
                        "CL5", frozenset({eo.span.line}), frozenset({"CL510", "CL512"}))

    tags = document.tags
    if tags is not None and tags.tags:
        tag = tags.tags[0]
        # a slip of the keyboard: the code's second letter doubled (PREL -> PRREL); an
        # invented code of a real code's form (PQXZ) could be a real code the
        # vocabulary lacks, which CL602 leaves to CL607 (off by default)
        typo = tag.code[:2] + tag.code[1:]
        yield Injection("unknown-tag", _replace_span(text, tag.span.start, tag.span.end, typo),
                        "CL6", frozenset({tag.span.line}), frozenset({"CL603"}))

    subject = document.subject
    # blanking the subject's lines must take nothing else: a REF or Classified By
    # glued onto them would go too, and its own findings count against the rules
    glued = [node for node in (document.references, document.classified_by)
             if node is not None and subject is not None
             and subject.span.line <= node.span.line <= subject.span.end_line]
    # a header printed twice keeps its other SUBJECT when one copy is blanked
    twice = subject is not None and text.count(
        source_line(text, subject.span.start).strip()) > 1
    if subject is not None and not glued and not twice:
        # a missing line is reported where it should be: up to the next header item
        after = [node.span.line for node in (document.references, document.classified_by,
                                             *document.paragraphs[:1], *document.body[:1])
                 if node is not None and node.span.line > subject.span.end_line]
        last = min(after) if after else subject.span.end_line + 2
        lines = frozenset(range(subject.span.line - 1, last + 1))
        yield Injection("subject-missing",
                        _blank_lines(text, subject.span.line, subject.span.end_line),
                        "CL1", lines, frozenset({"CL604", "CL105"}))

    if single_banner and banner.section is not None:
        section = banner.section
        impossible = f"SECTION {section.total + 1:02d} OF {section.total:02d}"
        yield Injection("impossible-section",
                        _replace_span(text, section.span.start, section.span.end, impossible),
                        "CL1", frozenset({banner.span.line}))


def _key(diagnostic) -> tuple[str, int, int, str]:
    """Findings before and after compare by code, place and message (lines do not move);
    digits are left out of the message so that a count in it ("and 24 more") does not
    make an old finding look new."""
    message = re.sub(r"\d+", "#", diagnostic.message)
    return diagnostic.code, diagnostic.span.line, diagnostic.span.column, message


def _unmoved(new: list, gone: set[tuple[str, int, int, str]], injection: Injection) -> list:
    """The new findings without those the cable had before and that only moved.

    A finding the injection did not cause can still change its key: one on a line
    the injection made shorter or longer shifts its column, and one reported at
    the first of several instances moves to the next when the injection blanks
    the first (a NOFORN mark in the SUBJECT line, reported after the SUBJECT is
    removed at the first paragraph's).  Each finding that left its place pairs
    off with at most one new finding of the same code: on the same line, or
    (for a re-anchored one) off the defect's lines, where it cannot be the
    injected defect's own finding.
    """
    left = Counter((key[0], key[1]) for key in gone)
    codes = Counter(key[0] for key in gone)
    kept = []
    for diagnostic in new:
        code, line = diagnostic.code, diagnostic.span.line
        if left[code, line] > 0:
            left[code, line] -= 1
            codes[code] -= 1
            continue
        kept.append(diagnostic)
    result = []
    for diagnostic in kept:
        code = diagnostic.code
        off_defect = diagnostic.span.line not in injection.lines | injection.also_real \
            and code not in injection.consequences
        if off_defect and codes[code] > 0:
            codes[code] -= 1
            continue
        result.append(diagnostic)
    return result


def _rank(level: str) -> int:
    return {"U": 0, "SBU": 0, "C": 1, "S": 2, "TS": 3}[level]


def _digits(text: str, paragraph) -> tuple[int, int]:
    span = paragraph.number_span
    offset = text.index(paragraph.number_text, span.start, span.end)
    return offset, offset + len(paragraph.number_text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heldout", type=Path, default=REPO / "benchmarks" / "heldout")
    parser.add_argument("--verbose", action="store_true")
    arguments = parser.parse_args()

    from cablelint.engine import run_rules, select_rules
    from cablelint.parser import parse_source
    from cablelint.rules.base import Settings
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    metadata = {}
    metadata_file = arguments.heldout / "metadata.jsonl"
    if metadata_file.is_file():
        for line in metadata_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                metadata[record["id"]] = record
    settings = Settings(metadata=metadata)
    rules = [rule() for rule in select_rules(all_rules()[0])]
    files = sorted((arguments.heldout / "cables").glob("*.txt"))
    if not files:
        sys.exit(f"no held-out cables in {arguments.heldout / 'cables'}")

    def check(text: str, path: str) -> tuple[object, set[tuple[str, int]], list]:
        source = SourceText.from_text(text, path)
        document = parse_source(source)
        found = run_rules(document, source, rules, settings)
        return document, {_key(d) for d in found}, found

    injected: Counter[str] = Counter()
    detected: Counter[str] = Counter()
    new_total = new_real = 0
    kind_total: Counter[str] = Counter()
    kind_real: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    false_findings: list[str] = []
    doubled: list[str] = []  # more than one new finding on a defect's lines
    for path in files:
        text = path.read_text(encoding="utf-8")
        document, before, _ = check(text, str(path))
        for injection in injections(document, text):
            _, after, found = check(injection.text, str(path))
            raw = [d for d in found if _key(d) not in before]
            new = _unmoved(raw, before - after, injection)
            injected[injection.kind] += 1
            if any(d.code.startswith(injection.family) and d.span.line in injection.lines
                   for d in raw):
                detected[injection.kind] += 1
            else:
                misses[injection.kind].append(f"{path.name}: lines {sorted(injection.lines)}; "
                                              f"new: {[(d.code, d.span.line) for d in raw]}")
            on_defect = [d for d in new if d.span.line in injection.lines]
            if len(on_defect) > 1:
                doubled.append(f"{path.name} [{injection.kind}] "
                               + "; ".join(f"{d.code} {d.span.line}: {d.message}"
                                           for d in on_defect))
            for d in new:
                real = d.span.line in injection.lines | injection.also_real \
                    or d.code in injection.consequences
                new_total += 1
                kind_total[injection.kind] += 1
                if real:
                    new_real += 1
                    kind_real[injection.kind] += 1
                else:
                    false_findings.append(f"{path.name} [{injection.kind}] {d.code} "
                                          f"{d.span.line}: {d.message}")

    total = sum(injected.values())
    found = sum(detected.values())
    print(f"held-out cables: {len(files)}; injected defects: {total}")
    for kind in sorted(injected):
        print(f"  {kind:<24} {detected[kind]:>4}/{injected[kind]:<4} "
              f"{100 * detected[kind] / injected[kind]:6.1f}%   precision "
              f"{kind_real[kind]:>4}/{kind_total[kind]:<4} "
              f"{100 * kind_real[kind] / max(kind_total[kind], 1):6.1f}%")
    print(f"recall: {found}/{total} = {100 * found / total:.1f}%")
    print(f"defects with more than one finding on their lines: {len(doubled)}")
    print(f"precision: {new_real}/{new_total} = {100 * new_real / max(new_total, 1):.1f}% of "
          "the findings that appear only after injection are real")
    if arguments.verbose:
        for kind, items in sorted(misses.items()):
            for item in items:
                print(f"MISS {kind}: {item}")
        for item in false_findings:
            print(f"FALSE {item}")
        for item in doubled:
            print(f"DOUBLE {item}")


if __name__ == "__main__":
    main()
