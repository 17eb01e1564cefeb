"""CL501 missing-classified-by."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.authority import authority, classified_on_any_evidence, level_name, tables
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class MissingClassifiedBy(Rule):
    """A classified cable (dated from 14 October 1995, when E.O. 12958 took effect)
    has a Classified By block in its header.

    A ``DERIVED FROM:`` line (derivative classification from a classification
    guide) is accepted in its place.  A block run onto the REF line or
    carrying a portion mark still counts.  A block written as a numbered
    paragraph (``¶1. (U) Classified by: ...``, the habit of Department
    memcons and of many STATE telegrams) is a warning that names the
    paragraph.  In partial extracts and in cables whose text stops in the
    header the finding is info.

    Why: the authority block records who classified the cable and why; without
    it the classification cannot be reviewed or challenged.  An error: the
    marking rules require the block, and the blocks extraction damages (run
    onto the REF line, split, in a paragraph) are recovered first, while lost
    text (partial extracts, a text that stops in the header) lowers it to info.
    A header that lost its SUBJECT line (every cable of the period has one)
    was damaged in extraction -- in the audit's 08BUENOSAIRES1305 the E.O. and
    TAGS are glued to SIPDIS and the text resumes mid-sentence -- and the block,
    which stands right below the SUBJECT, may have been lost with it: a
    warning that names the damage, since the block may also never have been
    written.
    A block written as a numbered paragraph is a warning: the classifier,
    position and reason are all there, only the place differs from the
    handbook's unnumbered paragraph, and the Department's own memcons write
    it so (a blinded reader found the error overstated, issue #12).

    Source: 32 CFR 2001.21(a)(1) (2004); E.O. 13526 sec. 1.6(a)(2); 5 FAH-1 H-246
    (the unnumbered "Classified by" paragraph before paragraph 1).

    Bad:
        P 151200Z JUL 08
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 07/15/2018
        TAGS: ETRD ZN
        SUBJECT: TRADE TALKS

        ¶1. (C) The minister said ...

    Good:
        P 151200Z JUL 08
        FM AMEMBASSY ZENDA
        TO SECSTATE WASHDC
        C O N F I D E N T I A L ZENDA 000123
        E.O. 12958: DECL: 07/15/2018
        TAGS: ETRD ZN
        SUBJECT: TRADE TALKS

        Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d).

        ¶1. (C) The minister said ...

    Fix: add the block (name, position, reason) before paragraph 1, or move it
    there from the paragraph that holds it.
    """

    code = "CL501"
    name = "missing-classified-by"
    summary = "A classified cable has no Classified By block in its header"
    severity = "error"
    basis = "marking-rule"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        date = context.cable_date
        if not classified_on_any_evidence(context) or date is None or \
                not date.on_or_after(tables(context).eo12958_start):
            return
        found = authority(context)
        if found.block is not None or found.derived is not None:
            return
        document = context.document
        level = level_name(context)
        if found.in_paragraph is not None:
            number, span = found.in_paragraph
            yield context.report(span, f"the Classified By block of this {level} cable is "
                                 f"written as paragraph {number}; the handbook puts it "
                                 "unnumbered before paragraph 1", severity="warning")
            return
        truncated = not document.paragraphs
        quiet = document.partial_extract or truncated
        span = document.banner.level_span if document.banner is not None else (
            document.eo.span if document.eo is not None else None)
        if span is None:
            return
        # no SUBJECT: header lines were lost in extraction, the block with them
        damaged = not quiet and document.subject is None
        note = " (partial extract)" if document.partial_extract else (
            " (the text stops in the header)" if truncated else
            " (the header is damaged: its SUBJECT line is lost too)" if damaged else "")
        yield context.report(span, f"{level} cable has no Classified By block{note}; add "
                             "'Classified By: <name, position>, Reason: 1.4 (x)' before "
                             "paragraph 1", severity="info" if quiet else
                             "warning" if damaged else None)
