"""CL204 first-paragraph-number: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, line_of, numbered_cable
from cable_snippets import where as cs_where
from rule_helpers import findings, where


def test_first_number_is_one() -> None:
    [found] = findings(numbered_cable("2", "3"), "CL204")
    assert where(found)[0] == line_of(0) and found.severity == "warning"
    # a partial extract lost its opening paragraphs: no finding
    assert findings(numbered_cable("2", "3", preamble=True), "CL204") == []
    assert findings(numbered_cable("1", "2"), "CL204") == []


def test_first_number_found_run_into_the_text_above() -> None:
    # ¶2 and ¶3 are glued into text above ¶4; ¶1 is nowhere: the first is ¶2
    body = ("The king left Zenda.  2. (C) Rassendyll stayed.  3. (C) The court waits.",
            "", "¶4. (C) The envoy arrives.")
    text = cable("E.O. 12958: DECL: 03/30/2019", "TAGS: PREL ZD",
                 "SUBJECT: THE KING TRAVELS", body=body)
    [found] = findings(text, "CL204")
    assert found.message == "the first paragraph is numbered 2, not 1"
    line, column, _ = cs_where(text, "2. (C)")
    assert (found.span.line, found.span.column) == (line, column)


def test_a_wrapped_first_number_is_no_first_paragraph() -> None:
    """07TOKYO5603 (fresh-10 audit A189): '... now totals' / '¶227. Therefore': the
    number ends the sentence above (CL903), it is no paragraph numbered 227."""
    from runon_snippets import RUN_ON, RUN_ON_LINE

    assert findings(RUN_ON, "CL204") == []
    # after a full stop it opens a paragraph: the first one, numbered 227
    [found] = findings(RUN_ON.replace("now totals\n", "now totals.\n"), "CL204")
    assert where(found)[0] == RUN_ON_LINE
    assert found.message == "the first paragraph is numbered 227, not 1"
