"""Finding the configuration file that applies to a directory: the closest one above it.

Why a cache per directory: a run over thousands of cables in a few
directories must not stat three file names per file and per parent; each
directory is looked at once, and each file is loaded once.
"""

from __future__ import annotations

import os
from pathlib import Path

from cablelint.config.loading import load_configuration
from cablelint.config.model import Configuration
from cablelint.config.reading import CONFIG_NAMES


class ConfigFinder:
    """Walks up from a directory to the first that holds a cablelint configuration."""

    def __init__(self) -> None:
        self._by_directory: dict[str, Configuration | None] = {}

    def find(self, directory: str) -> Configuration | None:
        """The closest configuration at or above ``directory``; None up to the root."""
        current = os.path.abspath(directory)
        cache = self._by_directory
        visited: list[str] = []
        while True:
            if current in cache:
                found = cache[current]
                break
            visited.append(current)
            found = self._in_directory(current)
            if found is not None:
                break
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
        for seen in visited:
            cache[seen] = found
        return found

    @staticmethod
    def _in_directory(directory: str) -> Configuration | None:
        """The first of CONFIG_NAMES that configures cablelint (a pyproject may not)."""
        for name in CONFIG_NAMES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate):
                configuration = load_configuration(Path(candidate), required=False)
                if configuration is not None:
                    return configuration
        return None
