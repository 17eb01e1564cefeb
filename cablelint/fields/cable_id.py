"""Cable ids (``05OTTAWA1502``) as files are usually named: the parser uses the
year for REF ids, the rules use the id to find metadata and to date cables."""

from __future__ import annotations

import re

from cablelint.fields.dates import expand_year

_CABLE_ID = re.compile(r"(\d{2})[A-Z]{2,}\d+")


def cable_id_from_path(path: str) -> str | None:
    """``05OTTAWA1502`` for ``.../05OTTAWA1502.txt``, None for other names."""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].split(".", 1)[0]
    return stem if _CABLE_ID.fullmatch(stem) else None


def cable_id_year(cable_id: str) -> int:
    """2005 for ``05OTTAWA1502``."""
    return expand_year(int(cable_id[:2]))
