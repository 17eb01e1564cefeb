"""CL607 unlisted-tag."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.tags_subject_ref import unknown_tokens
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class UnlistedTag(Rule):
    """A TAGS token has the form of a real code but the vocabulary does not list it.

    Four capital letters with a category letter first (``KOMC``, ``PINT``) or
    "X" and a capital (``XH``), one edit away from no listed code: most such
    tokens are real program, regional or older TAGS that no public list at hand
    names (blinded readers knew KOMC, KTEX, XH and PINT as real), a few are
    a post's own codes or slips.  Off by default; select it to review a
    corpus's codes, and extend the vocabulary (``[vocabulary.tags] extra``)
    with the ones that are real.  Likely slips, free text and tokens of no
    code's form are CL602's.

    Why: a code the tools do not know is invisible to every search that
    relies on the list.  Info: a note to check, not a defect of the cable.

    Source: 5 FAH-3 (TAGS handbook) for the forms; ``rules/tags.json`` for the
    listed codes.

    Bad:
        TAGS: PREL KZZQ ZI

    Good:
        TAGS: PREL KDEM ZI

    Fix: none; check the code, and add it to the vocabulary if it is real.
    """

    code = "CL607"
    name = "unlisted-tag"
    summary = "A TAGS token of a code's form is not in the tags vocabulary"
    severity = "info"
    basis = "heuristic"
    enabled = False
    requires = frozenset({"tags"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        items = context.document.tags.tags
        for run in unknown_tokens(context):
            if run.unlisted:
                yield context.report(
                    context.span(items[run.first].span.start, items[run.end - 1].span.end),
                    f"'{run.words}' is not in the tags vocabulary; check it, and add it to "
                    "the vocabulary if it is a real code")
