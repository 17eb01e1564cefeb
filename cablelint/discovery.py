"""Which files ``cablelint check`` reads: named files, and cable files under directories."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

DEFAULT_PATTERNS = ("*.txt", "*.cable")


def discover(paths: Iterable[str], patterns: Iterable[str] = DEFAULT_PATTERNS) -> Iterator[str]:
    """Files in the order given; a directory yields its matching files, sorted.

    Files named explicitly are always checked, whatever their name; inside
    directories only ``patterns`` match, and hidden directories (``.git``,
    ``.venv``) are skipped.  Each file is yielded once.
    """
    patterns = tuple(patterns)
    seen: set[str] = set()
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            if path not in seen:
                seen.add(path)
                yield path
            continue
        for found in _walk(Path(path), patterns):
            if found not in seen:
                seen.add(found)
                yield found


def _walk(root: Path, patterns: tuple[str, ...]) -> Iterator[str]:
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in sorted(files):
            if any(fnmatch.fnmatch(name, pattern) for pattern in patterns):
                yield os.path.join(directory, name)
