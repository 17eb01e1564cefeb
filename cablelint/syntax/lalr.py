"""LALR(1) tables for ``cable.lark`` and the small driver that runs them.

Why not call ``lark.Lark.parse`` directly: importing Lark costs ~55 ms and
its per-token machinery ~5 us, while one ``cablelint parse`` process from a
pre-commit hook or an editor has a budget of 100 ms, and a corpus run parses
thousands of cables.  So Lark does what it is best at -- it reads and checks
the grammar and computes the LALR(1) tables (``cablelint.syntax.building``) --
and the tables are stored as JSON: inside the wheel, built when the wheel is
built, and in a source checkout in the user's cache directory, keyed by a hash
of the grammar text, the table format and the cablelint version (see
:func:`table_key`).  Runs load that JSON and never import Lark.

The driver below is the textbook shift/reduce loop.  Tree shaping follows
Lark's conventions: a rule whose name starts with ``_`` (including Lark's
generated helpers for ``*``/``+``) is inlined into its parent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from cablelint import __version__
from cablelint.cache import cache_dir, content_key, write_atomically
from cablelint.diagnostics import new_tuple

TABLE_FORMAT = 2  # 2: with ``first``
SHIFT, REDUCE = 0, 1


class Token(NamedTuple):
    """One line token: kind, text, offsets and 1-based positions (end exclusive)."""

    type: str
    value: str
    start_pos: int
    end_pos: int
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return self.value


class Tree(NamedTuple):
    data: str
    children: list[Tree | Token]


class UnexpectedToken(Exception):
    def __init__(self, token: Token, expected: set[str]) -> None:
        super().__init__(f"unexpected {token.type} at line {token.line}")
        self.token = token
        self.expected = expected


class Tables:
    """Parse tables: ``actions[state][terminal] = (SHIFT, state) | (REDUCE, rule)``."""

    __slots__ = ("actions", "end_state", "first", "rules", "shapes", "start_state", "steps",
                 "terminals")

    def __init__(self, actions: list[dict[str, tuple[int, int]]], rules: list[tuple[str, int]],
                 start_state: int, end_state: int, terminals: dict[str, str],
                 first: dict[str, list[str]] | None = None) -> None:
        self.actions = actions
        self.rules = rules  # (rule name, number of symbols)
        self.start_state = start_state
        self.end_state = end_state
        self.terminals = terminals  # terminal name -> regular expression
        # rule name -> the terminals it can begin with, in grammar order (for the lexer)
        self.first = first if first is not None else {}
        self.shapes: list[tuple[str, int, bool, list[int]]] | None = None  # made by the parser
        self.steps: list[dict[str, int]] | None = None  # made by the parser

    def expected(self, state: int) -> set[str]:
        return {name for name in self.actions[state] if name.isupper()}


#: the value of an inlined rule on the parser's stack: its children, to be spliced
#: into the parent, as a plain ``list`` (a token or a tree is a tuple, so the type
#: tells them apart).  Why not a subclass of list: making an instance of one goes
#: through the type's generic call and ``__init__`` (several times the cost of
#: ``[a, b]``), and the parser makes one per inlined reduction of every cable
_Inline = list


def parse(tables: Tables, tokens: Iterable[Token],
          recover: Callable[[UnexpectedToken, set[str]], Token | None] | None = None) -> Tree:
    """Run the LALR automaton over ``tokens``.

    ``recover`` is called on a token the grammar does not allow; it receives
    the terminals the parser would accept and returns a replacement token to
    try instead, or None to drop the token.  Without ``recover`` the error is
    raised.  The loop is written out (no helper call per token): it runs once
    per line token of every cable.  Rules of one and two symbols, nearly all
    reductions (a cable makes about two per token), take a short path that
    does not slice the value stack.
    """
    end_state = tables.end_state
    shapes = _shapes(tables)
    steps = _steps(tables)
    state = tables.start_state  # always states[top]
    states = [state]
    # ``top`` is the index of the last state: the stack is read at ``top`` and
    # ``top - 1``, never at -1 and -2 (the interpreter specialises a list index
    # only when it is not negative); ``values`` holds one entry less than ``states``
    top = 0
    values: list = []
    for token in [*tokens, Token("$END", "", 0, 0, 0, 0, 0, 0)]:
        kind = token.type
        while True:
            try:  # (cheaper than .get on the common path)
                step = steps[state][kind]
            except KeyError:
                step = None
            if step is None:
                # the end state has no actions: the input is complete when the
                # end token finds the parser there
                if kind == "$END" and state == end_state:
                    result = values[top - 1]
                    assert isinstance(result, Tree)
                    return result
                error = UnexpectedToken(token, tables.expected(state))
                if recover is None or kind == "$END":
                    raise error
                replacement = recover(error, error.expected)
                if replacement is None:
                    break
                token = replacement  # and try it in the same state
                kind = token.type
                continue
            if step >= 0:  # shift
                states.append(step)
                top += 1
                state = step
                values.append(token)
                break
            name, size, inline, goto = shapes[~step]
            # (sizes 1 and 2: the goto state overwrites the top of the stack instead
            # of a ``del`` and an ``append``)
            if size == 1:
                # an inlined rule of one symbol leaves its value as it is: spliced
                # into a parent, one child in an _Inline gives what the child does
                if not inline:
                    child = values[top - 1]
                    # (an inlined child's list is on the stack only: it becomes the children)
                    values[top - 1] = new_tuple(Tree, (name, child
                                                       if type(child) is _Inline else [child]))
                state = states[top] = goto[states[top - 1]]
            elif size == 2:  # what _reduce_children does, written out for the common size
                tail = values.pop()
                top -= 1
                head = values[top - 1]
                if type(head) is _Inline:
                    if type(tail) is _Inline:
                        head.extend(tail)
                    else:
                        head.append(tail)
                    node = head if inline else new_tuple(Tree, (name, head))
                else:
                    if type(tail) is _Inline:
                        tail.insert(0, head)  # (the tail's list: on the stack only)
                        node = tail if inline else new_tuple(Tree, (name, tail))
                    else:
                        node = [head, tail] if inline else new_tuple(Tree, (name, [head, tail]))
                states.pop()
                values[top - 1] = node
                state = states[top] = goto[states[top - 1]]
            else:
                children = _reduce_children(values, size)
                # (a fresh list either way: a slice of the stack, or an inlined child's)
                node = children if inline else new_tuple(Tree, (name, children))
                if size:
                    del states[-size:]
                    values[-size:] = [node]
                    top -= size
                else:
                    values.append(node)
                state = goto[states[top]]  # the state after the reduced non-terminal
                states.append(state)
                top += 1
    raise AssertionError("the end token always completes or raises")




def _steps(tables: Tables) -> list[dict[str, int]]:
    """The action table with each action as one int, computed once per table:
    a shift (or goto) to state ``n`` is ``n``, a reduction by rule ``r`` is ``~r``
    (negative), so the parser tests a sign instead of unpacking a pair."""
    steps = tables.steps
    if steps is None:
        steps = tables.steps = [
            {symbol: argument if action == SHIFT else ~argument
             for symbol, (action, argument) in row.items()} for row in tables.actions]
    return steps


def _shapes(tables: Tables) -> list[tuple[str, int, bool, list[int]]]:
    """Per rule: its name, its number of symbols, whether it is inlined (Lark's
    convention: names starting with ``_``) and its gotos (the state to go to
    after the reduction, by the state uncovered; -1 where there is none),
    computed once per table."""
    shapes = tables.shapes
    if shapes is None:
        shapes = tables.shapes = [
            (name, size, name[0] == "_", [row.get(name, (SHIFT, -1))[1] for row in tables.actions])
            for name, size in tables.rules]
    return shapes


def _reduce_children(values: list, size: int) -> list:
    """The children of a reduction by a rule of ``size`` symbols (not 1), not yet popped.

    An :class:`_Inline` result means inlined children were spliced in.  Lark's
    list helpers are left-recursive ("list: list item"): growing the inner
    list in place keeps long lists linear.
    """
    if size == 0:
        return []
    children = values[-size:]
    head = children[0]
    if type(head) is _Inline:
        flat = head
    elif _Inline in map(type, children):
        flat = [head]
    else:
        return children
    for child in children[1:]:
        if type(child) is _Inline:
            flat.extend(child)
        else:
            flat.append(child)
    return flat


# ------------------------------------------------------------- loading


def table_key(grammar_text: str) -> str:
    """The key naming a tables file: the grammar text, the table format and the
    cablelint version.

    The version is part of the key because what is stored besides Lark's
    tables is computed by cablelint's code (which may change between
    versions without a format change); the Lark version is not, as any
    supported Lark computes the same automaton for the same grammar.
    """
    return content_key(f"{TABLE_FORMAT}:{__version__}", grammar_text)


def table_file_name(grammar_text: str) -> str:
    return f"cable-{table_key(grammar_text)}.json"


def to_json(tables: Tables) -> str:
    return json.dumps({
        "format": TABLE_FORMAT,
        "actions": tables.actions,
        "rules": tables.rules,
        "start_state": tables.start_state,
        "end_state": tables.end_state,
        "terminals": tables.terminals,
        "first": tables.first,
    })


def from_json(text: str) -> Tables:
    data = json.loads(text)
    if data.get("format") != TABLE_FORMAT:
        raise ValueError("old table format")
    actions = [{symbol: tuple(action) for symbol, action in row.items()} for row in data["actions"]]
    rules = [tuple(rule) for rule in data["rules"]]
    return Tables(actions, rules, data["start_state"], data["end_state"], data["terminals"],
                  data["first"])


def load_tables(grammar_path: Path, packaged: Path | None = None) -> Tables:
    """Tables for the grammar file: packaged, cached or built, in that order.

    ``packaged`` is the directory of tables built into a wheel at build time
    (an installed cablelint then never imports Lark, whatever the state of the
    user cache); a source checkout has none and uses the user cache, which
    Lark fills on the first run after the grammar changes.
    """
    grammar_text = grammar_path.read_text(encoding="utf-8")
    name = table_file_name(grammar_text)
    cache_file = cache_dir() / name
    for candidate in (packaged / name if packaged is not None else None, cache_file):
        if candidate is None:
            continue
        try:
            return from_json(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing, unreadable or stale: try the next, or build below
    from cablelint.syntax.building import build_tables

    tables = build_tables(grammar_text)
    write_atomically(cache_file, to_json(tables))
    return tables


@lru_cache(maxsize=4)
def compiled_terminals(tables: Tables) -> dict[str, re.Pattern[str]]:
    return {name: re.compile(pattern) for name, pattern in tables.terminals.items()}
