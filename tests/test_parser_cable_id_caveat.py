"""Parser tests: an archive id with a caveat before the post (09EFTOLONDON2468)."""

from __future__ import annotations

from cablelint.fields.cable_id import parse_cable_id


def test_cable_id_keeps_the_caveat_apart_from_the_post() -> None:
    found = parse_cable_id("/x/09EFTOZENDA2468.txt")
    assert found is not None
    assert (found.text, found.originator, found.serial, found.caveat) == \
        ("09EFTOZENDA2468", "ZENDA", 2468, "EFTO")


def test_cable_id_without_a_caveat_has_none() -> None:
    found = parse_cable_id("/x/05ZENDA1502.txt")
    assert found is not None and (found.originator, found.caveat) == ("ZENDA", "")


def test_spaced_efto_in_the_banner_is_one_caveat() -> None:
    from cable_snippets import cable

    from cablelint.parser import parse_text
    doc = parse_text(cable("E.O. 12958: N/A", banner="UNCLAS E F T O ZENDA 000123"))
    assert doc.banner.classification.caveats == ("EFTO",)
    assert doc.banner.originator == "ZENDA"
