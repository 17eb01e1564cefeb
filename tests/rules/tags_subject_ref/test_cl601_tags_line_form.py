"""CL601 tags-line-form: hand-written cables (Zenda, Strelsau and Rassendyll are fictional)."""

from __future__ import annotations

import pytest
from cable_snippets import covered, where
from rule_helpers import apply_fixes, findings
from rule_helpers import where as span_of
from tags_subject_ref_helpers import fixed_clean, tagged

from cablelint.parser import parse_text


@pytest.mark.parametrize("tags", [
    "TAGS: PREL PGOV KDEM ZI",
    "TAGS PREL, PGOV, KDEM, ZI",
    "TAGS: PREL PGOV KDEM\nPINR ZI",
    "TAGS PREL, PGOV,\nKDEM, ZI",
    "TAGS: [PREL](#) [PGOV](#) [ZI](#)",  # markdown links are CL904's
    "TAGS PREL, PGOV, USEU STRELSAU",  # free text is CL602's
])
def test_cl601_accepts_both_styles(tags: str) -> None:
    assert findings(tagged(tags), "CL601") == []


def test_cl601_mixed_separators_on_a_continuation_line() -> None:
    text = tagged("TAGS: PREL PGOV KDEM\nZI, UK, FR")
    [found] = findings(text, "CL601")
    line, column, _ = where(text, ", UK, ")
    assert span_of(found) == (line, column, line, column + len(", UK, "))
    assert "comma" in found.message and "single spaces" in found.message
    assert "ZI UK FR" in fixed_clean(text, "CL601")


def test_cl601_missing_comma_in_smart_style() -> None:
    text = tagged("TAGS PREL, PGOV, KDEM\nZI UK")
    [found] = findings(text, "CL601")
    assert "missing comma" in found.message
    assert "ZI, UK" in fixed_clean(text, "CL601")


def test_cl601_lower_case_line_is_one_finding() -> None:
    text = tagged("Tags: prel, pgov, zi")
    [found] = findings(text, "CL601")
    line, column, end = where(text, "Tags: prel, pgov, zi")
    assert span_of(found) == (line, column, line, end)
    assert "TAGS: PREL, PGOV, ZI" in fixed_clean(text, "CL601")


def test_cl601_one_lower_case_code() -> None:
    text = tagged("TAGS: PREL pgov ZI")
    [found] = findings(text, "CL601")
    line, column, end = where(text, "pgov")
    assert span_of(found) == (line, column, line, end)
    assert "'PGOV'" in found.message


def test_cl601_double_space_and_trailing_comma() -> None:
    text = tagged("TAGS: PREL  PGOV ZI")
    [found] = findings(text, "CL601")
    assert "irregular spacing" in found.message
    assert "TAGS: PREL PGOV ZI" in fixed_clean(text, "CL601")
    text = tagged("TAGS PREL, PGOV, ZI,")
    [found] = findings(text, "CL601")
    line, column, _ = where(text, "ZI,")
    assert span_of(found) == (line, column + 2, line, column + 3)
    assert "TAGS PREL, PGOV, ZI\n" in fixed_clean(text, "CL601")


def test_cl601_empty_tags_line() -> None:
    [found] = findings(tagged("TAGS:"), "CL601")
    assert "no codes" in found.message


def test_cl601_codes_run_together_are_split_and_separated() -> None:
    # as in 08MANAMA492 "PHUMBA" and 09CAIRO2205 "KFRDKIRFCVIS..." (cablemap reader tests)
    text = tagged("TAGS: KCRM PHUMBA ASECKFRDZI")
    tags = parse_text(text).tags.tags
    assert [(t.code, t.glued) for t in tags] == [
        ("KCRM", False), ("PHUM", False), ("BA", True), ("ASEC", False), ("KFRD", True),
        ("ZI", True)]
    line, column, _ = where(text, "BA ")
    assert (tags[2].span.line, tags[2].span.column, tags[2].span.end_column) == (
        line, column, column + 2)
    first, second = findings(text, "CL601")
    assert first.message == "'PHUMBA' runs the codes PHUM BA together; separate them"
    assert covered(text, second.span) == "ASECKFRDZI"
    assert "TAGS: KCRM PHUM BA ASEC KFRD ZI" in fixed_clean(text, "CL601")


def test_cl601_glued_codes_on_a_comma_line_get_commas() -> None:
    text = tagged("TAGS KDEM, PGOV, PHUMZI, ZA")
    assert "TAGS KDEM, PGOV, PHUM, ZI, ZA" in fixed_clean(text, "CL601")


def test_cl601_a_glued_code_the_line_has_already_is_dropped_not_separated() -> None:
    """fresh-10 audit (A169, 'ASECTH' on a line with TH): separating it would write
    TH twice; the fix, unsafe since it deletes a code, keeps the other piece."""
    text = tagged("TAGS: PREL ASECTH PGOV TH")
    [found] = findings(text, "CL601")
    assert found.message == ("'ASECTH' runs the codes ASEC TH together and TH is on the "
                             "line already; write 'ASEC'")
    assert found.fix.applicability == "unsafe"
    assert "TAGS: PREL ASEC PGOV TH\n" in apply_fixes(text, [found], unsafe=True)


def test_cl601_a_glued_token_whose_codes_are_all_on_the_line_is_removed() -> None:
    # 09KABUL4150's shape: 'TAGS KDEM, PGOV, PINR, KDEMAF, AF'
    text = tagged("TAGS KDEM, PGOV, KDEMZI, ZI")
    [found] = findings(text, "CL601")
    assert found.message.endswith("together and each is on the line already; remove it")
    assert "TAGS KDEM, PGOV, ZI\n" in apply_fixes(text, [found], unsafe=True)


def test_cl601_a_country_written_as_its_name_is_read_as_the_name() -> None:
    """05ATHENS2769 (fresh-16 audit, A220): 'NATOIRAQ' is NATO and Iraq's name, not
    NATO IR AQ, which would add Iran and American Samoa.  The name's code is
    advised, or dropped when the line has it already."""
    text = tagged("TAGS: PREL CD NATOCHAD")
    tags = parse_text(text).tags.tags
    assert [(t.code, t.raw, t.glued, t.country_name) for t in tags[2:]] == [
        ("NATO", "NATO", False, False), ("CD", "CHAD", True, True)]
    assert covered(text, tags[3].span) == "CHAD"
    [found] = findings(text, "CL601")
    assert found.message == ("'NATOCHAD' runs the codes NATO CHAD (CD) together and CD "
                             "is on the line already; write 'NATO'")
    assert "TAGS: PREL CD NATO\n" in apply_fixes(text, [found], unsafe=True)
    # without the code on the line, the name is replaced by its code; name first too
    for line, kept in (("TAGS: PREL PGOV NATOCHAD", "NATO CD"),
                       ("TAGS PREL, CHADPGOV", "CD, PGOV")):
        [found] = findings(tagged(line), "CL601")
        assert found.message.endswith(f"together; write '{kept}'"), found.message
        assert found.fix.applicability == "unsafe"
        assert line.replace(line.split()[-1], kept) + "\n" in apply_fixes(
            tagged(line), [found], unsafe=True)


@pytest.mark.parametrize("token", ["IRAJ", "MCCAIN", "RIGHTSPOLMIL"])
def test_tags_token_not_split_without_one_reading(token) -> None:
    # two-letter codes only, or a piece no code: the token stays whole
    tags = parse_text(tagged(f"TAGS: PREL {token} ZI")).tags.tags
    assert [t.code for t in tags] == ["PREL", token, "ZI"]
