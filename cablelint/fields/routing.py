"""The telegraphic routing header: DE, ZN and DTG lines, FM/TO/INFO addressees."""

from __future__ import annotations

import re

from cablelint.fields.dates import MONTHS, expand_year, full_month, iso_date
from cablelint.model import Dateline, DateTimeGroup
from cablelint.source import SourceText

_DTG = re.compile(
    r"(?P<precedence>(?:[ZOPRM] ){1,2})(?P<day>\d\d)(?P<hour>\d\d)(?P<minute>\d\d)Z ?"
    r"(?P<month>[A-Z]{3}) ?(?P<year>\d{2,4})\b", re.IGNORECASE)
_DE = re.compile(r"DE (?P<station>[A-Z0-9]{4,9}) #(?P<serial>\d+)(?:/(?P<section>\d+))?")
_ZN = re.compile(r"ZN[YR] (?P<letters>[A-Z]{5})")
_DATELINE = re.compile(
    r"(?P<weekday>\w+day), (?P<day>\d{1,2}) (?P<month>[A-Za-z]+) (?P<year>\d{4})")


def parse_dtg(source: SourceText, text: str, offset: int) -> DateTimeGroup | None:
    found = _DTG.match(text)
    if found is None:
        return None
    month = MONTHS.get(found.group("month").upper())
    year = expand_year(int(found.group("year")))
    date = iso_date(year, month, int(found.group("day"))) if month else None
    return DateTimeGroup(
        span=source.span(offset, offset + found.end()),
        raw=found.group(),
        precedence=tuple(found.group("precedence").split()),
        date=date,
        time=f"{found.group('hour')}:{found.group('minute')}Z",
    )


def parse_de(text: str) -> tuple[str | None, str | None, str | None]:
    """The DE line's station, transmission serial and section (``/01``), each None
    when absent."""
    found = _DE.match(text)
    return (found.group("station"), found.group("serial"), found.group("section")) \
        if found else (None, None, None)


def parse_zn(text: str) -> str | None:
    found = _ZN.match(text)
    return found.group("letters") if found else None


#: the level each routing-letter group stands for
_ZN_LEVEL = {"CCCCC": "C", "SSSSS": "S", "UUUUU": "U", "TTTTT": "TS"}


def zn_level(letters: str) -> str | None:
    """The level a ZNY/ZNR line's letters stand for (``SSSSS`` -> S), None if unknown."""
    return _ZN_LEVEL.get(letters.upper())


def dateline_date(text: str) -> str | None:
    found = _DATELINE.match(text)
    if found is None:
        return None
    month = full_month(found.group("month"))
    return iso_date(int(found.group("year")), month, int(found.group("day"))) if month else None


def parse_dateline(source: SourceText, text: str, offset: int) -> Dateline:
    """The parts of a DATELINE line: its date (ISO) and its weekday as written.

    The grammar's DATELINE terminal recognises the line; this names its parts
    so that rules read them instead of matching the line again.
    """
    found = _DATELINE.match(text)
    span = source.span(offset, offset + len(text))
    if found is None:
        return Dateline(span, text)
    return Dateline(span, text, dateline_date(text), found.group("weekday"),
                    source.span(offset + found.start("weekday"), offset + found.end("weekday")),
                    source.span(offset + found.start("day"), offset + found.end("year")))
