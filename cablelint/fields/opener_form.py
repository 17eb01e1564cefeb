"""How a SUMMARY / COMMENT / NOTE opener is written: what may stand before its
word, the word's case, and the opener's style (:func:`marker_style`).

Kept apart from :mod:`cablelint.fields.markers` (the recogniser) because two
readers ask these questions: the recogniser of openers and the reading of
misspelt openers (:mod:`cablelint.fields.marker_typos`), which the recogniser
calls in turn; here both import them without a cycle.
"""

from __future__ import annotations

import re

from cablelint.diagnostics import Span
from cablelint.source import SourceText

# The two look-backs below ask how the window before a word *ends*.  Written
# with "$", a pattern is tried at every byte of the window, and on every plain
# "note" or "comment" of the text that cost as much as the word search itself;
# so each is written reversed and matched once at the start of the reversed
# window (``before[::-1]``).  "\n?" first: "$" also matches before a final "\n".
#
# What may stand before an opener: a line start, "(", "[", a sentence end, a dash
# or a rule of dashes and up to three blanks (a bullet's "--   NOTE:", 00HELSINKI2613),
# "Summary and " (before "comment"), "Ambassador's " (the ?
# is a curly apostrophe in the one-byte-per-character lowered text), or one of
# those followed by "Embassy " ("(Embassy comment:", "¶3. (C) EMBASSY COMMENT:"),
# or "(" and one word naming who writes the note, an agency or office ("(LEGATT
# NOTE:", 06PANAMA1578; "(RSO NOTE:", 08LISBON1808: the marker word then in
# capitals or title case, see opener_case).
# Forwards: (?:(?:\n[ \t]*|[(\[]|\.["?]?\s{1,3}|\)\s{1,2}|\s-+\s)(?:embassy\s+)?
#           |summary\s+and\s+|['?]s\s|\n[ \t]*=+[ \t]*|\([a-z]{2,10}[ \t]+)$
# (a rule of "=" opening the line boxes a heading: "======= COMMENT"; three blanks
# after a full stop: "¶1.   Summary:", 02HARARE1984; a closing quote after the full
# stop: 'features."  Comment:', 10GUANGZHOU13, the curly one read "?")
OPEN_BEFORE_REVERSED = re.compile(
    rb"\n?(?:(?:\s+yssabme)?(?:[ \t]*\n|[(\[]|\s{1,3}[\"?]?\.|\s{1,2}\)|\s{1,3}-+\s)"
    rb"|\s+dna\s+yrammus|\ss['?]|[ \t]*=+[ \t]*\n|[ \t]+[a-z]{2,10}\()")
# Lower case is an opener only right after "(", "Summary and " or "Embassy ".
# Forwards: (?:\(|summary\s+and\s+|embassy\s+)$
_LOWER_CASE_AFTER_REVERSED = re.compile(rb"\n?(?:\(|\s+dna\s+yrammus|\s+yssabme)")
# A heading underlined by a rule of dashes, its line break lost in an unwrapped
# line: "...002 OF 002   Comment -------  6.  (S/NF) ..." (blanks for the break)
RULED_AFTER = re.compile(r"[ \t]+-{3,}(?=\s|$)")

# How an opener is written (see marker_style)
# (the mark may come first: "(C) 1. Summary:", see PARA)
_PARAGRAPH_LEAD = re.compile(r"\s*(?:\([^)]{0,20}\)\s*)?(?:\u00b6\s?)?\d{1,3}\s*\.+\s*"
                             r"(?:\([^)]{0,20}\)\s*)?"
                             r"(?:[A-Za-z ]{0,12}\s(?:and|AND)\s+)?$")
_PARENTHESIZED = re.compile(r"\s*\([^)]{1,20}\)")
#: what may stand around a heading's word on its line ("-- SUMMARY --", "Comment:")
_HEADING_DECORATION = " -=/:.\t"


def opener_case(written: str, before: bytes) -> bool:
    """"SUMMARY:" or "Summary:" open a section; lower case only after "(",
    "Summary and " or "Embassy "."""
    return written.isupper() or written.istitle() or \
        _LOWER_CASE_AFTER_REVERSED.match(before[::-1]) is not None


def marker_style(source: SourceText, span: Span, raw: str) -> str:
    """How an opener is written: "paren" ("(Note:"), "heading" (the word alone on
    its line, between blanks, dashes, slashes, colons or full stops), "lead"
    (opening a paragraph, after its number and mark) or "inline" (inside a
    sentence).

    One word naming the note's writer may stand between the "(" and the word
    ("(LEGATT NOTE:", 06PANAMA1578): still "paren".

    CL109 reads it: a comment or note heading its paragraph or section needs
    no END marker, an inline one in parentheses is closed by its ")".  Lines
    of thousands of characters are common (a paragraph on one line), so the
    line is read in place, never copied or upper-cased whole.
    """
    text = source.text
    line_start = source.starts[span.line - 1]
    lead_end = span.start  # the end of the text before the word, blanks removed
    while lead_end > line_start and text[lead_end - 1].isspace():
        lead_end -= 1
    lead = span.start  # where the text leading up to the word ends
    if text[lead_end - 7:lead_end].lower() == "embassy" and lead_end - 7 >= line_start:
        # "(Embassy comment:" is written like "(Comment:"
        lead = lead_end = lead_end - 7
        while lead_end > line_start and text[lead_end - 1].isspace():
            lead_end -= 1
    if lead_end > line_start and text[lead_end - 1] == "(":
        return "paren"
    word = lead_end  # "(LEGATT NOTE:": one word naming the writer after the "("
    while word > line_start and text[word - 1].isalpha():
        word -= 1
    if lead_end < span.start and 2 <= lead_end - word <= 10 and word > line_start and \
            text[word - 1] == "(":
        return "paren"
    alone = source.texts[span.line - 1].strip(_HEADING_DECORATION)
    if (len(alone) == len(raw) and alone.upper() == raw.upper()) or \
            RULED_AFTER.match(text, span.end):  # underlined: a heading run into its line
        return "heading"
    if lead_end == line_start or _PARAGRAPH_LEAD.match(text, line_start, lead) or (
            text[lead_end - 1] == ")" and
            _PARENTHESIZED.fullmatch(text, line_start, lead_end)):
        return "lead"
    return "inline"
