"""Parser tests: captions run onto the banner line ahead of other header text.

Every snippet is invented (Zenda is a fictional post).  A flattened header
runs everything onto the banner line (09DAMASCUS251: ``... 000251 NOFORN SIPDIS
DEPARTMENT FOR ... E.O. 12958: ...``); the captions are still the cable's.
"""

from __future__ import annotations

from cable_snippets import assert_span, cable, parse_ok

from cablelint.fields.caption import leading_caption_words

BANNER = "S E C R E T ZENDA 000123"
RUN_ON = (f"{BANNER} NOFORN SIPDIS DEPARTMENT FOR EUR/ZD "
          "E.O. 12958: DECL: 04/05/2029 TAGS: PREL ZD")


def test_captions_run_onto_the_banner_line_are_captions() -> None:
    text = cable("SUBJECT: THE KING TRAVELS", banner=RUN_ON)
    document = parse_ok(text)
    assert [caption.text for caption in document.captions] == ["NOFORN", "SIPDIS"]
    assert_span(text, document.captions[0].span, "NOFORN")
    assert [control.word for control in document.captions[0].controls] == ["NOFORN"]
    assert document.eo is not None and document.eo.prefix == "DEPARTMENT FOR EUR/ZD"
    assert [tag.code for tag in document.tags.tags] == ["PREL", "ZD"]


def test_a_caption_alone_after_the_banner_stays_one_caption() -> None:
    document = parse_ok(cable("E.O. 12958: DECL: 04/05/2029", "TAGS: PREL ZD",
                              "SUBJECT: THE KING TRAVELS", banner=f"{BANNER} NOFORN SIPDIS"))
    assert [caption.text for caption in document.captions] == ["NOFORN SIPDIS"]


def test_leading_caption_words() -> None:
    assert leading_caption_words("X NOFORN SIPDIS DEPARTMENT FOR", 2) == [(2, 8), (9, 15)]
    assert leading_caption_words("NOFORN SIPDIS", 0) == []  # captions alone
    assert leading_caption_words("DEPARTMENT FOR NOFORN", 0) == []


def test_captions_run_onto_the_eo_line_are_captions() -> None:
    """09TRIPOLI1036 (fresh-6 audit): 'NOFORN SIPDIS DEPT FOR NEA/MAG E.O. 12958: ...'
    names the NOFORN caption (CL404/CL408 said there was none); the E.O. line keeps
    its prefix, so CL105 still asks for the line to be split."""
    from rule_helpers import findings

    from cablelint.parser import parse_text

    text = ("S E C R E T ZENDA 001036\n\nNOFORN SIPDIS DEPT FOR EUR/RUR E.O. 12958: DECL: "
            "12/23/2019\n\nTAGS: PREL ZN\n\nSUBJECT: THE KING\n\nClassified By: Ambassador "
            "Rudolf Rassendyll, reasons 1.4 (b) and (d)\n\n1. (S/NF) The king was crowned."
            "\n\nRASSENDYLL\n")
    document = parse_text(text)
    assert [caption.text for caption in document.captions] == ["NOFORN", "SIPDIS"]
    assert document.eo.prefix == "NOFORN SIPDIS DEPT FOR EUR/RUR"
    assert findings(text, "CL404") == []
    [split] = findings(text, "CL105")
    assert "shares the E.O. line" in split.message
