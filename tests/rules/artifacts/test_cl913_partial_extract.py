"""CL913 partial-extract: hand-written cables."""

from __future__ import annotations

from artifacts_helpers import cable
from rule_helpers import findings, where

PREAMBLE = ("This record is a partial extract of the original cable. The full text of the "
            "original cable is not available.\n")


def test_partial_extract_preamble() -> None:
    [found] = findings(PREAMBLE + cable("\u00b61. (C) The coalition wobbles.\n"), "CL913")
    assert where(found) == (1, 1, 1, len(PREAMBLE)) and found.fix is None
    assert findings(cable("\u00b61. (C) The coalition wobbles.\n"), "CL913") == []
