"""Which ``cablelint.rules`` entry points are installed, without a scan per run.

Why: ``importlib.metadata.entry_points()`` imports the email package and reads
every distribution's metadata on each call, 16-50 ms of a run that checks one
file, although almost nobody has a plugin installed.  The answer depends only
on which distributions are installed, and installing, upgrading or removing
one adds or removes a ``*.dist-info`` (or ``*.egg-info``) directory at the top
of a ``sys.path`` entry, which changes that entry's modification time.  So the
scan is kept in the cache directory, named by a key over the interpreter and
every ``sys.path`` entry with its mtime and inode; any change makes a new key
and a fresh scan.  A missing or unwritable cache only costs the scan.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from cablelint.cache import cache_dir, content_key, write_atomically

ENTRY_POINT_GROUP = "cablelint.rules"


def environment_key() -> str:
    """A key that changes whenever a distribution is added to or removed from ``sys.path``."""
    parts = [sys.executable, sys.version, ENTRY_POINT_GROUP]
    for entry in sys.path:
        try:
            status = os.stat(entry or ".")
        except OSError:
            parts.append(f"{entry}\0missing")
            continue
        parts.append(f"{entry}\0{status.st_mtime_ns}\0{status.st_ino}\0{status.st_size}")
    return content_key(*parts)


def _scan() -> list[tuple[str, str]]:
    from importlib.metadata import entry_points

    return [(entry.name, entry.value) for entry in entry_points(group=ENTRY_POINT_GROUP)]


def installed_entry_points() -> list[tuple[str, str]]:
    """``(name, value)`` of each installed ``cablelint.rules`` entry point, in scan order."""
    path = cache_dir() / f"plugins-{environment_key()}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = None
    # Every line ends in "\n" (a half-written file never has the last one).
    lines = text.split("\n")[:-1] if text is not None and text.endswith("\n") else None
    if text == "":
        lines = []
    if lines is not None and all(line.count("\t") == 1 for line in lines):
        return [(name, value) for name, _, value in (line.partition("\t") for line in lines)]
    found = _scan()  # no cache, or a damaged one: never trust it
    if not any(character in name + value for name, value in found for character in "\t\n\r"):
        write_atomically(path, "".join(f"{name}\t{value}\n" for name, value in found))
        _remove_stale(path)
    return found


def _remove_stale(current: Path) -> None:
    """Drop scans of earlier environments, so that each change does not leave a file behind."""
    for old in current.parent.glob("plugins-*.txt"):
        if old != current:
            with contextlib.suppress(OSError):
                old.unlink()
