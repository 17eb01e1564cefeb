"""The open documents as the editor holds them: text, version, line index.

Why not pygls' own workspace copy: it splits lines with ``str.splitlines``
(which also breaks at form feeds, U+0085 and U+2028), while LSP positions
count lines at ``\\n``, ``\\r\\n`` and ``\\r`` only; a cable with a form feed
would have every incremental edit below it land in the wrong place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lsprotocol import types

from cablelint.server.positions import UTF16, LineIndex


@dataclass
class OpenDocument:
    """One document the editor has open."""

    uri: str
    text: str
    version: int | None = None
    encoding: str = UTF16
    _index: LineIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> LineIndex:
        """The line index of the current text, built on first use after a change."""
        if self._index is None:
            self._index = LineIndex(self.text, self.encoding)
        return self._index

    def apply(self, changes: Iterable[types.TextDocumentContentChangeEvent],
              version: int | None) -> None:
        """Apply ``didChange`` content changes in order (ranged or whole-text)."""
        for change in changes:
            change_range = getattr(change, "range", None)
            if change_range is None:
                self.text = change.text
            else:
                index = self.index
                start = index.offset(change_range.start)
                end = max(start, index.offset(change_range.end))
                self.text = self.text[:start] + change.text + self.text[end:]
            self._index = None
        self.version = version


class DocumentStore:
    """Open documents by URI."""

    def __init__(self) -> None:
        self._documents: dict[str, OpenDocument] = {}

    def open(self, uri: str, text: str, version: int | None, encoding: str) -> OpenDocument:
        document = self._documents[uri] = OpenDocument(uri, text, version, encoding)
        return document

    def get(self, uri: str) -> OpenDocument | None:
        return self._documents.get(uri)

    def close(self, uri: str) -> None:
        self._documents.pop(uri, None)

    def __iter__(self):
        return iter(list(self._documents.values()))
