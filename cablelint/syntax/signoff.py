"""The sign-off: the one recogniser of the drafter's name that ends a cable's text.

Why one place: the line lexer looks for the sign-off among the last lines
(``LineLexer._find_signoff``), the builder makes the :class:`~cablelint.model.SignOff`
node from the SIGNOFF token, and CL111 judges that node.  Before, the lexer,
the body field parser and CL111 each kept their own name pattern and list of
words that are no name, and they disagreed: the builder found a glued name
only in upper case and only when the last body node was a paragraph, CL111
looked again with a third pattern, and the lexer took ``End Text. CLINTON``
whole for a name.  Here is the only name pattern and the only list of
non-names; everything about the sign-off the rules need is in the node.

Three forms are recognised:

* a name on a line of its own (:func:`is_name`): ``RASSENDYLL``, ``TIMKEN JR``,
  ``von Tarlenheim``, ``huntsman``;
* a name glued to the end of the last line of text (:func:`glued_name`):
  ``... as planned. RASSENDYLL``, ``END COMMENT EIKENBERRY``, ``End Text. CLINTON``,
  or after a web address a redaction took all of but its page's type
  (``... XXXXXXXXXXXX. cfm Tuttle``);
* a name written twice: on one line (:func:`repeated_word`, ``KUBISKE KUBISKE``)
  or on two (:func:`same_name`, ``Huntsman`` / ``huntsman``).

A name on a line of its own may carry extraction noise glued to its end
(:func:`trailing_noise`): a teletype's ``##`` (``HORAN##``), a full stop after
one capitalised word that stands apart below a blank line (``MCNAMARA.``,
``Palmer.``), two full stops after one word in capitals wherever it stands
(``TUTTLE..``), or an export's record or date stamp (``SOBEL 2008-01-08``,
:func:`record_tail`); a glued name may carry a record or date stamp too.
:func:`noise_kind` tells which.
"""

from __future__ import annotations

import re
import string
from typing import NamedTuple

from cablelint.fields.banner import read_level_word
from cablelint.fields.body import ends_with_page_mark
from cablelint.syntax.grammar import line_patterns

#: Words that look like a name but are none (compared in upper case): markers,
#: captions, a redaction, closing courtesies.  A classification level word
#: (``SECRET``, ``C O N F I D E N T I A L``) is none either: the banner module's
#: :func:`~cablelint.fields.banner.read_level_word` tells it (see :func:`not_a_name`).
NOT_NAMES = frozenset({
    "SIPDIS", "NOFORN", "NNNN", "END",
    "SUMMARY", "COMMENT", "NOTE", "TEXT", "END SUMMARY", "END COMMENT", "END NOTE", "END TEXT",
    "SENSITIVE", "BEGIN TEXT", "END CABLE TEXT", "XXXXXXXXXXXX",
    "REGARDS", "THANKS", "YES", "NO", "OK",
    # an article, pronoun or conjunction ending a text cut off mid-sentence opens
    # the next sentence ("... was 5.6 percent. The"): no signer is called so
    "THE", "THIS", "THAT", "THESE", "THOSE", "THERE", "THEY", "SHE", "AND", "BUT",
})
_PARTICLES = ("von", "van", "de", "del", "della", "da", "di", "du", "la", "le", "al", "el",
              "bin", "ibn")
_NAME_PARTICLES = frozenset(_PARTICLES)
#: a generational suffix ending a name, in any case: a SMART copy writes it in
#: lower case after a capitalised name ("Timken jr", 08BERLIN424)
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr."})
# A drafter's name on a line of its own: one to three capitalised words ("TIMKEN JR",
# "Thompson-Jones", "Ó Briain"), lower-case particles allowed ("von Tarlenheim", "de
# la Vega"), or one lower-case word (SMART copies: "huntsman").  A detached full stop
# ("MURRAY .") or quote ('BLAKE "') is extraction noise and allowed.
_PARTICLE = rf"(?:(?:{'|'.join(_PARTICLES)})\s)*"
_NAME = re.compile(
    rf"{_PARTICLE}[^\W\d_][\w'\-]*(?:\s{_PARTICLE}[^\W\d_][\w'\-.]*){{0,2}}(?:\s+[.\"])?")
