"""``check --jobs N``: files checked in worker processes, results back in input order.

Why our own small pool rather than ``multiprocessing.Pool`` or
``concurrent.futures``: a ``Pool`` whose worker dies loses that worker's task
and waits for it forever, and a ``ProcessPoolExecutor`` fails every pending
task at once without saying whose it was.  Here each worker holds one chunk
at a time on its own pipe, so when one dies (killed, a segfault, out of
memory) exactly that chunk's files become errors (exit code 2), a new worker
takes its place, and nothing waits on a process that is gone.

Workers are started with ``forkserver`` (``spawn`` where there is none), never
``fork``: the engine's per-file timeout runs a watchdog thread, and forking a
process that has threads can deadlock the child.  Each worker rebuilds the
configuration from what the parent resolved (:class:`WorkerSetup`, picklable)
and sends back per file only what the reports need: path, findings, the text
(for snippets, fingerprints and edit positions) and the JSON document summary
-- not the parsed document.

:func:`check_chunk` is a pure function of the setup and the paths; with the
result cache (:mod:`cablelint.result_cache`, named in the setup) each worker
looks up and stores the entries of its own files.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cablelint.check import FileError, FileResult, Outcome, iter_check
from cablelint.config import ConfigResolver, Overrides
from cablelint.rules.base import Rule

if TYPE_CHECKING:  # multiprocessing is imported only by runs that start workers
    from multiprocessing.connection import Connection

    from cablelint.result_cache import ResultCache

#: Fewer files than this are checked in-process: starting workers costs more
#: than it saves.  Measured on the 2-core machine: the forkserver with the
#: rules imported takes ~0.5 s to start in a fresh run, each worker ~0.04 s
#: more, and a cable takes ~1.6 ms in-process, so two workers save ~0.8 ms a
#: file: they pay off from roughly 600 files (a pre-commit hook's handful of
#: files never starts a process).
MIN_PARALLEL_FILES = 512
#: Files per chunk: large enough that the pipe round trip is noise, small enough
#: that both cores stay busy to the end and a dead worker loses few files.
CHUNK_FILES = 16
#: Chunks finished ahead of the one the report waits for, per worker, before
#: workers pause: bounds the memory held for a slow file.
AHEAD_PER_WORKER = 8


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


@dataclass(frozen=True)
class WorkerSetup:
    """What a worker needs to configure itself exactly as the parent did."""

    rules: tuple[type[Rule], ...]
    overrides: Overrides
    config_file: str | None
    isolated: bool
    stdin_filename: str | None = None
    cwd: str = field(default_factory=os.getcwd)
    #: the parent's environment at the start of the run (a forkserver was
    #: started earlier, perhaps in another directory with another environment)
    environ: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    #: the run's result cache (None: ``--no-cache``); workers read and write it too
    cache: ResultCache | None = None

    def resolver(self) -> ConfigResolver:
        return ConfigResolver(self.rules, self.overrides, config_file=self.config_file,
                              isolated=self.isolated)


def use_workers(paths: Sequence[str], jobs: int) -> bool:
    """Whether a run over ``paths`` with ``jobs`` is worth worker processes."""
    return jobs > 1 and len(paths) >= MIN_PARALLEL_FILES and "-" not in paths


def check_files(paths: Sequence[str], resolver: ConfigResolver, setup: WorkerSetup,
                jobs: int, progress: Callable[[str], None] | None = None
                ) -> Iterator[Outcome]:
    """Each file's outcome in the order of ``paths``, from workers when worth it."""
    if not use_workers(paths, jobs) or (
            setup.cache is not None and mostly_cached(paths, resolver, setup.cache)):
        yield from iter_check(paths, resolver, setup.stdin_filename, progress, setup.cache)
        return
    for outcome in _Pool(setup, min(jobs, -(-len(paths) // CHUNK_FILES))).run(paths):
        if progress is not None:
            progress(outcome.path)
        yield outcome


#: Files sampled (evenly over the run) to tell whether the result cache holds most of it.
CACHE_SAMPLE = 64
#: The share of sampled files missing from the cache below which the run stays in-process.
MOSTLY_CACHED_MISSES = 0.25


def mostly_cached(paths: Sequence[str], resolver: ConfigResolver, cache: ResultCache) -> bool:
    """Whether the result cache answers most of ``paths`` (a sample of them).

    Why: a hit costs ~0.1 ms in-process, less than sending the file to a worker
    and its result back, and starting the workers costs ~0.5 s; a warm rerun
    is fastest with no worker at all.  The files a sample misses are checked
    in-process too.  Which process answers never changes what is reported
    (the result cache gives exactly what a fresh check would).
    """
    from cablelint.inputs import read_input
    from cablelint.result_cache import PlanKeys

    step = max(len(paths) // CACHE_SAMPLE, 1)
    sample = [os.path.normpath(path) for path in paths[::step][:CACHE_SAMPLE]]
    plan_keys = PlanKeys()
    misses = 0
    for path in sample:
        try:
            key = cache.key(path, read_input(path, path), plan_keys.of(resolver.plan_for(path)))
        except Exception:  # unreadable, or misconfigured: reported by whoever checks it
            misses += 1
            continue
        if not os.path.exists(cache.entry_path(key)):
            misses += 1
    return misses <= MOSTLY_CACHED_MISSES * len(sample)


def slim(outcome: Outcome) -> Outcome:
    """What a report needs of one file, without the parsed document."""
    if isinstance(outcome, FileError):
        return outcome
    from cablelint.reports.common import file_document

    source = outcome.source
    if source is not None and source.memo:
        source = source._replace(memo={})  # views made while linting, not needed again
    # file_document: a result from the cache has its summary and no document
    return FileResult(outcome.path, outcome.diagnostics, source, None, file_document(outcome))


def check_chunk(paths: Iterable[str], resolver: ConfigResolver,
                stdin_filename: str | None = None,
                cache: ResultCache | None = None) -> list[Outcome]:
    """The slim outcomes of some files, in order."""
    return [slim(outcome) for outcome in iter_check(paths, resolver, stdin_filename,
                                                    cache=cache)]


def _serve(connection: Connection, setup: WorkerSetup) -> None:
    """A worker: configure once, then check chunks until told to stop.

    Ctrl-C is the parent's to handle (it stops the workers): a worker that
    took it too would print a traceback of its own.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.chdir(setup.cwd)
    os.environ.clear()
    os.environ.update(setup.environ)
    resolver = setup.resolver()
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if task is None:
            return
        index, paths = task
        try:
            reply: Any = check_chunk(paths, resolver, setup.stdin_filename, setup.cache)
        except MemoryError:
            reply = _Died("ran out of memory")
        except Exception as error:  # raised again in the parent
            reply = _Raised(error)
        try:
            connection.send((index, reply))
        except Exception as error:  # e.g. an unpicklable exception
            connection.send((index, _Raised(RuntimeError(repr(error)))))


@dataclass
class _Died:
    """A chunk whose worker could not finish it."""

    reason: str


@dataclass
class _Raised:
    """A chunk that raised (a configuration error, a bug): raised in the parent."""

    error: BaseException


class _Worker:
    def __init__(self, context: Any, setup: WorkerSetup) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, setup), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, list[str]] | None = None

    def give(self, task: tuple[int, list[str]]) -> None:
        self.task = task
        self.connection.send(task)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.send(None)
        self.connection.close()

    def kill(self) -> None:
        self.connection.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


def _context(setup: WorkerSetup) -> Any:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # the server imports these once, and every worker forked from it starts with
    # them imported: the rules' modules (half a worker's start-up otherwise)
    modules = {"cablelint.parallel", "cablelint.engine", "cablelint.parser",
               "cablelint.reports.common", *(rule.__module__ for rule in setup.rules)}
    context.set_forkserver_preload(sorted(modules))
    return context


class _Pool:
    """``jobs`` workers, one chunk each at a time; results yielded in chunk order."""

    def __init__(self, setup: WorkerSetup, jobs: int) -> None:
        self.setup = setup
        self.jobs = max(jobs, 1)
        self.context = _context(setup)

    def run(self, paths: Sequence[str]) -> Iterator[Outcome]:
        from multiprocessing.connection import wait

        chunks = [list(paths[start:start + CHUNK_FILES])
                  for start in range(0, len(paths), CHUNK_FILES)]
        workers = [_Worker(self.context, self.setup) for _ in range(self.jobs)]
        done: dict[int, Any] = {}
        following = 0  # the next chunk to hand out
        wanted = 0  # the next chunk to yield
        limit = self.jobs * AHEAD_PER_WORKER
        try:
            while wanted < len(chunks):
                for worker in workers:
                    if worker.task is None and following < len(chunks) \
                            and following - wanted < limit:
                        worker.give((following, chunks[following]))
                        following += 1
                busy = [worker for worker in workers if worker.task is not None]
                ready = set(wait([w.connection for w in busy] + [w.process.sentinel
                                                                 for w in busy]))
                for position, worker in enumerate(workers):
                    if worker.task is None:
                        continue
                    if worker.connection in ready:
                        try:
                            index, reply = worker.connection.recv()
                        except (EOFError, OSError):
                            reply = None
                        if reply is not None:
                            done[index] = reply
                            worker.task = None
                            continue
                    if worker.connection in ready or worker.process.sentinel in ready:
                        index = worker.task[0]
                        worker.kill()
                        done[index] = _Died(_how_it_died(worker.process.exitcode))
                        workers[position] = _Worker(self.context, self.setup)
                while wanted in done:
                    reply = done.pop(wanted)
                    yield from _outcomes(reply, chunks[wanted])
                    chunks[wanted] = []
                    wanted += 1
        finally:
            for worker in workers:
                if worker.task is None:
                    worker.stop()
                else:
                    worker.kill()
            for worker in workers:
                worker.process.join(timeout=5)
                if worker.process.is_alive():
                    worker.kill()


def _outcomes(reply: Any, paths: list[str]) -> Iterator[Outcome]:
    if isinstance(reply, _Raised):
        raise reply.error
    if isinstance(reply, _Died):
        for path in paths:
            display = os.path.normpath(path)
            yield FileError(display, f"{display}: not checked: the worker process checking "
                                     f"it {reply.reason}")
        return
    yield from reply


def _how_it_died(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"was killed by {name}"
    if exitcode is None:
        return "stopped answering"
    return f"exited with status {exitcode}"
