"""CL601-CL606 (TAGS, SUBJECT, REF) on invented snippets, the example cable and the corpus.

Every snippet is invented (Zenda, Strelsau and Rassendyll are fictional); no
corpus text is copied.  Corpus tests pin the number of cables each rule fires
on to a range, with the cable ids checked by hand in the comments.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from cable_snippets import cable, where
from rule_helpers import apply_fixes, cables_with, findings, rule_class
from rule_helpers import where as span_of

from cablelint.rules.base import Settings

REPO = Path(__file__).resolve().parents[1]
EO = "E.O. 12958: DECL: 03/30/2019"
SUBJECT = "SUBJECT: MINISTER VISITS THE NORTH"


def tagged(tags: str, *rest: str) -> str:
    return cable(EO, tags, *(rest or (SUBJECT,)))


def fixed_clean(text: str, code: str) -> str:
    """Apply the rule's fixes and check the rule no longer fires."""
    result = apply_fixes(text, findings(text, code))
    assert findings(result, code) == []
    return result


# ------------------------------------------------------------------- vocabulary


def test_tags_vocabulary_fits_its_schema_and_keeps_typos_unknown() -> None:
    data = json.loads((REPO / "rules" / "tags.json").read_text(encoding="utf-8"))
    schema = json.loads((REPO / "rules" / "schemas" / "tags.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    known = {code for key in ("subject", "program", "organizations", "geographic",
                              "corpus_only") for code in data[key]}
    for typo in ("POGOV", "PECON", "KNPP", "TFIN", "RU", "IQ"):
        assert typo not in known
    for code in ("PREL", "PGOV", "KDEM", "NATO", "EUN", "UK", "GM", "CH", "RS", "UP", "IZ",
                 "KU", "SP", "FR", "IR", "AF", "PK", "IN", "CA", "MX", "BR", "KN", "KS", "JA"):
        assert code in known
    assert all(code[0] in data["categories"] for code in data["subject"])
    assert all(code.startswith("K") for code in data["program"])
    assert set(data["sources"]) >= {"subject", "program", "organizations", "geographic",
                                    "corpus_only"}


# ------------------------------------------------------------------------ CL601


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


# ------------------------------------------------------------------------ CL602


def test_cl602_typo_and_free_text() -> None:
    text = tagged("TAGS: POGOV PREL ZI COUNTER TERRORISM")
    typo, free = findings(text, "CL602")
    line, column, end = where(text, "POGOV")
    assert span_of(typo) == (line, column, line, end)
    assert "did you mean PGOV" in typo.message
    line, column, end = where(text, "COUNTER TERRORISM")
    assert span_of(free) == (line, column, line, end)
    assert "free text" in free.message


def test_cl602_iso_country_code_gets_the_fips_hint() -> None:
    [found] = findings(tagged("TAGS: PREL RU ZI"), "CL602")
    assert "Russia is RS" in found.message


def test_cl602_names_only_after_ovip() -> None:
    assert findings(tagged("TAGS: OVIP RASSENDYLL RUDOLF PREL ZI"), "CL602") == []
    assert findings(tagged("TAGS OVIP (RASSENDYLL, RUDOLF), PREL, ZI"), "CL602") == []
    [found] = findings(tagged("TAGS: PREL RASSENDYLL ZI"), "CL602")
    assert "'RASSENDYLL'" in found.message
    # the names end at the next code
    [found] = findings(tagged("TAGS: OVIP RASSENDYLL PREL SAPT ZI"), "CL602")
    assert "'SAPT'" in found.message


def test_cl602_case_and_links_do_not_matter() -> None:
    assert findings(tagged("Tags: prel, pgov, zi"), "CL602") == []
    assert findings(tagged("TAGS: [PREL](#) [ZI](#)"), "CL602") == []
    assert findings(tagged("TAGS: PARM MTCRE KSCA ZI"), "CL602") == []  # corpus-only codes


def test_cl602_vocabulary_extension() -> None:
    text = tagged("TAGS: PREL KZEN ZI")
    assert len(findings(text, "CL602")) == 1
    for extension in ({"extra": ["KZEN"]}, {"program": {"KZEN": "Zenda programme"}}):
        settings = Settings(vocabulary_extensions={"tags": extension})
        assert findings(text, "CL602", settings=settings) == []


# ------------------------------------------------------------------------ CL603


def test_cl603_no_geographic_tag() -> None:
    text = tagged("TAGS: ASEC PTER")
    [found] = findings(text, "CL603")
    line, column, end = where(text, "TAGS")
    assert span_of(found) == (line, column, line, end)
    assert findings(tagged("TAGS: ASEC PTER ZI"), "CL603") == []
    # a wrong country code is CL602's finding, not a missing one
    assert findings(tagged("TAGS: ASEC PTER RU"), "CL603") == []
    assert len(findings(tagged("TAGS: OVIP RASSENDYLL PREL"), "CL603")) == 1


