"""Date forms found in cables, normalized to ISO strings."""

from __future__ import annotations

import datetime as _dt
import re

#: the month names in full, lower case, in calendar order: the one table of month
#: names (DTGs, datelines, the numbering walk's "... in February" / "12. ..." test)
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
#: three-letter abbreviations in capitals, as a DTG writes them ("301451Z MAR 06")
MONTHS = {name[:3].upper(): number for number, name in enumerate(MONTH_NAMES, 1)}
#: every way prose writes a month, lower case: full names, three-letter
#: abbreviations and "sept"
MONTH_WORDS = frozenset(MONTH_NAMES) | {name[:3] for name in MONTH_NAMES} | {"sept"}
_FULL_MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, 1)}

# (regex, format name, (year, month, day) group order)
NUMERIC_DATES = (
    (re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b"), "YYYY/MM/DD", (1, 2, 3)),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\b"), "YYYY-MM-DD", (1, 2, 3)),
    (re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b"), "MM/DD/YYYY", (3, 1, 2)),
    (re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})\b"), "MM/DD/YY", (3, 1, 2)),
)


def iso_date(year: int, month: int, day: int) -> str | None:
    """ISO form of a date, or None when the calendar has no such day."""
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def expand_year(year: int) -> int:
    """Two-digit years: 70-99 are 19xx, 00-69 are 20xx (cables span 1966-2010)."""
    if year >= 100:
        return year
    return 1900 + year if year >= 70 else 2000 + year


def full_month(word: str) -> int | None:
    """The number of a month written in full in any case ("January", "MARCH"), else None.

    Datelines spell the month out; an abbreviation there is no dateline.
    """
    return _FULL_MONTHS.get(word.lower())


DateMatch = tuple[re.Match[str], str, str | None]


def match_numeric_date(text: str, position: int = 0) -> DateMatch | None:
    """Match a numeric date at ``position``: (match, format name, ISO date or None)."""
    for pattern, name, order in NUMERIC_DATES:
        found = pattern.match(text, position)
        if found:
            year, month, day = (int(found.group(i)) for i in order)
            if (name.startswith("MM") and len(found.group(1)) == 1) or (
                    name.startswith("MM") and len(found.group(2)) == 1):
                name = name.replace("MM/DD", "M/D")
            return found, name, iso_date(expand_year(year), month, day)
    return None
