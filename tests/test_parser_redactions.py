"""The parser's redaction runs (``Document.redactions``) and the month-name table.

Invented snippets (Zenda is fictional).  Each redaction test checks the run's
span, its text and the bracket flags that CL914 reads.
"""

from __future__ import annotations

from cable_snippets import assert_span, cable, parse_ok

from cablelint.fields.dates import MONTH_WORDS, MONTHS, full_month


def test_a_run_of_twelve_x_is_one_redaction() -> None:
    text = cable(body=("1. (C) XXXXXXXXXXXX told poloff the regent left.",))
    (run,) = parse_ok(text).redactions
    assert_span(text, run.span, "XXXXXXXXXXXX")
    assert run.raw == "XXXXXXXXXXXX" and run.bracket is None and not run.unclosed


def test_lower_case_and_glued_runs_are_redactions_short_runs_are_not() -> None:
    text = cable(body=("1. (C) The xxxxxxxxxxxx and XXXXXXXXXXXXs met; Super Bowl XXXV",
                       "and XXXX are numerals.",))
    runs = parse_ok(text).redactions
    assert [run.raw for run in runs] == ["xxxxxxxxxxxx", "XXXXXXXXXXXX"]
    assert_span(text, runs[1].span, "XXXXXXXXXXXX", occurrence=1)


def test_a_bracket_closed_on_its_line_is_balanced() -> None:
    text = cable(body=("1. (C) The [XXXXXXXXXXXX] account matches ours.",))
    (run,) = parse_ok(text).redactions
    assert_span(text, run.bracket, "[")
    assert not run.unclosed


def test_an_unclosed_bracket_is_flagged() -> None:
    text = cable(body=("1. (C) The [XXXXXXXXXXXX account matches ours;",
                       "the ] on the next line does not close it.",))
    (run,) = parse_ok(text).redactions
    assert run.bracket is not None and run.unclosed


def test_a_bracket_reopened_before_it_closes_is_flagged() -> None:
    text = cable(body=("1. (C) The [XXXXXXXXXXXX account [sic] matches ours.",))
    (run,) = parse_ok(text).redactions
    assert run.unclosed


def test_one_month_table() -> None:
    assert MONTHS["MAR"] == 3 and MONTHS["DEC"] == 12
    assert full_month("February") == 2 and full_month("FEB") is None
    assert {"may", "sept", "sep", "september"} <= MONTH_WORDS
