"""The document's classification level, from all the evidence the cable holds.

Why: the banner states the overall classification, but extraction damage
sometimes loses it (the line dropped, or mangled past recognition).  The
telegram states its level in other places too -- the ZNY/ZNR routing letters
(``CCCCC``, ``SSSSS``), the level on each page header (``PAGE 02 RUEHFRA0170
S E C R E T``), a SMART copy's pseudo banner, the closing classification line
-- and the cable viewer's metadata record names it.  A cable whose banner was
lost is still a classified cable: the missing-banner finding names the level
and the evidence, and the classification rules judge the cable at that level
instead of skipping it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from cablelint.analysis import analysis
from cablelint.analysis.portion_marks import inventory, tables
from cablelint.fields.banner import read_label
from cablelint.fields.routing import zn_level
from cablelint.rules.base import cable_id_of

if TYPE_CHECKING:
    from cablelint.model import Span
    from cablelint.rules.base import RuleContext


class OverallLevel(NamedTuple):
    """The cable's level and where it was read."""

    level: str | None  # U, SBU, C, S, TS; None when nothing states it
    #: "banner" when the banner states it; else the evidence that does, strongest
    #: first, each in words ("the ZNY line", "the page-break banners", ...)
    sources: tuple[str, ...] = ()

    @property
    def from_banner(self) -> bool:
        return self.sources[:1] == ("banner",)

    def described(self) -> str:
        """``the ZNY line and the page-break banners``."""
        if len(self.sources) <= 1:
            return "".join(self.sources)
        return ", ".join(self.sources[:-1]) + " and " + self.sources[-1]


@analysis
def overall_level(context: RuleContext) -> OverallLevel:
    """The banner's level; without a banner level, the level of the first piece of
    evidence (see :func:`level_evidence`), with every other piece that agrees."""
    banner = context.document.banner
    if banner is not None and banner.classification.level is not None:
        return OverallLevel(banner.classification.level, ("banner",))
    return level_evidence(context)


@analysis
def level_evidence(context: RuleContext) -> OverallLevel:
    """The level the cable states outside its banner: the first piece of evidence
    in the order ZN routing letters, page-break banners, pseudo banner, closing
    line, metadata record, with every other piece that agrees with it."""
    evidence = other_evidence(context)
    if not evidence:
        return OverallLevel(None)
    rank = _rank(evidence[0].level)
    return OverallLevel(evidence[0].level, tuple(piece.words for piece in evidence
                                                 if _rank(piece.level) == rank))


class Evidence(NamedTuple):
    """One place outside the banner that states the cable's level."""

    level: str
    kind: str  # routing, pages, pseudo, closing, metadata
    words: str  # "the routing line's SSSSS"


@analysis
def other_evidence(context: RuleContext) -> list[Evidence]:
    """Every place outside the banner that states the cable's level, strongest
    first: ZN routing letters, page-break banners, pseudo banner, closing line,
    metadata record."""
    document = context.document
    evidence: list[Evidence] = []
    routing = document.routing
    if routing is not None and routing.zn_classification:
        level = zn_level(routing.zn_classification)
        if level is not None:
            evidence.append(Evidence(level, "routing",
                                     f"the routing line's {routing.zn_classification}"))
    pages = {brk.level for brk in document.page_breaks if brk.level is not None}
    if len(pages) == 1:
        evidence.append(Evidence(pages.pop(), "pages", "the page-break banners"))
    pseudo = {p.banner.classification.level for p in document.pseudo_banners
              if p.banner is not None and p.banner.classification.level is not None}
    if len(pseudo) == 1:
        evidence.append(Evidence(pseudo.pop(), "pseudo", "the pseudo banner"))
    closing = document.closing_classification
    if closing is not None and closing.level is not None:
        evidence.append(Evidence(closing.level, "closing", "the closing classification line"))
    record = _metadata_level(context)
    if record is not None:
        evidence.append(Evidence(record, "metadata", "the metadata"))
    return evidence


class PortionsAbove(NamedTuple):
    """Portions marked above the cable's overall level (CL401's finding).

    When another statement of the level (the routing letters, the metadata ...)
    names the portions' level too, the banner is what is wrong: ``agreeing``
    lists those statements, and the rules that compare them with the banner
    (CL107, CL403) leave the one defect to CL401.
    """

    level: str  # the highest level marked
    #: every portion above the overall level: (span, mark as written, level)
    portions: tuple[tuple[Span, str, str], ...]
    agreeing: tuple[Evidence, ...]  # statements outside the banner of ``level``

    def agrees(self, kind: str) -> bool:
        return any(piece.kind == kind for piece in self.agreeing)


@analysis
def portions_above(context: RuleContext) -> PortionsAbove | None:
    """The portions marked above the overall level, if any (see :class:`PortionsAbove`)."""
    overall = overall_level(context)
    ranks = tables(context).rank
    level_rank = ranks.get(overall.level or "")
    if level_rank is None:
        return None
    marks = inventory(context)
    top = marks.top_rank(ranks)
    if top is None or top <= level_rank:
        return None
    items = [(m.span, m.raw, m.level) for m in marks.marks]
    if marks.whole_text is not None:
        whole = marks.whole_text
        items.append((whole.span, whole.raw, whole.level))
    above = tuple((span, raw, level) for span, raw, level in items
                  if level is not None and ranks.get(level, -1) > level_rank)
    highest = max((level for _, _, level in above), key=lambda level: ranks[level])
    agreeing = tuple(piece for piece in other_evidence(context)
                     if overall.from_banner and _rank(piece.level) == _rank(highest))
    return PortionsAbove(highest, above, agreeing)


def _rank(level: str) -> int:
    """U and SBU are one level here: the SENSITIVE caption is not routing evidence."""
    return {"U": 0, "SBU": 0, "C": 1, "S": 2, "TS": 3}.get(level, -1)


def _metadata_level(context: RuleContext) -> str | None:
    """The level of the cable's metadata label (``SECRET//NOFORN`` -> S)."""
    metadata = context.settings.metadata
    if not metadata:
        return None
    cable_id = cable_id_of(context.document)
    record = metadata.get(cable_id) if cable_id else None
    label = (record or {}).get("classification")
    if not label:
        return None
    return tables(context).spellings.get(read_label(label).level)
