"""Writing a fixed file without ever losing data.

Why so careful: ``--fix`` runs unattended in pre-commit hooks over archives
nobody has a second copy of.  The new content goes to a temporary file in
the same directory (same file system, so the final rename is atomic), is
flushed to disk, takes the original's permission bits and owner, and only
then, if the original still holds what was read, replaces it.  Where the
system allows (Linux: ``O_TMPFILE`` and ``/proc``) the temporary file has no
name until the instant before the rename, so even a SIGKILL leaves nothing
behind; elsewhere a named one is made, and removed on SIGINT/SIGTERM.  The text
keeps its encoding, byte-order mark, line endings and final newline because
fixes edit the decoded text in place.  A file that changed on disk after it
was read is left alone, and one deleted meanwhile is not created again.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import os
import secrets
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


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


#: A temporary file of ours older than this was left by a run that was killed
#: (SIGKILL, a power cut): the next ``--fix`` in its directory removes it.
STALE_AFTER_SECONDS = 10 * 60
_TEMPORARY_SUFFIX = ".cablelint-tmp"


class Interrupted(KeyboardInterrupt):
    """SIGTERM (CI cancelling a job, ``timeout``) arrived while a file was being
    written: the temporary file is removed, then the run stops (exit 128 + signal).
    A ``KeyboardInterrupt``, so that whatever stops a run on SIGINT stops it here."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def is_read_only(path: str | Path) -> bool:
    """The file has no write permission bit (``chmod a-w``), or we may not write it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # reading it again before writing tells what is wrong
    return not mode & 0o222 or not os.access(path, os.W_OK)


def write_atomically(path: str | Path, data: bytes, expected_digest: str) -> None:
    """Replace ``path`` with ``data`` if it still holds what was read (``expected_digest``).

    The file is compared twice: before the temporary file is made (cheap
    rejection), and again after the new bytes are on disk, right before the
    rename, so an editor's save during the write is not overwritten.  A file
    deleted meanwhile is not created again.  The new file keeps the original's
    permission bits and, where allowed, its owner and group.
    """
    path = Path(path)
    info = _unchanged(path, expected_digest)
    target = path.resolve()  # write through a symlink, do not replace the link
    with _terminate_raises():
        if _UNNAMED and _write_unnamed(path, target, data, expected_digest, info):
            return
        _write_named(path, target, data, expected_digest, info)


#: whether to try a temporary file without a name (O_TMPFILE, linked through /proc)
_UNNAMED = hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd")


def _write_unnamed(path: Path, target: Path, data: bytes, expected_digest: str,
                   info: os.stat_result) -> bool:
    """Write ``data`` to an unnamed file beside ``target``, name it and rename it over
    ``target``; False when the file system cannot make unnamed files (nothing done).

    The file gets a name (linked through ``/proc/self/fd``) only right before the
    rename, with SIGINT/SIGTERM held, so a kill at any moment leaves no file behind
    but in the two system calls between the link and the rename.
    """
    try:
        handle = os.open(target.parent, os.O_TMPFILE | os.O_WRONLY, 0o600)
    except OSError:
        return False  # (a file system without O_TMPFILE: EOPNOTSUPP, EISDIR, EINVAL)
    try:
        with os.fdopen(handle, "wb") as stream:
            _fill(stream, data)
            os.fchmod(stream.fileno(), stat.S_IMODE(info.st_mode))
            _keep_owner(stream.fileno(), info)
            _unchanged(path, expected_digest)  # last look, right before the rename
            temporary = None
            try:
                with _signals_deferred():
                    temporary = _link(stream.fileno(), target)
                    if temporary is None:
                        return False  # no /proc link after all: the named way
                    os.replace(temporary, target)
            except BaseException:
                if temporary is not None:
                    _discard(temporary)
                raise
    except OSError as error:
        raise WriteSkipped(f"cannot write it: {error.strerror or error}") from error
    return True


def _link(handle: int, target: Path) -> str | None:
    """A fresh name beside ``target`` for the unnamed file ``handle``; None when it
    cannot be linked (no ``/proc``, a file system that refuses)."""
    try:
        directory = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None
    try:
        for _ in range(10):
            name = f".{target.name}.{secrets.token_hex(4)}{_TEMPORARY_SUFFIX}"
            try:
                # (a directory descriptor makes this linkat with AT_SYMLINK_FOLLOW,
                # which links the file itself; plain link() would link the /proc
                # symlink and fail with EXDEV)
                os.link(f"/proc/self/fd/{handle}", name, dst_dir_fd=directory,
                        follow_symlinks=True)
            except FileExistsError:
                continue
            except OSError:
                return None
            return str(target.parent / name)
        return None
    finally:
        os.close(directory)


def _write_named(path: Path, target: Path, data: bytes, expected_digest: str,
                 info: os.stat_result) -> None:
    """Write ``data`` through a named temporary file beside ``target`` and rename it."""
    temporary: str | None = None
    try:
        # SIGINT/SIGTERM wait while the temporary file is made: one that struck inside
        # mkstemp, after it created the file and before it was named here, left it
        # behind (benchmarks/interruption.py: 1 of 10 SIGTERM runs, issue #13); held,
        # it strikes on the way out, where ``temporary`` is known
        with _signals_deferred():
            try:
                handle, temporary = tempfile.mkstemp(
                    dir=target.parent, prefix=f".{target.name}.", suffix=_TEMPORARY_SUFFIX)
            except OSError as error:
                raise WriteSkipped(f"cannot create a temporary file next to it: "
                                   f"{error.strerror or error}") from error
        with os.fdopen(handle, "wb") as stream:
            _fill(stream, data)
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        _keep_owner(temporary, info)
        _unchanged(path, expected_digest)  # last look, right before the rename
        os.replace(temporary, target)
    except BaseException as error:
        if temporary is not None:
            _discard(temporary)
        if isinstance(error, OSError):
            raise WriteSkipped(f"cannot write it: {error.strerror or error}") from error
        raise


def _fill(stream: BinaryIO, data: bytes) -> None:
    """Write ``data`` and wait until it is on disk (a rename must never expose a
    file whose contents a crash could still lose)."""
    stream.write(data)
    stream.flush()
    os.fsync(stream.fileno())


def _discard(temporary: str) -> None:
    """Remove a temporary file after a failure or a signal, with SIGINT/SIGTERM held
    (a second signal waits until it is gone); a file already gone is no error."""
    with _signals_deferred(), contextlib.suppress(OSError):
        os.unlink(temporary)


def _unchanged(path: Path, expected_digest: str) -> os.stat_result:
    """The file's status, after checking that it still holds what was read."""
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            current = stream.read()
    except FileNotFoundError as error:
        raise WriteSkipped("it was deleted while being checked; not created again") \
            from error
    except OSError as error:
        raise WriteSkipped(f"cannot read it again before writing: "
                           f"{error.strerror or error}") from error
    if digest(current) != expected_digest:
        raise WriteSkipped("it changed on disk while being checked; run again")
    return info


