"""Cable ids (``05OTTAWA1502``) as files are usually named: the parser uses the
year for REF ids, the rules use the id to find metadata, to date cables and to
check the banner's originator and serial."""

from __future__ import annotations

import re

from cablelint.fields.dates import expand_year
from cablelint.model import CableId

_CABLE_ID = re.compile(r"(\d{2})([A-Z]{2,}?)(\d+)")
_NOT_LETTERS = re.compile(r"[^A-Z]+")
#: Caveats the archive wrote into an id ahead of the post: the banner's "E F T O"
#: gave 09EFTOLONDON2468 (banner, DE and FM lines all say LONDON 2468).
_ID_CAVEATS = ("EFTO",)


def post_letters(name: str) -> str:
    """A post's name as a cable id writes it: its letters A-Z only, upper case
    (``SAO PAULO`` is ``SAOPAULO``, ``ST. PETERSBURG`` ``STPETERSBURG``)."""
    return _NOT_LETTERS.sub("", name.upper())


def cable_id_from_path(path: str) -> str | None:
    """``05OTTAWA1502`` for ``.../05OTTAWA1502.txt``, None for other names."""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].split(".", 1)[0]
    return stem if _CABLE_ID.fullmatch(stem) else None


def parse_cable_id(path: str) -> CableId | None:
    """The id of the cable a file is named after, in its parts; None for other names."""
    stem = cable_id_from_path(path)
    if stem is None:
        return None
    found = _CABLE_ID.fullmatch(stem)
    assert found is not None
    originator, caveat = found.group(2), ""
    if originator.startswith(_ID_CAVEATS) and len(originator) > 4:
        caveat, originator = originator[:4], originator[4:]
    return CableId(stem, expand_year(int(found.group(1))), originator, int(found.group(3)),
                   caveat)
