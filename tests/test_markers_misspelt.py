"""Misspelt SUMMARY/COMMENT/NOTE openers: read as their kind's opener, flagged."""

from __future__ import annotations

from cablelint.fields.markers import find_markers
from cablelint.fields.spelling import one_edit_apart
from cablelint.source import SourceText


def _markers(text: str):
    source = SourceText.from_text(text)
    return find_markers(source, 0, len(text))


def test_misspelt_opener_before_an_end_is_flagged_with_its_span() -> None:
    text = "1. (C) The king rode out (Embassy Ccomment: to ZENDA. End Comment.)\n"
    markers = _markers(text)
    typo = markers[0]
    assert (typo.kind, typo.boundary, typo.raw, typo.misspelt, typo.style) == (
        "comment", "begin", "Ccomment", True, "paren")
    assert text[typo.span.start:typo.span.end] == "Ccomment"
    assert [m.boundary for m in markers] == ["begin", "end"]


def test_a_typo_without_an_end_after_it_is_no_opener() -> None:
    assert _markers("1. (C) Sumary: RASSENDYLL rode out.\n") == []


def test_one_edit_apart() -> None:
    assert one_edit_apart("ccomment", "comment") and one_edit_apart("comemnt", "comment")
    assert one_edit_apart("sumary", "summary") and one_edit_apart("summmary", "summary")
    assert not one_edit_apart("comment", "comment") and not one_edit_apart("coment s", "comment")
