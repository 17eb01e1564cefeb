"""CL205 lone-numbered-paragraph: hand-written cables."""

from __future__ import annotations

from cable_snippets import cable, numbered_cable, where
from rule_helpers import findings


def test_lone_numbered_paragraph() -> None:
    [found] = findings(numbered_cable("1"), "CL205")
    assert found.severity == "info"
    assert findings(numbered_cable("1", "2"), "CL205") == []


def test_paragraphs_run_into_the_only_one_are_more_paragraphs() -> None:
    # extraction joined the lines: ¶2 and ¶3 follow ¶1 in its text
    body = ("¶1. (C) The king left Zenda.  2. (C) Rassendyll stayed behind.  "
            "---------- Strelsau ---------- 3. (U) The court waits.",)
    text = cable("E.O. 12958: DECL: 03/30/2019", "TAGS: PREL ZD",
                 "SUBJECT: THE KING TRAVELS", body=body)
    assert findings(text, "CL205") == []
    assert [found.span.column for found in findings(text, "CL206")] == [
        where(text, "2. (C)")[1], where(text, "3. (U)")[1]]
    # a bare figure in a sentence is no paragraph
    lone = cable("E.O. 12958: DECL: 03/30/2019", "TAGS: PREL ZD", "SUBJECT: THE KING TRAVELS",
                 body=("¶1. (C) The king left on March 2. Rassendyll stayed.",))
    assert len(findings(lone, "CL205")) == 1


def test_a_wrapped_number_is_no_lone_paragraph() -> None:
    """07TOKYO5603 (fresh-10 audit A116): the cable's only number ends the wrapped
    sentence above ('... now totals' / '¶227. Therefore'): no paragraph at all."""
    from runon_snippets import RUN_ON

    assert findings(RUN_ON, "CL205") == []
    assert len(findings(RUN_ON.replace("now totals\n", "now totals.\n")
                        .replace("\u00b6227.", "\u00b61. (U)"), "CL205")) == 1
