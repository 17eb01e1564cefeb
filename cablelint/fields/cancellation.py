"""A cancellation notice: the telegram sent in place of a cancelled cable.

A cable withdrawn after transmission was replaced by a short notice between
two rules of slashes carrying the ``ZFR`` operating signal (the routing line's
precedence line ends in ``ZFR`` too):

    //////////////////// ZFR ZFR ZFR ZFR /////////////////////
      THIS CABLE IS CANCELLED.
      CORRECTED CABLE WILL BE SENT VIA NEW MRN.
    //////////////////// ZFR ZFR ZFR ZFR ////////////////////

Such a notice has no paragraphs and no signer: rules that expect the parts
of a text (CL111's sign-off) leave it alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cablelint.diagnostics import Span
from cablelint.model import Heading, TrailerLine
from cablelint.source import SourceText

#: a rule of slashes around one or more ZFR signals
_ZFR_RULE = re.compile(r"[ \t]*/{5,}[ \t]*(?:ZFR[ \t]*)+/{5,}[ \t]*")
#: the notice's words (case as sent: capitals)
_CANCELLED = re.compile(r"\bCABLE (?:IS|HAS BEEN) CANCELL?ED\b")


def find_cancellation(source: SourceText, headings: Sequence[Heading],
                      trailer: Sequence[TrailerLine] = ()) -> Span | None:
    """The notice from its first ZFR rule to its last, when a rule encloses the words
    that the cable is cancelled; None otherwise.

    The rules of slashes are headings of the body (a line of their own in
    capitals) or, last in the file, trailer lines: only a cable with such a line
    holding "ZFR" is read further, so nearly every cable costs a look at its few
    headings, not a pass over its text.
    """
    texts = source.texts
    spans = [heading.span for heading in headings] + [line.span for line in trailer]
    rules = sorted({number for span in spans for number in range(span.line, span.end_line + 1)
                    if "ZFR" in texts[number - 1] and _ZFR_RULE.fullmatch(texts[number - 1])})
    if not rules:
        return None
    first, last = rules[0], rules[-1]
    text = source.text
    start = source.starts[first - 1]
    end = source.starts[last - 1] + len(texts[last - 1])
    if not _CANCELLED.search(text, start, end if last > first else len(text)):
        return None
    return source.span(start, end)
