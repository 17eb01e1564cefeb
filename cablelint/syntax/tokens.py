"""Making a line token: the one place that trims a line and computes its positions."""

from __future__ import annotations

from cablelint.diagnostics import new_tuple
from cablelint.source import SourceText
from cablelint.syntax.lalr import Token, Tree


def line_token(source: SourceText, kind: str, index: int, first: int | None = None,
           last: int | None = None) -> Token:
    """A token for line ``index`` (0-based), trimmed of surrounding white space."""
    text = source.texts[index]
    if first is None:
        first = len(text) - len(text.lstrip())
    if last is None:
        last = len(text.rstrip())
    start = source.starts[index]
    return new_tuple(Token, (kind, text[first:last], start + first, start + last, index + 1,
                              first + 1, index + 1, last + 1))


def tree_tokens(tree: Tree) -> list[Token]:
    found: list[Token] = []
    for child in tree.children:
        if isinstance(child, Token):
            found.append(child)
        else:
            found.extend(tree_tokens(child))
    return found


def first_token(tree: Tree) -> Token:
    node: Tree | Token = tree
    while isinstance(node, Tree):
        node = node.children[0]
    return node


def last_token(tree: Tree) -> Token:
    node: Tree | Token = tree
    while isinstance(node, Tree):
        node = node.children[-1]
    return node
