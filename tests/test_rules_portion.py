"""CL3xx portion-marking rules: hand-written snippets and the development corpus.

Every snippet is invented (Zenda, Strelsau and Ritzburg are fictional posts);
nothing is copied from the corpus.  The path names a cable id so that the
cable date is known (its year) where a rule depends on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cable_snippets import cable
from rule_helpers import apply_fixes, cables_with, findings, where

from cablelint.parser import parse_file
from cablelint.rules.base import Settings

EO = "E.O. 12958: DECL: 03/30/2016"
TAGS = "TAGS: PREL PGOV ZE"
SUBJECT = "SUBJECT: THE CORONATION"
CBY = "Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)"
HEADER = ("SIPDIS", EO, TAGS, SUBJECT, CBY)
PATH = "06ZENDA123.txt"
UNCLAS = "UNCLAS ZENDA 000123"
SECRET = "S E C R E T ZENDA 000123"


def body(*paragraphs: str) -> tuple[str, ...]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return tuple(lines[:-1])


def run(code: str, *paragraphs: str, banner: str | None = None,
        header: tuple[str, ...] = HEADER, path: str = PATH, **kwargs):
    text = cable(*header, body=body(*paragraphs), **({"banner": banner} if banner else {}),
                 **kwargs)
    return text, findings(text, code, path=path)


# ------------------------------------------------------------------ CL301


def test_cl301_unmarked_paragraph_is_an_error_in_a_classified_cable() -> None:
    text, found = run("CL301", "1. (C) The king was crowned.", "2. The regent left the city.")
    assert len(found) == 1
    assert where(found[0]) == (*_at(text, "2."), *_end(text, "2."))
    assert found[0].severity == "error"
    assert "paragraph 2 has no portion mark" in found[0].message


def test_cl301_warning_in_an_unclas_cable() -> None:
    header = ("SIPDIS", "E.O. 12958: N/A", TAGS, SUBJECT)
    _, found = run("CL301", "1. (U) The king was crowned.", "2. The regent left.",
                   banner=UNCLAS, header=header)
    assert [d.severity for d in found] == ["warning"]


def test_cl301_good_cable_is_silent() -> None:
    _, found = run("CL301", "1. (C) The king was crowned.", "2. (U) The regent left.")
    assert found == []


def test_cl301_whole_text_statement_covers_every_paragraph() -> None:
    _, found = run("CL301", "CONFIDENTIAL - ENTIRE TEXT.", "1. The king was crowned.",
                   "2. The regent left.")
    assert found == []


def test_cl301_silent_before_eo12958() -> None:
    _, found = run("CL301", "1. (C) The king was crowned.", "2. The regent left.",
                   path="89ZENDA123.txt")
    assert found == []


def test_cl301_lead_in_is_left_to_cl303() -> None:
    _, found = run("CL301", "1. Summary: (C) The king was crowned.", "2. (C) He spoke.")
    assert found == []


def test_cl301_marked_sub_items_mark_the_paragraph() -> None:
    _, found = run("CL301", "1. KEY POINTS:\n\n-- (C) The king was crowned.\n\n"
                   "-- (C) The regent left.", "2. (C) Embassy will follow events.")
    assert found == []


def test_cl301_quoted_document_with_restarted_numbering() -> None:
    _, found = run("CL301", "1. (C) The note reads as follows:",
                   "1. The Government of Zenda presents its compliments.",
                   "2. It requests the return of the crown.", "2. (C) Embassy comment.")
    assert found == []


def test_cl301_redaction_only_paragraph_and_classified_by_paragraph() -> None:
    _, found = run("CL301", "1. Classified by Ambassador Rassendyll, reason 1.4 (d).",
                   "2. (C) The king was crowned.", "3. XXXXXXXXXXXX",
                   "4. (C) Embassy will follow events.")
    assert found == []


def test_cl301_paragraph_opening_with_a_redaction_is_info() -> None:
    _, found = run("CL301", "1. (C) The king was crowned.",
                   "2. XXXXXXXXXXXX told poloff the regent left.")
    assert [d.severity for d in found] == ["info"]
    assert "redacted" in found[0].message


def test_cl301_number_ending_a_wrapped_sentence() -> None:
    _, found = run("CL301", "1. (C) The king was crowned.",
                   "2. (C) The regent will answer the questions posed in paragraph",
                   "1. Embassy will follow events.")
    assert found == []


# ------------------------------------------------------------------ CL302


@pytest.mark.parametrize(("written", "fixed"), [("(c)", "(C)"), ("(s/NF)", "(S/NF)")])
def test_cl302_lower_case_level_is_fixed(written: str, fixed: str) -> None:
    text, found = run("CL302", f"1. {written} The king was crowned.", "2. (C) He spoke.")
    assert len(found) == 1
    assert where(found[0]) == (*_at(text, written), *_end(text, written))
    assert fixed in found[0].message
    repaired = apply_fixes(text, found)
    assert f"1. {fixed} The king" in repaired
    assert findings(repaired, "CL302", path=PATH) == []


def test_cl302_lost_opening_parenthesis_is_restored() -> None:
    text, found = run("CL302", "1. (C) The king was crowned.", "2.  C) The regent left.")
    assert len(found) == 1 and "no opening parenthesis" in found[0].message
    line, column = _at(text, " C) The regent")
    assert where(found[0]) == (line, column + 1, line, column + 3)
    repaired = apply_fixes(text, found)
    assert "2.  (C) The regent" in repaired
    assert findings(repaired, "CL302", path=PATH) == []


def test_cl302_missing_level_has_no_fix() -> None:
    _, found = run("CL302", "1. (/Rel UK) The team met.", "2. (C) He spoke.")
    assert len(found) == 1 and "no classification level" in found[0].message
    assert found[0].fix is None


def test_cl302_subject_mark_is_checked() -> None:
    header = ("SIPDIS", EO, TAGS, "SUBJECT: (c) THE CORONATION", CBY)
    _, found = run("CL302", "1. (C) The king was crowned.", header=header)
    assert len(found) == 1 and found[0].span.line == 9


def test_cl302_good_marks_are_silent() -> None:
    _, found = run("CL302", "1. (S/NF) A.", "2. (S//REL TO USA, GBR) B.", "3. (SBU) C.",
                   "4. (U) D.", banner=SECRET)
    assert found == []


# ------------------------------------------------------------------ CL303


def test_cl303_mark_after_lead_in_is_moved() -> None:
    text, found = run("CL303", "1. Summary: (C) The king was crowned.", "2. (C) He spoke.")
    assert len(found) == 1
    assert where(found[0]) == (*_at(text, "(C) The"), *_end(text, "(C)"))
    repaired = apply_fixes(text, found)
    assert "1. (C) Summary: The king was crowned." in repaired
    assert findings(repaired, "CL303", path=PATH) == []
    assert findings(repaired, "CL301", path=PATH) == []


def test_cl303_mark_first_is_silent() -> None:
    _, found = run("CL303", "1. (C) Summary: The king was crowned.")
    assert found == []


# ------------------------------------------------------------------ CL304


def test_cl304_whole_text_after_1995_is_a_warning() -> None:
    text, found = run("CL304", "SECRET - ENTIRE TEXT.", "1. The king was crowned.",
                      "2. The regent left.", banner=SECRET)
    assert len(found) == 1 and found[0].severity == "warning"
    assert where(found[0]) == (*_at(text, "SECRET - ENTIRE"), *_end(text, "SECRET - ENTIRE TEXT"))


def test_cl304_whole_text_mark_before_1995_is_info() -> None:
    text, found = run("CL304", "1. (C - ENTIRE TEXT).", "2. The king was crowned.",
                      path="79ZENDA123.txt")
    assert [d.severity for d in found] == ["info"]
    assert where(found[0]) == (*_at(text, "(C - ENTIRE"), *_end(text, "(C - ENTIRE TEXT)"))


def test_cl304_silent_when_year_straddles_the_cutover_or_date_unknown() -> None:
    paragraphs = ("SECRET - ENTIRE TEXT.", "1. The king was crowned.")
    assert run("CL304", *paragraphs, path="95ZENDA123.txt")[1] == []
    assert run("CL304", *paragraphs, path="zenda.txt")[1] == []


def test_cl304_portion_marked_cable_is_silent() -> None:
    assert run("CL304", "1. (C) The king was crowned.")[1] == []


# ------------------------------------------------------------------ CL305


def test_cl305_malformed_unnumbered_mark() -> None:
    text, found = run("CL305", "1. (C) The king was crowned.", "(/NF) The regent left.")
    assert len(found) == 1 and "no classification level" in found[0].message
    assert where(found[0]) == (*_at(text, "(/NF)"), *_end(text, "(/NF)"))


def test_cl305_lettered_items_with_good_marks_are_silent() -> None:
    _, found = run("CL305", "1. (C) Questions:", "A. (U) Who was crowned?",
                   "B. (C) Who left?")
    assert found == []


def test_cl305_list_letter_c_is_not_a_mark() -> None:
    _, found = run("CL305", "1. (C) Options:\n(a) stay;\n(b) leave;\n(c) wait.")
    assert found == []


def test_cl305_unmarked_unnumbered_paragraph_among_marked_ones() -> None:
    text, found = run("CL305", "(C) The king was crowned in the cathedral.",
                      "(S) The regent left the city at night.",
                      "The ambassador will call on the new king next week.", banner=SECRET)
    assert len(found) == 1 and "no portion mark" in found[0].message
    assert found[0].span.line == _at(text, "The ambassador")[0]


# ------------------------------------------------------------------ CL306


def test_cl306_minority_separator_is_rewritten() -> None:
    text, found = run("CL306", "1. (S//NF) A.", "2. (S//NF) B.", "3. (S/REL TO USA, GBR) C.",
                      banner=SECRET)
    assert len(found) == 1
    assert where(found[0]) == (*_at(text, "(S/REL"), *_end(text, "(S/REL TO USA, GBR)"))
    repaired = apply_fixes(text, found)
    assert "(S//REL TO USA, GBR)" in repaired
    assert findings(repaired, "CL306", path=PATH) == []


def test_cl306_one_style_is_silent() -> None:
    assert run("CL306", "1. (S/NF) A.", "2. (S/NF) B.", banner=SECRET)[1] == []


# ------------------------------------------------------------------ CL307


def test_cl307_free_text_partner_is_reported_once() -> None:
    text, found = run("CL307", "1. (S/Rel UK) A.", "2. (S/Rel UK) B.", banner=SECRET)
    assert len(found) == 1
    assert "REL TO USA, GBR" in found[0].message and "1 more" in found[0].message
    assert found[0].span.line == _at(text, "(S/Rel UK) A")[0]


def test_cl307_unknown_partner_is_named() -> None:
    _, found = run("CL307", "1. (S/REL RURITANIA) A.", banner=SECRET)
    assert "'RURITANIA'" in found[0].message


def test_cl307_canonical_release_is_silent() -> None:
    assert run("CL307", "1. (S//REL TO USA, GBR, NATO) A.", banner=SECRET)[1] == []


# ------------------------------------------------------------------ CL308


def test_cl308_unmarked_subject_of_classified_cable() -> None:
    text, found = run("CL308", "1. (C) The king was crowned.")
    assert len(found) == 1
    assert where(found[0]) == (*_at(text, "SUBJECT:"), *_end(text, "SUBJECT:"))


def test_cl308_marked_subject_or_unclas_is_silent() -> None:
    header = ("SIPDIS", EO, TAGS, "SUBJECT: (U) THE CORONATION", CBY)
    assert run("CL308", "1. (C) The king was crowned.", header=header)[1] == []
    header = ("SIPDIS", "E.O. 12958: N/A", TAGS, SUBJECT)
    assert run("CL308", "1. (U) The king.", banner=UNCLAS, header=header)[1] == []


def test_cl308_is_off_by_default() -> None:
    from rule_helpers import rule_class

    assert rule_class("CL308").enabled is False


# ------------------------------------------------------------------ helpers


def _at(text: str, needle: str) -> tuple[int, int]:
    index = text.index(needle)
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


def _end(text: str, needle: str) -> tuple[int, int]:
    line, column = _at(text, needle)
    return line, column + len(needle)


# ------------------------------------------------------------------ example


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "portion-defects.txt"
FAMILY = ("CL301", "CL302", "CL303", "CL304", "CL305", "CL306", "CL307", "CL308")


def test_example_cable_triggers_exactly_these_findings() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    found = sorted((d.code, d.span.line) for code in FAMILY
                   for d in findings(text, code, path=EXAMPLE.name, settings=Settings()))
    assert found == [("CL301", 25), ("CL302", 28), ("CL302", 31), ("CL303", 34),
                     ("CL305", 44), ("CL306", 40), ("CL307", 37)]
    assert parse_file(EXAMPLE).diagnostics == ()


# ------------------------------------------------------------------ corpus


def test_corpus_counts(corpus_findings) -> None:
    # CL301: 13 cables (34 paragraphs).  Read: 07KABUL185 ¶16-¶19 and 09ISLAMABAD270
    # ¶16 (clearance paragraph) are real unmarked paragraphs; 09NAIROBI2497 (SECRET,
    # SMART text) and 09HARARE888/05RIODEJANEIRO1238 (UNCLAS) mark nothing.  The
    # catalogue's 23 included cables this rule rightly skips: whole-text statements
    # (07PARIS306, 79TEHRAN8980, 89PANAMA8545), a 1972 cable, quoted documents with
    # restarted numbering (07MADRID1952), wrapped numbers (08BERLIN1068 ...), lead-ins.
    assert 11 <= len(cables_with(corpus_findings, "CL301")) <= 15
    # CL302: lower case (07PARIS1844, 08ANKARA691, 08BERLIN1068, 08STATE15220 subject),
    # lost "(" (07RIYADH367 ¶7), no level (10KABUL104 "(/Rel UK)").
    assert cables_with(corpus_findings, "CL302") == {
        "07PARIS1844", "08ANKARA691", "08BERLIN1068", "08STATE15220", "07RIYADH367",
        "10KABUL104"}
    assert cables_with(corpus_findings, "CL303") == {"06PARIS2358", "10KABUL62"}
    # CL304: the 1979 and 1989 cables (info) and 07PARIS306's "Sensitive but
    # unclassified - entire text" (2007: warning), which the catalogue missed.
    assert cables_with(corpus_findings, "CL304") == {"79TEHRAN8980", "89PANAMA8545",
                                                     "07PARIS306"}
    # CL305: every line-opening mark in the corpus (18 cables) is well formed, and
    # 10CARACAS107 marks all its unnumbered paragraphs: 0 to 2 allowed.
    assert len(cables_with(corpus_findings, "CL305")) <= 2
    assert cables_with(corpus_findings, "CL306") == {"09STATE72112"}
    # CL307: REL NATO (06SKOPJE105), Rel to <country> (08STATE103511), REL ROYG
    # (09STATE72112), (Rel) UK (10KABUL104, 10STATE9565).
    assert cables_with(corpus_findings, "CL307") == {
        "06SKOPJE105", "08STATE103511", "09STATE72112", "10KABUL104", "10STATE9565"}
    # CL308 (off by default): most classified cables leave the subject unmarked.
    assert 230 <= len(cables_with(corpus_findings, "CL308")) <= 265


def test_corpus_fixes_remove_their_findings(corpus) -> None:
    for code, cable_id in [("CL302", "08ANKARA691"), ("CL302", "07RIYADH367"),
                           ("CL303", "06PARIS2358"), ("CL306", "09STATE72112")]:
        path = corpus / f"{cable_id}.txt"
        text = path.read_text(encoding="utf-8")
        found = findings(text, code, path=path.name)
        assert found and all(d.fix for d in found)
        assert findings(apply_fixes(text, found), code, path=path.name) == []


def test_vocabulary_names_only_known_sources() -> None:
    from cablelint.vocabulary import load_vocabulary

    vocab = load_vocabulary("classification")
    cited = {tag for table in ("levels", "controls", "caption_controls")
             for entry in vocab[table].values() for tag in entry["sources"]}
    assert cited <= set(vocab["sources"])
    assert set(vocab["portion_levels"]) <= set(vocab["levels"])
    assert set(vocab["level_spellings"].values()) <= set(vocab["levels"])
