"""CL902 spurious-pilcrow."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class SpuriousPilcrow(Rule):
    """A pilcrow before a line-initial letter item or year is not a paragraph mark.

    The cable viewer inserted ``¶`` before every line that began with a letter
    or number and a full stop: REF items (``¶B. MADRID 919``), lettered
    sub-items and years (``¶2006.``).  Only paragraph numbers carry it.

    Why: the stray pilcrow confuses numbering tools and readers.  Info: it is
    a harmless extraction artifact; the text reads the same.

    Source: observed in extracted cables (cable-format.md, section 14).

    The parser finds these pilcrows: on the REF block's item labels
    (``RefLabel.pilcrow``) and at the starts of the body's lines
    (``Document.stray_pilcrows``), and before the E.O. line, whose "E." the
    viewer took for a letter item (``ExecutiveOrderLine.pilcrow``).

    Bad:
        REF: A. KIEV 1186
        ¶B. 05 KIEV 4590

    Good:
        REF: A. KIEV 1186
        B. 05 KIEV 4590

    Fix: ``--fix`` removes the pilcrow (safe).
    """

    code = "CL902"
    name = "spurious-pilcrow"
    summary = "A pilcrow stands before a letter item or a year"
    severity = "info"
    basis = "extraction"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        pilcrows = [label.pilcrow for label in document.references.labels
                    if label.pilcrow is not None] if document.references is not None else []
        if document.eo is not None and document.eo.pilcrow is not None:
            pilcrows.append(document.eo.pilcrow)
        for pilcrow in (*pilcrows, *document.stray_pilcrows):
            span = pilcrow.span
            yield context.report(context.span(span.start, span.start + 1),
                                 f"pilcrow before '{pilcrow.label}' is an extraction artifact; "
                                 "remove it",
                                 fix=context.fix("remove the pilcrow",
                                                 Edit(span.start, span.end, "")))
