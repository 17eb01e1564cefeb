"""CL909 mangled-quote: hand-written cables."""

from __future__ import annotations

import pytest
from artifacts_helpers import HEADER, cable, fixed_clean
from rule_helpers import findings


def test_comma_for_apostrophe() -> None:
    text = cable("\u00b61. (C) The Regent,s cousin and the GOR,s envoy (MFA),s staff"
                 " can,t agree.\n", header=HEADER.replace("THE COALITION", "THE REGENT,S"))
    found = findings(text, "CL909")
    assert len(found) == 5
    assert all(text[d.span.start:d.span.end] == "," for d in found)
    assert "REGENT,S'" in found[0].message and "write 'REGENT'S'" in found[0].message
    fixed = fixed_clean(text, "CL909")
    assert "The Regent's cousin and the GOR's envoy (MFA)'s staff can't agree." in fixed
    assert "SUBJECT: THE REGENT'S WOBBLES" in fixed


@pytest.mark.parametrize("body", [
    "items,s and t",  # a word ending in s: a list, not a possessive
    "reasons 1.4 (b,s)",  # single letters
    "in 1990,s and 2,s",  # numbers
    "the PREL,SY tags",  # more letters follow
    "we,t and the,t",  # ,t outside a contraction
])
def test_comma_s_false_alarms(body) -> None:
    assert findings(cable(f"\u00b61. (C) {body}.\n"), "CL909") == []


def test_comma_before_an_office_symbol_is_a_list_separator() -> None:
    # fresh-8 audit: "NEA/IR,NEA,S/SAGSWA,P" lists offices; "S/SAGSWA" is one of them
    text = cable("\u00b61. (C) Copy NEA/ZD,NEA,S/RASSENDYLL,P and ZENDA,s envoy.\n")
    [found] = findings(text, "CL909")
    assert "'ZENDA,s'" in found.message
    assert "NEA/ZD,NEA,S/RASSENDYLL,P" in fixed_clean(text, "CL909")


def test_ampersand_eight_quote_pair() -> None:
    text = cable("\u00b61. (C) He called it &a betrayal8 and (&dead on arrival.8)\n")
    found = findings(text, "CL909")
    assert [text[d.span.start:d.span.end] for d in found] == ["&a betrayal8",
                                                               "&dead on arrival.8"]
    assert 'called it "a betrayal" and ("dead on arrival.")' in fixed_clean(text, "CL909")


def test_ampersand_opening_a_quote_on_another_line_has_no_fix() -> None:
    text = cable("\u00b61. (C) He said &the Regent will not\nresign8 today.\n")
    [found] = findings(text, "CL909")
    assert found.fix is None and text[found.span.start] == "&"


@pytest.mark.parametrize("body", ["R&D spending", "reasons 1.4 (b & d)", "the B&H ministry",
                                  "a G8 summit & more"])
def test_ampersands_that_are_not_quotes(body) -> None:
    assert findings(cable(f"\u00b61. (C) {body}.\n"), "CL909") == []


def test_q_comma_apostrophe_goes_whole_in_a_cable_that_writes_it() -> None:
    # 08CARACAS283 writes every apostrophe "Q,": "ReyesQ, death", "the BRVQ,s willingness"
    text = cable("\u00b61. (C) He called RassendyllQ, visit a slap, and the GOZQ,s envoy"
                 " left.\n")
    [found] = findings(text, "CL909")
    assert text[found.span.start:found.span.end] == "Q,"
    assert "write 'GOZ's'" in found.message
    assert "the GOZ's envoy" in fixed_clean(text, "CL909")


def test_q_before_comma_s_kept_in_a_word_ending_in_aq() -> None:
    text = cable("\u00b61. (C) RassendyllQ, visit and IRAQ,s neighbours.\n")
    [found] = findings(text, "CL909")
    assert text[found.span.start:found.span.end] == ","
    assert "and IRAQ's neighbours" in fixed_clean(text, "CL909")


