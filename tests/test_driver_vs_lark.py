"""The LALR driver builds the same trees as Lark's own LALR parser, on real cables.

Why: ``cablelint.syntax.lalr.parse`` re-implements Lark's shift/reduce loop
and its tree shaping (``_rule`` inlining) for speed.  Here both parse every
cable of both development corpora from the same token stream -- the line
lexer's tokens, fed to Lark through a custom lexer class -- and the trees
must agree node for node (rule names, token kinds and texts).

Cables whose parse needed error recovery (CL001) are compared on the token
stream after recovery: each token the driver could not place is given the
kind the recovery chose, or left out where it was dropped.  Both parsers must
then accept that stream without error.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import shared_corpus

from cablelint.parser import _FALLBACK_KINDS, _line_lexer
from cablelint.source import SourceText
from cablelint.syntax.grammar import cable_tables, grammar_path
from cablelint.syntax.lalr import Token, Tree, UnexpectedToken, parse


@pytest.fixture(scope="module")
def lark_parser() -> Any:
    """Lark's LALR parser for ``cable.lark``, taking a list of tokens instead of text."""
    import lark
    from lark.lexer import Lexer

    class TokenListLexer(Lexer):
        """Hands Lark the tokens of the line lexer (Lark passes what ``parse`` was given)."""

        def __init__(self, lexer_conf: object) -> None:
            pass

        def lex(self, data: Any) -> Any:  # type: ignore[override]
            for token in data:
                yield lark.Token(token.type, token.value, token.start_pos, token.line,
                                 token.column, token.end_line, token.end_column, token.end_pos)

    return lark.Lark(grammar_path().read_text(encoding="utf-8"), parser="lalr",
                     lexer=TokenListLexer)


def _shape(node: Any) -> Any:
    """A tree of either parser as nested tuples: (rule, children) and (kind, text)."""
    if isinstance(node, Tree) or hasattr(node, "data"):
        return str(node.data), [_shape(child) for child in node.children]
    return str(node.type), str(node.value)


def _recovered_stream(tokens: list[Token]) -> tuple[Tree, list[Token], int]:
    """The driver's tree, the token stream it effectively parsed, and how many
    tokens needed recovery (recovery as in ``cablelint.parser.parse_source``)."""
    outcome: dict[int, Token | None] = {}
    position = {token.start_pos: index for index, token in enumerate(tokens)}

    def recover(error: UnexpectedToken, accepted: set[str]) -> Token | None:
        index = position[error.token.start_pos]
        replacement = next((error.token._replace(type=kind) for kind in _FALLBACK_KINDS
                            if kind in accepted), None)
        outcome[index] = replacement
        return replacement

    tree = parse(cable_tables(), tokens, recover)
    stream = [outcome.get(index, token) for index, token in enumerate(tokens)]
    return tree, [token for token in stream if token is not None], len(outcome)


@pytest.mark.corpus
@pytest.mark.parametrize("corpus_name", ["wikileaks-dev", "wikileaks-dev2"])
def test_driver_and_lark_build_the_same_trees(corpus_name: str, lark_parser: Any) -> None:
    directory = shared_corpus(corpus_name)
    compared = recovered = 0
    for path in sorted(directory.glob("*.txt")):
        tokens, _regions = _line_lexer().tokenize(SourceText.from_path(path))
        if not tokens:
            continue
        assert len({token.start_pos for token in tokens}) == len(tokens), path.name
        tree, stream, repairs = _recovered_stream(tokens)
        if repairs:
            recovered += 1
            # the repaired stream parses without recovery, to the same tree
            assert parse(cable_tables(), stream) == tree, path.name
        assert _shape(lark_parser.parse(stream)) == _shape(tree), path.name
        compared += 1
    assert compared >= 290 if corpus_name == "wikileaks-dev" else compared >= 490
    # recovery is rare (none in either corpus today): a parse that needs it for
    # many cables means a grammar or lexer bug
    assert recovered <= compared // 20, recovered


def test_recovered_streams_are_compared_too(lark_parser: Any) -> None:
    """The corpora need no recovery today, so the repair path is checked here:
    a banner among body paragraphs is demoted to a continuation line."""
    source = SourceText.from_text("\u00b61. (C) One.\nSECRET\n\n\u00b62. (C) Two.\n")
    tokens, _regions = _line_lexer().tokenize(source)
    tokens = [tokens[0], tokens[0]._replace(type="BANNER", value="SECRET", start_pos=99),
              *tokens[1:]]
    tree, stream, repairs = _recovered_stream(tokens)
    assert repairs == 1 and [token.type for token in stream] == ["PARA", "CONT", "PARA"]
    assert _shape(lark_parser.parse(stream)) == _shape(tree)