# ------------------------------------------------------------------------ CL604


def test_cl604_truncated_subject() -> None:
    text = tagged("TAGS: PREL ZI", "SUBJECT: (C) MINISTER TAKES ACTION ON SHIPMENT OF ...")
    [found] = findings(text, "CL604")
    line, column, end = where(text, "...")
    assert span_of(found) == (line, column, line, end)


def test_cl604_empty_subject() -> None:
    text = tagged("TAGS: PREL ZI", "SUBJECT:")
    [found] = findings(text, "CL604")
    assert "empty" in found.message
    assert span_of(found)[:2] == where(text, "SUBJECT:")[:2]


def test_cl604_good_subjects() -> None:
    assert findings(tagged("TAGS: PREL ZI"), "CL604") == []
    assert findings(tagged("TAGS: PREL ZI", "SUBJECT: THE KING IS CROWNED\nIN STRELSAU"),
                    "CL604") == []
    # a doubled keyword is CL106's finding
    assert findings(tagged("TAGS: PREL ZI", "SUBJECT: SUBJECT: THE KING"), "CL604") == []


# ------------------------------------------------------------------------ CL605


def test_cl605_is_off_by_default() -> None:
    assert rule_class("CL605").enabled is False


def test_cl605_mixed_case_subject() -> None:
    text = tagged("TAGS: PREL ZI", "Subject: minister convoked over border incident")
    [found] = findings(text, "CL605")
    line, column, end = where(text, "Subject: minister convoked over border incident")
    assert span_of(found) == (line, column, line, end)
    assert "SUBJECT: MINISTER CONVOKED OVER BORDER INCIDENT" in fixed_clean(text, "CL605")
    assert findings(tagged("TAGS: PREL ZI"), "CL605") == []


def test_cl605_ignores_editorial_brackets() -> None:
    text = tagged("TAGS: PREL ZI", "SUBJECT: ZENDA: [Source removed] CALLS FOR CALM")
    assert findings(text, "CL605") == []
    text = tagged("TAGS: PREL ZI", "SUBJECT: [Source removed] calls for calm")
    assert "SUBJECT: [Source removed] CALLS FOR CALM" in fixed_clean(text, "CL605")


# ------------------------------------------------------------------------ CL606


def refs(block: str, *body: str) -> str:
    return cable(EO, "TAGS: PREL ZI", SUBJECT + "\n" + block,
                 body=body or ("1. (C) The king was crowned.",))


def test_cl606_good_lettering_and_citations() -> None:
    text = refs("REF: A. ZENDA 1784\nB. ZENDA 1790", "1. (C) As reported in ref B, the king",
                "was crowned (refs A and B).  Reftel a request was made.")
    assert findings(text, "CL606") == []


def test_cl606_letter_written_twice() -> None:
    text = refs("REF: A. (A) ZENDA 1784\nB. ZENDA 1790")
    [found] = findings(text, "CL606")
    line, column, end = where(text, "(A)")
    assert span_of(found) == (line, column, line, end)


def test_cl606_repeated_and_skipped_letters() -> None:
    [found] = findings(refs("REF: A. ZENDA 1784\nA. ZENDA 1790"), "CL606")
    assert "used twice" in found.message
    text = refs("REF: A. ZENDA 1784\nC. ZENDA 1790")
    [found] = findings(text, "CL606")
    assert "item B is missing" in found.message
    line, column, _ = where(text, "C. ZENDA")
    assert span_of(found) == (line, column, line, column + 1)


def test_cl606_citation_of_a_missing_letter() -> None:
    text = refs("REF: A. ZENDA 1784\nB. ZENDA 1790", "1. (C) As reported in ref C, the king",
                "was crowned (reftels A through D).")
    cited = findings(text, "CL606")
    assert [d.message.split(",")[0] for d in cited] == [
        "the text cites ref C", "the text cites ref C", "the text cites ref D"]
    line, column, _ = where(text, "ref C,")
    assert span_of(cited[0]) == (line, column + 4, line, column + 5)


def test_cl606_inline_item_on_the_previous_items_line() -> None:
    text = refs("REF: A. ZENDA 1784\nB. ZENDA 1790 C. STATE 2001", "1. (C) See ref C.")
    assert findings(text, "CL606") == []


# --------------------------------------------------------------- example cable


def test_example_cable_triggers_exactly_these_findings() -> None:
    path = REPO / "examples" / "tags-subject-ref-defects.txt"
    text = path.read_text(encoding="utf-8")
    found = sorted((d.span.line, d.code) for code in ("CL601", "CL602", "CL603", "CL604",
                                                      "CL605", "CL606")
                   for d in findings(text, code, path=str(path)))
    assert found == [(6, "CL602"), (6, "CL603"), (7, "CL601"), (7, "CL602"), (8, "CL604"),
                     (8, "CL605"), (9, "CL606"), (14, "CL606")]