def _keep_owner(temporary: str | int, info: os.stat_result) -> None:
    """Give the new file (a path or an open descriptor) the original's owner and group
    (root may; an owner may set a group it belongs to); where that is not allowed the
    file stays the writer's."""
    if not hasattr(os, "chown"):
        return
    with contextlib.suppress(PermissionError):
        current = os.stat(temporary)
        if (current.st_uid, current.st_gid) != (info.st_uid, info.st_gid):
            os.chown(temporary, info.st_uid, info.st_gid)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM are held inside and acted on when it is left.

    For the few steps where a temporary file exists but is not yet named here (inside
    ``mkstemp``) or is being removed: a ``KeyboardInterrupt`` raised there left the
    file behind.  The handlers only note the signal; on the way out the run stops as
    it would have (``Interrupted`` for SIGTERM, ``KeyboardInterrupt`` for SIGINT).  A
    signal mask would not do: Python runs its handlers in the main thread whichever
    thread the system delivered the signal to.  Only the main thread may set handlers.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def note(signum: int, frame: object) -> None:
        caught.append(signum)

    # (a signal the process ignores, as a background job ignores SIGINT, stays ignored)
    previous = {held: signal.signal(held, note) for held in (signal.SIGINT, signal.SIGTERM)
                if signal.getsignal(held) is not signal.SIG_IGN}
    try:
        yield
    finally:
        for held, handler in previous.items():
            signal.signal(held, handler)
        if caught:
            if caught[0] == signal.SIGTERM:
                raise Interrupted(signal.SIGTERM)
            raise KeyboardInterrupt


@contextlib.contextmanager
def _terminate_raises() -> Iterator[None]:
    """While a temporary file exists, SIGTERM raises :class:`Interrupted` (SIGINT
    already raises ``KeyboardInterrupt``) so that it is removed; the handler is
    restored after.  Only the main thread may set handlers (the server does not)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise Interrupted(signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def sweep_stale(directory: str | Path, now: float | None = None) -> list[str]:
    """Remove our temporary files (``.<name>.<random>.cablelint-tmp``, owned by us)
    older than :data:`STALE_AFTER_SECONDS` in ``directory``; returns their paths.

    A younger one may belong to a run still writing, and is left alone.
    """
    removed: list[str] = []
    now = time.time() if now is None else now
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(_TEMPORARY_SUFFIX)
                and name.count(".") >= 3):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
                continue
            if now - info.st_mtime < STALE_AFTER_SECONDS:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(entry.path)
    return removed
