"""Constructs found anywhere in a cable's text: URLs and rules.

They stand in the header, in paragraphs, in the classified-website footer,
and on the one long line of a cable whose line breaks were lost, so they are
not nodes of one part of the cable but lists of the whole document.
"""

from __future__ import annotations

from typing import NamedTuple

from cablelint.diagnostics import Span


class Url(NamedTuple):
    """A URL with a scheme (``http://...``, ``https://...``, ``ftp://...``).

    ``span`` is the URL as written: with the angle brackets of a markdown
    autolink (``<http://...>``, ``autolink`` set) and with the spaces the web
    pages inserted after every 45 non-blank characters (``breaks``, one span
    per space).  ``text`` is the URL itself: no brackets, no inserted spaces.
    """

    span: Span
    text: str
    autolink: bool = False
    breaks: tuple[Span, ...] = ()


class RuleLine(NamedTuple):
    """A long rule: a run of 45 or more ``-`` or ``*`` drawn as a line.

    ``span`` covers the run as written, through the spaces the web pages
    inserted after every 45 non-blank characters (``breaks``, one span per
    space: ``----...---- ------``).  ``alone`` is set when the rule is all of
    its line (a rule under or around a heading, above a footer); a rule run
    onto a line of text (a cable whose line breaks were lost) is not.
    """

    span: Span
    char: str
    alone: bool = True
    breaks: tuple[Span, ...] = ()
