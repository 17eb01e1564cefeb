"""Table building refuses the Lark features the LALR driver does not implement.

Each grammar below is valid Lark and would give tables; the driver would
then shape its trees differently from Lark (or the line lexer would ignore
what the grammar asks), so building must stop with an error naming the rule.
"""

from __future__ import annotations

import pytest

from cablelint.syntax.building import UnsupportedGrammarError, build_tables
from cablelint.syntax.lalr import Token, Tree, parse

_DECLARE = "%declare A B\n"


@pytest.mark.parametrize(("grammar", "named"), [
    ("start: item+\n?item: A | B\n", "rule 'item' is a ?rule"),
    ("start: item+\nitem: A -> first\n    | B\n", "alias -> first"),
    ("start: item+\n!item: A\n", "rule 'item' is a !rule"),
    ("start: item [B]\nitem: A\n", "rule 'start' has an optional [item]"),
    ("start: _pair{A, B}\n_pair{x, y}: x y\n", "template '_pair'"),
    ("start: one | two\none.2: A\ntwo: A\n", "rule 'one' has the priority 2"),
    ("start: A \"x\"\n", "which Lark drops from trees"),
    ("start: A _B\n%declare _B\n", "uses the terminal _B"),
    ("start: A C\nC.3: /c/\n", "terminal C has the priority 3"),
    ("start: A B\nWS: /[ ]+/\n%ignore WS\n", "%ignore WS"),
])
def test_unsupported_feature_is_refused(grammar: str, named: str) -> None:
    with pytest.raises(UnsupportedGrammarError, match="does not implement") as caught:
        build_tables(grammar + _DECLARE)
    assert named in str(caught.value)


def test_supported_features_build_and_parse() -> None:
    """Inlined _rules, repetition, optional items and regular terminals are fine."""
    tables = build_tables("start: item+ C?\nitem: A _rest\n_rest: B*\nC: /c+/\n" + _DECLARE)
    tokens = [Token(kind, kind.lower(), 0, 0, 1, 1, 1, 1) for kind in ("A", "B", "B", "A", "C")]
    tree = parse(tables, tokens)
    assert tree == Tree("start", [Tree("item", [tokens[0], tokens[1], tokens[2]]),
                                  Tree("item", [tokens[3]]), tokens[4]])
    assert tables.terminals == {"C": "c+"}


def test_leading_terminals_follow_the_grammar_order() -> None:
    """The lexer's region terminals: what each rule's items begin with, in the
    order of the alternatives, through inlined rules, optional and empty parts."""
    tables = build_tables("start: region\nregion: _item+\n_item: second | first | B\n"
                          "second: C? _maybe D\n_maybe: A\n    |\nfirst: A B\n"
                          "%declare A B C D\n")
    assert tables.first["region"] == ["C", "A", "D", "B"]
    assert tables.first["_item"] == ["C", "A", "D", "B"]
    assert tables.first["first"] == ["A"]
    assert not any(name.startswith("__") for name in tables.first)
