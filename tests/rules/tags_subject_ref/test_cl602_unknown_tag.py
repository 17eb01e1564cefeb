"""CL602 unknown-tag: the tags vocabulary and hand-written cables (fictional names)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from cable_snippets import where
from rule_helpers import findings
from rule_helpers import where as span_of
from tags_subject_ref_helpers import tagged

from cablelint.rules.base import Settings

REPO = Path(__file__).resolve().parents[3]


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
    [found] = findings(tagged("TAGS: OVIP RASSENDYLL PREL SAPTO ZI"), "CL602")
    assert "'SAPTO'" in found.message


def test_cl602_case_and_links_do_not_matter() -> None:
    assert findings(tagged("Tags: prel, pgov, zi"), "CL602") == []
    assert findings(tagged("TAGS: [PREL](#) [ZI](#)"), "CL602") == []
    assert findings(tagged("TAGS: PARM MTCRE KSCA ZI"), "CL602") == []  # corpus-only codes


def test_cl602_vocabulary_extension() -> None:
    text = tagged("TAGS: PREL KZEN, ZENDAPOL, ZI")
    assert len(findings(text, "CL602")) == 1 and len(findings(text, "CL607")) == 1
    for extension in ({"extra": ["KZEN", "ZENDAPOL"]},
                      {"program": {"KZEN": "Zenda programme"}, "extra": ["ZENDAPOL"]}):
        settings = Settings(vocabulary_extensions={"tags": extension})
        assert findings(text, "CL602", settings=settings) == []
        assert findings(text, "CL607", settings=settings) == []


def test_tags_vocabulary_names_a_source_for_every_public_code() -> None:
    data = json.loads((REPO / "rules" / "tags.json").read_text(encoding="utf-8"))
    for code, entry in data["public_lists"].items():
        assert entry["source"] in data["sources"], code
    # cablemap's lists (subject-tags.txt, organization-tags.txt) and reader tests
    for code in ("PROP", "TRGY", "OFDP", "UN", "UNEP", "IMF", "KCIP", "KOCI", "KACT"):
        assert code in data["public_lists"], code
    assert not set(data["public_lists"]) & set(data["corpus_only"])


@pytest.mark.parametrize("code", ["KCIP", "KACT", "UNEP", "ZANU-PF", "PROP"])
def test_cl602_accepts_codes_from_public_lists(code) -> None:
    assert findings(tagged(f"TAGS: PREL {code} ZI"), "CL602") == []


@pytest.mark.parametrize(("code", "hint"), [
    ("KCOM", None),  # well-formed: may be a real program code; KCOR and KCRM not offered
    ("KNUC", None),
    ("AGMT", "AMGT"),  # a swap of two letters is a typo
    ("MPOS", "MOPS"),
    ("POGOV", "PGOV"),  # not a four-letter code: one edit away from PGOV
    ("IRAJ", None),  # IR and AJ run together (06BAKU1835): IRA is no slip for it
])
def test_cl602_did_you_mean_only_for_likely_typos(code, hint) -> None:
    # a code of a real code's form with no likely slip is CL607's (off by default)
    text = tagged(f"TAGS: PREL {code} ZI")
    [found] = findings(text, "CL602") + findings(text, "CL607")
    if hint is None:
        assert "did you mean" not in found.message
    else:
        assert f"did you mean {hint}?" in found.message


def test_cl602_acronym_the_subject_names_gets_no_did_you_mean() -> None:
    # issue #12 audit: CITES (the wildlife convention, named in the subject) is no slip
    # for CITEL, another organisation one letter away
    [found] = findings(tagged("TAGS: SENV CITES ZI", "SUBJECT: ZENDA: CITES OUTREACH"),
                       "CL602")
    assert "did you mean" not in found.message
    assert "'CITES' is not a known TAGS code" in found.message
    [found] = findings(tagged("TAGS: SENV CITES ZI"), "CL602")
    assert "did you mean CITEL?" in found.message


@pytest.mark.parametrize("code", ["KPRP", "KSTC"])
def test_cl602_accepts_program_codes_the_audit_found(code) -> None:
    assert findings(tagged(f"TAGS: PREL {code} ZI"), "CL602") == []


@pytest.mark.parametrize("code", ["CBW", "KHIV", "KVPR", "XD", "UNHRC"])
def test_cl602_accepts_codes_the_third_audit_found(code) -> None:
    assert findings(tagged(f"TAGS: PREL {code} ZI"), "CL602") == []


def test_cl602_accepts_the_arms_control_treaty_codes() -> None:
    """fresh-8 audit: START and INF are the treaty TAGS of the JCIC set that Geneva's
    arms-control delegation writes; START is no slip for STAT, another organisation."""
    text = tagged("TAGS: PARM KACT US RS UP BO KZ START JCIC INF")
    assert findings(text, "CL602") == [] and findings(text, "CL607") == []


def test_cl602_still_reports_a_slip_near_the_treaty_codes() -> None:
    [found] = findings(tagged("TAGS: PARM KACT STRAT JCIC ZI"), "CL602")
    assert "'STRAT'" in found.message


@pytest.mark.parametrize("code", ["KBTR", "XX"])
def test_cl602_keeps_unconfirmed_codes_unknown(code) -> None:
    text = tagged(f"TAGS: PREL {code} ZI")
    [found] = findings(text, "CL602") + findings(text, "CL607")
    assert f"'{code}'" in found.message


@pytest.mark.parametrize("code", ["KZZQ", "PQXZ", "XQ"])
def test_cl602_leaves_a_code_of_a_real_codes_form_to_cl607(code) -> None:
    """fresh-4 audit: readers knew codes of this form (KOMC, KTEX, XH, PINT) as real
    TAGS that no public list at hand names: not CL602's warning, CL607's note (off by
    default)."""
    text = tagged(f"TAGS: PREL {code} ZI")
    assert findings(text, "CL602") == []
    [found] = findings(text, "CL607")
    assert (found.severity, found.message) == (
        "info", f"'{code}' is not in the tags vocabulary; check it, and add it to the "
                "vocabulary if it is a real code")


def test_cl602_a_token_of_no_codes_form_stays_a_warning() -> None:
    [found] = findings(tagged("TAGS: PREL QPXZ ZI"), "CL602")
    assert found.severity == "warning" and "not a known TAGS code" in found.message
    assert findings(tagged("TAGS: PREL QPXZ ZI"), "CL607") == []


def test_cablemaps_disambiguated_organisations_are_known_by_their_bare_code() -> None:
    """fresh-10 audit: heuer/cablemap lists the International Whaling Commission as
    IWC-1/IWC-2 (two bodies share the acronym), but a cable writes the bare IWC."""
    assert findings(tagged("TAGS: EFIS KSCA PREL SENV IWC JA"), "CL602") == []
    assert findings(tagged("TAGS: PREL OIC PK"), "CL602") == []
    [found] = findings(tagged("TAGS: EFIS IWX JA"), "CL602")  # a slip is still one
    assert "'IWX'" in found.message


def test_cl602_neighbouring_code_shaped_tokens_are_judged_one_by_one() -> None:
    # 'PZNL VN': a subject TAG's form and a country code's form, not a phrase
    text = tagged("TAGS: PREL PZNL VN ZI")
    [found] = findings(text, "CL602")
    line, column, end = where(text, "VN")
    assert span_of(found) == (line, column, line, end)
    assert "free text" not in found.message
    # PZNL alone is of a real code's form: CL607's note, not CL602's
    [note] = findings(text, "CL607")
    assert "'PZNL'" in note.message
    # a run with a word of no code's form stays free text
    [free] = findings(tagged("TAGS: PREL PZNL ZENDA ZI"), "CL602")
    assert "'PZNL ZENDA' is free text" in free.message


def test_cl602_vn_is_the_iso_code_of_vietnam() -> None:
    [found] = findings(tagged("TAGS: PREL VN ZI"), "CL602")
    assert "Vietnam's ISO code" in found.message
    assert "Vietnam is VM" in found.message and "Venezuela VE" in found.message


def test_cl602_accepts_the_baltic_regional_code() -> None:
    """fresh-12 audit A041: ZB, the Baltic regional TAG that USNATO and Stockholm write
    ('TAGS: MARR MCAP PREL NATO ZB RS')."""
    text = tagged("TAGS: MARR MCAP PREL NATO ZB RS")
    assert findings(text, "CL602") == [] and findings(text, "CL607") == []


def test_cl602_still_reports_an_unlisted_z_code() -> None:
    text = tagged("TAGS: PREL NATO ZQ RS")
    [found] = findings(text, "CL602") + findings(text, "CL607")
    assert "'ZQ'" in found.message


def test_cl602_accepts_the_netherlands_antilles_code_of_consulate_curacao() -> None:
    """fresh-16 audit A122: NA, the Netherlands Antilles TAG Consulate Curacao writes
    ('TAGS: KDEM PHUM CU NA AA', 'NA AA NL PGOV PREL')."""
    text = tagged("TAGS: PGOV PREL NA AA NL")
    assert findings(text, "CL602") == [] and findings(text, "CL607") == []


def test_cl602_still_reports_an_unlisted_two_letter_code() -> None:
    text = tagged("TAGS: PGOV PREL NQ AA")
    [found] = findings(text, "CL602") + findings(text, "CL607")
    assert "'NQ'" in found.message
