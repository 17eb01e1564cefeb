"""The rule API: what a rule is, what it is given, and how it reports.

A rule is a subclass of :class:`Rule` with a stable code (``CLnnn``), a
kebab-case name, a one-line summary, a default severity, the basis that
justifies that severity (:class:`Basis`, the severity policy), whether it is on by
default, options described by a JSON Schema, and documentation in its
docstring with the sections ``Why:``, ``Source:``, ``Bad:``, ``Good:`` and
``Fix:`` (``cablelint explain CODE`` prints them).  Its :meth:`Rule.check`
receives a :class:`RuleContext` and yields diagnostics made with
:meth:`RuleContext.report`, optionally carrying a :class:`~cablelint.diagnostics.Fix`.

Third-party rules use the same class and register it under the entry-point
group ``cablelint.rules``::

    [project.entry-points."cablelint.rules"]
    my-rule = "my_package.rules:MyRule"

An entry point may also name a module or a list, from which every Rule
subclass listed in its ``RULES`` is taken.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, Literal, get_args

from cablelint.analysis.structure import banner_id_clash, de_serial_disagrees
from cablelint.diagnostics import Diagnostic, Edit, Fix, Severity, Span, new_tuple
from cablelint.model import Document
from cablelint.source import SourceText

#: Rule families by the hundreds digit of the code.
FAMILIES = {
    "0": "parse",
    "1": "structure",
    "2": "numbering",
    "3": "portion-marking",
    "4": "classification",
    "5": "authority",
    "6": "tags-subject-ref",
    "9": "artifacts",
}
CODE_PATTERN = re.compile(r"CL\d{3}")
NAME_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
DOC_SECTIONS = ("Why:", "Source:", "Bad:", "Good:", "Fix:")
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

#: The parts of a parsed cable a rule can require (fields of :class:`Document`).  The
#: engine runs a rule only on cables that have every part it requires, so a rule
#: about TAGS never sees a cable without a TAGS line and need not test for one.
Input = Literal["routing", "banner", "captions", "eo", "tags", "subject", "references",
                "classified_by", "paragraphs", "headings", "markers", "page_breaks", "body",
                "signoff", "trailer", "redactions"]
INPUTS: tuple[Input, ...] = get_args(Input)


class FixAvailability(enum.Enum):
    """The best fix a rule can offer (ruff's ``FixAvailability`` is the model).

    It describes the rule, for ``cablelint rules`` and SARIF; each finding's
    own :class:`~cablelint.diagnostics.Fix` says whether that fix is safe.
    """

    NONE = "none"  # the rule never offers a fix
    SAFE = "safe"  # some findings carry a fix that ``--fix`` applies
    UNSAFE = "unsafe"  # its fixes need ``--unsafe-fixes`` (they may change meaning)


class Basis(enum.Enum):
    """What a rule's findings rest on, and so the highest severity they may have.

    The severity policy (issue #12, README "Severity policy"): ``error`` is
    only for a definite violation of a marking rule that no extraction damage
    explains; a heuristic, a convention and extraction damage are at most a
    ``warning``.  Declaring the basis makes each rule state why it may be as
    severe as it is, and checking it when the class is defined holds plugins
    to the same policy as the built-in rules.
    """

    #: a definite violation of a marking rule (classification, portion marks,
    #: authority, declassification) that no extraction damage explains: may be error
    MARKING_RULE = "marking-rule"
    #: cablelint could not check (part of) the file, so its result cannot be
    #: trusted (a rule failed, a line the grammar cannot place): may be error
    CHECK_FAILED = "check-failed"
    #: a drafting convention or style that is not a marking rule: at most warning
    CONVENTION = "convention"
    #: told from indirect evidence (word lists, layout, outside records); may be wrong
    HEURISTIC = "heuristic"
    #: damage done, or possibly done, by extraction (web pages, copying): at most warning
    EXTRACTION = "extraction"

    @property
    def highest(self) -> Severity:
        """The most severe level a finding on this basis may have."""
        return "error" if self in (Basis.MARKING_RULE, Basis.CHECK_FAILED) else "warning"


#: severity -> rank, the most severe first (as in :data:`SEVERITIES`)
SEVERITY_RANK: dict[str, int] = {severity: rank for rank, severity in enumerate(SEVERITIES)}


def allowed_by(basis: Basis, severity: str) -> bool:
    """Whether ``severity`` is no more severe than ``basis`` allows."""
    return SEVERITY_RANK.get(severity, -1) >= SEVERITY_RANK[basis.highest]


class RuleDefinitionError(TypeError):
    """A rule class is malformed (bad code, name, severity, inputs or documentation)."""


class Rule:
    """Base class of every rule.  Subclasses set the class attributes below.

    A subclass is checked when it is defined (:meth:`__init_subclass__`), so a
    plugin with a malformed rule fails where it is written, with a message
    naming what is wrong, instead of misbehaving in a run.  A subclass without
    a ``code`` is an abstract base for other rules and is not checked.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    severity: ClassVar[Severity] = "warning"
    #: why the severity is justified; undeclared, a rule counts as a heuristic (at most
    #: a warning), so an ``error`` must say it rests on a marking rule
    basis: ClassVar[Basis] = Basis.HEURISTIC
    enabled: ClassVar[bool] = True
    fixable: ClassVar[FixAvailability] = FixAvailability.NONE
    #: the parts of the cable the rule reads; the engine skips cables without one of them
    requires: ClassVar[frozenset[Input]] = frozenset()
    #: False for a rule whose findings the parser or the engine makes (its ``check``
    #: finds nothing): the engine then never calls it, three generators less per cable
    runs: ClassVar[bool] = True
    options_schema: ClassVar[dict[str, Any]] = {
        "type": "object", "properties": {}, "additionalProperties": False}
    default_options: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # written as plain values ("safe", {"tags"}) by older plugins: normalised here
        if not isinstance(cls.fixable, FixAvailability):
            try:
                cls.fixable = FixAvailability(cls.fixable or "none")
            except ValueError:
                raise RuleDefinitionError(
                    f"{cls.__module__}.{cls.__qualname__}: fixable {cls.fixable!r} is not one "
                    f"of {[a.value for a in FixAvailability]}") from None
        if not isinstance(cls.basis, Basis):
            try:
                cls.basis = Basis(cls.basis)
            except ValueError:
                raise RuleDefinitionError(
                    f"{cls.__module__}.{cls.__qualname__}: basis {cls.basis!r} is not one "
                    f"of {[b.value for b in Basis]}") from None
        if not isinstance(cls.requires, frozenset):
            cls.requires = frozenset(cls.requires)
        if cls.code:
            problems = definition_problems(cls)
            if problems:
                raise RuleDefinitionError("; ".join(problems))

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options = {**self.default_options, **(options or {})}

    @classmethod
    def family(cls) -> str:
        return FAMILIES.get(cls.code[2:3], "plugin")

    @classmethod
    def documentation(cls) -> str:
        """The docstring without its common indentation (a subclass without one of its
        own inherits its base's)."""
        import inspect

        return inspect.getdoc(cls) or ""

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        raise NotImplementedError


def definition_problems(rule: type[Rule]) -> list[str]:
    """What is wrong with one rule class on its own (codes shared by two rules are
    the registry's concern)."""
    label = f"{rule.__module__}.{rule.__qualname__}"
    problems = []
    if not CODE_PATTERN.fullmatch(rule.code or ""):
        problems.append(f"{label}: code {rule.code!r} is not of the form CLnnn")
    if not NAME_PATTERN.fullmatch(rule.name or ""):
        problems.append(f"{label}: name {rule.name!r} is not kebab-case")
    if rule.severity not in SEVERITIES:
        problems.append(f"{label}: severity {rule.severity!r} is not error/warning/info")
    elif not allowed_by(rule.basis, rule.severity):
        problems.append(f"{label}: severity {rule.severity!r} is more than its basis "
                        f"{rule.basis.value!r} allows (at most {rule.basis.highest}); an "
                        f"error needs basis = Basis.MARKING_RULE (a definite violation of "
                        f"a marking rule that no extraction damage explains)")
    if not rule.summary:
        problems.append(f"{label}: no summary")
    unknown = sorted(set(rule.requires) - set(INPUTS))
    if unknown:
        problems.append(f"{label}: requires unknown inputs {unknown} (known: {', '.join(INPUTS)})")
    documentation = rule.documentation()
    missing = [section for section in DOC_SECTIONS if section not in documentation]
    if missing:
        problems.append(f"{label}: documentation lacks the sections {', '.join(missing)}")
    return problems


class RuleContext:
    """Everything a rule may look at for one cable, computed once and shared."""

    def __init__(self, document: Document, source: SourceText, settings: Settings) -> None:
        self.document = document
        self.source = source
        self.settings = settings
        #: the source's text (read by most rules: an attribute, not a property call)
        self.text: str = source.text
        #: results of :func:`cablelint.analysis.analysis` functions, keyed by function
        self.analyses: dict[Callable[..., Any], Any] = {}
        self._rule: Rule | None = None

    # --- reporting ---------------------------------------------------------

    def report(self, span: Span, message: str, *, fix: Fix | None = None,
               severity: Severity | None = None) -> Diagnostic:
        """A diagnostic of the rule being run (its code, name and default severity)."""
        rule = self._rule
        assert rule is not None, "report() is only valid inside Rule.check"
        # every field given: built without the named tuple's Python-level __new__
        return new_tuple(Diagnostic, (rule.code, message, span, severity or rule.severity,
                                       rule.name, fix))

    def fix(self, message: str, *edits: Edit, safe: bool = True) -> Fix:
        return new_tuple(Fix, (message, edits, "safe" if safe else "unsafe"))

    def replace(self, span: Span, replacement: str) -> Edit:
        return Edit(span.start, span.end, replacement)

    # --- shared analysis ---------------------------------------------------

    def line(self, number: int) -> str:
        """Line ``number`` (1-based) as written, without its line ending."""
        return self.source.texts[number - 1]

    def span(self, start: int, end: int) -> Span:
        return self.source.span(start, end)

    @property
    def classified(self) -> bool:
        """True when the banner says CONFIDENTIAL or higher."""
        banner = self.document.banner
        return banner is not None and banner.classification.level in ("C", "S", "TS")

    @property
    def cable_date(self) -> CableDate | None:
        """When the cable was written (see :func:`cable_date`), worked out once per cable."""
        analyses = self.analyses
        value = analyses.get(cable_date, _MISSING)
        if value is _MISSING:  # None is a valid, computed result
            value = analyses[cable_date] = cable_date(self.document, self.settings)
        return value

    def vocabulary(self, name: str) -> Any:
        load = _LOAD_VOCABULARY[0] if _LOAD_VOCABULARY else _vocabulary_loader()
        return load(name, self.settings.vocabulary_extensions)


_MISSING = object()
#: cablelint.vocabulary.load_vocabulary, imported on first use (an import statement
#: in the method cost about a microsecond per call)
_LOAD_VOCABULARY: list[Callable[[str, dict[str, Any]], Any]] = []


def _vocabulary_loader() -> Callable[[str, dict[str, Any]], Any]:
    from cablelint.vocabulary import load_vocabulary

    _LOAD_VOCABULARY.append(load_vocabulary)
    return load_vocabulary


class CableDate:
    """When a cable was written, and how precisely that is known.

    ``precision`` is "day" (from the routing DTG, the dateline or metadata) or
    "year" (from the two-digit year of the cable id, e.g. ``05OTTAWA1502``).
    Rules that compare with a cut-over date must stay silent when a year-only
    date straddles it (see :meth:`before` and :meth:`on_or_after`).
    """

    def __init__(self, date: _dt.date, precision: str, source: str) -> None:
        self.date, self.precision, self.source = date, precision, source
        #: the earliest and latest day it may be, made once: the date rules ask often
        self.earliest, self.latest = self._range()

    def _range(self) -> tuple[_dt.date, _dt.date]:
        if self.precision == "day":
            return self.date, self.date
        return _dt.date(self.date.year, 1, 1), _dt.date(self.date.year, 12, 31)

    def before(self, day: _dt.date) -> bool:
        """Certainly before ``day``."""
        return self.latest < day

    def on_or_after(self, day: _dt.date) -> bool:
        """Certainly on or after ``day``."""
        return self.earliest >= day

    def __repr__(self) -> str:
        return f"CableDate({self.date.isoformat()}, {self.precision}, {self.source})"


def cable_date(document: Document, settings: Settings) -> CableDate | None:
    """The routing DTG, else the dateline, else metadata, else the cable id's year.

    When the banner names another cable than the file's id (CL103: the archive
    filed another cable's text under this name), the metadata and the id's year
    date the file's cable, not this text: only the text's own date counts
    (:func:`_own_date`), else the date is unknown and no date rule judges it."""
    if banner_id_clash(document) != (False, False):
        return _own_date(document)
    if document.date:
        source = "dtg" if document.routing and document.routing.dtg else "dateline"
        return CableDate(_dt.date.fromisoformat(document.date), "day", source)
    cable_id = cable_id_of(document)
    record = settings.metadata.get(cable_id) if cable_id else None
    if record and record.get("created"):
        try:
            return CableDate(_dt.date.fromisoformat(record["created"][:10]), "day", "metadata")
        except ValueError:
            pass
    if cable_id:
        return CableDate(_dt.date(document.cable_id.year, 7, 1), "year", "cable-id")
    return None


def _own_date(document: Document) -> CableDate | None:
    """The date of a text filed under another cable's name: the dateline printed
    with it, or the routing DTG when the DE line names the banner's serial (a
    routing header without that is the file's cable's, the text spliced under it)."""
    dateline = document.dateline
    if dateline is not None and dateline.date:
        return CableDate(_dt.date.fromisoformat(dateline.date), "day", "dateline")
    routing = document.routing
    if routing is not None and routing.dtg is not None and routing.dtg.date \
            and routing.transmission_serial and not de_serial_disagrees(document):
        return CableDate(_dt.date.fromisoformat(routing.dtg.date), "day", "dtg")
    return None


def cable_id_of(document: Document) -> str | None:
    """``05OTTAWA1502`` from the file name, when it is named after its cable id (the
    parser reads it: :attr:`Document.cable_id`)."""
    cable_id = document.cable_id
    return cable_id.text if cable_id is not None else None


class Settings:
    """Run-wide settings rules may read (configuration comes in a later issue)."""

    def __init__(self, *, eo13526_cutover: _dt.date = _dt.date(2010, 6, 25),
                 metadata: dict[str, dict[str, str]] | None = None,
                 rule_options: dict[str, dict[str, Any]] | None = None,
                 vocabulary_extensions: dict[str, Any] | None = None) -> None:
        self.eo13526_cutover = eo13526_cutover
        self.metadata = metadata or {}
        self.rule_options = rule_options or {}
        self.vocabulary_extensions = vocabulary_extensions or {}
