"""CL909 mangled-quote."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.artifacts import in_doomed_line, lazy_pattern
from cablelint.diagnostics import Diagnostic, Edit, new_tuple
from cablelint.rules.base import FixAvailability, Rule, RuleContext

#: not before "/": ",S/" is an office symbol in a list ("NEA/IR,NEA,S/SAGSWA,P":
#: the Secretary's offices S/SAGSWA, S/P), and an apostrophe's "s" ends its word
_COMMA_S = re.compile(r",([sStT])(?![A-Za-z0-9/])")
_CONTRACTIONS = frozenset((
    "can", "don", "didn", "doesn", "isn", "wasn", "weren", "won", "wouldn", "couldn", "shouldn",
    "haven", "hasn", "hadn", "aren", "mustn", "needn"))
#: the cable's apostrophe extracted as the two characters "Q,": "RassendyllQ, cousin"
#: (a lower-case letter before the "Q": no word of the text ends so)
_Q_APOSTROPHE = re.compile(r"[a-z]Q,(?=[sS]?[ \t\n])")
_AMPERSAND_QUOTE = lazy_pattern(r"&([^\s&][^&\n]{0,200}?)8(?![0-9A-Za-z])")
#: what closes the quote an unpaired "&" opens, the nearer first: a mangled "8" ending a
#: word (not "G8", "1998": no digit or capital before it) or a real double quote
_QUOTE_CLOSE = lazy_pattern(r"(?<![0-9A-Z])8(?![0-9A-Za-z])|[\"\u201d]")
#: how far the closing mark of an unpaired "&" is looked for (a quoted phrase)
_CLOSE_REACH = 300
#: how far it is looked for past that on the "&"'s own line, before another "&"
#: opens a quote: a quotation of a few sentences inside one paragraph line
#: (08OSLO72: 317 characters, fresh-12 audit A197)
_LINE_REACH = 2000


class MangledQuote(Rule):
    """Quote characters mangled by extraction: ``Erdogan,s`` and ``&Nicho8``.

    The apostrophe became a comma (``Sarkozy,s``, ``CHINA,S``, ``can,t``) and
    curly double quotes became ``&`` and ``8`` (``&Afghan lead8``).  The rule
    fires on ``,s`` after a word of two or more letters or a closing
    parenthesis (``(GOB),s``), but not after a word ending in ``s`` (a list:
    "items,s"), a single letter (``b,s``) or a digit, nor before ``/`` (an
    office list: ``NEA/IR,NEA,S/SAGSWA,P`` names the office S/SAGSWA); ``,t``
    only in a contraction (``don,t``).  ``&`` counts only at the start of a word.
    Some cables write every apostrophe as the two characters ``Q,``
    (``RassendyllQ, cousin``, ``GOZQ,s``): in a cable that shows the pattern
    after a lower-case letter, the ``Q`` before ``,s`` is part of the mangled
    apostrophe (``GOZ's``), except in a word ending in ``AQ`` (``IRAQ,s``:
    Iraq, AQ).  Elsewhere a ``Q`` before ``,s`` (``ALLQ,S``) may be the
    mangling's or the word's (``TARIQ,s``): reported without a fix.

    Why: the mangled marks change how a sentence reads and defeat searches for
    the names they follow.  A warning, not an error: it is extraction damage,
    not a marking-rule violation.

    Source: observed in extracted cables (cable-format.md, section 14).

    Bad:
        the Regent,s cousin said the plan was &dead on arrival8.

    Good:
        the Regent's cousin said the plan was "dead on arrival".

    Fix: ``--fix`` writes ``'s`` for ``,s`` and quotes for an ``&...8`` pair on
    one line (safe); an ``&`` whose closing ``8`` is on another line, and a
    ``Q,s`` in a cable that does not write its apostrophes ``Q,``, are
    reported without a fix.
    """

    code = "CL909"
    name = "mangled-quote"
    summary = "An apostrophe or quote mark was mangled by extraction"
    severity = "warning"
    basis = "extraction"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        text = context.text
        q_apostrophe: bool | None = None  # the cable writes its apostrophes "Q,": asked once
        for found in _COMMA_S.finditer(text):
            comma = found.start()
            letter = found.group(1)
            word_end = comma
            word_start = word_end
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            word = text[word_start:word_end]
            if letter in "tT":
                if word.lower() not in _CONTRACTIONS:
                    continue
            elif word:
                if len(word) < 2 or word[-1] in "sS":
                    continue
            elif text[comma - 1:comma] != ")":
                continue
            if in_doomed_line(context, comma):
                continue
            shown = text[max(word_start, comma - 20):comma]
            if word[-1:] == "Q" and word[-2:].upper() != "AQ":
                if q_apostrophe is None:
                    q_apostrophe = _Q_APOSTROPHE.search(text) is not None
                if q_apostrophe:  # "GOZQ,s": the apostrophe is "Q,"
                    yield self._q_apostrophe(context, comma, shown, letter)
                    continue
                # "ALLQ,S" (06MANAGUA745): the "Q" may be the mangling's or the
                # word's ("TARIQ,s"); no fix can tell which, the reader does
                yield context.report(
                    context.span(comma, comma + 1),
                    f"apostrophe written as a comma in '{shown},{letter}'; write "
                    f"'{shown[:-1]}'{letter}' if the 'Q' is mangled too, else "
                    f"'{shown}'{letter}'")
                continue
            # every field given: the fast constructor (hundreds of findings per corpus)
            yield context.report(
                context.span(comma, comma + 1),
                f"apostrophe written as a comma in '{shown},{letter}'; write '{shown}'{letter}'",
                fix=context.fix("write an apostrophe", new_tuple(Edit, (comma, comma + 1, "'"))))
        position = text.find("&")
        while position >= 0:
            if (position == 0 or text[position - 1] in " \t\n(\"") and \
                    position + 1 < len(text) and text[position + 1].isalnum() and \
                    not in_doomed_line(context, position):
                pair = _AMPERSAND_QUOTE().match(text, position)
                if pair is not None:
                    close = pair.end() - 1
                    yield context.report(
                        context.span(position, pair.end()),
                        f"curly quotes mangled into '&...8' around '{pair.group(1)}'; "
                        "write straight quotes",
                        fix=context.fix("write quotes", Edit(position, position + 1, '"'),
                                        Edit(close, close + 1, '"')))
                    position = text.find("&", pair.end())
                    continue
                yield self._unpaired(context, position)
            position = text.find("&", position + 1)

    @staticmethod
    def _unpaired(context: RuleContext, position: int) -> Diagnostic:
        """An opening ``&`` with no ``8`` closing it on its line: the advice names the
        mark that closes the quote, a mangled ``8`` or a real ``"`` (09STOCKHOLM428:
        ``&crisis."``, its ``"`` intact; an ``8`` in "G8" further on is no quote).
        Closed by a ``"``, the ``&`` alone is wrong: a safe fix writes ``"`` for it.
        A long quotation may close further on the same line (:func:`_close_on_line`)."""
        text = context.text
        close = _QUOTE_CLOSE().search(text, position + 1, position + _CLOSE_REACH)
        if close is None:
            close = _close_on_line(text, position)
        span = context.span(position, position + 1)
        if close is not None and close.group() != "8":
            return context.report(
                span, "'&' at the start of a word is a mangled opening quote (its closing "
                "quote is intact); write '\"'",
                fix=context.fix("write a quote", Edit(position, position + 1, '"')))
        if close is None:
            return context.report(
                span, "'&' at the start of a word is a mangled opening quote; write '\"' "
                "and add the closing quote where the quotation ends")
        return context.report(
            span, "'&' at the start of a word is a mangled opening quote; write '\"' and "
            "replace the closing '8' by '\"'")

    @staticmethod
    def _q_apostrophe(context: RuleContext, comma: int, shown: str, letter: str) -> Diagnostic:
        """The report for an apostrophe extracted as ``Q,`` (``GOZQ,s``): both go."""
        return context.report(
            context.span(comma - 1, comma + 1),
            f"apostrophe written as 'Q,' in '{shown},{letter}'; write '{shown[:-1]}'{letter}'",
            fix=context.fix("write an apostrophe", Edit(comma - 1, comma + 1, "'")))


def _close_on_line(text: str, position: int) -> re.Match[str] | None:
    """The mark closing the quote that the ``&`` at ``position`` opens, looked for
    past ``_CLOSE_REACH`` to the end of the ``&``'s line: a paragraph written on one
    line may quote a few sentences (08OSLO72: ``&outside of Russia ... these
    arguments.8 Solberg``).  Not past another ``&``: a mark after it closes that
    quote (a quotation of several paragraphs opens each with ``&``)."""
    start = position + _CLOSE_REACH
    end = text.find("\n", position)
    if end < 0:
        end = len(text)
    end = min(end, position + _LINE_REACH)
    if start >= end:
        return None
    opening = text.find("&", position + 1, end)
    if 0 <= opening < start:
        return None
    return _QUOTE_CLOSE().search(text, start, end if opening < 0 else opening)
