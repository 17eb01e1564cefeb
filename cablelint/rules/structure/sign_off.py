"""CL111 sign-off."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.structure import line_ending, line_span
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.model import Document, SignOff
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class SignOffPlacement(Rule):
    """A sign-off line (the signer's surname, ``RASSENDYLL``) ends the text,
    after any website footer, on a line of its own and once.

    Reported: no sign-off, a sign-off glued to the end of the last paragraph
    (``... as planned. RASSENDYLL``), a sign-off written twice, and extraction
    noise glued to the name (``RASSENDYLL##``, ``RASSENDYLL.``).  Info, and
    noted, in partial extracts.  A DoD intelligence report sent as a cable
    (``Document.iir``) is unsigned by its format: no missing sign-off for it.
    A cable whose banner counts several sections and whose text shows no
    page-break line of the last may have lost its last sections with the
    signer (no page-break line of the last is known): that finding names both
    repairs.

    Why: the sign-off tells who approved the cable; glued to the text it is
    easily read as part of the last sentence.  Info: the sign-off is found by
    heuristics, and glued or lost sign-offs are mostly extraction damage.

    Source: cable convention (cable-format.md, section 12).

    Bad:
        C O N F I D E N T I A L ZENDA 000123
        ...
        4. (C) Embassy will follow events. RASSENDYLL

    Good:
        C O N F I D E N T I A L ZENDA 000123
        ...
        4. (C) Embassy will follow events.

        RASSENDYLL

    A name with an export's date stamp run onto its line (``RASSENDYLL
    2008-01-08``) or glued after a page-break mark ending the text (``...
    ZENDA 00000123 002 OF 002 RASSENDYLL``) is a sign-off: the stamp is reported,
    the glued name as glued.

    Fix: ``--fix`` moves a glued all-capitals name that follows the last full
    stop or a page-break mark onto a line of its own and removes the ``#`` or
    ``.`` noise after a name (safe); a record or date stamp (its words kept), a
    missing or doubled sign-off is reported only.
    """

    code = "CL111"
    name = "sign-off"
    summary = "The sign-off is missing, glued to the last paragraph or written twice"
    severity = "info"
    basis = "heuristic"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        if document.banner is None and not document.paragraphs:
            return
        partial = " (partial extract)" if document.partial_extract else ""
        signoff = document.signoff
        # a full stop after a name glued to the text ("... 24 hours/day). McCormick.")
        # is the same defect as the gluing: one finding, the glued one
        if signoff is not None and signoff.noise is not None and \
                not (signoff.glued and signoff.noise_kind == "stops"):
            noise = signoff.noise
            written = context.text[noise.start:noise.end]
            if signoff.noise_kind == "date-stamp":
                # an export's date stamp: reported, but its date is never deleted by a fix
                yield context.report(noise, f"sign-off '{signoff.name}' has a date stamp "
                                     f"'{written}' run onto its line; remove the stamp"
                                     + partial)
            elif signoff.noise_kind == "record":
                # an archive's record run onto the name's line (its date, id, TAGS and
                # subject): reported, but words are never deleted by a fix
                yield context.report(noise, f"sign-off '{signoff.name}' has an archive "
                                     "record run onto its line; remove the record" + partial)
            else:
                yield context.report(noise, f"sign-off '{signoff.name}' ends in '{written}'; "
                                     "remove it" + partial,
                                     fix=context.fix(f"remove '{written}'",
                                                     Edit(noise.start, noise.end, "")))
        if signoff is None:
            # an IIR ends with its DECL ON field, a cancellation notice with its ZFR rule,
            # and a text cut short by the release lost its end with the signer
            if document.iir is None and document.cancellation is None and \
                    document.cut_short is None:
                yield from _missing(context, partial)
        elif signoff.glued:
            yield _glued(context, signoff, partial)
        elif signoff.repeated is None:
            return
        elif signoff.repeated.line == signoff.span.line:
            yield context.report(signoff.repeated,
                                 f"sign-off '{signoff.name}' is written twice; keep one"
                                 + partial)
        else:
            written = context.text[signoff.repeated.start:signoff.repeated.end]
            yield context.report(signoff.repeated,
                                 f"sign-off '{written}' repeats the one on line "
                                 f"{signoff.span.line}; keep one" + partial)


def _glued(context: RuleContext, signoff: SignOff, partial: str) -> Diagnostic:
    """The finding for a sign-off glued to the text before it, with a fix when safe:
    an all-capitals name right after a full stop, or after a page-break mark ending
    the text ("... 00000285 002 OF 002 HEARNE"), goes on a line of its own."""
    span, name = signoff.span, signoff.name
    fix = None
    if name.isupper() and (signoff.after_stop or signoff.after_mark):
        line_start = context.source.starts[span.line - 1]
        cut = line_start + len(context.text[line_start:span.start].rstrip())
        newline = line_ending(context, span.line)
        fix = context.fix("put the sign-off on its own line",
                          Edit(cut, span.start, newline + newline))
    return context.report(span,
                          f"sign-off '{name}' is glued to the last paragraph; put it on a "
                          "line of its own" + partial, fix=fix)


def _missing(context: RuleContext, partial: str) -> Iterator[Diagnostic]:
    """No sign-off in the model: reported on the last line of text (above the
    trailer lines and the closing classification line, and above the end marker of
    a file that holds a second cable below it: ``Document.appended_cable``)."""
    document = context.document
    texts = context.source.texts
    skipped = {line.span.line for line in document.trailer}
    if document.closing_classification is not None:
        skipped.add(document.closing_classification.span.line)
    appended = document.appended_cable
    last = len(texts) if appended is None else appended.marker.line - 1
    while last > 0 and (not texts[last - 1].strip() or last in skipped):
        last -= 1
    if last == 0:
        return
    total = _last_section_unseen(document)
    if total is not None:
        yield context.report(line_span(context, last),
                             f"the text ends without a sign-off; the banner counts {total} "
                             "sections: restore any lost section, or add the signer's name "
                             "on a line of its own" + partial,
                             severity="info")
        return
    yield context.report(line_span(context, last),
                         "the text ends without a sign-off; add the signer's name on a "
                         "line of its own" + partial,
                         severity="info")


def _last_section_unseen(document: Document) -> int | None:
    """The banner's section count when the text may stop before its last section:
    the banner counts several sections ("SECTION 01 OF 03") and no page-break line
    marks the last one.  A first or middle section carries no sign-off, so a text
    cut off there lacks it for that reason (07BRATISLAVA631, fresh-11 A136).  The
    page-break lines cannot tell that the text does stop early: most sectioned
    cables print few or none and end complete, signed (a mark glued inside a line of
    text is found only by the banner's serial and originator), so the finding names
    both repairs rather than asking for a name or claiming sections lost."""
    banner = document.banner
    section = banner.section if banner is not None else None
    if section is None or section.total <= 1 or section.number >= section.total:
        return None
    if any(page.page == section.total for page in document.page_breaks):
        return None
    return section.total
