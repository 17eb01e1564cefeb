"""Markers written with one letter wrong: a misspelt opener before an END that has
none ("Ccomment:", "Sumary:") and a misspelt END SUMMARY ("End Summmary.").

Kept apart from :mod:`cablelint.fields.markers`: these are read only when the
markers found leave an END without an opener or a summary without its END (a few
cables in a thousand), never on every body; :func:`~cablelint.fields.markers.find_markers`
calls them, so the one recogniser of markers still pairs an END with its opener.
"""

from __future__ import annotations

import re

from cablelint.fields.opener_form import OPEN_BEFORE_REVERSED, marker_style, opener_case
from cablelint.fields.spelling import one_edit_apart
from cablelint.model import Marker
from cablelint.source import SourceText

#: the kinds whose opener may be read through a typo, and the real words one
#: letter away from them that are no typo ("Notes:", "NATO:", "Vote:")
_TYPO_KINDS = ("summary", "comment", "note")
_NOT_TYPOS = frozenset({"summary", "comment", "note", "summarys", "comments", "notes",
                        "none", "nose", "nato", "node", "vote", "tote", "mote", "nota",
                        "nope", "rote", "dote", "cote", "bote", "lote", "nate", "nome"})
#: "End" and the word after it, for a misspelt END marker ("End Summmary")
_END_WORD = re.compile(r"[Ee][Nn][Dd][ \t]+(?P<word>[A-Za-z]{5,9})\b")
#: how far before an END without an opener its misspelt opener is looked for
_TYPO_REACH = 8000


def misspelt_openers(source: SourceText, first: int, markers: list[Marker]) -> list[Marker]:
    """Openers written with one letter wrong, doubled, dropped or swapped
    ("Ccomment:", "Commment:", "Sumary:"), for each END in ``markers`` that has
    no opener of its kind before it (since the last END of that kind).

    Read here, where the markers are recognised, so that the END is paired
    with its opener and the finding names the typo instead of a missing
    opener.  Looked for only before such an END (a few cables in a thousand),
    never in every body.
    """
    found: list[Marker] = []
    floor: dict[str, int] = {}  # kind -> where its last END stopped
    open_kinds: set[str] = set()
    for marker in markers:
        kinds = marker.kinds or (marker.kind,)
        if marker.boundary == "begin":
            open_kinds.update(kinds)
            continue
        for kind in kinds:
            if kind in _TYPO_KINDS and kind not in open_kinds:
                low = max(floor.get(kind, first), marker.span.start - _TYPO_REACH)
                typo = _misspelt_opener(source, low, marker.span.start, kind)
                if typo is not None:
                    found.append(typo)
            open_kinds.discard(kind)
            floor[kind] = marker.span.end
    return found


def misspelt_summary_closer(source: SourceText, last: int,
                            markers: list[Marker]) -> Marker | None:
    """An END SUMMARY written with one letter wrong ("End Summmary."), after the last
    summary opener when no END SUMMARY follows it; None otherwise.

    Only the summary is looked for: a COMMENT or NOTE paragraph needs no END, so
    an unclosed one is common and no search is owed to it, while an unclosed
    summary is reported (CL109).  Read with ``bytes.find`` for "end" in the
    lower-cased text, a few hits in the window.
    """
    opener = None
    for marker in markers:
        if "summary" in (marker.kinds or (marker.kind,)):
            opener = marker if marker.boundary == "begin" else None
    if opener is None:
        return None
    text, lowered = source.text, source.lowered()
    high = min(last, opener.span.end + _TYPO_REACH)
    position = lowered.find(b"end", opener.span.end, high)
    while position >= 0:
        found = _END_WORD.match(text, position, high)
        if found is not None and (position == 0 or not text[position - 1].isalpha()):
            word = found.group("word")
            if word[0] in "Ss" and word.lower() not in _NOT_TYPOS \
                    and one_edit_apart(word.lower(), "summary"):
                return Marker(source.span(position, found.end()), "summary", "end",
                              found.group(), ("summary",), "", None, True)
        position = lowered.find(b"end", position + 3, high)
    return None


def _misspelt_opener(source: SourceText, low: int, high: int, kind: str) -> Marker | None:
    """The last word in ``source.text[low:high]`` one edit away from ``kind``,
    capitalised (its first letter right), before a colon, where an opener stands.

    Read from colon to colon backwards (``str.rfind``): a window holds a few
    colons, and the word before each is all there is to look at.
    """
    text, lowered = source.text, source.lowered()
    initial = kind[0].upper()
    colon = text.rfind(":", low, high)
    while colon >= 0:
        end = colon
        while end > low and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > low and end - start < 10 and text[start - 1].isalpha():
            start -= 1
        written = text[start:end]
        if written[:1] == initial and not (start > low and text[start - 1].isalpha()) \
                and written.lower() not in _NOT_TYPOS \
                and one_edit_apart(written.lower(), kind):
            before = lowered[max(0, start - 20):start]
            if start < 20:
                before = b"\n" + before
            if opener_case(written, before) and OPEN_BEFORE_REVERSED.match(before[::-1]):
                span = source.span(start, end)
                return Marker(span, kind, "begin", written, (kind,),
                              marker_style(source, span, written), None, True)
        colon = text.rfind(":", low, colon)
    return None
