"""Reading an input's bytes: regular files only, and stdin.

Why a module of its own: ``check``, ``parse`` and ``--fix`` read their inputs
the same way, and opening a FIFO, a socket or a device blocks or reads
forever.  A path is opened without blocking and looked at with ``fstat`` on
the open descriptor (not ``stat`` before ``open``, which another process may
race), so a FIFO named on the command line or found in a directory is
skipped with a message instead of hanging the run.
"""

from __future__ import annotations

import os
import stat
import sys

#: what ``stat`` calls the kinds of file that are not read
_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISDIR, "a directory"))


class InputError(OSError):
    """An input that cannot be read; ``str()`` is the whole message, path included."""

    def __str__(self) -> str:
        return self.args[0]


def not_regular(mode: int) -> str | None:
    """What a file of ``mode`` is when it is not a regular file ("a FIFO"), else None."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_input(path: str, display: str | None = None) -> bytes:
    """The bytes of ``path`` (``-``: stdin).

    Raises :class:`InputError` for stdin that is closed and for a path that is
    not a regular file, ``OSError`` when the file cannot be opened or read.
    """
    display = display or path
    if path == "-":
        stream = sys.stdin
        if stream is None or stream.closed or getattr(stream, "buffer", None) is None:
            raise InputError(f"{display}: cannot read stdin: it is closed")
        try:
            return stream.buffer.read()
        except ValueError as error:  # closed under us
            raise InputError(f"{display}: cannot read stdin: {error}") from error
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_NOCTTY", 0))
    try:
        kind = not_regular(os.fstat(descriptor).st_mode)
        if kind is not None:
            raise InputError(f"{display}: {kind}, not a regular file; skipped")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb") as stream:
            descriptor = -1  # the stream owns it now
            return stream.read()
    finally:
        if descriptor >= 0:
            os.close(descriptor)
