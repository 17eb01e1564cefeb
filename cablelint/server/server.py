"""The language server: LSP messages in, lint results out.

Why this shape: pygls reads and writes the JSON-RPC messages and turns them
into lsprotocol types; this module only decides *when* to lint (at once on
open and save, after a pause on change, again for every open document when a
configuration file changes) and hands the work to a small pool of lint
threads, so that a slow lint never stalls the message loop nor another
document's diagnostics.  A document has one lint running at a time: a newer
version interrupts the stale one (its result is dropped), and every lint has
the per-file time budget (``timeout-per-file``), so a runaway plugin holds one
thread for that long at most.  It also reads the frames itself
(:mod:`~cablelint.server.framing`), so that one bad frame costs that frame only.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.io_ import StdoutWriter
from pygls.lsp.server import LanguageServer

from cablelint import __version__
from cablelint.config import CONFIG_NAMES
from cablelint.containment import interrupt
from cablelint.rules.base import Rule
from cablelint.server.actions import FIX_ALL, KINDS, fix_all_action, quick_fixes, wanted
from cablelint.server.documents import DocumentStore
from cablelint.server.framing import frames, reader_of
from cablelint.server.hover import hover
from cablelint.server.linting import Lint, Linter, is_config_file
from cablelint.server.positions import UTF16
from cablelint.server.protocol import CableProtocol

logger = logging.getLogger(__name__)
DEFAULT_DEBOUNCE_MS = 200
#: threads linting at once (documents; one lint per document at a time)
LINT_WORKERS = 4
WATCH_ID = "cablelint-config-files"


class CableServer(LanguageServer):
    """pygls' server plus what cablelint keeps between messages."""

    def __init__(self, rules: Sequence[type[Rule]], problems: Sequence[str] = ()) -> None:
        super().__init__("cablelint", __version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=CableProtocol)
        self.rules = list(rules)
        self.problems = list(problems)
        self.linter = Linter(self.rules)
        self.documents = DocumentStore()
        self.lints: dict[str, Lint] = {}
        self.fixed: dict[str, tuple[Lint, str | None]] = {}
        self.pending: dict[str, asyncio.Task[Any]] = {}
        self.shown: set[str] = set()
        self.debounce = DEFAULT_DEBOUNCE_MS / 1000
        self.encoding = UTF16
        self.shut_down = False
        self.lint_pool = ThreadPoolExecutor(max_workers=LINT_WORKERS,
                                            thread_name_prefix="cablelint-lint")
        self.running: dict[str, _Job] = {}  # the lint under way of each document

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Malformed messages and handler errors: log them, keep serving."""
        logger.error("%s: %s", getattr(source, "__name__", source), error)
        with contextlib.suppress(Exception):  # the client may be gone
            self.window_log_message(types.LogMessageParams(
                type=types.MessageType.Error, message=f"cablelint server: {error}"))

    # --- linting -------------------------------------------------------------

    async def run_in_lint_thread(self, function: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.lint_pool, function, *args)

    async def current_lint(self, uri: str) -> Lint | None:
        """The lint of the document's current text, linting (and publishing) if needed."""
        document = self.documents.get(uri)
        if document is None:
            return None
        cached = self.lints.get(uri)
        if cached is not None and cached.text is document.text:
            return cached
        text, version = document.text, document.version
        running = self.running.get(uri)
        if running is not None and running.text is text:  # (a hover during the lint)
            return await asyncio.shield(running.future)  # type: ignore[arg-type]
        if running is not None:  # one lint per document: the stale one is stopped
            running.cancel()
            with contextlib.suppress(Exception):
                await asyncio.shield(running.future)  # type: ignore[arg-type]
        job = self.running[uri] = _Job(text)
        job.future = asyncio.ensure_future(self.run_in_lint_thread(
            job.run, self.linter.lint, uri, text, version, document.encoding))

        def finished(future: asyncio.Future[Any]) -> None:
            if self.running.get(uri) is job:
                del self.running[uri]

        job.future.add_done_callback(finished)
        # shielded: a lint whose waiter is cancelled (a newer change) runs on until the
        # next lint of the document interrupts it, which needs it in ``running``
        lint = await asyncio.shield(job.future)
        document = self.documents.get(uri)
        if document is None or document.text is not text:
            return lint  # changed meanwhile: its own lint will publish
        self.lints[uri] = lint
        self.publish(lint)
        return lint

    def publish(self, lint: Lint) -> None:
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=lint.uri, diagnostics=lint.published, version=lint.version))
        if lint.config_error and lint.config_error not in self.shown:
            self.shown.add(lint.config_error)
            self.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Error,
                message=f"cablelint: {lint.config_error} (using the default settings)"))

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing a lint already waiting."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        if self.shut_down:
            return
        task = asyncio.ensure_future(self._lint_later(uri, delay))
        self.pending[uri] = task

    async def _lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            await self.current_lint(uri)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("lint of %s failed", uri)
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    def configuration_changed(self) -> None:
        """Forget configurations and re-lint every open document."""
        logger.info("configuration changed: re-linting %d documents",
                    sum(1 for _ in self.documents))
        self.linter.reset()  # (lints under way keep the resolver they have)
        self.lints.clear()
        self.fixed.clear()
        self.shown.clear()
        for document in self.documents:
            self.schedule(document.uri, 0)

    async def fixed_text(self, lint: Lint) -> str | None:
        """Fix-all's text for ``lint``, computed once per lint."""
        cached = self.fixed.get(lint.uri)
        if cached is not None and cached[0] is lint:
            return cached[1]
        text = await self.run_in_lint_thread(self.linter.fix_all, lint)
        self.fixed[lint.uri] = (lint, text)
        return text


