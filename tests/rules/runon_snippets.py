"""A press-summary cable whose only number is the end of a wrapped sentence
(07TOKYO5603, fresh-10 audit A116/A189), shared by the CL204, CL205 and CL903 tests."""

from __future__ import annotations

from cable_snippets import NUMBERED_HEADER

#: no numbered paragraphs; "227." ends the sentence of the line above it
RUN_ON = NUMBERED_HEADER + (
    "The Zenda party has been slow in its coordination.  The number of its\n"
    "candidates now totals\n"
    "\u00b6227. Therefore, the party's target is likely to slip to next year.\n"
    "Rassendyll has not yet fielded candidates in Strelsau.\n"
    "RASSENDYLL\n")
#: the line of the number in RUN_ON
RUN_ON_LINE = NUMBERED_HEADER.count("\n") + 3