# A name glued to the end of a line: one capitalised word (Latin letters), "JR" allowed.
_LAST_WORD = re.compile(r"(\s*)([A-Z][A-Za-z'\u2019-]+(?: JR)?)\s*$")
#: the characters of _LAST_WORD's name, apostrophes and hyphens included
_NAME_CHARS = string.ascii_letters + "'\u2019-"
#: what the text before a glued name ends with: a sentence, or an END marker
_SENTENCE_END = ('.', '!', '?', '"', '\u201d', ')', '*', ']')
_MARKER_END = ("END COMMENT", "END NOTE", "END TEXT", "END SUMMARY")
_MAX_NAME_LINE = 40
# what a sentence ends with before a name that carries a full stop of its own: a
# word or closing bracket and a stop, not an initial's ("... U.S. Delegation.") nor a
# quote or bracket alone ('its "sister city" Qom.', "... (and Nobel laureate) Ahtisaari.")
# nor a title's ("... met Mr. Rassendyll.")
_STOPPED_BEFORE = re.compile(r"(?:[a-z0-9)\]]|(?<![\w.])[A-Z][A-Za-z]+)"
                             r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.\s+\Z")
#: how a possessive ends (straight or curly apostrophe): no signer's name does
_POSSESSIVES = ("'s", "'S", "\u2019s", "\u2019S")
#: the Secretaries of State 1961-2010 (public record), who sign every Department
#: telegram: glued to the end of a line in capitals they are the sign-off even
#: after words that end no sentence ("... e-PINE Coordinator, EUR/NB RICE")
SECRETARIES = frozenset({"RUSK", "ROGERS", "KISSINGER", "VANCE", "MUSKIE", "HAIG", "SHULTZ",
                         "BAKER", "EAGLEBURGER", "CHRISTOPHER", "ALBRIGHT", "POWELL", "RICE",
                         "CLINTON"})
# one capitalised word and a full stop glued to it: "MCNAMARA.", "Palmer." (a name
# only apart, below a blank line: below text such a word ends a sentence)
_WORD_AND_STOP = re.compile(r"[A-Z][A-Za-z'\-]+\.")
# one word in capitals and two full stops: "TUTTLE.." (a name wherever it stands: a
# sentence ends in one stop, an ellipsis in three)
_WORD_AND_STOPS = re.compile(r"[A-Z][A-Z'\-]+\.\.")
# the last of a web page's address left by a redaction that took the rest of the
# classified-website footer: "XXXXXXXXXXXX. cfm" (07LONDON3923; the footer reads
# ".../london/index. cfm")
_REDACTED_PAGE = re.compile(r"\.\s?(?:cfm|html?|aspx?)$", re.IGNORECASE)
#: the page types _REDACTED_PAGE ends with (tested before it: most lines end otherwise)
_PAGE_TYPES = ("cfm", "htm", "html", "asp", "aspx")
_REDACTION = "XXXXXX"
# an export's date stamp run onto the name's line: "SOBEL 2008-01-08" (08BRASILIA43),
# "... offense. KUBISKE 2009-12-31" (09BRASILIA1540)
_DATE_STAMP = re.compile(r"[ \t]+(?:19|20)\d\d-[01]\d-[0-3]\d\Z")
_DATE_STAMP_LEN = 16  # the stamp and a few blanks before it: where its search starts
_RECORD_TAIL = re.compile(r"[ \t]+(?:\d{1,3}[ \t]+\d\d/\d\d/\d{4}[ \t]+\d+[ \t]+"
                          r"[A-Z]{2,}(?:,[A-Z]{2,})+\b|NNNN\t\d{4}-\d\d-\d\d\t)")


class GluedName(NamedTuple):
    """Where a glued name lies in its line (0-based columns, end exclusive)."""

    start: int
    end: int
    #: the name follows a full stop ("... as planned. RASSENDYLL")
    after_stop: bool
    #: the name follows a page-break mark ("... RIO DE JAN 00000285 002 OF 002 HEARNE")
    after_mark: bool = False


def is_name(text: str, apart: bool = False) -> bool:
    """Is ``text`` (a stripped line) a drafter's name standing alone?  ``apart``: a
    blank line is above it (see :func:`trailing_noise`).

    An echoed, truncated subject ("REGENT NAMES...") is a trailer line, never a
    name; a name after a sentence on the same line ("End Text. CLINTON") is a
    glued name (see :func:`glued_name`), not a line-of-its-own name.
    """
    noise = trailing_noise(text, apart)
    if noise is not None:
        text = text[:noise]
    if len(text) > _MAX_NAME_LINE or text.endswith("...") or not _NAME.fullmatch(text):
        return False
    words = text.rstrip(' ."').split()
    if not_a_name(text.rstrip(' ."')) or (len(words) > 1 and (not all(
            word[0].isupper() or word in _NAME_PARTICLES for word in words[:-1]) or
            not (words[-1][0].isupper() or words[-1].lower() in _NAME_SUFFIXES))):
        return False  # "Comment follows" is text, "TIMKEN JR" and "Timken jr" names
    if len(words) > 1 and words[-2][-1] in ".!?" and glued_name(text) is not None:
        return False  # "End Text. CLINTON"
    return text[0].isupper() or len(words) == 1 or words[0] in _NAME_PARTICLES


def record_tail(line: str) -> int | None:
    """Where an archive's database record run onto the end of a line begins, or
    None: a count, the date, an id and the TAGS joined by commas, then the subject
    ("STEVENS 0 02/21/2008 9427 PREL,PGOV,PHUM,PINR,LY EMBASSY VISITS ...",
    08TRIPOLI142, 08STATE18255), "NNNN", a tab and the ISO date ("HOAGLAND
    NNNN<tab>2005-10-20<tab>TAJIKISTAN: ...", 05DUSHANBE1702), or the ISO date alone
    after a blank ending the line ("SOBEL 2008-01-08", 08BRASILIA43)."""
    if line[-3:-2] == "-" and line[-1:].isdigit():
        stamp = _DATE_STAMP.search(line, max(0, len(line) - _DATE_STAMP_LEN))
        if stamp is not None:
            return stamp.start()
    if "/" not in line and "\t" not in line:
        return None
    found = _RECORD_TAIL.search(line)
    return found.start() if found is not None else None


def trailing_noise(text: str, apart: bool = False) -> int | None:
    """Where extraction noise glued to the end of a name line (``text``, stripped)
    begins, or None: a run of ``#`` (a teletype's end mark: ``HORAN##``), a
    database record (:func:`record_tail`), a full stop after one capitalised
    word (``MCNAMARA.``, ``Palmer.``, 03TEGUCIGALPA740) when the line stands
    ``apart`` below a blank line -- below a line of text such a word ends a
    sentence ("... THE WHOLE / REQUEST.") -- or two full stops after one word in
    capitals (``TUTTLE..``, 08LONDON3062): a sentence ends in one, an ellipsis
    ("TIMELINES...", a heading) in three."""
    tail = record_tail(text)
    if tail is not None:
        return tail
    if text.endswith("#"):
        return len(text.rstrip("#"))
    if apart and _WORD_AND_STOP.fullmatch(text) and not not_a_name(text[:-1]):
        return len(text) - 1
    if _WORD_AND_STOPS.fullmatch(text) and not not_a_name(text[:-2]):
        return len(text) - 2
    return None


def noise_kind(noise: str) -> str:
    """What the extraction noise after a name (as :func:`trailing_noise` or
    :func:`record_tail` found it) is: ``date-stamp`` (``2008-01-08``), ``record``
    (an archive's record: words, never deleted by a fix), ``hashes`` (``##``) or
    ``stops`` (``.`` or ``..``)."""
    if _DATE_STAMP.fullmatch(" " + noise.strip()):
        return "date-stamp"
    if noise.strip("#. \t"):
        return "record"
    return "hashes" if "#" in noise else "stops"


def not_a_name(words: str) -> bool:
    """Are ``words`` a marker, caption, redaction or courtesy of :data:`NOT_NAMES`, a
    classification level word (``SECRET``, ``Confidential``, ``TOP SECRET``), or a
    possessive (``Moscoso's``: the last word of a text cut off mid-sentence,
    06PANAMA360; a signer writes the name alone)?"""
    return words.upper() in NOT_NAMES or words.endswith(_POSSESSIVES) or \
        read_level_word(words) is not None


def glued_name(line: str, footer: bool = False) -> GluedName | None:
    """A name written at the end of a line of text, after the last sentence or END
    marker: ``... as planned. RASSENDYLL``, ``END COMMENT EIKENBERRY``.  Right after
    a full stop, without a space (``... restructuring. .FARRAR``), only a name in
    capitals counts.  On a ``footer`` line a name may also follow the website's
    address, which ends no sentence (``... london/index. cfm Tuttle``); and on any
    line after the address a redaction took all of but its page's type
    (``... XXXXXXXXXXXX. cfm Tuttle``, 07LONDON3923).  After a page-break mark glued
    to the end of the text (``... emissions. RIO DE JAN 00000285 002 OF 002 HEARNE``,
    09RIODEJANEIRO285) a name is the signer's too: no sentence goes on after the
    last line's mark."""
    line = line.rstrip()
    tail = record_tail(line)
    if tail is not None:  # the name before an archive's record run onto its line
        line = line[:tail].rstrip()
    found = _last_word(line)
    stopped = False
    if found is None and line.endswith(".") and not line.endswith(".."):
        # a name with a full stop, glued after a sentence ending in one ("... 24
        # hours/day). McCormick.", 05WELLINGTON952): the stop is the name's noise
        found = _last_word(line[:-1])
        stopped = found is not None and bool(found.group(1)) and \
            _STOPPED_BEFORE.search(line[max(0, found.start(2) - 8):found.start(2)]) is not None
        if not stopped:
            return None
    if found is None:
        return None
    name = found.group(2)
    before = line[:found.start(2)].rstrip()
    # a redaction between the sentence and the name: "... people. XXXXXXXXXXX STEPHENS"
    # (some copies redact in lower case: "Classified Email: xxxxxxxxxxxx CRETZ")
    redacted = bool(found.group(1)) and before.upper().endswith(_REDACTION)
    # a redacted web address: the footer a redaction took all of but its page's
    # type ("... XXXXXXXXXXXX. cfm Tuttle"), the name after it in any case
    page = _REDACTED_PAGE.search(before, len(before) - 8) if found.group(1) and not redacted \
        and before[-4:].lower().endswith(_PAGE_TYPES) else None
    page_redacted = page is not None and before[:page.start()].upper().endswith(_REDACTION)
    text = before.rstrip("Xx").rstrip() if redacted else before
    if not text or len(name) < 3 or not_a_name(name):
        return None
    after_mark = False
    if stopped:
        glued = True
    elif not found.group(1):
        glued = name.isupper() and before.endswith(".")
    elif ends_with_page_mark(text):
        glued = after_mark = True
    elif footer and line_patterns()["FOOTER_LINE"].fullmatch(text):  # the grammar's
        glued = True
    else:
        # after a redacted value that ends the text ("Classified Email: xxxxxxxxxxxx
        # CRETZ", 09TRIPOLI190) a name in capitals is the signer's too
        glued = text.endswith(_SENTENCE_END) or text.upper().endswith(_MARKER_END) \
            or name in SECRETARIES or (redacted and name.isupper()) or page_redacted
    return GluedName(found.start(2), found.end(2), before.endswith("."), after_mark) \
        if glued else None


def repeated_word(name: str) -> int | None:
    """Where the second word of a name written twice on one line begins
    (``KUBISKE KUBISKE``, ``SHANNON Shannon``), or None."""
    words = name.split()
    if len(words) != 2 or not same_name(words[0], words[1]):
        return None
    return name.rindex(words[1])


def same_name(first: str, second: str) -> bool:
    """Two writings of the same sign-off (``Huntsman`` and ``huntsman``)."""
    return first.strip().lower() == second.strip().lower()


def _last_word(line: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(line)``, tried only where its leftmost match can begin
    rather than at each position of a long glued paragraph.

    The name holds no blank but for a final " JR", so the match lies in the last
    two words of the line and the blanks before each: it begins at the start of
    those blanks or at a capital inside the word.  (Begun anywhere inside a run of
    blanks it fails where it fails from the run's start, having tried the whole
    run again: quadratic on a long run of blanks before a word in lower case,
    benchmarks/pathological.py spaces/cable.)
    """
    end = len(line.rstrip())  # ``\s*$``: the blanks of str.isspace(), as ``\s``
    words = line[:end].rsplit(None, 2)
    if not words:
        return None
    spans = []  # (start, end) of each of the (up to) last two words, the last first
    at = end
    for word in reversed(words[-2:]):
        spans.append((at - len(word), at))
        at = len(line[:at - len(word)].rstrip())
        if word != "JR" or len(words) < 2:
            break  # the word before counts only when the last is "JR"
    for word_start, word_end in reversed(spans):
        blanks = len(line[:word_start].rstrip())
        for position in (blanks, *(word_start + index for index, char
                                   in enumerate(line[word_start:word_end]) if "A" <= char <= "Z")):
            found = _LAST_WORD.match(line, position)
            if found is not None:
                return found
    return None
