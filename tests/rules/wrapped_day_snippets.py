"""A cable whose '1.' is the day of a date wrapped below 'Jan.' (07HELSINKI848,
fresh-9 audit A059/A163), shared by the CL201, CL203 and CL903 tests."""

from __future__ import annotations

from cable_snippets import NUMBERED_HEADER

#: paragraphs 1, 2, 3; the '¶1.' between 2 and 3 ends "on Jan." of the line above
WRAPPED_DAY = NUMBERED_HEADER + (
    "\u00b61. (C) Zenda met the envoy.\n\n"
    "\u00b62. (C) Rassendyll takes the chair on Jan.\n"
    "\u00b61.\n\n"
    "\u00b63. (C) Sapt spoke last.\n")
