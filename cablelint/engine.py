"""Running rules over parsed cables.

Why separate from the CLI: the language server, the fixer and tests run the
same rules; they all go through :func:`run_rules`, which also turns a rule
that raises into one ``CL000`` diagnostic instead of a crash.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress
from operator import attrgetter
from typing import Any

from cablelint.diagnostics import Diagnostic
from cablelint.model import Document
from cablelint.rules.base import FAMILIES, INPUTS, SEVERITY_RANK, Input, Rule, RuleContext, Settings
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
    """The parts of the cable that are there (a field set, a tuple not empty).

    All sixteen fields are read and tested in C (once per cable, in every run).
    """
    return frozenset(compress(INPUTS, _INPUT_FIELDS(document)))


#: the fields of :class:`Document` named by :data:`INPUTS`, read at once
_INPUT_FIELDS = attrgetter(*INPUTS)


def run_rules(document: Document, source: SourceText, rules: Sequence[Rule],
              settings: Settings) -> list[Diagnostic]:
    """All findings for one cable: parser diagnostics first, then each rule's, sorted.

    The engine owns applicability: a rule runs only when the cable has every
    input it :attr:`~cablelint.rules.base.Rule.requires`.
    """
    source = source.analysed()  # rules read LF line breaks whatever the file's endings
    context = RuleContext(document, source, settings)
    findings: list[Diagnostic] = list(document.diagnostics)
    append = findings.append
    start = len(findings)  # where the findings of the rule being run begin
    for rule in _runnable(rules, present_inputs(document)):
        context._rule = rule
        # most rules find nothing in a cable: whether one did is told by the loop
        # variable keeping the sentinel, without measuring the list twice per rule
        finding = _NOTHING
        try:
            # a loop, not ``findings.extend``: most rules find nothing in a cable, and
            # extend's pre-sizing of the list for a generator cost twice the loop
            for finding in rule.check(context):
                append(finding)
        except Exception as error:  # one broken rule must not stop the others
            del findings[start:]
            findings.append(_internal_error(
                source, f"rule {rule.code} ({rule.name}) failed: {type(error).__name__}: "
                f"{error}; its findings for this file are missing; please report this"))
            start += 1
            continue
        if finding is _NOTHING:
            continue  # the common case: nothing to check
        problem = _first_invalid(findings, start, len(source.text), rule)
        if problem is not None:  # a finding or fix that would misplace or lose text
            del findings[start:]
            findings.append(_internal_error(
                source, f"rule {rule.code} ({rule.name}) produced an invalid finding: "
                f"{problem}; its findings for this file are dropped; please report this"))
        start = len(findings)
    context._rule = None
    findings.sort(key=_ORDER)
    return findings


#: what the loop variable of :func:`run_rules` holds when a rule yielded nothing
_NOTHING: Any = object()
#: (inputs present, rules) -> the rules that run; a run passes the same rules for
#: every cable, and cables have few distinct sets of inputs, so each rule's
#: ``requires`` is compared once per set instead of once per cable
_RUNNABLE: dict[tuple[frozenset[Input], tuple[Rule, ...]], tuple[Rule, ...]] = {}
_RUNNABLE_LIMIT = 256  # forgotten wholesale beyond this (a long-lived server's rule sets)


def _runnable(rules: Sequence[Rule], present: frozenset[Input]) -> tuple[Rule, ...]:
    """The rules whose required inputs are all ``present``, in their given order."""
    key = (present, tuple(rules))
    runnable = _RUNNABLE.get(key)
    if runnable is None:
        if len(_RUNNABLE) >= _RUNNABLE_LIMIT:
            _RUNNABLE.clear()
        runnable = _RUNNABLE[key] = tuple(rule for rule in rules if rule.requires <= present)
    return runnable


def _internal_error(source: SourceText, message: str) -> Diagnostic:
    return Diagnostic("CL000", message, source.span(0, 0), "error", "internal-error")


def _first_invalid(findings: list[Diagnostic], start: int, length: int,
                   rule: Rule) -> str | None:
    """What is wrong with the first malformed finding from ``start`` on, or None.

    Why here: the fixer trusts every edit (an edit past the end, or with its
    start after its end, would duplicate or drop text), and the reports trust
    every span, so a rule's output is checked once, where it enters the run.
    A finding may also not be more severe than its rule's basis allows (the
    severity policy): a rule that raises one finding to ``error`` is held to
    the same policy as its class's default severity.
    """
    basis = rule.basis
    highest = SEVERITY_RANK[basis.highest]  # once per rule: findings are checked in bulk
    rank = SEVERITY_RANK.get
    for index in range(start, len(findings)):
        finding = findings[index]
        if type(finding) is not Diagnostic:
            return f"{type(finding).__name__} is not a Diagnostic"
        if rank(finding.severity, -1) < highest:
            return (f"severity {finding.severity!r} is more than its basis "
                    f"{basis.value!r} allows (at most {basis.highest})")
        try:
            problem = _invalid_positions(finding, length)
        except (AttributeError, TypeError) as error:  # fields of the wrong type
            problem = f"malformed span or fix ({type(error).__name__}: {error})"
        if problem is not None:
            return problem
    return None


def _invalid_positions(finding: Diagnostic, length: int) -> str | None:
    span = finding.span
    if not 0 <= span.start <= span.end <= length:
        return f"span {span.start}:{span.end} outside the text (0:{length})"
    fix = finding.fix
    if fix is not None:
        for edit in fix.edits:
            if not 0 <= edit.start <= edit.end <= length:
                return f"edit {edit.start}:{edit.end} outside the text (0:{length})"
            if not isinstance(edit.replacement, str):
                return "an edit's replacement is not text"
    return None


#: the order of findings: by position, then code (made in C, without a Python call)
_ORDER = attrgetter("span.start", "span.end", "code")
