"""The human formats: ``text`` (with ``--show-source`` and colour), ``concise``, ``grouped``."""

from __future__ import annotations

import io

from cablelint.check import CheckRun, FileResult
from cablelint.diagnostics import Diagnostic, Edit, Fix
from cablelint.reports import ReportContext, write_report
from cablelint.reports.snippet import WIDTH, display_line, underline
from cablelint.rules.registry import all_rules
from cablelint.source import SourceText

RULES = {rule.code: rule for rule in all_rules()[0]}
TEXT = ("C O N F I D E N T I A L OTTAWA 001502\n"
        "\n"
        "\t17. (C) Tabbed paragraph.\n"
        "\u00b65. (C) \u5927\u4f7f said \u201cno\u201d.\n"
        "REAS\n"
        "ONS 1.4 (b)\n")


def sample_run() -> CheckRun:
    source = SourceText.from_text(TEXT, "cables/a.txt")
    tab = source.texts[2].index("17")
    start = source.starts[2] + tab
    said = source.starts[3] + source.texts[3].index("said")
    reas = source.starts[4]
    diagnostics = [
        Diagnostic("CL901", "paragraph number '17.' is \u00b67", source.span(start, start + 3),
                   "warning", "pilcrow-read-as-one",
                   Fix("renumber to 7", (Edit(start, start + 2, "7"),))),
        Diagnostic("CL602", "after wide characters", source.span(said, said + 4), "info",
                   "unknown-tag"),
        Diagnostic("CL905", "split word", source.span(reas, reas + 8), "error", "split-word"),
    ]
    return CheckRun([FileResult("cables/a.txt", diagnostics, source, None),
                     FileResult("cables/clean.txt", [], None, None)])


def render(name: str, run: CheckRun, **options) -> str:
    stream = io.StringIO()
    write_report(name, run, ReportContext(RULES, **options), stream)
    return stream.getvalue()


def test_text_lines_and_summary() -> None:
    out = render("text", sample_run()).splitlines()
    assert out == [
        "cables/a.txt:3:2: CL901 [*] [warning] paragraph number '17.' is \u00b67",
        "cables/a.txt:4:12: CL602 [info] after wide characters",
        "cables/a.txt:5:1: CL905 [error] split word",
        "Found 3 findings in 1 file (1 fixable with --fix).",
    ]
    assert render("text", sample_run(), quiet=True).count("\n") == 3


def test_show_source_expands_tabs_and_places_carets_under_the_span() -> None:
    out = render("text", sample_run(), show_source=True)
    assert (" |\n"
            "3 |     17. (C) Tabbed paragraph.\n"
            "  |     ^^^ CL901\n"
            "  |\n"
            "  = help: renumber to 7\n") in out
    # two wide characters take four cells: the carets stay under "said"
    assert ("4 | \u00b65. (C) \u5927\u4f7f said \u201cno\u201d.\n"
            "  |              ^^^^ CL602\n") in out
    # a span over two lines is underlined to the end of its first line
    assert "5 | REAS\n  | ^^^^ CL905\n" in out


def test_show_source_draws_control_characters_and_cuts_long_lines() -> None:
    drawn, columns = display_line("a\x0cb")
    assert drawn == "a\u240cb" and columns == [0, 1, 2, 3]
    assert underline(columns, 3, 3) == (3, 1)  # an empty span at the end: one caret
    long_line = "x" * 300 + "TARGET" + "y" * 300
    source = SourceText.from_text(long_line + "\n", "long.txt")
    start = long_line.index("TARGET")
    diagnostic = Diagnostic("CL909", "here", source.span(start, start + 6), "warning")
    out = render("text", CheckRun([FileResult("long.txt", [diagnostic], source)]),
                 show_source=True).splitlines()
    line, carets = out[2], out[3]
    assert line.startswith("1 | \u2026x") and line.endswith("y\u2026")
    assert len(line) < WIDTH + 10
    assert line[carets.index("^"):carets.index("^") + 6] == "TARGET"


def test_colour_only_when_asked() -> None:
    plain = render("text", sample_run(), show_source=True)
    assert "\x1b[" not in plain
    coloured = render("text", sample_run(), show_source=True, color=True)
    assert "\x1b[1mcables/a.txt\x1b[0m" in coloured  # bold path
    assert "[\x1b[33mwarning\x1b[0m]" in coloured  # yellow warning
    assert "[\x1b[34minfo\x1b[0m]" in coloured  # blue info
    assert "[\x1b[31merror\x1b[0m]" in coloured  # red error
    assert "\x1b[36m[*]\x1b[0m" in coloured


def test_concise_is_one_line_per_finding_and_a_count() -> None:
    assert render("concise", sample_run()).splitlines() == [
        "cables/a.txt:3:2: CL901 [*] paragraph number '17.' is \u00b67",
        "cables/a.txt:4:12: CL602 after wide characters",
        "cables/a.txt:5:1: CL905 split word",
        "Found 3 findings.",
    ]
    assert render("concise", CheckRun()) == ""


def test_grouped_puts_findings_under_their_file() -> None:
    assert render("grouped", sample_run()).splitlines() == [
        "cables/a.txt:",
        "  3:2  CL901 [*] [warning] paragraph number '17.' is \u00b67",
        "  4:12 CL602 [info] after wide characters",
        "  5:1  CL905 [error] split word",
        "",
        "Found 3 findings in 1 file (1 fixable with --fix).",
    ]
    with_source = render("grouped", sample_run(), show_source=True)
    assert "    3 |     17. (C) Tabbed paragraph.\n      |     ^^^ CL901\n" in with_source
