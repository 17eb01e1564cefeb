"""Fix until nothing changes: apply, re-parse, re-check, repeat (with a cap).

Why a loop: fixes are computed on one version of the text; after applying a
batch, the parse can change (a repaired number makes a paragraph, a joined
line makes a sentence) and new, now-correct fixes appear, while fixes that
overlapped a taken one must be recomputed.  A cap stops rules that undo each
other; the text is then left as the last pass made it, which is consistent
because every pass applies whole fixes to a freshly parsed text.

Two ways to stop without converging: a text seen before (rules that undo each
other: stopped at once, the cycle named) or ``MAX_PASSES``, ruff's cap of 100.
The cap is that high because some texts need many honest passes: a header
printed fifty times among damaged lines loses the copies the parse can see in
each pass, and more come into view as it shrinks (issue #13's fuzzing: twelve
passes, where a cap of 10 reported a cycle that was not one).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from cablelint.check import FileResult, lint_source
from cablelint.config import FilePlan
from cablelint.fixer.edits import apply_fixes, choose_fixes, dominant_newline
from cablelint.source import BinaryFileError, SourceText

MAX_PASSES = 100
STRUCTURE_ERROR = "CL001"


@dataclass
class FixOutcome:
    """What fixing one file did.

    ``result`` holds the findings left on the final text (``source`` in it is
    the fixed text); ``fixed`` counts applied fixes per code; ``converged`` is
    False when the pass cap was hit, with ``cycling`` naming the rules whose
    fixes were still being applied in the last pass.
    """

    original: SourceText
    result: FileResult
    fixed: Counter[str] = field(default_factory=Counter)
    passes: int = 0
    converged: bool = True
    cycling: tuple[str, ...] = ()
    skipped_reason: str | None = None
    plan: FilePlan | None = None

    @property
    def text(self) -> str:
        assert self.result.source is not None
        return self.result.source.text

    @property
    def changed(self) -> bool:
        return self.text != self.original.text

    def unchanged(self) -> FixOutcome:
        """This outcome with nothing applied: the original text and its findings."""
        return FixOutcome(self.original, lint_source(self.original, self.plan),
                          passes=self.passes, converged=self.converged, cycling=self.cycling,
                          skipped_reason=self.skipped_reason, plan=self.plan)


def fix_source(source: SourceText, plan: FilePlan, *, unsafe: bool = False,
               allow_parse_errors: bool = False, max_passes: int = MAX_PASSES) -> FixOutcome:
    """Apply fixes to ``source`` until none is left to apply, or ``max_passes``."""
    result = lint_source(source, plan)
    outcome = FixOutcome(source, result, plan=plan)
    problem = None if allow_parse_errors else structural_problem(result)
    if problem:
        outcome.skipped_reason = f"not fixed: {problem}; use --allow-parse-errors to fix it anyway"
        return outcome
    newline = dominant_newline(source.text)
    current = source
    seen = {_digest(source.text)}  # texts already linted: one seen again is a cycle
    while True:
        chosen = choose_fixes(result.diagnostics, unsafe)
        if not chosen:
            break
        if outcome.passes == max_passes:
            outcome.converged = False
            outcome.cycling = tuple(sorted({d.code for d in chosen}))
            break
        text = apply_fixes(current.text, chosen, newline)
        if text == current.text:  # fixes that change nothing would loop forever
            break
        digest = _digest(text)
        if digest in seen:  # rules undoing each other: no further pass will end it
            outcome.converged = False
            outcome.cycling = tuple(sorted({d.code for d in chosen}))
            break
        seen.add(digest)
        outcome.passes += 1
        outcome.fixed.update(d.code for d in chosen)
        current = _reread(text, source)
        result = lint_source(current, plan)
    outcome.result = result
    return outcome


def _digest(text: str) -> bytes:
    """A text's fingerprint for cycle detection (a digest: texts are not kept)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def structural_problem(result: FileResult) -> str | None:
    """Why the file should not be fixed unasked, or None.

    A line the grammar could not place (CL001) means the parse, and so every
    fix computed from it, may be wrong; a text without a classification
    banner may not be a cable at all (a README that happens to end in .txt),
    and "fixing" it would damage it.  Judged on the parse itself, so that
    ignoring CL001 or CL101 in the configuration does not switch this off.
    """
    document = result.document
    if document is None:
        return None
    if any(d.code == STRUCTURE_ERROR for d in document.diagnostics):
        return "the file has structural parse errors (CL001)"
    if document.banner is None:
        return "no classification banner, so it may not be a cable"
    return None


def _reread(text: str, original: SourceText) -> SourceText:
    """The fixed text as the file will hold it.

    For a file that is not UTF-8 the text is encoded and decoded again, so
    that the CL002 note points at the first bad byte of the *fixed* file.
    Where that cannot be done (a fix needs a character the encoding lacks, or
    the fixed bytes would be read as binary, e.g. control bytes left as a
    larger share of a shorter text) the notes are kept, their spans measured
    again in the fixed text, so that lines and columns match their offsets.
    """
    if original.diagnostics:
        try:
            data = text.encode(original.encoding)
            prefix = b"\xef\xbb\xbf" if original.bom else b""
            return SourceText.from_bytes(prefix + data, original.path)
        except (UnicodeEncodeError, BinaryFileError):
            pass
    source = SourceText.from_text(text, original.path, encoding=original.encoding,
                                  bom=original.bom)
    if not original.diagnostics:
        return source
    end = len(text)
    return source._replace(diagnostics=tuple(
        note._replace(span=source.span(min(note.span.start, end), min(note.span.end, end)))
        for note in original.diagnostics))
