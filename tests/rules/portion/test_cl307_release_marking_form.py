"""CL307 release-marking-form: hand-written cables."""

from __future__ import annotations

from portion_helpers import SECRET, at, run


def test_free_text_partner_is_reported_once() -> None:
    text, found = run("CL307", "1. (S/Rel UK) A.", "2. (S/Rel UK) B.", banner=SECRET)
    assert len(found) == 1
    assert "REL TO USA, GBR" in found[0].message and "1 more" in found[0].message
    assert found[0].span.line == at(text, "(S/Rel UK) A")[0]


def test_unknown_partner_is_named() -> None:
    _, found = run("CL307", "1. (S/REL RURITANIA) A.", banner=SECRET)
    assert "'RURITANIA'" in found[0].message


def test_canonical_release_is_silent() -> None:
    assert run("CL307", "1. (S//REL TO USA, GBR, NATO) A.", banner=SECRET)[1] == []


def test_country_names_become_trigraphs() -> None:
    # issue #12 item 7: "REL CHINA" was answered with "REL TO USA, CHINA"
    _, found = run("CL307", "1. (S//REL CHINA, KAZAKHSTAN) A.", banner=SECRET)
    [mark] = found
    assert mark.message.endswith("write 'REL TO USA, CHN, KAZ'")


def test_a_name_no_list_knows_gets_no_invented_code() -> None:
    _, found = run("CL307", "1. (S//REL TO RURITANIA) A.", banner=SECRET)
    [mark] = found
    assert "'RURITANIA'" in mark.message
    assert "RURITANIA'" not in mark.message.split(";")[1]
    assert "country trigraphs" in mark.message


def test_a_long_list_with_and_is_judged_on_one_line() -> None:
    # "JORDAN, AND QATAR": the AND joins the list; it is not Andorra's trigraph
    _, found = run("CL307",
                   "1. (S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR) A.",
                   "2.  (S//REL CHINA, KAZAKHSTAN, \nFRANCE) B.", banner=SECRET)
    assert [d.message for d in found] == [
        "release marking 'REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR' is not "
        "in the REL TO form; write 'REL TO USA, FRA, GBR, TUR, SAU, JOR, QAT'",
        "release marking 'REL CHINA, KAZAKHSTAN, FRANCE' is not in the REL TO form; "
        "write 'REL TO USA, CHN, KAZ, FRA'"]
