"""The user cache directory and the keys of what is kept there.

Why one module: the LALR tables, the vocabulary validation stamps, the
configuration validation stamps and the result cache (under ``results/``,
:mod:`cablelint.result_cache`) all live in the same directory and are all
named by a hash of what they were computed from.  Keeping the directory rule
(``CABLELINT_CACHE_DIR``, else the platform's user cache directory from
platformdirs: ``$XDG_CACHE_HOME/cablelint`` or ``~/.cache/cablelint`` on
Linux, ``~/Library/Caches/cablelint`` on macOS, ``%LOCALAPPDATA%\\cablelint\\Cache``
on Windows) and the hash in one place means they cannot drift apart.
Everything kept there is an optimisation: a missing, stale or unwritable
cache only costs time.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

#: The environment variable that overrides the cache directory (tests point it
#: at a private directory; a read-only home may point it elsewhere).
CACHE_DIR_VARIABLE = "CABLELINT_CACHE_DIR"


def cache_dir() -> Path:
    """The directory for cached tables and validation stamps (may not exist yet)."""
    base = os.environ.get(CACHE_DIR_VARIABLE)
    if base:
        return Path(base)
    # imported here: a run with CABLELINT_CACHE_DIR set (tests, CI) never needs it
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("cablelint", appauthor=False))


def content_key(*parts: str) -> str:
    """A short file-name-safe key for ``parts``: CRC-32 and length of their UTF-8 bytes.

    Not a cryptographic hash: it only has to tell an edited grammar, schema or
    configuration from the one a cached file was made from, and the length
    makes an accidental collision of two versions of one file implausible.
    Parts are joined with NUL so that ("ab", "c") and ("a", "bc") differ.
    """
    data = "\0".join(parts).encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}{len(data):x}"


def touch_stamp(stamp: Path) -> None:
    """Create an empty stamp file; an unwritable cache only costs time."""
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()
    except OSError:
        pass


def write_atomically(path: Path, text: str) -> None:
    """Write a cached file without ever leaving a half-written one (parallel hooks)."""
    import tempfile  # only needed on the cold path

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tables-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only home directory only costs speed
