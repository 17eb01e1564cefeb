"""Public parsing API: text or file in, :class:`~cablelint.model.Document` out.

Parsing never raises on bad cable text.  A line the grammar cannot place is
kept as text and reported as a ``CL001`` diagnostic, and parsing goes on, the
way a compiler recovers from a syntax error.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from cablelint.diagnostics import Diagnostic
from cablelint.model import Document
from cablelint.source import SourceText
from cablelint.syntax.builder import DocumentBuilder
from cablelint.syntax.grammar import cable_tables
from cablelint.syntax.lalr import Token, UnexpectedToken, parse
from cablelint.syntax.lexer import LineLexer

# Token kinds a misplaced line may be demoted to, most specific first.
_FALLBACK_KINDS = ("CONT", "TEXT", "HEADER_TEXT", "ROUTING_TEXT", "TRAILER_LINE")


@lru_cache(maxsize=1)
def _line_lexer() -> LineLexer:
    return LineLexer()


def parse_source(source: SourceText) -> Document:
    """Parse decoded text; diagnostics from reading the file are carried over.

    The parser reads the LF view of the text (:meth:`SourceText.analysed`): the
    model is the same whatever the file's line endings.
    """
    source = source.analysed()
    diagnostics: list[Diagnostic] = list(source.diagnostics)
    tokens, regions = _line_lexer().tokenize(source)

    def recover(error: UnexpectedToken, accepted: set[str]) -> Token | None:
        token = error.token
        expected = ", ".join(sorted(accepted)[:4])
        diagnostics.append(Diagnostic(
            code="CL001",
            message=(f"{token.type.lower().replace('_', ' ')} is out of place here "
                     f"(expected {expected}); kept as text"),
            span=source.span(token.start_pos, token.end_pos),
            severity="error",
        ))
        for kind in _FALLBACK_KINDS:
            if kind in accepted:
                return token._replace(type=kind)
        return None  # dropped from the tree; its text stays in the source

    tree = parse(cable_tables(), tokens, recover) if tokens else None
    return DocumentBuilder(source, diagnostics, regions).build(tree)


def parse_text(text: str, path: str = "<string>") -> Document:
    return parse_source(SourceText.from_text(text, path))


def parse_file(path: str | Path) -> Document:
    """Read and parse a file.  Raises ``OSError`` and ``BinaryFileError`` only."""
    return parse_source(SourceText.from_path(path))
