"""URLs anywhere in the text: ``http://``, ``https://`` and ``ftp://``.

This is the one recogniser of a URL inside the text; CL904 (a URL written as
a markdown autolink ``<http://...>``) and CL906 (a space the web pages
inserted into a URL) read :attr:`cablelint.model.Document.urls`.  (The
grammar's ``FOOTER_LINE`` still tells a line that is nothing but a URL from
text: that decides a line's kind, not where a URL is.)

Why one ``find`` of ``://``: most cables have no URL and the rest one or two,
in the classified-website footer.  One pass over the text, with no Python
step except at a URL, costs less than visiting every ``:`` (cables hold a
few dozen) and a third of three passes for ``http``, ``https`` and ``ftp``
(the parse is budgeted in instructions, see benchmarks/instructions.py).  A
URL without a scheme (``www.zenda.example.gov``) is not searched: a pass for
``www.`` would cost as much again.
"""

from __future__ import annotations

from cablelint.diagnostics import new_tuple
from cablelint.fields.web_breaks import inserted_spaces
from cablelint.model import Url
from cablelint.source import SourceText

#: the schemes a URL may begin with, lower-cased
_SCHEMES = (b"http", b"https", b"ftp")
#: characters that end a URL even without white space
_STOPS = ("<", ">", '"')
#: punctuation after a URL that belongs to the sentence
_TRAILING = ".,;:'"
#: bytes that may not stand right before a scheme ("TFTP://" is no "ftp://")
_INSIDE_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")


def find_urls(source: SourceText) -> tuple[Url, ...]:
    """Every URL of the text with a scheme (``http://``, ``https://``, ``ftp://``), in order.

    Each ``://`` is taken when a scheme stands right before it.
    """
    text = source.text
    find = text.find
    position = find("://")
    urls: list[Url] = []
    while position >= 0:
        start = _scheme_start(source.lowered(), position)
        if start >= 0:
            url = _url(source, start)
            if url is not None:
                urls.append(url)
                position = url.span.end
        position = find("://", position + 1)
    return tuple(urls)


def _scheme_start(lowered: bytes, colon: int) -> int:
    """Where the scheme before the ``://`` at ``colon`` begins, or -1 for none."""
    for scheme in _SCHEMES:
        start = colon - len(scheme)
        if start >= 0 and lowered.startswith(scheme, start) and not (
                start and lowered[start - 1] in _INSIDE_WORD):
            return start
    return -1


def _prose_dash(text: str, position: int) -> bool:
    """Is the word at ``position`` a dash of the prose (``--``) rather than more URL?

    A URL of exactly 45 characters followed by `` -- Head of ...`` looks like
    one the web pages broke; two or more hyphens alone are no part of a URL.
    """
    end = position
    while end < len(text) and text[end] == "-":
        end += 1
    return end - position >= 2 and (end == len(text) or text[end].isspace())


def _url(source: SourceText, start: int) -> Url | None:
    """The URL beginning at ``start``, through the spaces inserted into it."""
    text = source.text
    breaks = inserted_spaces(text, start)
    for index, offset in enumerate(breaks):
        if _prose_dash(text, offset + 1):
            del breaks[index:]  # the URL ended at a real space
            break
    end = breaks[-1] + 1 if breaks else start
    while end < len(text) and not text[end].isspace():
        end += 1
    stop = min((found for found in (text.find(char, start, end) for char in _STOPS)
                if found >= 0), default=end)
    autolink = start > 0 and text[start - 1] == "<" and stop < end and text[stop] == ">"
    end = stop
    if not autolink:
        while end > start and (text[end - 1] in _TRAILING or (
                text[end - 1] == ")" and "(" not in text[start:end])):
            end -= 1
    breaks = [offset for offset in breaks if offset < end]
    pieces, first = [], start
    for offset in breaks:
        pieces.append(text[first:offset])
        first = offset + 1
    pieces.append(text[first:end])
    written = "".join(pieces)
    if written.endswith("//"):
        return None  # a scheme and nothing more
    return new_tuple(Url, (
        source.span(start - 1, end + 1) if autolink else source.span(start, end), written,
        autolink, tuple(source.span(offset, offset + 1) for offset in breaks)))
