"""CL307 release-marking-form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablelint.analysis.portion_marks import SLASHES, inventory, vocabulary
from cablelint.diagnostics import Diagnostic
from cablelint.model import PortionMark
from cablelint.rules.base import Rule, RuleContext
from cablelint.vocabulary import load_vocabulary

_REL = re.compile(r"REL(?:EASABLE)?(?:\s+TO)?\b\s*", re.IGNORECASE)


class ReleaseMarking(Rule):
    """Release markings name the releasable parties as ``REL TO`` and country
    trigraphs or known organisation codes (``REL TO USA, GBR``,
    ``REL TO USA, NATO``).  Reported once per written form and cable.

    Why: free-text partners (``Rel UK``, ``REL ROYG``, ``Rel to Kenya``) are
    ambiguous and cannot be checked by tools that decide who may receive a
    document.  Info: the REL TO form was set down after most of these cables
    were written, and a free-text partner still says who may read the text.

    Source: ISOO marking booklet (Dec 2010), REL TO form; cable convention.

    Bad:
        ¶3. (S/Rel UK) ...
        ¶5. (C/REL NATO) ...

    Good:
        ¶3. (S//REL TO USA, GBR) ...

    Fix: rewrite the release marking (a suggestion is given; no autofix,
    since the partner names need checking).  Country names become their ISO
    3166-1 alpha-3 trigraphs (``rules/countries.json``, ``CHINA`` -> ``CHN``);
    a name no list knows gets no invented code: the message asks for its
    trigraph instead.
    """

    code = "CL307"
    name = "release-marking-form"
    summary = "A release marking does not use the REL TO form with known codes"
    severity = "info"
    basis = "convention"

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        found = inventory(context)
        if not found.separators:
            return
        seen: dict[str, list[PortionMark]] = {}
        for mark in found.marks:
            if mark.release_to:
                # (a list wrapped onto the next line is named on one line)
                part = next((" ".join(p.split()) for p in SLASHES.split(mark.raw.strip("()"))
                             if p.strip().upper().startswith("REL")), None)
                if part is not None:
                    seen.setdefault(part, []).append(mark)
        if not seen:
            return
        release = vocabulary(context)["release"]
        known = set(release["countries"]) | set(release["organizations"])
        aliases = {**load_vocabulary("countries")["names"], **release["aliases"]}
        for part, marks in seen.items():
            parties, unknown = _parties(part, known, aliases)
            canonical = release["prefix"] + " " + ", ".join(parties)
            if part == canonical and not unknown:
                continue
            more = f" (and {len(marks) - 1} more)" if len(marks) > 1 else ""
            if unknown:  # no code is invented from a name no list knows
                yield context.report(
                    marks[0].span,
                    f"release marking '{part}' names {', '.join(repr(u) for u in unknown)}, "
                    f"not a country or organisation code; write '{release['prefix']} USA, ...' "
                    f"with the country trigraphs{more}")
                continue
            suggestion = ", ".join(["USA", *(p for p in parties if p != "USA")])
            yield context.report(
                marks[0].span,
                f"release marking '{part}' is not in the REL TO form; write "
                f"'{release['prefix']} {suggestion}'{more}")


def _parties(part: str, known: set[str], aliases: dict[str, str]) -> tuple[list[str], list[str]]:
    """Party codes of a release marking (aliases mapped) and the names not recognised."""
    names = _REL.sub("", part, count=1).upper()
    parties: list[str] = []
    unknown: list[str] = []
    # "JORDAN, AND QATAR": the "AND" joins the list, it is no party (nor Andorra)
    for chunk in re.split(r"\s*,\s*(?:AND\s+)?|\s+AND\s+", names):
        chunk = chunk.strip()
        if not chunk:
            continue
        pieces = [chunk] if chunk in known or chunk in aliases else chunk.split()
        for piece in pieces:
            if piece in known:
                parties.append(piece)
            elif piece in aliases:
                parties.append(aliases[piece])
            else:
                parties.append(piece)
                unknown.append(piece)
    return parties, unknown
