"""Running rules over parsed cables.

Why separate from the CLI: the language server, the fixer and tests run the
same rules; they all go through :func:`run_rules`, which also turns a rule
that raises into one ``CL000`` diagnostic instead of a crash.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from itertools import compress
from operator import attrgetter
from threading import get_ident
from typing import Any

from cablelint.containment import (
    CAPTURE,
    MAIN_THREAD,
    MAX_FINDINGS_PER_RULE,
    Budget,
    RuleTimeout,
    SourceChanged,
    Watched,
    quoted,
    restore_source,
)
from cablelint.diagnostics import Diagnostic, Span
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
              settings: Settings, timeout: float = 0.0) -> list[Diagnostic]:
    """All findings for one cable: parser diagnostics first, then each rule's, sorted.

    The engine owns applicability: a rule runs only when the cable has every
    input it :attr:`~cablelint.rules.base.Rule.requires`.  It also contains
    the rules (:mod:`cablelint.containment`): a rule that raises, exits,
    yields garbage or too much, prints, changes the text it was given, or
    runs past ``timeout`` seconds (the rules of this file together; 0: no
    limit) becomes one ``CL000`` naming it, and the other rules' findings are kept.
    """
    source = source.analysed()  # rules read LF line breaks whatever the file's endings
    context = RuleContext(document, source, settings)
    findings: list[Diagnostic] = list(document.diagnostics)
    append = findings.append
    start = len(findings)  # where the findings of the rule being run begin
    limit = MAX_FINDINGS_PER_RULE
    lines = (len(source.texts), len(source.starts))
    # what a rule prints is caught in the main thread (the CLI's reports go to stdout);
    # the language server points stdout at stderr for its worker threads
    stdout = sys.stdout
    main = get_ident() == MAIN_THREAD
    if main:
        CAPTURE.context = context
        sys.stdout = CAPTURE
    budget = Budget(timeout).arm() if timeout > 0 else None
    try:
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
                    if len(findings) - start > limit:  # an endless generator: stop it
                        break
            except SourceChanged:
                del findings[start:]
                restore_source(context, document, source)
                start = _failed(findings, source, f"rule {_named(rule)} {_CHANGED}")
                continue
            except Exception as error:  # one broken rule must not stop the others
                del findings[start:]
                start = _failed(findings, source, f"rule {_named(rule)} failed: "
                                f"{type(error).__name__}: {error}; its findings for this "
                                f"file are missing; please report this")
                continue
            except SystemExit as exit_:  # a plugin's sys.exit() must not end the run
                del findings[start:]
                start = _failed(findings, source, f"rule {_named(rule)} called "
                                f"sys.exit({exit_.code!r}); its findings for this file are "
                                f"missing; please report this")
                continue
            if finding is _NOTHING:
                continue  # the common case: nothing to check
            if len(findings) - start > limit:
                del findings[start:]
                start = _failed(findings, source, f"rule {_named(rule)} yielded more than "
                                f"{limit:,} findings; they are dropped for this file; "
                                f"please report this")
                continue
            problem = _first_invalid(findings, start, len(source.text), rule)
            if problem is not None:  # a finding or fix that would misplace or lose text
                del findings[start:]
                findings.append(_internal_error(
                    source, f"rule {_named(rule)} produced an invalid finding: {problem}; "
                    f"its findings for this file are dropped; please report this"))
            start = len(findings)
        if budget is not None:
            budget.disarm()
    except RuleTimeout:  # wherever it struck: in a rule, or in the engine between rules
        if budget is not None:
            budget.disarm()
        del findings[start:]  # the stopped rule's findings, not yet checked
        _failed(findings, source, f"rule {_named(context._rule)} did not finish within the "
                f"time budget of {timeout:g} s per file (--timeout-per-file); its findings "
                f"and those of the rules after it are missing for this file")
    finally:
        if budget is not None:
            budget.disarm()
        if main:
            sys.stdout = stdout
            CAPTURE.context = None
    if CAPTURE.writes and main:
        for rule, text in CAPTURE.taken().items():
            findings.append(_internal_error(source, f"rule {_named(rule)} wrote to standard "
                                            f"output ({quoted(text)}); the output was "
                                            f"dropped; please report this"))
    # the cheap signs of a source changed by a built-in rule (plugins are watched one
    # by one): :func:`~cablelint.containment.source_intact`, written out
    if (len(source.texts), len(source.starts)) != lines or context.source is not source \
            or context.text is not source.text or context.document is not document:
        restore_source(context, document, source)
        findings.append(_internal_error(source, f"a rule {_CHANGED}"))
    context._rule = None
    findings.sort(key=_ORDER)
    return findings


_CHANGED = ("changed the source or model it was given (rules must only read them); it was "
            "restored, but findings of this file may be wrong; please report this")


def _failed(findings: list[Diagnostic], source: SourceText, message: str) -> int:
    """Adds one CL000 in place of a rule's findings; where the next rule's begin."""
    findings.append(_internal_error(source, message))
    return len(findings)


def _named(rule: Rule | None) -> str:
    return f"{rule.code} ({rule.name})" if rule is not None else "(none)"


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
        runnable = _RUNNABLE[key] = tuple(rule for rule in _watched(key[1])
                                          if getattr(rule, "runs", True)
                                          and rule.requires <= present)
    return runnable


#: rules -> the same with each plugin wrapped in :class:`Watched` (once per rule set)
_WATCHED: dict[tuple[Rule, ...], tuple[Rule, ...]] = {}


def _watched(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules with each plugin run watched: built-in rules are pinned by the tests."""
    watched = _WATCHED.get(rules)
    if watched is None:
        if len(_WATCHED) >= _RUNNABLE_LIMIT:
            _WATCHED.clear()
        watched = _WATCHED[rules] = tuple(
            rule if type(rule).__module__.startswith("cablelint.") else Watched(rule)
            for rule in rules)
    return watched


def _internal_error(source: SourceText, message: str) -> Diagnostic:
    # at the start of the text, without asking the source (a rule may have broken it)
    return Diagnostic("CL000", message, _START, "error", "internal-error")


_START = Span(1, 1, 1, 1, 0, 0)


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
