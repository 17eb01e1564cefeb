"""Reading configuration files: TOML text into the cablelint table, with located errors.

Why its own module: discovery must tell a ``pyproject.toml`` that configures
cablelint from one that does not, without validating anything; loading then
validates only the files that matter.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

from cablelint.config.model import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: Looked for in this order in each directory; the first that configures cablelint wins.
CONFIG_NAMES = (".cablelint.toml", "cablelint.toml", "pyproject.toml")
_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def shown(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when under it."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive on Windows
        return absolute
    return absolute if relative.startswith("..") else relative


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed file; ConfigError with ``file:line:column`` when it is not valid TOML."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{shown(path)}: not UTF-8 text ({error.reason} at byte "
                          f"{error.start})") from error
    except OSError as error:
        raise ConfigError(f"{shown(path)}: cannot read the configuration file: "
                          f"{error.strerror or error}") from error
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error).splitlines()[0]
        match = _POSITION.search(message)
        where = ""
        if match:
            where = f":{match.group(1)}:{match.group(2)}"
            message = message[:match.start()]
        elif message.endswith("(at end of document)"):
            lines = text.splitlines() or [""]
            where = f":{len(lines)}:{len(lines[-1]) + 1}"
            message = message.removesuffix("(at end of document)").rstrip() + " at the end"
        raise ConfigError(f"{shown(path)}{where}: invalid TOML: {message}") from error


def cablelint_table(path: Path, required: bool) -> dict[str, Any] | None:
    """The keys that configure cablelint in ``path``.

    In ``pyproject.toml`` that is ``[tool.cablelint]``; a pyproject without it
    gives None (discovery goes on upwards) unless ``required`` (``--config``),
    which gives an empty table.  Other files are cablelint's at the top level.
    """
    if path.name != "pyproject.toml":
        return read_toml(path)
    if not required:
        try:  # most pyproject.toml files never mention us: skip them without parsing
            if b"cablelint" not in path.read_bytes():
                return None
        except OSError:
            return None
    tool = read_toml(path).get("tool", {})
    table = tool.get("cablelint") if isinstance(tool, dict) else None
    if table is None:
        return {} if required else None
    if not isinstance(table, dict):
        raise ConfigError(f"{shown(path)}: tool.cablelint: expected a table, got "
                          f"{type(table).__name__}")
    return table
