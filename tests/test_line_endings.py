"""The same cable as LF, CRLF and CR gives the same findings (issue 13).

Positions are in the file's own lines, so code, line, column, end and message
must be identical; the fixes must give the LF fix's text in the file's own
line breaks.  The parser and the rules read the LF view of the text
(``SourceText.analysed``); these tests pin that for hand-made cables of the rules
that once looked only for "\\n" (CL905, CL908, CL909, CL109) and over both
development corpora.
"""

from __future__ import annotations

import pytest
from conftest import shared_corpus

from cablelint.diagnostics import Diagnostic, Edit, Fix
from cablelint.engine import run_rules
from cablelint.fixer.edits import apply_fixes, choose_fixes
from cablelint.parser import parse_source
from cablelint.rules.base import Settings
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

RULES = [rule(None) for rule in all_rules()[0]]
ENDINGS = ("\r\n", "\r")
HEADER = ("C O N F I D E N T I A L SECTION 01 OF 02 ZENDA 000123\n\nSIPDIS\n\n"
          "E.O. 12958: DECL: 04/01/2019\nTAGS: PREL ZD\nSUBJECT: CORONATION\n\n"
          "Classified By: Ambassador R. Rassendyll for reas\nons 1.4 (b) and (d)\n\n")
BODIES = {
    "CL905": "\u00b61. (C) The coronation went ahead as planned in the cathedral an\n"
             "d the crowd cheered.\n",
    "CL908": "\u00b61. (C) The coronation went ahead as planned in the\n\n"
             "cathedral of the capital.\n",
    "CL909": "\u00b61. (C) The Regent called it &a very \ngood day8 for the kingdom.\n",
    "CL109": "\u00b61. (C) The coronation went ahead as planned.  End\nSummary.\n",
    # an opener alone on its line (CRLF once hid it: "[ \t]*\n" after the word)
    "CL109 opener": "Summary\n\n\u00b61. (C) The coronation went ahead. End Summary\n\n"
                    "\u00b62. (C) Summary: the crowd cheered.\n",
}


def _findings(text: str) -> list[tuple]:
    source = SourceText.from_text(text)
    found = run_rules(parse_source(source), source, RULES, Settings())
    return sorted((d.code, d.span.line, d.span.column, d.span.end_line, d.span.end_column,
                   d.message) for d in found)


def _fixed(text: str, newline: str = "\n") -> str:
    """``text`` with one pass of every fix (unsafe ones too) in ``newline`` style."""
    source = SourceText.from_text(text)
    found = run_rules(parse_source(source), source, RULES, Settings())
    return apply_fixes(text, choose_fixes(found, unsafe=True), newline)


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize("code", sorted(BODIES))
def test_hand_made_cable_gives_the_same_findings(code, ending) -> None:
    text = HEADER + BODIES[code] + "\nRASSENDYLL\n"
    expected = _findings(text)
    assert code.split()[0] in {finding[0] for finding in expected}
    assert _findings(text.replace("\n", ending)) == expected


@pytest.mark.parametrize("ending", ENDINGS)
def test_fixes_keep_the_files_line_breaks(ending) -> None:
    text = HEADER + "".join(BODIES.values()) + "\nRASSENDYLL\n"
    lf = _fixed(text)
    assert lf != text
    assert _fixed(text.replace("\n", ending), ending) == lf.replace("\n", ending)


def test_model_is_the_same_for_every_line_ending() -> None:
    text = HEADER + "".join(BODIES.values()) + "\nRASSENDYLL\n"
    lf = parse_source(SourceText.from_text(text))
    for ending in ENDINGS:
        other = parse_source(SourceText.from_text(text.replace("\n", ending)))
        assert [(p.number, p.span.line, p.span.end_line, p.blank_lines)
                for p in other.paragraphs] == [(p.number, p.span.line, p.span.end_line,
                                                p.blank_lines) for p in lf.paragraphs]
        assert [(m.kind, m.span.line, m.span.column) for m in other.markers] == \
            [(m.kind, m.span.line, m.span.column) for m in lf.markers]


def _findings_and_fixed(text: str, newline: str) -> tuple[list[tuple], str]:
    source = SourceText.from_text(text)
    found = run_rules(parse_source(source), source, RULES, Settings())
    return (sorted((d.code, d.span.line, d.span.column, d.span.end_line, d.span.end_column,
                    d.message) for d in found),
            apply_fixes(text, choose_fixes(found, unsafe=True), newline))


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["wikileaks-dev", "wikileaks-dev2"])
def test_corpus_gives_the_same_findings_and_fixes_as_lf_crlf_and_cr(name) -> None:
    """Every cable of both corpora (about 10 s each): the findings of its CRLF and CR
    forms are those of its LF form, and one pass of all fixes gives the LF result
    in the file's own line breaks (a SUBJECT a fix rewrites over two lines gains no
    blank before a CRLF)."""
    differ = []
    for path in sorted(shared_corpus(name).glob("*.txt")):
        text = SourceText.from_path(path).text
        found, fixed = _findings_and_fixed(text, "\n")
        for ending in ENDINGS:
            if _findings_and_fixed(text.replace("\n", ending), ending) != \
                    (found, fixed.replace("\n", ending)):
                differ.append(f"{path.name} {ending!r}")
    assert differ == []


@pytest.mark.parametrize(("ending", "expected"), [
    ("\r\n", "SUBJECT: ZENDA\r\nTALKS\r\n"),  # the view's " \n" is the CRLF, not a space
    ("\r", "SUBJECT: ZENDA\rTALKS\r"),
])
def test_text_copied_from_the_view_gets_the_files_line_breaks(ending, expected) -> None:
    written = f"SUBJECT: Zenda{ending}Talks{ending}"
    view = SourceText.from_text(written).plain()
    start, end = len("SUBJECT: "), len(written) - len(ending)
    copied = view[start:end].upper()  # what a rule rewriting the SUBJECT writes
    edit = Edit(start, end, copied)
    finding = Diagnostic("CL999", "upper case", SourceText.from_text(written).span(0, 1),
                         fix=Fix("upper", (edit,)))
    assert apply_fixes(written, [finding], ending) == expected
