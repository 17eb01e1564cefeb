"""The lint threads' watchdog survives interruptions that land anywhere.

Issue #13: the language server froze for good (no diagnostics for any
document, ``exit`` ignored) while a pathological document was being edited
beside a normal one.  The watchdog raises ``RuleTimeout`` into a lint thread
asynchronously, and such an exception is delivered at any Python call: one
that landed inside ``threading.Condition.__enter__``, right after it took its
lock, left that lock held, and every later ``watch``/``expire`` (the event
loop's too) waited on it forever.  Here threads arm and disarm budgets as fast
as they can while their budgets are spent and expired under them, and the run
must end.
"""

from __future__ import annotations

import threading
import time

from cablelint.containment import Budget, RuleTimeout, interrupt

THREADS = 4
SECONDS = 2.0


def _lint_like(stop: threading.Event, idents: list[int], counts: list[int]) -> None:
    """What the engine does per file: arm, work, disarm, and handle a timeout anywhere."""
    idents.append(threading.get_ident())
    while not stop.is_set():
        budget = Budget(0.0005)  # spent almost at once: the watchdog strikes often
        try:
            budget.arm()
            for _ in range(200):  # "rules"
                pass
            budget.disarm()
        except RuleTimeout:
            pass
        finally:
            try:
                budget.disarm()
            except RuleTimeout:  # struck while leaving: the next disarm is clean
                budget.disarm()
        counts.append(1)


def test_interruptions_anywhere_never_leave_the_watchdog_locked() -> None:
    stop = threading.Event()
    idents: list[int] = []
    counts: list[int] = []
    threads = [threading.Thread(target=_lint_like, args=(stop, idents, counts), daemon=True)
               for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    expired: list[int] = []

    def interrupter() -> None:  # the server's stale-lint interruptions
        deadline = time.monotonic() + SECONDS
        while time.monotonic() < deadline:
            for ident in list(idents):
                interrupt(ident)
                expired.append(1)
            time.sleep(0.0005)

    # every thread is a daemon joined with a time limit: a deadlock fails the test
    # instead of hanging it
    stopper = threading.Thread(target=interrupter, daemon=True)
    stopper.start()
    stopper.join(timeout=SECONDS + 5)
    stop.set()
    for thread in threads:
        thread.join(timeout=5)
    assert not stopper.is_alive(), "interrupt() is stuck on the watchdog's lock"
    assert not any(thread.is_alive() for thread in threads), "a lint thread is stuck"
    before = len(counts)
    # and the watchdog still works: a fresh budget in a fresh thread is enforced
    outcome: list[str] = []

    def runaway() -> None:
        budget = Budget(0.05)
        try:
            budget.arm()
            while True:
                pass
        except RuleTimeout:
            outcome.append("stopped")
        finally:
            budget.disarm()

    probe = threading.Thread(target=runaway, daemon=True)
    probe.start()
    probe.join(timeout=5)
    assert outcome == ["stopped"]
    assert before > 100 and len(expired) > 100  # the race was really exercised
