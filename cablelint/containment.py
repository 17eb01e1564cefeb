"""Keeping one rule or plugin from breaking a run: time budget, output, source.

Why: a run lints whole archives, and plugins are third-party code.  A rule that
loops, prints, exits or scribbles on the text it was given must cost its own
findings for that file (one ``CL000`` naming it), not the run, the report on
stdout, or the other files.  The engine (:func:`cablelint.engine.run_rules`)
uses the pieces here once per file, so that a well-behaved run pays a few
system calls per file and nothing per line.

The time budget (``--timeout-per-file``) interrupts a rule by raising
:class:`RuleTimeout` inside it:

* in the main thread with ``signal.setitimer`` (Linux, macOS): a ``SIGALRM``
  timer armed while the file's rules run;
* in other threads (the language server's workers) or without ``setitimer``:
  one watchdog thread raises it asynchronously in the overdue thread
  (``PyThreadState_SetAsyncExc``).

Both interrupt Python code between bytecodes, whether or not the rule yields.
Neither interrupts one long call into C that does not return to the
interpreter (e.g. one catastrophic regular-expression match in ``re``): the
rule is stopped when that call returns.  Once the budget is spent the
exception is raised again every :data:`REPEAT` seconds, so that a rule that
swallows it with a bare ``except:`` is still stopped.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from types import FrameType
from typing import Any

#: the most findings one rule may yield for one file; beyond, they are dropped
#: and the rule gets one CL000 (an endless generator would grow memory without bound)
MAX_FINDINGS_PER_RULE = 10_000
#: seconds the rules of one file may take, unless configured (0 = no limit)
DEFAULT_TIMEOUT = 10.0
#: seconds between repeated interruptions once the budget is spent
REPEAT = 0.05
#: characters of a rule's stray output quoted in its CL000
QUOTED = 60


class RuleTimeout(BaseException):
    """The file's time budget ran out while a rule ran.

    A BaseException, so that a rule's ``except Exception`` does not swallow it.
    """


class Capture:
    """Stands in for ``sys.stdout`` while rules run in the main thread.

    Why: the reports (JSON, SARIF) are written to stdout, and a plugin's
    ``print()`` would corrupt them.  One object serves every file (only the
    main thread swaps stdout, and one file at a time): the engine points it at
    the file's context, and the rule being run is read from the context when
    it writes, so capturing costs nothing per rule.
    """

    encoding = "utf-8"

    def __init__(self) -> None:
        self.context: Any = None
        self.writes: list[tuple[Any, str]] = []

    def write(self, text: str) -> int:
        rule = self.context._rule if self.context is not None else None
        self.writes.append((rule, str(text)))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        """Nothing to flush: the output is dropped."""

    def isatty(self) -> bool:
        return False

    def taken(self) -> dict[Any, str]:
        """Each rule that wrote, with what it wrote; forgotten here."""
        found: dict[Any, str] = {}
        for rule, text in self.writes:
            found[rule] = found.get(rule, "") + text
        self.writes.clear()
        return found


#: the stand-in for stdout (see :class:`Capture`)
CAPTURE = Capture()


def quoted(text: str) -> str:
    """``text`` shortened for a message."""
    text = " ".join(text.split())
    return repr(text if len(text) <= QUOTED else text[:QUOTED] + "...")


class Budget:
    """The time budget of one file's rules: armed on entry, disarmed on exit.

    In the main thread the ``SIGALRM`` handler is installed once, on first use,
    and then only the timer is set per file (``signal.signal`` costs far more
    than ``setitimer``); the handler does nothing while no budget is armed, so
    a stray ``SIGALRM`` between files is ignored.
    """

    __slots__ = ("_timer", "_watched", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._timer = self._watched = False

    def __enter__(self) -> Budget:
        return self.arm()

    def arm(self) -> Budget:
        """Start the timer."""
        global _ARMED
        if _ALARM and threading.get_ident() == MAIN_THREAD:
            if not _INSTALLED:
                _install()
            _ARMED = self._timer = True
            signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT)
        else:
            _WATCHDOG.watch(threading.get_ident(), time.monotonic() + self.seconds)
            self._watched = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.disarm()

    def disarm(self) -> None:
        """Stop the timer (safe to call twice, as after an interruption)."""
        global _ARMED
        if self._timer:
            _ARMED = self._timer = False
            signal.setitimer(signal.ITIMER_REAL, 0)
        elif self._watched:
            _WATCHDOG.forget(threading.get_ident())
            self._watched = False


_ALARM = hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")
_ARMED = False  # a budget's timer is set in the main thread
_INSTALLED = False  # the SIGALRM handler is ours


def _install() -> None:
    global _INSTALLED
    signal.signal(signal.SIGALRM, _interrupt)
    _INSTALLED = True


def _interrupt(signum: int, frame: FrameType | None) -> None:
    if _ARMED:
        raise RuleTimeout


class _Watchdog:
    """One daemon thread that interrupts threads whose budget has run out.

    Only C-level locks, taken with ``with``: the exception it raises into a
    thread is delivered at any Python call of that thread, and one delivered
    inside ``threading.Condition.__enter__`` (Python code), right after it took
    its lock, left the lock held for good: the language server froze while a
    pathological document was edited beside another (issue #13).  A ``with``
    on a C lock releases it whatever is raised inside.  The watchdog sleeps on
    ``_bell``, a lock it holds and the other threads release to wake it.
    """

    def __init__(self) -> None:
        self._deadlines: dict[int, float] = {}
        self._struck: set[int] = set()  # threads raised into and not yet forgotten
        self._lock = threading.Lock()
        self._bell = threading.Lock()
        self._bell.acquire()
        self._thread: threading.Thread | None = None

    def watch(self, ident: int, deadline: float) -> None:
        with self._lock:
            self._deadlines[ident] = deadline
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="cablelint-watchdog",
                                                daemon=True)
                self._thread.start()
        self._ring()

    def expire(self, ident: int) -> None:
        """Spend the budget of ``ident`` now, if it is running rules (a stale lint)."""
        with self._lock:
            if ident not in self._deadlines:
                return
            self._deadlines[ident] = time.monotonic()
        self._ring()

    def forget(self, ident: int) -> None:
        """Stop watching ``ident``, and drop an interruption raised but not yet delivered.

        Both under the lock the watchdog raises under: once this returns, nothing
        can strike the thread outside its rules.
        """
        with self._lock:
            self._deadlines.pop(ident, None)
            if ident in self._struck:
                self._struck.discard(ident)
                _raise_in(ident, None)

    def _ring(self) -> None:
        with contextlib.suppress(RuntimeError):  # rung already, not yet heard
            self._bell.release()

    def _run(self) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                for ident, deadline in list(self._deadlines.items()):
                    if deadline <= now:  # under the lock: a forgotten thread is never hit
                        _raise_in(ident, RuleTimeout)
                        self._struck.add(ident)
                        self._deadlines[ident] = now + REPEAT
                wait = min(self._deadlines.values(), default=now + 3600) - now
            self._bell.acquire(timeout=max(wait, 0.001))  # True when rung early


def _raise_in(ident: int, exception: type[BaseException] | None) -> None:
    """Raise ``exception`` in thread ``ident`` at its next Python step (None: cancel
    one raised and not yet delivered)."""
    import ctypes  # (here: importing it costs every run, and only the server needs it)

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(ident), None if exception is None else ctypes.py_object(exception))


_WATCHDOG = _Watchdog()


def interrupt(ident: int) -> None:
    """Stop the rules running in thread ``ident`` as if its budget were spent.

    The language server calls this when a newer version of a document makes
    the lint running on the old one stale.  Nothing happens when the thread is
    not running rules (parsing, say): that part ends by itself.
    """
    _WATCHDOG.expire(ident)


class SourceChanged(Exception):
    """A rule changed the source or model it was given (they are shared by all rules)."""


def source_intact(context: Any, document: Any, source: Any, lines: tuple[int, int]) -> bool:
    """The cheap signs that rules left the source and model alone.

    Written out again in the engine, per file, to spare a call.  Why cheap:
    the lines are lists shared by every rule and the reports; a rule
    that shortens them breaks every later rule (``IndexError``) and the report.
    Counting them costs nothing per line; a change that keeps the count (one
    line rewritten in place) is not seen here, and harms no fix: fixes apply to
    ``text``, which is immutable.
    """
    return (len(source.texts), len(source.starts)) == lines and context.source is source \
        and context.text is source.text and context.document is document


def restore_source(context: Any, document: Any, source: Any) -> None:
    """Undo what a rule changed: the lines again from the (immutable) text."""
    from cablelint.source import SourceText

    fresh = SourceText.from_text(source.text)
    source.texts[:], source.starts[:] = fresh.texts, fresh.starts
    context.source, context.text, context.document = source, source.text, document


class Watched:
    """A plugin rule run under closer watch than the built-in ones.

    Why only plugins: built-in rules are pinned by the test suite, and a check
    after every rule would cost every run; a plugin's check is wrapped once per
    set of rules, so that a change to the source is named after the plugin
    that made it.  Everything else is read from the rule itself.
    """

    __slots__ = ("rule",)

    def __init__(self, rule: Any) -> None:
        self.rule = rule

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rule, name)

    def __repr__(self) -> str:
        return f"Watched({self.rule!r})"

    def check(self, context: Any) -> Any:
        source, document = context.source, context.document
        lines = (len(source.texts), len(source.starts))
        try:
            yield from self.rule.check(context)
        except Exception as error:  # (not RuleTimeout, SystemExit or Ctrl-C: they go on)
            if not source_intact(context, document, source, lines):
                raise SourceChanged from error
            raise
        if not source_intact(context, document, source, lines):
            raise SourceChanged


#: the main thread's id (only there is a rule's output caught, and a timer used)
MAIN_THREAD = threading.main_thread().ident
