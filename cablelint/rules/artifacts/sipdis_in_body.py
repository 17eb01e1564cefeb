"""CL910 sipdis-in-body."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.artifacts import body_lines, doomed, drop_line_edit
from cablelint.analysis.structure import line_span
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class SipdisInBody(Rule):
    """``SIPDIS`` inside the body.

    SIPDIS is a distribution caption of the header.  In extracted text it also
    appears in the body, on a line of its own (often right after a line ending
    in "Secretary") or glued into a sentence.  Stand-alone lines are found in
    any case (``Sipdis``); in-line tokens in upper case, as all of them are in
    the corpus (a case-blind search costs twice as much).

    Why: the stray token interrupts the sentence it sits in.  Info: it is a
    word of the released text and changes no meaning.

    Source: observed in extracted cables (cable-format.md, section 4).

    Bad:
        ... the visit of the Deputy Secretary

        SIPDIS

        and his meeting with the Regent.

    Good:
        ... the visit of the Deputy Secretary
        and his meeting with the Regent.

    Fix: ``--fix --unsafe-fixes`` removes a stand-alone line (re-joining the
    text around it) or the in-line token and one space next to it.  Unsafe:
    it deletes a word of the text as released, which archivists may want to
    keep; ``--fix`` leaves it.
    """

    code = "CL910"
    name = "sipdis-in-body"
    summary = "SIPDIS appears inside the body"
    severity = "info"
    basis = "extraction"
    fixable = FixAvailability.UNSAFE
    requires = frozenset({"body"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        standalone = body_lines(context)[1]
        for number in standalone:
            yield context.report(
                line_span(context, number),
                "SIPDIS line inside the body; remove it",
                fix=context.fix("remove the SIPDIS line", drop_line_edit(context, number),
                                safe=False))
        text = context.text
        for token in context.document.inline_sipdis:
            position, end = token.start, token.end
            if token.line in doomed(context):
                continue
            if text[end:end + 1] == " ":
                edit = Edit(position, end + 1, "")
            elif text[position - 1:position] == " ":
                edit = Edit(position - 1, end, "")
            else:
                edit = Edit(position, end, "")
            yield context.report(
                token, "SIPDIS token inside a sentence; remove it",
                fix=context.fix("remove the SIPDIS token", edit, safe=False))