class _Job:
    """One document's lint under way: the thread it runs in, to stop it when stale."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ident: int | None = None
        self.future: asyncio.Future[Any] | None = None

    def run(self, function: Any, *args: Any) -> Any:
        self.ident = threading.get_ident()
        try:
            return function(*args)
        finally:
            self.ident = None

    def cancel(self) -> None:
        ident = self.ident
        if ident is not None:
            interrupt(ident)


def serve(server: CableServer, stdin: Any, stdout: Any) -> None:
    """pygls' ``start_io`` with cablelint's frame reader (:mod:`~cablelint.server.framing`).

    The frames are read by a daemon thread (a read blocked on stdin must not
    keep the process alive after ``exit``) and handled in the event loop, as
    pygls does.
    """
    server._stop_event = threading.Event()
    server.protocol.set_writer(StdoutWriter(stdout))
    try:
        asyncio.run(_handle_frames(server, reader_of(stdin)))
    except BrokenPipeError:
        logger.error("the connection to the client is lost; shutting down")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()


async def _handle_frames(server: CableServer, read: Any) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[bytes | None] = asyncio.Queue()

    def pump() -> None:
        try:
            for body in frames(read):
                loop.call_soon_threadsafe(queue.put_nowait, body)
        except Exception as error:  # a read error: like the end of the stream
            print(f"cablelint server: cannot read stdin: {error}", file=sys.stderr)
        with contextlib.suppress(RuntimeError):  # the loop may be closed already
            loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=pump, name="cablelint-stdin", daemon=True).start()
    protocol = server.protocol
    while not server._stop_event.is_set():
        body = await queue.get()
        if body is None:
            break
        try:
            message = json.loads(body, object_hook=protocol.structure_message)
            protocol.handle_message(message)
        except Exception as error:
            logger.exception("unable to handle a message")
            server.report_server_error(error, JsonRpcException)


def _initialization_options(server: CableServer, options: Any) -> None:
    """``{"debounceMs": 200}``: milliseconds to wait after a change before linting."""
    if not isinstance(options, dict):
        return
    debounce = options.get("debounceMs")
    if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and debounce >= 0:
        server.debounce = debounce / 1000


def _watches_dynamically(capabilities: types.ClientCapabilities) -> bool:
    workspace = capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    return bool(watched and watched.dynamic_registration)


def build_server(rules: Sequence[type[Rule]], problems: Sequence[str] = ()) -> CableServer:
    """A server with cablelint's handlers registered."""
    server = CableServer(rules, problems)

    @server.feature(types.INITIALIZE)
    def initialize(ls: CableServer, params: types.InitializeParams) -> None:
        _initialization_options(ls, params.initialization_options)
        ls.encoding = str(getattr(ls.workspace.position_encoding, "value",
                                  ls.workspace.position_encoding or UTF16))

    @server.feature(types.INITIALIZED)
    def initialized(ls: CableServer, params: types.InitializedParams) -> None:
        for problem in ls.problems:
            ls.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Warning, message=f"cablelint: {problem}"))
        if _watches_dynamically(ls.client_capabilities):
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}")
                        for name in CONFIG_NAMES]
            ls.client_register_capability(types.RegistrationParams(registrations=[
                types.Registration(
                    id=WATCH_ID, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    register_options=types.DidChangeWatchedFilesRegistrationOptions(
                        watchers=watchers))]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: CableServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        ls.documents.open(item.uri, item.text, item.version, ls.encoding)
        ls.schedule(item.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: CableServer, params: types.DidChangeTextDocumentParams) -> None:
        document = ls.documents.get(params.text_document.uri)
        if document is None:
            logger.warning("didChange for %s, which is not open", params.text_document.uri)
            return
        document.apply(params.content_changes, params.text_document.version)
        ls.schedule(document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: CableServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if is_config_file(uri):
            ls.configuration_changed()
        elif ls.documents.get(uri) is not None:
            ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: CableServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        waiting = ls.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        ls.documents.close(uri)
        ls.lints.pop(uri, None)
        ls.fixed.pop(uri, None)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: CableServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(is_config_file(change.uri) for change in params.changes):
            ls.configuration_changed()

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=KINDS))
    async def code_action(ls: CableServer,
                          params: types.CodeActionParams) -> list[types.CodeAction] | None:
        lint = await ls.current_lint(params.text_document.uri)
        if lint is None:
            return None
        only = params.context.only
        actions: list[types.CodeAction] = []
        if wanted(types.CodeActionKind.QuickFix, only):
            actions.extend(quick_fixes(lint, params.range, params.context.diagnostics))
        if wanted(FIX_ALL, only):
            action = fix_all_action(lint, await ls.fixed_text(lint))
            if action is not None:
                actions.append(action)
        return actions

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: CableServer, params: types.HoverParams) -> types.Hover | None:
        lint = await ls.current_lint(params.text_document.uri)
        if lint is None:
            return None
        return hover(lint, params.position, ls.rules)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: CableServer, params: Any = None) -> None:
        ls.shut_down = True
        for task in ls.pending.values():
            task.cancel()
        ls.pending.clear()
        for job in ls.running.values():
            job.cancel()
        ls.lint_pool.shutdown(wait=False, cancel_futures=True)

    return server
