"""What a line after the text is: the one recogniser of trailer lines.

Why one place: the line lexer steps over these lines when it looks for the
sign-off, and marks them as TRAILER_LINEs (after the sign-off, or at the very
end of a cable without one); the builder stores each line's kind in
:attr:`cablelint.model.TrailerLine.kind`; the artifact rules (CL911) decide
from the kind alone what is junk.  Before, the lexer and the rules each kept
their own patterns, and the rules' were anchored only at the start of the
line, so prose ("Select officials from ...") could be taken for junk and
deleted by a safe fix.  So every kind here matches a WHOLE line, in the exact
form the extraction tools wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cablelint.fields.banner import read_level_word
from cablelint.syntax.body_lexer import may_be_footer_line
from cablelint.syntax.grammar import line_patterns

# kind -> pattern of the whole line (right- and left-stripped), tried in order;
# a construct the parser recognises elsewhere is asked there: _LEVEL_WORD for
# cablelint.fields.banner.read_level_word, _GRAMMAR for the grammar's line terminal
_LEVEL_WORD = -1  # (negative: no re flag)
_GRAMMAR = -2
_STAMP = r"\d\d/\d\d/\d{4}[ \t]+\d\d:\d\d:\d\d[ \t]+[AP]M"
_REVIEW = r"Review[ \t]+\d{1,2}[ \t]+[A-Z]{3}[ \t]+\d{4}"
_INBOX = r"From[ \t]+[\w.\-]*/?Inbox:?(?:[ \t]+\S+){0,2}"
_KINDS = (
    ("nnnn", r"NNNN", re.IGNORECASE),  # end of message ("Nnnn" in one copy)
    ("end-cable-text", r"End Cable Text", re.IGNORECASE),
    # the web copy's end marker: "=======================CABLE ENDS============"
    ("cable-ends", r"=+[ \t]*CABLE ENDS[ \t]*=+", re.IGNORECASE),
    # a word processor's comment left below the text: "[O1]Check spelling"
    ("comment", r"\[O\d{1,3}\].*", 0),
    ("dots", r"\.{1,3}", 0),
    ("classification", "", _LEVEL_WORD),  # a line that spells only a level word
    # a teletype page trailer below the sign-off: "PAGE 03        HARARE  00808  271503Z",
    # the viewer's page mark ">", its stamp "2002VATICA04444 - Classification: CONFIDENTIAL"
    # and a stray quote closing the file
    ("page-header", "PAGE_BREAK", _GRAMMAR),
    ("page-mark", r">", 0),
    ("viewer-stamp", r"\d{4}[A-Z]{2,6}\d{5} - Classification: [A-Z ]+", 0),
    ("quote", r'["\u201d]', 0),
    # the State Department's declassification stamp on the archive's old cables, on
    # one line or broken in two: "Declassified/Released US Department of State EO" /
    # "Systematic Review 05 JUL 2006"
    ("declassification", r"Declassified/Released US Department of State(?:[ \t]+EO)?"
                         r"(?:[ \t]+Systematic)?(?:[ \t]+" + _REVIEW + r")?"
                         r"|(?:Systematic[ \t]+)?" + _REVIEW, 0),
    # a database dump's query, in SQL's own capitals and shape:
    # SELECT * FROM `cable` WHERE `id` = '90016' ORDER BY `date` ASC
    ("query", r"SELECT (?:\*|`?\w+`?(?:, ?`?\w+`?)*) FROM `?\w+`?"
              r"(?: (?:WHERE|ORDER BY|LIMIT) .*)?", 0),
    # a newspaper's print stamp: "Track impresión: editor @ Sat Dec 4 19:20:36 2010. ..."
    ("tracking", r"Track impresi\S{1,2}n: \S+ @ [A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} "
                 r"\d\d:\d\d:\d\d \d{4}\b.*", 0),
    # a mail client's header: a name and a time stamp, "From <box>/Inbox:" and at
    # most two words (a subject cut short), or either part alone
    ("mail-header", r"(?:(?:[A-Z][A-Za-z.'\-]*[ \t]+){1,4}" + _STAMP + r"(?:[ \t]+" + _INBOX
                    + r")?|" + _INBOX + r")", 0),
    # a bare address or the classified-website note, and a footer's broken-off
    # tail ("gov.gov/wiki/Portal:Turkey\"")
    ("footer", "FOOTER_LINE", _GRAMMAR),
    # (a word with a "/" or "." before its last letter, which is no dot: the
    # lookahead finds the first "/" or "." in one pass, where "\S*[/.]\S*" tried
    # every split of a long dotted line, "1.1.1.…", quadratic time)
    ("footer", r"(?=[^\s/.]*[/.]\S)\S*[^\s.]", re.IGNORECASE),
    # the header printed again on one line below a text cut short: the banner's
    # level, then the E.O. line and the TAGS ("C O N F I D E N T I A L USNATO 000282
    # SIPDIS E.O. 12958: DECL: 08/08/2018 TAGS: PREL ...", 08USNATO282); the spaced
    # level is bounded (the longest, "U N C L A S S I F I E D", has 12 letters): with
    # "{3,}" a 1 MB line of spaced letters backtracked through each of its letters
    # into the 200-character search for "E.O." (4.9 s, issue #13)
    ("header-echo", r"(?:UNCLAS(?:SIFIED)?|(?:[A-Z] ){3,16}[A-Z])\b.{0,200}?\bE\.O\.[ \t]*1\d{4}\b"
                    r".{0,200}?\bTAGS\b.*", 0),
    # a subject echoed and cut short: "THE REGENT NAMES A NEW CAB..."
    ("echo", r"[A-Z0-9][A-Z0-9 ,.'/:;()&-]*\.\.\.", 0),
    # any other line cut short with "..."
    ("truncated", r".*\.\.\.", re.DOTALL),
)
#: the newspaper tracking line is followed by its id line: "ID:<tab>187536"
_TRACKING_ID = re.compile(r"ID:\s*\d+")
#: every kind a TrailerLine can have: the patterns' kinds, the tracking line's id line,
#: the sign-off written again and plain text (the schema's enum is checked against it)
TRAILER_KINDS = tuple(dict.fromkeys([kind for kind, _, _ in _KINDS]
                                    + ["tracking-id", "signoff", "text"]))
#: the kinds that end a cable whether or not a sign-off was found
HARD_JUNK = frozenset({"query", "tracking", "tracking-id", "mail-header", "header-echo"})


def trailer_kind(text: str, previous: str | None = None) -> str | None:
    """The kind of trailer line ``text`` is (stripped), or None for a line of text.

    ``previous`` is the kind of the non-blank line above: an ``ID:`` line is
    a tracking line's only right below one.
    """
    if previous == "tracking" and _TRACKING_ID.fullmatch(text):
        return "tracking-id"
    for kind, matches in _matchers():
        if matches(text):
            return kind
    return None


@cache
def _matchers() -> tuple[tuple[str, Callable[[str], object]], ...]:
    """``_KINDS`` as (kind, test of a whole line), made on first use: the grammar's
    terminals come with the parse tables."""
    matchers: list[tuple[str, Callable[[str], object]]] = []
    for kind, pattern, flags in _KINDS:
        if flags == _LEVEL_WORD:
            matchers.append((kind, read_level_word))
        elif flags == _GRAMMAR and pattern == "FOOTER_LINE":
            # (the grammar's pattern, asked only of a line that may hold its words)
            footer = line_patterns()[pattern].fullmatch
            matchers.append((kind, lambda text, footer=footer:
                             may_be_footer_line(text) and footer(text)))
        elif flags == _GRAMMAR:
            matchers.append((kind, line_patterns()[pattern].fullmatch))
        else:
            matchers.append((kind, re.compile(pattern, flags).fullmatch))
    return tuple(matchers)
