"""CL915 newspaper-dateline: hand-written cables."""

from __future__ import annotations

from artifacts_helpers import cable, fixed_clean
from rule_helpers import findings, where

from cablelint.rules.base import Settings


def test_dateline_that_agrees_is_info_and_removable() -> None:
    text = "Thursday, 12 March 2009, 16:20\n" + cable("\u00b61. (C) The coalition wobbles.\n")
    [found] = findings(text, "CL915")
    assert where(found) == (1, 1, 1, 31) and found.severity == "info"
    assert fixed_clean(text, "CL915") == cable("\u00b61. (C) The coalition wobbles.\n")


def test_dateline_with_a_wrong_weekday_or_metadata_date_is_a_warning() -> None:
    text = "Friday, 12 March 2009, 16:20\n" + cable("\u00b61. (C) The coalition wobbles.\n")
    [found] = findings(text, "CL915")
    assert found.severity == "warning" and "was a Thursday" in found.message
    settings = Settings(metadata={"09STRELSAU733": {"created": "2009-03-15 16:20"}})
    good = text.replace("Friday", "Thursday")
    [found] = findings(good, "CL915", path="09STRELSAU733.txt", settings=settings)
    assert found.severity == "warning" and "metadata date is 2009-03-15" in found.message