@pytest.mark.parametrize("body", ["the GOZQ,s envoy left", "THE ALLQ,S WELL"])
def test_q_before_comma_s_in_a_cable_without_the_q_apostrophe_has_no_fix(body) -> None:
    """06MANAGUA745 (fresh-9 audit, A117): 'ALLQ,S WELL THAT ENDS WELL' is "ALL'S", but
    without "Q," apostrophes elsewhere the Q may be the word's ("TARIQ,s"): the fix
    writing "ALLQ'S" would keep a stray letter, and one writing "ALL'S" would lose
    one of a name; the reader chooses."""
    text = cable(f"\u00b61. (C) {body}.\n")
    [found] = findings(text, "CL909")
    assert text[found.span.start:found.span.end] == ","
    assert found.fix is None
    word = body.split()[1]
    stem, letter = word[:-3], word[-1]
    assert found.message == (f"apostrophe written as a comma in '{word}'; write "
                             f"'{stem}'{letter}' if the 'Q' is mangled too, else "
                             f"'{stem}Q'{letter}'")


def test_ampersand_closed_by_a_real_quote_is_fixed_alone() -> None:
    """09STOCKHOLM428 (fresh-11 audit, A147): '&crisis."' keeps its real closing
    quote; the advice must not ask to replace an '8' (the next one is in 'G8')."""
    text = cable("\u00b61. (C) They will discuss the nuclear &crisis.\"  ZENDA was\n"
                 "happy with the G8 statement.\n")
    [found] = findings(text, "CL909")
    assert found.message == ("'&' at the start of a word is a mangled opening quote "
                             "(its closing quote is intact); write '\"'")
    assert (found.span.end - found.span.start, text[found.span.start]) == (1, "&")
    assert found.fix is not None and found.fix.applicability == "safe"
    assert 'the nuclear "crisis."  ZENDA was\nhappy with the G8 statement.' in \
        fixed_clean(text, "CL909")


def test_ampersand_closed_by_an_eight_on_the_next_line_keeps_its_advice() -> None:
    text = cable("\u00b61. (C) He said &the Regent will not\nresign8 today.\n")
    [found] = findings(text, "CL909")
    assert found.message.endswith("replace the closing '8' by '\"'")
    # no closing mark within reach: the advice says to add one, not to replace an "8"
    text = cable("\u00b61. (C) He said &the Regent will not resign.\n")
    [found] = findings(text, "CL909")
    assert "add the closing quote" in found.message and found.fix is None


_LONG_QUOTE = ("&outside of Zenda itself, no other kingdom claims that the new road will cause "
               "a feud. Zenda knows that the road is not against it but uses these arguments as "
               "a domestic symbol to show that it is a great power. It is foolish for Ruritania "
               "to lend these arguments weight and to repeat them at every turn.8")


def test_a_long_quote_closed_by_an_eight_on_its_line_is_found() -> None:
    """08OSLO72 (fresh-12 audit, A197): a quotation of three sentences on one paragraph
    line closes with '8' past the first reach; the advice names that '8'."""
    assert len(_LONG_QUOTE) > 300
    text = cable(f"\u00b61. (C) Flavia stated {_LONG_QUOTE} Flavia called for calm.\n")
    [found] = findings(text, "CL909")
    assert found.message.endswith("replace the closing '8' by '\"'")
    assert text[found.span.start] == "&" and found.fix is None


def test_an_eight_after_the_next_opening_quote_closes_that_one() -> None:
    """A quotation of several paragraphs opens each with '&': the '8' after a later '&'
    is that quote's, not the first one's."""
    opening = "&" + "the wall is long and the road is longer, " * 8
    text = cable(f"\u00b61. (C) He said {opening} &and so it ends.8 Then he left.\n")
    first = findings(text, "CL909")[0]
    assert "add the closing quote" in first.message
