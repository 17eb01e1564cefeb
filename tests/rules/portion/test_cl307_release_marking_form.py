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
