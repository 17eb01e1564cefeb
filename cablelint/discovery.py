"""Which files ``cablelint check`` reads: named files, and cable files under directories.

Why filters per directory: each directory may fall under a different
configuration file, and each configuration has its own ``include`` and
``exclude`` globs relative to its own directory.  :func:`discover` asks
``filter_for(directory)`` once per directory it walks; the configuration
resolver answers from a cache.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from cablelint.inputs import not_regular

DEFAULT_PATTERNS = ("*.txt", "*.cable")
#: Directories that hold tooling, not cables (hidden directories are always skipped).
DEFAULT_EXCLUDE = ("__pycache__", "node_modules", "site-packages", "venv")


def glob_matches(pattern: str, path: str, root: str) -> bool:
    """ruff-style globs: without '/' the pattern matches the name anywhere; with '/' it
    matches the path relative to ``root`` (an absolute directory), so never a file
    outside it.

    ``*`` also crosses '/', so ``drafts/*`` matches everything under ``drafts``.
    """
    pattern = pattern.rstrip("/")
    if "/" not in pattern:
        return fnmatch.fnmatch(os.path.basename(path), pattern)
    pattern = pattern.removeprefix("./")
    absolute = os.path.abspath(path)
    if not absolute.startswith(root.rstrip(os.sep) + os.sep):
        return False  # outside the configuration's directory: its paths cannot match
    relative = os.path.relpath(absolute, root)
    return fnmatch.fnmatch(relative.replace(os.sep, "/"), pattern)


@dataclass(frozen=True)
class Skipped:
    """Something under a directory that is not linted, and why (one line for stderr).

    ``error``: files may be missing from the run (a directory that cannot be
    read), which makes the exit code 2; otherwise a note (a FIFO, a socket or
    a device named like a cable is passed over: reading one would block).
    """

    path: str
    message: str
    error: bool


@dataclass(frozen=True)
class FileFilter:
    """The include and exclude globs of one configuration, relative to its directory."""

    include: tuple[str, ...] = DEFAULT_PATTERNS
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    root: str = field(default_factory=os.getcwd)
    force_exclude: bool = False

    def includes(self, path: str) -> bool:
        return any(glob_matches(pattern, path, self.root) for pattern in self.include)

    def excludes(self, path: str) -> bool:
        return any(glob_matches(pattern, path, self.root) for pattern in self.exclude)

    def excludes_with_parents(self, path: str) -> bool:
        """The path or a directory above it (up to the root) is excluded."""
        current = os.path.abspath(path)
        root = self.root.rstrip(os.sep)
        while True:
            if self.excludes(current):
                return True
            parent = os.path.dirname(current)
            if parent == current or current == root:
                return False
            current = parent


def discover(paths: Iterable[str], patterns: Iterable[str] = DEFAULT_PATTERNS,
             filter_for: Callable[[str], FileFilter] | None = None,
             skipped: list[Skipped] | None = None) -> Iterator[str]:
    """Files in the order given; a directory yields its matching files, sorted.

    Files named explicitly are always checked, whatever their name, unless
    their filter has ``force_exclude`` and excludes them (pre-commit passes
    every changed file).  Inside directories only included files are yielded;
    excluded directories are not entered, nor are hidden ones (``.git``,
    ``.venv``).  Each file is yielded once.  Without ``filter_for`` every
    directory uses ``patterns`` and the default exclusions.  Directories that
    cannot be read and matching entries that are not regular files go to
    ``skipped`` (a named path is yielded: reading it tells what is wrong).
    """
    if skipped is None:
        skipped = []
    if filter_for is None:
        default = FileFilter(tuple(patterns))

        def filter_for(directory: str) -> FileFilter:
            return default

    seen: set[str] = set()
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            if path in seen:
                continue
            if path != "-":
                named = filter_for(os.path.dirname(path) or ".")
                if named.force_exclude and named.excludes_with_parents(path):
                    continue
            seen.add(path)
            yield path
            continue
        named = filter_for(path)
        if named.force_exclude and named.excludes_with_parents(path):
            continue
        for found in _walk(path, filter_for, skipped):
            if found not in seen:
                seen.add(found)
                yield found


def _walk(top: str, filter_for: Callable[[str], FileFilter],
          skipped: list[Skipped]) -> Iterator[str]:
    """Matching files under ``top``; each entry is filtered by its directory's configuration.

    Only a matching entry is looked at with ``stat`` (one call per cable, none
    for the other files), to pass over FIFOs, sockets and devices.
    """
    def unreadable(error: OSError) -> None:
        where = error.filename or top
        skipped.append(Skipped(where, f"{where}: cannot read directory: "
                                      f"{error.strerror or error}", True))

    for directory, subdirectories, files in os.walk(top, onerror=unreadable):
        rules = filter_for(directory)
        subdirectories[:] = sorted(
            name for name in subdirectories
            if not name.startswith(".") and not rules.excludes(os.path.join(directory, name)))
        for name in sorted(files):
            path = os.path.join(directory, name)
            if rules.includes(path) and not rules.excludes(path):
                try:
                    kind = not_regular(os.stat(path).st_mode)
                except OSError:
                    kind = None  # a dangling link, say: reading it reports why
                if kind is not None:
                    skipped.append(Skipped(path, f"{path}: {kind}, not a regular file; "
                                                 "skipped", False))
                    continue
                yield path