# ---------------------------------------------------------------------- corpus


@pytest.mark.corpus
def test_corpus_cl601(corpus_findings) -> None:
    # 7 checked by hand: lower-case SMART lines 08BERLIN1068, 08STATE15220, 09NAIROBI2497;
    # a space-separated first line continued with commas 07PARIS1995, 09STATE6423,
    # 10BERLIN180, 10SANAA4.  The 84 comma-separated SMART lines are accepted.
    cables = cables_with(corpus_findings, "CL601")
    assert 5 <= len(cables) <= 10
    assert {"08BERLIN1068", "07PARIS1995", "09STATE6423"} <= cables
    assert "04AMMAN1288" not in cables  # "TAGS PREL, PGOV, ..." is the SMART style


@pytest.mark.corpus
def test_corpus_cl602(corpus_findings) -> None:
    # 22 checked by hand: free text (04SANAA2346 COUNTER TERRORISM, 04BRUSSELS1868 USEU
    # BRUSSELS, 05TELAVIV1580, 04BRASILIA3154 POL MIL), typos (09LONDON2222 POGOV,
    # 09BAGHDAD3195 PECON, 04RANGOON88 KNPP, 08ISLAMABAD3418 TFIN, 09BRUSSELS1399 ZU for
    # ZI), ISO instead of FIPS (RU in 08MADRID1359, 08PARIS114, 09BERLIN1433, 09PARIS410;
    # IQ in 07PARIS1995, 09ANKARA226; GE 09STATE122950; VZ 07BUENOSAIRES376) and
    # unexplained codes (UE, ZR, AEC, JUS, OTR).  Names after OVIP are accepted
    # (09BEIJING2964, 09STATE78274).
    cables = cables_with(corpus_findings, "CL602")
    assert 18 <= len(cables) <= 28
    assert {"09LONDON2222", "09BAGHDAD3195", "04SANAA2346", "08PARIS114"} <= cables
    assert not {"09BEIJING2964", "09STATE78274", "08STATE15220"} & cables


@pytest.mark.corpus
def test_corpus_cl603(corpus_findings) -> None:
    # 8 checked: 09HAVANA132 (ASEC PTER), 10KABUL62, 04BRUSSELS1868 (EUN only),
    # 09BUENOSAIRES1311, 09STATE119085, 09STATE130330, 10BRUSSELS128, 10CARACAS107.
    cables = cables_with(corpus_findings, "CL603")
    assert 6 <= len(cables) <= 10
    assert {"09HAVANA132", "10KABUL62"} <= cables


@pytest.mark.corpus
def test_corpus_cl604(corpus_findings) -> None:
    # 1 checked: 09BERLIN406 ends its subject with "...".  The doubled keywords
    # (10BRUSSELS183, 09KABUL1239) are CL106's; the three cables without a subject too.
    cables = cables_with(corpus_findings, "CL604")
    assert 1 <= len(cables) <= 3
    assert "09BERLIN406" in cables


@pytest.mark.corpus
def test_corpus_cl605(corpus_findings) -> None:
    # 17 checked: SMART lower-case subjects (08ISLAMABAD3418, 08BERLIN1068, 08STATE15220)
    # and mixed-case ones (07HARARE638, 09NAIROBI2497, 10DAKAR127 ...); 09ASHGABAT757's
    # only lower case is the editors' "[Source removed]" and is not reported.
    cables = cables_with(corpus_findings, "CL605")
    assert 14 <= len(cables) <= 20
    assert "09ASHGABAT757" not in cables
    assert "08ISLAMABAD3418" in cables


@pytest.mark.corpus
def test_corpus_cl606(corpus_findings) -> None:
    # 5 checked, all doubled lettering: 07PARIS1791 "A. (A)", 08MOSCOW2545 and 10BAGHDAD70
    # "A. A)", 09BAMAKO776 and 09PARIS1228 "A. A.".  05BRASILIA1396 cites "reftels A
    # through D" and has a D inline on C's line: not reported.
    cables = cables_with(corpus_findings, "CL606")
    assert 4 <= len(cables) <= 7
    assert {"07PARIS1791", "09PARIS1228"} <= cables
    assert "05BRASILIA1396" not in cables


@pytest.mark.corpus
def test_corpus_only_codes_are_really_in_the_corpus(corpus_documents) -> None:
    data = json.loads((REPO / "rules" / "tags.json").read_text(encoding="utf-8"))
    for code, entry in data["corpus_only"].items():
        for cable_id in entry["seen"]:
            document = corpus_documents[cable_id]
            assert code in {tag.code for tag in document.tags.tags}, (code, cable_id)
