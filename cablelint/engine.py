"""Running rules over parsed cables.

Why separate from the CLI: the language server, the fixer and tests run the
same rules; they all go through :func:`run_rules`, which also turns a rule
that raises into one ``CL000`` diagnostic instead of a crash.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter

from cablelint.diagnostics import Diagnostic
from cablelint.model import Document
from cablelint.rules.base import FAMILIES, INPUTS, Input, Rule, RuleContext, Settings
from cablelint.source import SourceText


class SelectionError(ValueError):
    """A selector names no rule."""


def _matches(rule: type[Rule], selector: str) -> bool:
    selector = selector.strip()
    if selector.upper() == "ALL":
        return True
    if selector.upper().startswith("CL"):
        return rule.code.startswith(selector.upper())
    return selector.lower() in (rule.name, rule.family())


def select_rules(rules: Sequence[type[Rule]], select: Iterable[str] | None = None,
                 ignore: Iterable[str] = (), extend_select: Iterable[str] = ()
                 ) -> list[type[Rule]]:
    """Rules chosen by code, code prefix (``CL2``), name or family, like ruff's selection.

    Without ``select`` the rules on by default are chosen; ``extend_select``
    adds to that (e.g. an info rule that is off by default); ``ignore`` removes.
    """
    selectors = [*(select or ()), *extend_select, *ignore]
    for selector in selectors:
        if not any(_matches(rule, selector) for rule in rules):
            families = ", ".join(sorted(set(FAMILIES.values())))
            raise SelectionError(f"unknown rule selector {selector!r} (use a code such as "
                                 f"CL201, a prefix such as CL2, a rule name, or a family: "
                                 f"{families})")
    if select is None:
        chosen = [rule for rule in rules if rule.enabled]
    else:
        chosen = [rule for rule in rules if any(_matches(rule, s) for s in select)]
    chosen += [rule for rule in rules if rule not in chosen
               and any(_matches(rule, s) for s in extend_select)]
    return sorted((rule for rule in chosen if not any(_matches(rule, s) for s in ignore)),
                  key=lambda rule: rule.code)


def present_inputs(document: Document) -> frozenset[Input]:
    """The parts of the cable that are there (a field set, a tuple not empty)."""
    return frozenset(name for name in INPUTS if getattr(document, name))


def run_rules(document: Document, source: SourceText, rules: Sequence[Rule],
              settings: Settings) -> list[Diagnostic]:
    """All findings for one cable: parser diagnostics first, then each rule's, sorted.

    The engine owns applicability: a rule runs only when the cable has every
    input it :attr:`~cablelint.rules.base.Rule.requires`.
    """
    context = RuleContext(document, source, settings)
    findings: list[Diagnostic] = list(document.diagnostics)
    extend = findings.extend
    present = present_inputs(document)
    for rule in rules:
        if not rule.requires <= present:
            continue
        context._rule = rule
        try:
            extend(rule.check(context))
        except Exception as error:  # one broken rule must not stop the others
            findings.append(Diagnostic(
                "CL000",
                f"rule {rule.code} ({rule.name}) failed: {type(error).__name__}: {error}; "
                "its findings for this file are missing; please report this",
                source.span(0, 0), "error", "internal-error"))
    context._rule = None
    findings.sort(key=_ORDER)
    return findings


#: the order of findings: by position, then code (made in C, without a Python call)
_ORDER = attrgetter("span.start", "span.end", "code")
