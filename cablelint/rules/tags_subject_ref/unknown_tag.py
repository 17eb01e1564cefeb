"""CL602 unknown-tag."""

from __future__ import annotations

from collections.abc import Iterator

from cablelint.analysis.tags_subject_ref import unknown_tokens
from cablelint.diagnostics import Diagnostic
from cablelint.rules.base import Rule, RuleContext


class UnknownTag(Rule):
    """Every TAGS token is a known code: a four-letter subject or program TAG, a
    two-letter geographic TAG, or a listed organisation code.

    Personal names are allowed only after OVIP (``TAGS: OVIP STEINBERG JAMES
    PREL``).  Neighbouring unknown words are reported together
    (``COUNTER TERRORISM``).  The codes are data: ``rules/tags.json``, which a
    configuration can extend with a post's own codes.  ISO codes where TAGS use
    FIPS codes (``RU`` for RS, ``IQ`` for IZ) and typos (``POGOV``) are reported
    with the likely code; a code that has the form of a real one (four letters,
    a category letter first: ``KCIP``) gets a "did you mean" only for a swap of
    two letters (``AGMT`` for AMGT), since it may be a real code the list lacks.
    A token the subject writes as a word of its own (``TAGS: SENV CITES`` with
    ``SUBJECT: ... CITES COP15 OUTREACH``) is the acronym the drafter meant,
    not a slip of the keyboard: it gets no "did you mean" (CITEL, a different
    organisation one letter away, would be a wrong fix).

    Why: an unknown token is lost to retrieval, and a typo hides the cable
    from everyone searching the right code.  A warning, not an error: the
    vocabulary cannot list every post's own codes, so an unknown token may be
    a valid code it lacks.  A token of a real code's form (``KOMC``, ``XC``)
    with no likely slip for it is left to CL607 (off by default): blinded
    readers recognised such codes as real program, regional and 1970s TAGS
    that no public list at hand names, so by default only tokens that are
    likely slips, free text or of no code's form are reported.

    Source: 5 FAH-3 (TAGS handbook); FIPS PUB 10-4 for the geographic codes;
    heuer/cablemap's subject and organisation TAGS lists (``rules/tags.json``
    names the source of every code).

    Bad:
        TAGS: POGOV PREL MASS YM COUNTER TERRORISM

    Good:
        TAGS: PGOV PREL MASS PTER YM

    Fix: none; choose the right code, or add a post's own code to the
    vocabulary.
    """

    code = "CL602"
    name = "unknown-tag"
    summary = "A TAGS token is not a known TAGS code"
    severity = "warning"
    basis = "heuristic"
    requires = frozenset({"tags"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        items = context.document.tags.tags
        for run in unknown_tokens(context):
            if run.unlisted:
                continue  # perhaps a real code the vocabulary lacks: CL607's note
            yield context.report(context.span(items[run.first].span.start,
                                              items[run.end - 1].span.end), run.message)
