"""Writing a fixed file without ever losing data.

Why so careful: ``--fix`` runs unattended in pre-commit hooks over archives
nobody has a second copy of.  The new content goes to a temporary file in
the same directory (same file system, so the final rename is atomic), is
flushed to disk, takes the original's permission bits, and only then
replaces the original.  The text keeps its encoding, byte-order mark, line
endings and final newline because fixes edit the decoded text in place.  A
file that changed on disk after it was read is left alone.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import os
import stat
import tempfile
from pathlib import Path


class WriteSkipped(Exception):
    """The file was not written; the message says why (nothing was changed)."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """The bytes to write; raises WriteSkipped when a fix needs a character the
    file's encoding cannot hold (a Windows-1252 file, say)."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        raise WriteSkipped(f"the fixed text has {error.object[error.start]!r}, which "
                           f"{encoding} cannot encode; re-save the file as UTF-8") from error
    return codecs.BOM_UTF8 + data if bom else data


def write_atomically(path: str | Path, data: bytes, expected_digest: str) -> None:
    """Replace ``path`` with ``data`` if it still holds what was read (``expected_digest``)."""
    path = Path(path)
    try:
        current = path.read_bytes()
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError as error:
        raise WriteSkipped(f"cannot read it again before writing: "
                           f"{error.strerror or error}") from error
    if digest(current) != expected_digest:
        raise WriteSkipped("it changed on disk while being checked; run again")
    target = path.resolve()  # write through a symlink, do not replace the link
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                             suffix=".cablelint-tmp")
    except OSError as error:
        raise WriteSkipped(f"cannot create a temporary file next to it: "
                           f"{error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise WriteSkipped(f"cannot write it: {error.strerror or error}") from error
        raise
