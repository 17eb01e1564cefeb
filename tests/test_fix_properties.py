"""Property tests of --fix over generated cables and mutated real ones.

For any input: fixing never raises, each pass changes nothing outside the
edits it applies, and the loop converges (a second run changes nothing).
Generated cables combine the damage real extraction does (pilcrows read as
"1", markdown TAGS, lower-case marks, page-break lines, SIPDIS tokens, CRLF).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cablelint.config import ConfigResolver, Overrides
from cablelint.fixer.edits import apply_fixes, choose_fixes, dominant_newline
from cablelint.fixer.loop import fix_source
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

REPO = Path(__file__).resolve().parents[1]
RESOLVER = ConfigResolver(all_rules()[0], Overrides(), isolated=True)
PROPERTY_SETTINGS = settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])

LEVELS = ["U", "SBU", "C", "S", "c", "u", "C//NF", "S/REL UK", "C)", ""]
BANNERS = ["C O N F I D E N T I A L", "CONFIDENTIAL", "S E C R E T", "UNCLAS",
           "UNCLAS SENSITIVE", "SS E C R E T", "C O N F I D E N T I A L SECTION 01 OF 02"]
WORDS = ["the", "minister", "said", "that", "embassy", "will", "follow", "events",
         "Secretary", "SIPDIS", "Erdogan,s", "&talks8", "April", "of", "REF", "1.4(d)"]
TAGS = ["PREL", "PGOV", "MARR", "[PREL](#)", "[CA](#)", "prel", "ZZTOP", "KDEM,", "PK"]


@st.composite
def paragraphs(draw) -> list[str]:
    count = draw(st.integers(min_value=0, max_value=12))
    lines: list[str] = []
    for index in range(1, count + 1):
        number = draw(st.sampled_from([str(index), f"1{index}", f"\u00b6{index}",
                                       str(index + 1), f"{index}.", "2006"]))
        mark = draw(st.sampled_from(LEVELS))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
        text = " ".join(words)
        lines.append(f"{number}. ({mark}) {text}" if mark else f"{number}. {text}")
        if draw(st.booleans()):
            lines.append(" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1,
                                                max_size=12))))
        extra = draw(st.sampled_from(["", "", "", "ZENDA 00000417 002 OF 002", "SIPDIS",
                                      "x" * 45 + " y"]))
        if extra:
            lines += ["", extra]
        lines.append("")
    return lines


@st.composite
def cables(draw) -> str:
    lines = []
    if draw(st.booleans()):
        lines += ["VZCZCXRO4711", "PP RUEHXX", "DE RUEHZD #0417/01 1201530",
                  "ZNY CCCCC ZZH", "P 301530Z APR 08", "FM AMEMBASSY ZENDA",
                  "TO RUEHC/SECSTATE WASHDC PRIORITY 0417"]
    lines += [f"{draw(st.sampled_from(BANNERS))} ZENDA 000417", ""]
    if draw(st.booleans()):
        lines += ["SIPDIS", ""]
    lines += [draw(st.sampled_from(["E.O. 12958: DECL: 04/30/2018", "E.O. 12958 DECL: 2018/04/30",
                                    "E.O. 13526: DECL: 04/30/2020", "EO 12958 DECL: OADR",
                                    "E.O. 12958: N/A"])), ""]
    tag_line = draw(st.sampled_from(["TAGS: ", "TAGS ", "TAG: "])) + " ".join(
        draw(st.lists(st.sampled_from(TAGS), min_size=0, max_size=6)))
    lines += [tag_line, ""]
    lines += [draw(st.sampled_from(["SUBJECT: ZENDA: THE REGENT NAMES A CABINET",
                                    "SUBJECT: SUBJECT: (C) A new cabinet", "SUBJECT:"])), ""]
    if draw(st.booleans()):
        lines += ["REF: A. ZENDA 400", "\u00b6B. ZENDA 388", ""]
    lines += [draw(st.sampled_from(["Classified By: Ambassador R. Rassendyll, reasons 1.4 "
                                    "(b) and (d)", "Classified By: Pol Chief, Reason 1.5 (b)",
                                    "Classified By: REAS", ""])), ""]
    lines += draw(paragraphs())
    lines += [draw(st.sampled_from(["RASSENDYLL", "", "Rassendyll"]))]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines) + draw(st.sampled_from([newline, ""]))


def assert_fix_properties(source: SourceText, unsafe: bool) -> None:
    plan = RESOLVER.plan_for(source.path)
    outcome = fix_source(source, plan, unsafe=unsafe, allow_parse_errors=True)
    assert outcome.converged, outcome.cycling
    again = fix_source(outcome.result.source, plan, unsafe=unsafe, allow_parse_errors=True)
    assert not again.changed
    # one pass by hand: outside the applied edits, the text is untouched
    chosen = choose_fixes(outcome_first_pass(source, plan), unsafe)
    fixed = apply_fixes(source.text, chosen, dominant_newline(source.text))
    edits = sorted((edit.start, edit.end) for d in chosen for edit in d.fix.edits)
    position_old, position_new = 0, 0
    for d_start, d_end in edits:
        kept = source.text[position_old:d_start]
        assert fixed[position_new:position_new + len(kept)] == kept
        replacement = next(edit.replacement for d in chosen for edit in d.fix.edits
                           if (edit.start, edit.end) == (d_start, d_end))
        newline = dominant_newline(source.text)
        if newline != "\n":
            replacement = replacement.replace("\r\n", "\n").replace("\n", newline)
        position_new += len(kept) + len(replacement)
        position_old = d_end
    assert fixed[position_new:] == source.text[position_old:]


def outcome_first_pass(source: SourceText, plan):
    from cablelint.check import lint_source

    return lint_source(source, plan).diagnostics


@PROPERTY_SETTINGS
@given(text=cables(), unsafe=st.booleans())
def test_fix_properties_on_generated_cables(text: str, unsafe: bool) -> None:
    assert_fix_properties(SourceText.from_text(text, "generated.txt"), unsafe)


MUTATIONS = {
    "pilcrow-as-one": lambda t: t.replace("\n2. (", "\n12. (", 1),
    "markdown-tags": lambda t: t.replace("TAGS: ", "TAGS: [PREL](#) ", 1),
    "lower-mark": lambda t: t.replace("(C)", "(c)", 2),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "sipdis-in-body": lambda t: t.replace("Secretary ", "Secretary SIPDIS ", 1),
    "page-break": lambda t: t.replace(". ", ".\n\nZENDA 00000417 002 OF 002\n\n", 1),
    "no-final-newline": lambda t: t.rstrip("\n"),
}


@pytest.fixture(scope="module")
def corpus_texts(corpus_files: list[Path]) -> list[tuple[str, str]]:
    return [(path.name, path.read_bytes().decode("utf-8", "replace")) for path in corpus_files]


def test_fix_properties_on_mutated_corpus_cables(corpus_texts) -> None:
    @PROPERTY_SETTINGS
    @given(index=st.integers(min_value=0, max_value=len(corpus_texts) - 1),
           mutations=st.lists(st.sampled_from(sorted(MUTATIONS)), max_size=3, unique=True),
           unsafe=st.booleans())
    def check(index: int, mutations: list[str], unsafe: bool) -> None:
        name, text = corpus_texts[index]
        for mutation in mutations:
            text = MUTATIONS[mutation](text)
        assert_fix_properties(SourceText.from_text(text, name), unsafe)

    check()
