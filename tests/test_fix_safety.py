"""``--fix`` edge cases (issue 13): concurrent edits, deletion, signals, stale
temporary files, owner and mode, read-only files, ``--fix -`` encodings and the
baseline's mode.

Each case is its own small setup around the example cable (which has safe
fixes); the writer's last look at the file is provoked by hooking ``os.fsync``,
which runs after the new bytes are written and before the rename.
"""

from __future__ import annotations

import codecs
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from cli_helpers import EXAMPLE, REPO, run

from cablelint.fixer import writer
from cablelint.fixer.writer import Interrupted, WriteSkipped, digest, write_atomically


def _copy(directory: Path, name: str = "ottawa.txt") -> Path:
    path = directory / name
    shutil.copyfile(EXAMPLE, path)
    return path


def _temporaries(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".cablelint-tmp"))


def _during_fsync(monkeypatch, action) -> None:
    real = os.fsync

    def fsync(descriptor: int) -> None:
        real(descriptor)
        action()

    monkeypatch.setattr(writer.os, "fsync", fsync)


@pytest.fixture
def sigint_raises():
    """SIGINT raises KeyboardInterrupt, as in a terminal, whatever the test runner
    inherited (a background job starts with SIGINT ignored)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.fixture(params=["unnamed", "named"])
def way(request, monkeypatch) -> str:
    """Both ways of writing: an unnamed temporary file (O_TMPFILE, where the system
    has it) and a named one (elsewhere, or where the file system refuses)."""
    if request.param == "unnamed" and not writer._UNNAMED:
        pytest.skip("no O_TMPFILE or /proc here")
    monkeypatch.setattr(writer, "_UNNAMED", request.param == "unnamed")
    return request.param


def test_an_edit_saved_during_the_write_is_kept(tmp_path, monkeypatch, way) -> None:
    path = _copy(tmp_path)
    original = path.read_bytes()
    _during_fsync(monkeypatch, lambda: path.write_bytes(original + b"EDITOR\n"))
    with pytest.raises(WriteSkipped, match="changed on disk"):
        write_atomically(path, b"fixed\n", digest(original))
    assert path.read_bytes() == original + b"EDITOR\n"
    assert _temporaries(tmp_path) == []


def test_a_file_deleted_during_the_write_is_not_created_again(tmp_path, monkeypatch, way) -> None:
    path = _copy(tmp_path)
    original = path.read_bytes()
    _during_fsync(monkeypatch, path.unlink)
    with pytest.raises(WriteSkipped, match="deleted"):
        write_atomically(path, b"fixed\n", digest(original))
    assert not path.exists()
    assert _temporaries(tmp_path) == []


def test_a_file_deleted_before_the_write_is_not_created_again(tmp_path, way) -> None:
    path = _copy(tmp_path)
    original = path.read_bytes()
    path.unlink()
    with pytest.raises(WriteSkipped, match="deleted"):
        write_atomically(path, b"fixed\n", digest(original))
    assert not path.exists()
    assert _temporaries(tmp_path) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_the_write_removes_the_temporary_file(tmp_path, monkeypatch, way,
                                                              sigint_raises,
                                                              signum) -> None:
    path = _copy(tmp_path)
    original = path.read_bytes()
    _during_fsync(monkeypatch, lambda: os.kill(os.getpid(), signum))
    with pytest.raises(KeyboardInterrupt) as stopped:
        write_atomically(path, b"fixed\n", digest(original))
    if signum == signal.SIGTERM:
        assert isinstance(stopped.value, Interrupted) and stopped.value.signum == signum
    assert path.read_bytes() == original
    assert _temporaries(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the handler is restored


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_while_the_temporary_file_is_made_leaves_nothing(tmp_path, monkeypatch,
                                                                  sigint_raises,
                                                                  signum) -> None:
    # issue #13 (benchmarks/interruption.py): a signal that struck inside mkstemp, after
    # it had created the file and before it returned its name, left the file behind
    monkeypatch.setattr(writer, "_UNNAMED", False)  # the named way makes it with mkstemp
    path = _copy(tmp_path)
    original = path.read_bytes()
    real_mkstemp = tempfile.mkstemp

    def mkstemp_then_signal(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        os.kill(os.getpid(), signum)  # delivered inside mkstemp unless held
        return made

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_signal)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(path, b"fixed\n", digest(original))
    assert path.read_bytes() == original
    assert _temporaries(tmp_path) == []


def test_an_ignored_sigint_stays_ignored_while_the_file_is_made(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(writer, "_UNNAMED", False)
    path = _copy(tmp_path)
    real_mkstemp = tempfile.mkstemp

    def mkstemp_then_signal(*args, **kwargs):
        made = real_mkstemp(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        return made

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_signal)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        write_atomically(path, b"fixed\n", digest(path.read_bytes()))
    finally:
        signal.signal(signal.SIGINT, previous)
    assert path.read_bytes() == b"fixed\n"
    assert _temporaries(tmp_path) == []


@pytest.mark.skipif(not writer._UNNAMED, reason="no O_TMPFILE or /proc here")
def test_the_unnamed_way_writes_without_falling_back(tmp_path, monkeypatch) -> None:
    # the first version linked with plain link(), which fails with EXDEV on the
    # /proc symlink, and quietly fell back to the named way every time
    def no_named_way(*args):
        raise AssertionError("fell back to a named temporary file")

    monkeypatch.setattr(writer, "_write_named", no_named_way)
    path = _copy(tmp_path)
    os.chmod(path, 0o640)
    write_atomically(path, b"fixed\n", digest(path.read_bytes()))
    assert path.read_bytes() == b"fixed\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert _temporaries(tmp_path) == []


@pytest.mark.skipif(not writer._UNNAMED, reason="no O_TMPFILE or /proc here")
def test_a_kill_during_the_write_leaves_no_file_behind(tmp_path) -> None:
    # issue #13: SIGKILL cannot be handled; with an unnamed temporary file there is
    # nothing to leave (the named way left one in 6 of 10 killed runs)
    path = _copy(tmp_path)
    script = (
        "import os, signal, sys\n"
        "from cablelint.fixer.writer import digest, write_atomically\n"
        "path = sys.argv[1]\n"
        "original = open(path, 'rb').read()\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        "write_atomically(path, b'fixed\\n', digest(original))\n")
    done = subprocess.run([sys.executable, "-c", script, str(path)], check=False,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert path.read_bytes() == EXAMPLE.read_bytes()
    assert _temporaries(tmp_path) == []


def test_sigterm_during_fix_exits_143_without_leftovers(tmp_path) -> None:
    # a real process: --fix over many copies, terminated while it writes
    cables = tmp_path / "cables"
    cables.mkdir()
    for number in range(60):
        _copy(cables, f"c{number:02}.txt")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-m", "cablelint", "check", "--fix", "--quiet",
                                "--isolated", str(cables)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(2.5)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert _temporaries(cables) == []
    fixed = _copy(tmp_path, "reference.txt")
    run_fixed = subprocess.run([sys.executable, "-m", "cablelint", "check", "--fix", "--quiet",
                                "--isolated", str(fixed)], env=env, capture_output=True,
                               check=False, timeout=60)
    assert run_fixed.returncode in (0, 1)
    states = {EXAMPLE.read_bytes(), fixed.read_bytes()}
    assert all(p.read_bytes() in states for p in cables.glob("*.txt"))


def test_stale_temporary_files_of_ours_are_swept(tmp_path, capsys) -> None:
    path = _copy(tmp_path)
    stale = tmp_path / ".ottawa.txt.k2j4h5g6.cablelint-tmp"
    young = tmp_path / ".ottawa.txt.a1b2c3d4.cablelint-tmp"
    other = tmp_path / ".notes.tmp"
    for leftover in (stale, young, other):
        leftover.write_text("half a cable")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    code, _, _ = run(capsys, "check", "--fix", "--quiet", "--isolated", str(path))
    assert code in (0, 1)
    assert not stale.exists()
    assert young.exists() and other.exists()  # a run still writing; not ours


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_owner_group_and_mode_are_kept(tmp_path, capsys) -> None:
    path = _copy(tmp_path)
    os.chown(path, 1234, 2345)
    os.chmod(path, 0o640)
    before = path.read_bytes()
    run(capsys, "check", "--fix", "--quiet", "--isolated", str(path))
    info = path.stat()
    assert path.read_bytes() != before  # fixed
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (1234, 2345, 0o640)


def test_mode_is_kept(tmp_path, capsys) -> None:
    path = _copy(tmp_path)
    os.chmod(path, 0o604)
    run(capsys, "check", "--fix", "--quiet", "--isolated", str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o604


def test_a_read_only_file_is_left_alone_unless_asked(tmp_path, capsys) -> None:
    path = _copy(tmp_path)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    code, _, err = run(capsys, "check", "--fix", "--quiet", "--isolated", str(path))
    assert code == 1  # its findings are reported as they are
    assert path.read_bytes() == before
    assert f"cablelint: {path}: not fixed: the file is read-only; use --fix-read-only to " \
           "fix it anyway" in err.splitlines()
    run(capsys, "check", "--fix", "--fix-read-only", "--quiet", "--isolated", str(path))
    assert path.read_bytes() != before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def _fix_stdin(data: bytes) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "cablelint", "check", "--fix", "--quiet",
                           "--isolated", "-"], input=data, env=env, capture_output=True,
                          check=False, timeout=60)
    assert b"Traceback" not in done.stderr
    return done.stdout


def test_fix_stdin_keeps_the_bom() -> None:
    data = codecs.BOM_UTF8 + EXAMPLE.read_bytes()
    fixed = _fix_stdin(data)
    assert fixed.startswith(codecs.BOM_UTF8) and fixed != data
    assert fixed[3:].decode("utf-8")  # and the rest is UTF-8


def test_fix_stdin_keeps_cp1252() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("Canada", "Qu\u00e9bec")
    data = text.encode("cp1252")
    assert b"Qu\xe9bec" in data  # one byte in cp1252, invalid as UTF-8
    fixed = _fix_stdin(data)
    assert fixed != data
    assert fixed.decode("cp1252").count("Qu\u00e9bec") == text.count("Qu\u00e9bec")
    with pytest.raises(UnicodeDecodeError):
        fixed.decode("utf-8")


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_baseline_is_written_like_a_created_file(tmp_path, capsys, umask, mode) -> None:
    baseline = tmp_path / "baseline.json"
    previous = os.umask(umask)
    try:
        code, _, _ = run(capsys, "check", "--isolated", "--baseline", str(baseline),
                         "--write-baseline", str(_copy(tmp_path)))
    finally:
        os.umask(previous)
    assert code == 0
    assert stat.S_IMODE(baseline.stat().st_mode) == mode


def test_a_fix_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, capsys,
                                                              monkeypatch) -> None:
    monkeypatch.setattr(writer, "_UNNAMED", False)  # the named way makes it with mkstemp
    path = _copy(tmp_path)
    before = path.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.tempfile, "mkstemp", full_disk)
    code, _, err = run(capsys, "check", "--fix", "--quiet", "--isolated", str(path))
    assert code == 2
    assert err.strip() == (f"cablelint: {path}: not fixed: cannot create a temporary file "
                           "next to it: No space left on device")
    assert path.read_bytes() == before


def test_a_full_disk_while_writing_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch,
                                                          way) -> None:
    path = _copy(tmp_path)
    before = path.read_bytes()

    def full_disk(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", full_disk)
    code, _, err = run(capsys, "check", "--fix", "--quiet", "--isolated", str(path))
    assert code == 2
    assert err.strip() == f"cablelint: {path}: not fixed: cannot write it: No space left on device"
    assert path.read_bytes() == before
    assert _temporaries(tmp_path) == []
