"""Computing the LALR(1) tables of a grammar with Lark, for grammars the driver can run.

Why a fence: :func:`cablelint.syntax.lalr.parse` is a small shift/reduce loop
that shapes trees by exactly one of Lark's conventions -- a rule whose name
starts with ``_`` is inlined into its parent -- and keeps every token it
shifts.  Lark has more tree-shaping features (``?rule``, ``-> alias``,
``!rule``, ``[x]`` placeholders, templates, filtered tokens) and lexing
features (``%ignore``, terminal priorities) that the driver and the line
lexer do not implement.  A grammar using one of them would still produce
tables, and the driver would silently build trees that differ from Lark's.
So building refuses such a grammar and names the rule or terminal.

This is the only module that imports Lark, and only when tables are built:
at wheel build time, or on a cold user cache in a source checkout.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cablelint.syntax.lalr import REDUCE, SHIFT, Tables


class UnsupportedGrammarError(ValueError):
    """The grammar uses a Lark feature the LALR driver does not implement."""


def build_tables(grammar_text: str) -> Tables:
    """Let Lark check the grammar and compute the LALR(1) tables."""
    from lark.parsers.lalr_analysis import Shift

    lark = _lark(grammar_text)
    check_supported(lark)
    table = lark.parser.parser.parser.parse_table
    rule_index: dict[object, int] = {}
    rules: list[tuple[str, int]] = []
    actions: list[dict[str, tuple[int, int]]] = [dict() for _ in range(len(table.states))]
    for state, row in table.states.items():
        for symbol, (action, argument) in row.items():
            if action is Shift:
                actions[state][symbol] = (SHIFT, argument)
            else:
                if argument not in rule_index:
                    rule_index[argument] = len(rules)
                    rules.append((argument.origin.name, len(argument.expansion)))
                actions[state][symbol] = (REDUCE, rule_index[argument])
    terminals = {t.name: t.pattern.to_regexp() for t in lark.terminals}
    return Tables(actions, rules, table.start_states["start"], table.end_states["start"],
                  terminals, leading_terminals(lark.rules))


def leading_terminals(rules: Iterable[Any]) -> dict[str, list[str]]:
    """For each named rule, the terminals its alternatives can begin with, in the
    order the grammar lists the alternatives (the FIRST set, ordered).

    The line lexer reads its region terminals from these lists (see the
    comments in ``cable.lark``), so they are stored with the tables.  Rules
    Lark generates for ``*``, ``+`` and ``?`` (names starting ``__``) are
    followed but not listed.
    """
    by_origin: dict[str, list[Any]] = {}
    for rule in sorted(rules, key=lambda rule: rule.order):
        by_origin.setdefault(str(rule.origin.name), []).append(rule.expansion)
    nullable = {name for name, expansions in by_origin.items() if [] in map(list, expansions)}
    changed = True
    while changed:  # a rule is nullable when one of its expansions is all nullable rules
        changed = False
        for name, expansions in by_origin.items():
            if name not in nullable and any(
                    all(not symbol.is_term and symbol.name in nullable for symbol in expansion)
                    for expansion in expansions):
                nullable.add(name)
                changed = True

    def first(name: str, visiting: set[str]) -> list[str]:
        found: list[str] = []
        visiting.add(name)
        for expansion in by_origin.get(name, ()):
            for symbol in expansion:
                if symbol.is_term:
                    names = [str(symbol.name)]
                elif symbol.name in visiting:
                    names = []
                else:
                    names = first(str(symbol.name), visiting)
                found.extend(kind for kind in names if kind not in found)
                if symbol.is_term or symbol.name not in nullable:
                    break
        visiting.discard(name)
        return found

    return {name: first(name, set()) for name in by_origin if not name.startswith("__")}


def _lark(grammar_text: str) -> Any:
    """A Lark LALR parser for the grammar, with a lexer that is never run.

    ``maybe_placeholders`` is on (Lark's default) only so that ``[x]`` is
    recorded in the rules' ``empty_indices`` and can be refused; for a grammar
    without ``[x]`` it changes nothing.
    """
    from lark import Lark
    from lark.lexer import Lexer

    class _NoLexer(Lexer):  # the lexer is ours; Lark only needs a class to accept
        def __init__(self, conf: object) -> None:
            pass

        def lex(self, *_state: object) -> Iterable[object]:  # type: ignore[override]
            return iter(())

    return Lark(grammar_text, parser="lalr", lexer=_NoLexer, maybe_placeholders=True)


def check_supported(lark: Any) -> None:
    """Raise :class:`UnsupportedGrammarError` for the first feature the driver lacks.

    ``lark`` is a :class:`lark.Lark` instance; its ``rules`` are the compiled
    rules (one per alternative, after EBNF expansion) whose ``options`` record
    the tree-shaping features (see ``lark/grammar.py`` and
    ``lark/parse_tree_builder.py``).
    """
    for rule in lark.rules:
        name = str(rule.origin.name)
        options = rule.options
        if options.template_source:
            _refuse(f"rule {name!r} instantiates the template {str(options.template_source)!r}")
        if options.expand1:
            _refuse(f"rule {name!r} is a ?rule (inlined when it has one child)")
        if rule.alias:
            _refuse(f"rule {name!r} has an alternative with the alias -> {rule.alias}")
        if options.keep_all_tokens:
            _refuse(f"rule {name!r} is a !rule (keeps filtered tokens)")
        if any(options.empty_indices):
            _refuse(f"rule {name!r} has an optional [item] (a None placeholder when absent)")
        if options.priority:
            _refuse(f"rule {name!r} has the priority {options.priority}")
        for symbol in rule.expansion:
            if symbol.is_term and symbol.filter_out:
                _refuse(f"rule {name!r} uses the terminal {symbol.name}, which Lark drops "
                        "from trees (an anonymous string or a name starting with _)")
    for terminal in lark.terminals:
        if terminal.priority:
            _refuse(f"terminal {terminal.name} has the priority {terminal.priority} "
                    "(the line lexer decides between terminals itself)")
    if lark.ignore_tokens:
        _refuse(f"%ignore {', '.join(sorted(lark.ignore_tokens))} "
                "(the line lexer drops only blank lines)")


def _refuse(what: str) -> None:
    raise UnsupportedGrammarError(
        f"the grammar uses a Lark feature the LALR driver does not implement: {what}")
